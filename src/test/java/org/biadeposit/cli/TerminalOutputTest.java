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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.biadeposit.TerminalText;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.RecordTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 8 item 16: what the CLI prints from file names and file contents cannot drive the terminal. A file (and a
 * folder) named with ESC, a newline, a tab, DEL and C1 controls is harvested, initialised and validated in-process.
 */
class TerminalOutputTest {

	/** ESC [2J clears the screen; CSI (U+009B) is the one-character C1 form of ESC [; NEL (U+0085) a new line. */
	static final String EVIL = "evil\u001b[2J\n\tline\u007f\u009b31m\u0085\u202e";
	static final String EVIL_SHOWN = "evil\\x1b[2J\\n\\tline\\x7f\\u009b31m\\u0085\\u202e";

	@TempDir
	Path tmp;

	/** What a run of {@code bia} printed. */
	private record Printed(String stdout, String stderr) {}

	/** Runs scripts/bia's main in-process, with the harvest cache in the test's folder. */
	private Printed bia(String verb, String... args) {
		List<String> all = new ArrayList<>(List.of(verb, "--cache", tmp.resolve("cache.jsonl").toString()));
		all.addAll(Arrays.asList(args));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
			StandardCharsets.UTF_8));
		return new Printed(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * A readable ImageJ TIFF (from our example generator) named {@link #EVIL}.tif and an unreadable one named
	 * {@link #EVIL}-broken.tif.
	 */
	private Path evilFiles() throws IOException {
		Path data = tmp.resolve("data");
		ExampleDataset.writeImageJTiff(data.resolve(EVIL + ".tif"), 40, 24, 0.325);
		Files.write(data.resolve(EVIL + "-broken.tif"), new byte[] { 'I', 'I', 42, 0, 1, 2, 3 });
		return data;
	}

	@Test
	void harvestJsonLinesEscapeControlCharactersAndStayValidJson() throws IOException {
		Path data = evilFiles();
		Printed p = bia("harvest", "--format", "jsonl", data.toString());

		assertPrintable(p.stdout());
		assertPrintable(p.stderr());
		List<String> files = new ArrayList<>();
		for (String line : p.stdout().split("\n")) files.add(new ObjectMapper().readTree(line).get("file").asText());
		assertEquals(List.of(EVIL + "-broken.tif", EVIL + ".tif"), files.stream().sorted().toList(),
			"the JSON reads back as the real names");
	}

	@Test
	void harvestTsvEscapesControlCharactersSoColumnsHold() throws IOException {
		Path data = evilFiles();
		Printed p = bia("harvest", "--format", "tsv", data.toString());

		assertPrintable(p.stdout());
		String[] lines = p.stdout().split("\n");
		assertEquals(3, lines.length, p.stdout());
		for (String line : lines) assertEquals(RecordTable.COLUMNS.size(), line.split("\t", -1).length, line);
		assertTrue(p.stdout().contains(EVIL_SHOWN + "-broken.tif\t"), p.stdout());
		assertTrue(p.stdout().contains("\nevil\\x1b[2J  line\\x7f"), "the table makes tabs spaces: " + p.stdout());
	}

	@Test
	void initAndValidateEscapeFolderAndFileNames() throws IOException {
		Path dataset = tmp.resolve("study " + EVIL);
		ExampleDataset.writeImageJTiff(dataset.resolve("cells/cells.tif"), 40, 24, 0.325);
		Files.write(dataset.resolve("cells").resolve(EVIL + "-broken.tif"), new byte[] { 'I', 'I', 42, 0, 1 });

		Printed init = bia("init", dataset.toString());
		assertPrintable(init.stdout());
		assertPrintable(init.stderr());
		assertTrue(init.stdout().contains("study " + EVIL_SHOWN), init.stdout());

		Printed validate = bia("validate", dataset.toString());
		assertPrintable(validate.stdout());
		assertPrintable(validate.stderr());
		assertTrue(validate.stdout().contains("error: "), "the starter's REQUIRED fields: " + validate.stdout());
		assertTrue(validate.stdout().contains(EVIL_SHOWN), validate.stdout());
	}

	@Test
	void oneLineShowsEveryControlCharacterAsAnEscape() {
		assertEquals(EVIL_SHOWN, TerminalText.line(EVIL));
		assertEquals("\\x00\\x07\\r\\u2028\\u2066", TerminalText.line("\u0000\u0007\r\u2028\u2066"));
		assertEquals("C:\\data\\µm Å.tif", TerminalText.line("C:\\data\\µm Å.tif"), "printable text is kept");
	}

	@Test
	void aMessageOfSeveralLinesKeepsItsLinesAndEscapesTheRest() {
		assertEquals("Submission validation errors\n  - cells/a\\x1b[2J.tif is missing\n", TerminalText.lines(
			"Submission validation errors\n  - cells/a\u001b[2J.tif is missing\n"));
		assertEquals("one line \\t", TerminalText.lines("one line \t"));
		assertEquals(null, TerminalText.lines(null));
	}

	@Test
	void jsonKeepsItsMeaning() throws IOException {
		ObjectMapper json = new ObjectMapper();
		String written = json.writeValueAsString(List.of(EVIL, "\\" + EVIL));
		String shown = TerminalText.json(written);
		assertPrintable(shown);
		JsonNode back = json.readTree(shown);
		assertEquals(EVIL, back.get(0).asText());
		assertEquals("\\" + EVIL, back.get(1).asText());
	}

	/** No character a terminal acts on, except the newlines that end lines. */
	private static void assertPrintable(String output) {
		for (int i = 0; i < output.length(); i++) {
			char c = output.charAt(i);
			if (c == '\n' || c == '\t') continue;
			if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
				fail(String.format("raw control character U+%04X at %d in: %s", (int) c, i, TerminalText.line(output)));
			}
		}
	}
}
