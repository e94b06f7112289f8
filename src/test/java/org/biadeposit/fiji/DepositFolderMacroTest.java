/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
package org.biadeposit.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.biadeposit.biostudies.Receipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

import ij.IJ;

/**
 * scripts/deposit-folder.ijm works as documented: each {@code run("Label", "key=[value] …")} line names a command
 * of a real SciJava Context by its menu label, with keys that are that command's parameter names (how the macro
 * options reach a SciJava command in Fiji: one key per input, by name), every required parameter that has no value
 * of its own, values in brackets (paths have spaces), and never a password; the headless line in its header uses the
 * current launcher's --headless --run form with the macro's own #@ parameters. It says "Deposited" only when the
 * receipt, as bia-deposit writes it, says the study is stored: its functions run in ImageJ 1.x's macro interpreter.
 */
class DepositFolderMacroTest {

	private static final Path MACRO = Path.of("scripts", "deposit-folder.ijm");
	/** {@code run("Label", options);} on one line. */
	private static final Pattern RUN = Pattern.compile("\\brun\\(\"([^\"]+)\",\\s*(.+)\\);");
	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern KEY = Pattern.compile("(?:^|\\s)([A-Za-z]\\w*)=(\\S?)");
	/** {@code #@ Type (label = …, value = …) name}. */
	private static final Pattern SCRIPT_PARAMETER = Pattern.compile("^#@\\s*\\w+\\s*(\\((.*)\\))?\\s*(\\w+)\\s*$");

	private static Context context;
	private static CommandService commands;
	private static String headlessBefore;

	@BeforeAll
	static void start() {
		headlessBefore = System.getProperty("java.awt.headless");
		System.setProperty("java.awt.headless", "true"); // as fiji-linux-x64 --headless
		context = new Context();
		commands = context.service(CommandService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
		if (headlessBefore == null) System.clearProperty("java.awt.headless");
		else System.setProperty("java.awt.headless", headlessBefore);
	}

	/** One {@code run(…)} of the macro: the command's label and the option keys with what follows each '='. */
	record Run(int line, String label, Map<String, String> keys) {}

	static List<Run> runs(List<String> lines) {
		List<Run> runs = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.startsWith("//")) continue;
			Matcher m = RUN.matcher(line);
			if (!m.find()) continue;
			// The options as the macro builds them: its string literals, with a variable's value (X) between two.
			StringBuilder options = new StringBuilder();
			Matcher literal = LITERAL.matcher(m.group(2));
			while (literal.find()) options.append(options.length() == 0 ? "" : "X").append(literal.group(1));
			Map<String, String> keys = new LinkedHashMap<>();
			Matcher key = KEY.matcher(options);
			while (key.find()) keys.put(key.group(1), key.group(2));
			runs.add(new Run(i + 1, m.group(1), keys));
		}
		return runs;
	}

	private static CommandInfo command(String label) {
		return commands.getCommands().stream().filter(c -> label.equals(c.getTitle())).findFirst().orElse(null);
	}

	private static boolean isService(ModuleItem<?> item) {
		return Service.class.isAssignableFrom(item.getType()) || Context.class.isAssignableFrom(item.getType());
	}

	@Test
	void everyRunNamesACommandWithItsParameterNames() throws Exception {
		List<Run> runs = runs(Files.readAllLines(MACRO));
		assertEquals(List.of("Create deposit.yaml", "Validate Deposition", "Package Deposition", "Upload and Submit"),
			runs.stream().map(Run::label).toList());
		for (Run run : runs) {
			String at = MACRO + " line " + run.line() + ", run(\"" + run.label() + "\"): ";
			CommandInfo info = command(run.label());
			assertNotNull(info, at + "no command has that menu label");
			Set<String> names = new TreeSet<>();
			for (ModuleItem<?> input : info.inputs()) if (!isService(input)) names.add(input.getName());
			for (Map.Entry<String, String> key : run.keys().entrySet()) {
				assertTrue(names.contains(key.getKey()), at + "'" + key.getKey() + "' is no parameter of that " +
					"command; its parameters are " + names);
				String value = key.getValue();
				assertTrue(value.equals("[") || value.matches("\\d"), at + "the value of '" + key.getKey() +
					"' must be in [brackets], or a path with a space ends it");
			}
			// What a required parameter holds when the macro leaves it out: its field's own value, if any.
			CommandModule module = new CommandModule(info);
			for (ModuleItem<?> input : info.inputs()) {
				if (isService(input) || !input.isRequired() || module.getInput(input.getName()) != null) continue;
				assertTrue(run.keys().containsKey(input.getName()), at + "leaves out '" + input.getName() + "', which " +
					"the command needs and has no value of its own");
			}
			assertFalse(run.keys().containsKey("password"), at + "a password must never be in a macro");
		}
	}

	@Test
	void theParserSeesAMisspeltKey() {
		// The check above is only as good as its reading of a run(...) line.
		List<Run> runs = runs(List.of("run(\"Package Deposition\", \"folder=[\" + folder + \"] confg=[\" + c + \"]\");"));
		assertEquals(List.of("folder", "confg"), List.copyOf(runs.get(0).keys().keySet()));
		assertEquals("[", runs.get(0).keys().get("confg"));
	}

	@Test
	void theHeadlessLineUsesTheCurrentLauncherAndTheMacrosParameters() throws IOException {
		List<String> lines = Files.readAllLines(MACRO);
		Map<String, Boolean> parameters = new LinkedHashMap<>(); // name → has a value of its own
		for (String line : lines) {
			Matcher m = SCRIPT_PARAMETER.matcher(line.strip());
			if (m.matches()) parameters.put(m.group(3), m.group(2) != null && m.group(2).matches(".*\\bvalue\\s*=.*"));
		}
		assertEquals(Set.of("folder", "server", "user", "passwordfile"), parameters.keySet());
		Matcher headless = Pattern.compile("//\\s+fiji-linux-x64 --headless --run (\\S+) \"(.*)\"").matcher(String
			.join("\n", lines));
		assertTrue(headless.find(), MACRO + " shows the headless run with the current launcher, fiji-linux-x64");
		assertTrue(headless.group(1).endsWith("deposit-folder.ijm"));
		Map<String, String> given = new LinkedHashMap<>();
		for (String pair : headless.group(2).split(",")) {
			String[] kv = pair.split("=", 2);
			given.put(kv[0].strip(), kv[1].strip());
		}
		assertTrue(parameters.keySet().containsAll(given.keySet()), "the headless line gives " + given.keySet() +
			"; the macro's parameters are " + parameters.keySet());
		parameters.forEach((name, hasValue) -> assertTrue(hasValue || given.containsKey(name), "the headless line " +
			"leaves out '" + name + "', which the macro needs"));
		given.values().forEach(v -> assertTrue(v.matches("'[^']*'"), v + ": --run values are quoted strings"));
	}

	@TempDir
	Path tmp;

	/**
	 * What the macro's own functions (its text from the first {@code function}) read in each receipt, as bia-deposit
	 * writes it: "1 accession" when it says the study is stored, "0 accession" otherwise. One interpreter run.
	 */
	private List<String> macroReads(Receipt... receipts) throws IOException {
		String macro = Files.readString(MACRO);
		assertTrue(macro.contains("\nfunction stored("), MACRO + " reads the receipt (function stored) before it says " +
			"the study is deposited");
		StringBuilder code = new StringBuilder(macro.substring(macro.indexOf("\nfunction "))).append("\nread = \"\";\n");
		for (int i = 0; i < receipts.length; i++) {
			Path file = tmp.resolve(i + "-" + Receipt.NAME);
			receipts[i].write(file);
			code.append("json = File.openAsString(\"").append(file.toString().replace("\\", "\\\\")).append("\");\n")
				.append("read = read + stored(json) + \" \" + value(json, \"accession\") + \"|\";\n");
		}
		return List.of(IJ.runMacro(code.append("return read;\n").toString(), "").split("\\|", -1));
	}

	private static Receipt receipt(String accession, String status) {
		return new Receipt(accession, 1, org.biadeposit.biostudies.SubmissionStatus.valueOf(status), "https://wwwdev.ebi.ac.uk/biostudies/", "me@example.org",
			"A \"status\": \"PROCESSED\" title", "https://example.org/S-BIAD1", Instant.parse("2026-12-01T12:00:00Z"),
			List.of(), List.of(), "{\"status\": \"PROCESSED\", \"attributes\": [{\"name\": \"status\", \"value\": " +
			"\"PROCESSED\"}]}");
	}

	@Test
	void theMacroSaysDepositedOnlyForAStoredStudy() throws IOException {
		assertEquals(List.of("1 S-BIAD1", "1 S-BIAD1", "0 S-BIAD1", "0 S-BIAD1", "0 ", "0 ", ""), macroReads(receipt(
			"S-BIAD1", "PROCESSED"), receipt("S-BIAD1", "POST_PROCESSED"), receipt("S-BIAD1", "INVALID"), receipt(
				"S-BIAD1", "SUBMITTED"), receipt(null, "SENDING"), receipt(null, "REFUSED")));
	}
}
