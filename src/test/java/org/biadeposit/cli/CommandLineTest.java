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
package org.biadeposit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Issue 12 item 3: help, version, usage errors and option names, the same for every verb. */
class CommandLineTest {

	static final List<String> VERBS = List.of("harvest", "init", "filelists", "validate", "package", "submit",
		"status", "sandbox", "demo", "example");

	@TempDir
	Path tmp;

	private final Bia bia = new Bia();

	@Test
	void helpListsEveryVerbAndEveryVerbHasItsHelp() {
		assertEquals(0, bia.run("--help"));
		for (String verb : VERBS) assertTrue(bia.stdout().contains("\n  " + verb + " "), verb + ": " + bia.stdout());
		assertTrue(bia.stderr().isEmpty(), bia.stderr());
		for (String verb : VERBS) {
			assertEquals(0, bia.run(verb, "--help"), verb + ": " + bia.stderr());
			assertTrue(bia.stdout().startsWith(verb.equals("sandbox") ? "Usage: bia sandbox" : "Usage: bia " + verb +
				" "), verb + ": " + bia.stdout());
			assertTrue(bia.stderr().isEmpty(), verb + ": " + bia.stderr());
		}
		assertEquals(0, bia.run("validate", "-h"));
		assertTrue(bia.stdout().contains("--config=FILE"), bia.stdout());
	}

	@Test
	void versionComesFromTheBuild() {
		assertEquals(0, bia.run("--version"));
		assertTrue(bia.stdout().matches("bia-deposit \\d+\\.\\d+\\.\\d+[^\\n]*\\n"), bia.stdout());
		assertEquals(0, bia.run("-V"));
		assertTrue(bia.stdout().startsWith("bia-deposit "), bia.stdout());
	}

	@Test
	void noVerbIsAUsageErrorWithTheHelpOnStandardError() {
		assertEquals(2, bia.run());
		assertTrue(bia.stderr().startsWith("Usage: bia "), bia.stderr());
		assertTrue(bia.stdout().isEmpty());
	}

	/** Every usage error exits 2 and names what is wrong, with no Java in sight. */
	@Test
	void usageErrorsExitTwoAndNameTheOptionOrArgument() throws Exception {
		Path dir = Files.createDirectories(tmp.resolve("data"));
		Map<List<String>, String> cases = new HashMap<>();
		cases.put(List.of("nonsense"), "bia: unknown verb 'nonsense'");
		cases.put(List.of("validate", dir.toString(), "--bogus"), "bia validate: Unknown option: '--bogus'");
		cases.put(List.of("validate", dir.toString(), "--threads", "many"), "bia validate: --threads takes a whole " +
			"number of 1 or more, not 'many'");
		cases.put(List.of("harvest", "--threads", "0", "x"), "bia harvest: --threads takes a whole number of 1 or " +
			"more, not '0'");
		cases.put(List.of("validate", dir.toString(), "--time-limit", "0"), "bia validate: --time-limit takes a " +
			"whole number of 1 or more, not '0'");
		cases.put(List.of("package", dir.toString(), "--out"), "bia package: Missing required parameter for option " +
			"'--out'");
		cases.put(List.of("package", dir.toString()), "bia package: give the output folder with --out OUT");
		cases.put(List.of("validate"), "bia validate: give the dataset folder (one)");
		cases.put(List.of("submit", dir.toString(), "--parallel", "-3"), "bia submit: --parallel takes a whole " +
			"number of 1 or more, not '-3'");
		cases.put(List.of("status", "S-BIAD1", "--version", "x"), "bia status: --version takes a whole number");
		cases.put(List.of("example", tmp.toString(), "--size", "2X"), "bia example: --size takes a whole number of " +
			"bytes");
		cases.put(List.of("validate", dir.toString(), "--format", "xml"), "bia validate: --format takes text or json");
		cases.put(List.of("sandbox", "-q", "--port", "x"), "bia sandbox: --port takes a number, not 'x'"); // -q taken
		for (Map.Entry<List<String>, String> c : cases.entrySet()) {
			assertEquals(2, bia.run(c.getKey().toArray(new String[0])), c.getKey() + ": " + bia.stderr());
			assertTrue(bia.stderr().startsWith(c.getValue()), c.getKey() + ": " + bia.stderr());
			assertTrue(bia.stderr().contains("\nUsage: bia"), "the help follows: " + bia.stderr());
			for (String java : List.of("Exception", "picocli", "java.", "at org.")) {
				assertFalse(bia.stderr().contains(java), c.getKey() + ": " + bia.stderr());
			}
		}
	}

	@Test
	void aPasswordOnTheCommandLineIsRefusedAndNeverShown() throws Exception {
		Path pkg = Files.createDirectories(tmp.resolve("pkg"));
		for (List<String> args : List.of(List.of("submit", pkg.toString(), "--password", "hunter2-secret"),
			List.of("submit", pkg.toString(), "-p", "hunter2-secret"), List.of("status", "S-BIAD1",
				"--password=hunter2-secret"), List.of("submit", pkg.toString(), "--password")))
		{
			assertEquals(2, bia.run(args.toArray(new String[0])), args.toString());
			assertTrue(bia.stderr().contains("a password is never taken from the command line"), bia.stderr());
			assertFalse(bia.stderr().contains("hunter2") || bia.stdout().contains("hunter2"), bia.stderr());
		}
	}

	/** Issue 10: the FTP password is refused on the command line, never shown; --via names a route. */
	@Test
	void anFtpPasswordOnTheCommandLineIsRefusedAndNeverShown() throws Exception {
		Path pkg = Files.createDirectories(tmp.resolve("pkg"));
		for (List<String> args : List.of(List.of("submit", pkg.toString(), "--ftp-password", "hunter2-secret"),
			List.of("submit", pkg.toString(), "--ftp-password=hunter2-secret"), List.of("submit", pkg.toString(),
				"--ftp-user", "bsftp", "--ftp-password")))
		{
			assertEquals(2, bia.run(args.toArray(new String[0])), args.toString());
			assertTrue(bia.stderr().contains("an FTP password is never taken from the command line"), bia.stderr());
			assertFalse(bia.stderr().contains("hunter2") || bia.stdout().contains("hunter2"), bia.stderr());
		}
		Files.writeString(pkg.resolve("submission.json"), "{}");
		assertEquals(2, bia.run("submit", pkg.toString(), "--server", "beta", "--user", "a@b.org", "--via", "ftp"));
		assertTrue(bia.stderr().contains("--via ftp needs the FTP account"), bia.stderr());
		assertEquals(2, bia.run("submit", pkg.toString(), "--server", "beta", "--user", "a@b.org", "--via", "scp"));
		assertTrue(bia.stderr().contains("--via takes http, ftp, aspera or auto, not 'scp'"), bia.stderr());
	}

	/**
	 * Issue 10: the Aspera password is refused on the command line, never shown; --via aspera says what it needs
	 * (the account; IBM's ascp on the PATH); a bad --aspera-rate is named.
	 */
	@Test
	void anAsperaPasswordOnTheCommandLineIsRefusedAndTheRouteSaysWhatItNeeds() throws Exception {
		Path pkg = Files.createDirectories(tmp.resolve("pkg"));
		for (List<String> args : List.of(List.of("submit", pkg.toString(), "--aspera-password", "hunter2-secret"),
			List.of("submit", pkg.toString(), "--aspera-user", "bs-upload", "--aspera-password=hunter2-secret")))
		{
			assertEquals(2, bia.run(args.toArray(new String[0])), args.toString());
			assertTrue(bia.stderr().contains("an Aspera password is never taken from the command line"), bia.stderr());
			assertFalse(bia.stderr().contains("hunter2") || bia.stdout().contains("hunter2"), bia.stderr());
		}
		Files.writeString(pkg.resolve("submission.json"), "{}");
		List<String> submit = List.of("submit", pkg.toString(), "--server", "beta", "--user", "a@b.org");
		assertEquals(2, bia.run(with(submit, "--via", "aspera")));
		assertTrue(bia.stderr().startsWith("bia submit: --via aspera needs the Aspera account the BioStudies " +
			"submission tool shows: --aspera-user NAME, and --aspera-password-file F or BIA_ASPERA_PASSWORD"),
			bia.stderr());
		Path password = Files.writeString(tmp.resolve("aspera-password"), "hunter2-secret\n");
		assertEquals(2, bia.run(with(submit, "--aspera-rate", "fast")));
		assertTrue(bia.stderr().startsWith("bia submit: --aspera-rate takes a rate such as 400M (Mbit/s), 2G or " +
			"50000 (kbit/s), not 'fast'"), bia.stderr());
		boolean ascpHere = new org.biadeposit.biostudies.AsperaLogin("u", "p".toCharArray()).ascp() != null;
		if (!ascpHere) { // this JVM's PATH has no ascp (it cannot be installed here)
			assertEquals(2, bia.run(with(submit, "--via", "aspera", "--aspera-user", "bs-upload",
				"--aspera-password-file", password.toString())));
			assertTrue(bia.stderr().startsWith("bia submit: --via aspera needs IBM's ascp, which is not on the " +
				"PATH: install IBM Aspera Connect or the IBM Aspera command-line interface"), bia.stderr());
			assertFalse(bia.stderr().contains("hunter2"), bia.stderr());
		}
	}

	private static String[] with(List<String> args, String... more) {
		List<String> all = new java.util.ArrayList<>(args);
		all.addAll(List.of(more));
		return all.toArray(new String[0]);
	}

	/** The same option name means the same in every verb: the same arity and the same type of value. */
	@Test
	void anOptionNameUsedInTwoVerbsHasTheSameArityAndType() {
		CommandLine cl = Main.commandLine(new Terminal(System.out, System.err, Map.of(), false));
		Map<String, OptionSpec> first = new HashMap<>();
		Map<String, String> firstVerb = new HashMap<>();
		int checked = 0;
		for (Map.Entry<String, CommandLine> verb : cl.getSubcommands().entrySet()) {
			CommandSpec spec = verb.getValue().getCommandSpec();
			for (OptionSpec o : spec.options()) {
				for (String name : o.names()) {
					OptionSpec seen = first.putIfAbsent(name, o);
					firstVerb.putIfAbsent(name, verb.getKey());
					if (seen == null) continue;
					checked++;
					String where = name + " in " + firstVerb.get(name) + " and " + verb.getKey();
					assertEquals(seen.arity(), o.arity(), where);
					assertEquals(seen.type(), o.type(), where);
					assertEquals(Set.of(seen.names()), Set.of(o.names()), "the same short and long names: " + where);
				}
			}
		}
		assertTrue(checked > 20, "options are shared: " + checked);
		for (String verb : List.of("harvest", "init", "filelists", "validate", "package")) {
			for (String option : List.of("--threads", "--cache", "--no-cache", "--quiet")) {
				assertTrue(cl.getSubcommands().get(verb).getCommandSpec().findOption(option) != null, verb + " " +
					option);
			}
		}
		for (String verb : List.of("harvest", "validate", "package", "submit", "status")) {
			assertTrue(cl.getSubcommands().get(verb).getCommandSpec().findOption("--json") != null, verb);
		}
		for (String verb : List.of("submit", "status")) {
			for (String option : List.of("--server", "--user", "--password-file")) {
				assertTrue(cl.getSubcommands().get(verb).getCommandSpec().findOption(option) != null, verb + option);
			}
		}
	}

	@Test
	void theCompletionScriptCompletesVerbsAndTheirOptions() throws Exception {
		String script = Completion.bash();
		assertTrue(script.contains("complete -F _complete_bia") && script.contains("bia"), "a bash completion");
		for (String verb : VERBS) assertTrue(script.contains(verb), verb);
		for (String option : List.of("--no-recursive", "--password-file", "--resend-unverified", "--config",
			"--threads")) assertTrue(script.contains(option), option);
		Path file = tmp.resolve("bia_completion");
		Completion.main(new String[] { file.toString() });
		assertEquals(script, Files.readString(file));
	}

	/**
	 * picocli formats every help text with {@code String.format}; one it cannot format (a lone %) is shown raw with a
	 * warning on the JVM's stderr that the command's own streams never see.
	 */
	@Test
	void everyHelpTextIsAFormatPicocliCanUse() {
		Terminal t = terminal(new ByteArrayOutputStream(), new ByteArrayOutputStream(), false);
		CommandLine bia = Main.commandLine(t);
		List<String> texts = new java.util.ArrayList<>();
		for (CommandLine c : java.util.stream.Stream.concat(java.util.stream.Stream.of(bia), bia.getSubcommands()
			.values().stream()).toList())
		{
			picocli.CommandLine.Model.UsageMessageSpec usage = c.getCommandSpec().usageMessage();
			for (String[] part : List.of(usage.description(), usage.header(), usage.footer())) texts.addAll(List.of(part));
			c.getCommandSpec().options().forEach(o -> texts.addAll(List.of(o.description())));
			c.getCommandSpec().positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
		}
		assertTrue(texts.size() > 100, texts.size() + " texts");
		for (String text : texts) {
			try {
				String.format(text);
			}
			catch (java.util.IllegalFormatException e) {
				throw new AssertionError("picocli cannot format (" + e.getMessage() + "): " + text, e);
			}
		}
	}

	/**
	 * A run of one verb builds only that verb's options (picocli takes a quarter of a second for all of them), with
	 * the same help and the same errors; anything else gets every verb.
	 */
	@Test
	void aRunOfOneVerbBuildsThatVerbAloneAndSaysTheSame() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		Terminal t = terminal(out, err, false);
		Set<String> all = BiaCommand.VERBS.stream().map(BiaCommand::name).collect(java.util.stream.Collectors.toSet());
		assertTrue(all.containsAll(VERBS) && all.size() == 13, all.toString());
		assertEquals(Set.of("validate"), Main.commandLine(t, "validate").getSubcommands().keySet());
		assertEquals(all, Main.commandLine(t, "validat").getSubcommands().keySet());
		assertEquals(all, Main.commandLine(t, "--help").getSubcommands().keySet());
		assertEquals(all, Main.commandLine(t, null).getSubcommands().keySet());
		for (String verb : all) {
			assertEquals(Main.commandLine(t).getSubcommands().get(verb).getUsageMessage(), Main.commandLine(t, verb)
				.getSubcommands().get(verb).getUsageMessage(), verb);
		}
		assertEquals(2, Main.run(List.of("validate", "--no-such-option"), t));
		String alone = err.toString(StandardCharsets.UTF_8);
		err.reset();
		assertEquals(2, Main.commandLine(t).execute("validate", "--no-such-option"));
		assertEquals(err.toString(StandardCharsets.UTF_8), alone, "the same usage error either way");
		assertTrue(alone.contains("--no-such-option"), alone);
		err.reset();
		assertEquals(2, Main.run(List.of("validat"), t));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("validate"), "a misspelt verb is answered with the " +
			"verbs: " + err);
	}

	/** A terminal that prints into these buffers; {@code interactive} as if a person watched stderr. */
	static Terminal terminal(ByteArrayOutputStream out, ByteArrayOutputStream err, boolean interactive) {
		return new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
			StandardCharsets.UTF_8), Map.of(), interactive);
	}
}
