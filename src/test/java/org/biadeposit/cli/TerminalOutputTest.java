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

import org.biadeposit.TestData;
import org.biadeposit.TerminalText;
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

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int bia(String verb, String... args) {
		List<String> all = new ArrayList<>(List.of(verb));
		all.addAll(List.of("--cache", tmp.resolve("cache.jsonl").toString()));
		all.addAll(Arrays.asList(args));
		out.reset();
		err.reset();
		return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
			StandardCharsets.UTF_8));
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** A real TIFF named {@link #EVIL}.tif and an unreadable one named {@link #EVIL}-broken.tif. */
	private Path evilFiles() throws IOException {
		Path data = tmp.resolve("data");
		Path tif = TestData.copy("BioImageAnalysisNotebooks/data/hela-cells.tif", data);
		Files.move(tif, data.resolve(EVIL + ".tif"));
		Files.write(data.resolve(EVIL + "-broken.tif"), new byte[] { 'I', 'I', 42, 0, 1, 2, 3 });
		return data;
	}

	@Test
	void harvestJsonLinesEscapeControlCharactersAndStayValidJson() throws IOException {
		Path data = evilFiles();
		bia("harvest", "--format", "jsonl", data.toString());

		assertPrintable(stdout());
		assertPrintable(stderr());
		List<String> files = new ArrayList<>();
		for (String line : stdout().split("\n")) files.add(new ObjectMapper().readTree(line).get("file").asText());
		assertEquals(List.of(EVIL + "-broken.tif", EVIL + ".tif"), files.stream().sorted().toList(),
			"the JSON reads back as the real names");
	}

	@Test
	void harvestTsvEscapesControlCharactersSoColumnsHold() throws IOException {
		Path data = evilFiles();
		bia("harvest", "--format", "tsv", data.toString());

		assertPrintable(stdout());
		String[] lines = stdout().split("\n");
		assertEquals(3, lines.length, stdout());
		for (String line : lines) assertEquals(RecordTable.COLUMNS.size(), line.split("\t", -1).length, line);
		assertTrue(stdout().contains(EVIL_SHOWN + "-broken.tif\t"), stdout());
		assertTrue(stdout().contains("\nevil\\x1b[2J  line\\x7f"), "the table already makes tabs spaces: " + stdout());
	}

	@Test
	void initAndValidateEscapeFolderAndFileNames() throws IOException {
		Path dataset = tmp.resolve("study " + EVIL);
		TestData.copy("BioImageAnalysisNotebooks/data/hela-cells.tif", dataset.resolve("cells"));
		Files.write(dataset.resolve("cells").resolve(EVIL + "-broken.tif"), new byte[] { 'I', 'I', 42, 0, 1 });

		bia("init", dataset.toString());
		assertPrintable(stdout());
		assertPrintable(stderr());
		assertTrue(stdout().contains("study " + EVIL_SHOWN), stdout());

		bia("validate", dataset.toString());
		assertPrintable(stdout());
		assertPrintable(stderr());
		assertTrue(stdout().contains("error: "), "the starter's REQUIRED fields are reported: " + stdout());
		assertTrue(stdout().contains(EVIL_SHOWN), stdout());
	}

	@Test
	void oneLineShowsEveryControlCharacterAsAnEscape() {
		assertEquals(EVIL_SHOWN, TerminalText.line(EVIL));
		assertEquals("\\x00\\x07\\r\\u2028\\u2066", TerminalText.line("\u0000\u0007\r\u2028\u2066"));
		assertEquals("C:\\data\\µm Å.tif", TerminalText.line("C:\\data\\µm Å.tif"), "printable text is kept");
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
