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
package org.biadeposit.rembi.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.DepositionBuilder;
import org.biadeposit.rembi.PathPattern;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 ("nothing lost, nothing leaked"), the deposit.yaml items: what the adversarial test found, each read
 * from a real file in a temporary dataset folder.
 */
class DepositYamlRobustnessTest {

	@TempDir
	Path tmp;

	private DepositYaml.Reading read(String yaml) throws IOException {
		Path file = tmp.resolve("deposit.yaml");
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return DepositYaml.read(file, tmp);
	}

	private static Problem at(DepositYaml.Reading r, String where) {
		return r.problems().stream().filter(p -> p.where().equals(where)).findFirst().orElseThrow(
			() -> new AssertionError("no problem at " + where + " in " + r.problems()));
	}

	private static void contains(String message, String... parts) {
		for (String part : parts) assertTrue(message.contains(part), () -> "\"" + part + "\" not in: " + message);
	}

	/** Builds the deposition from the reading over the temporary folder, as `bia validate` does after reading. */
	private Deposition built(DepositYaml.Reading r) {
		DatasetHarvest files = new HarvestRun(new Harvester(List.of()), null, 1).dataset(tmp);
		return DepositionBuilder.build(files, r.deposition()).deposition();
	}

	// -- item 7: a misspelled key is never a silent default ---------------------------------------------------------

	@Test
	void aMisspelledLicenceKeyIsAnErrorAndTheLicenceIsNotDefaultedToCc0() throws IOException {
		DepositYaml.Reading r = read("study:\n  title: Mitochondria in motion\n  lisence: CC BY 4.0\n");
		Problem p = at(r, "deposit.yaml:3 study.lisence");
		assertTrue(p.isError(), p.toString());
		contains(p.message(), "did you mean \"licen", "the licence was not set", "CC0");
		assertNull(r.deposition().study().license(), "never CC0 when the file names a licence under another key");
	}

	@Test
	void aLicenceKeyTwoEditsAwayIsAnErrorTooButAnUnrelatedKeyStaysAWarning() throws IOException {
		DepositYaml.Reading r = read("study:\n  licnse: CC BY 4.0\n  colour: red\n");
		assertTrue(at(r, "deposit.yaml:2 study.licnse").isError());
		assertFalse(at(r, "deposit.yaml:3 study.colour").isError(), "far from every key: ignored with a warning");
		assertNull(r.deposition().study().license());

		DepositYaml.Reading unrelated = read("study:\n  colour: red\n");
		assertEquals("CC0", unrelated.deposition().study().license(), "nothing looks like a licence: the default");
	}

	@Test
	void aMisspelledKeyOfAComponentIsAnErrorBecauseItsFilesWouldBeGuessed() throws IOException {
		DepositYaml.Reading r = read("study_component:\n  Cells:\n    fils: images\n");
		Problem p = at(r, "deposit.yaml:3 study_component.Cells.fils");
		assertTrue(p.isError(), p.toString());
		contains(p.message(), "did you mean \"files\"?");
	}

	// -- item 11: sizes --------------------------------------------------------------------------------------------

	@Test
	void aFileOverTheSizeLimitIsAnErrorBeforeItIsParsed() throws IOException {
		Path file = tmp.resolve("deposit.yaml");
		String line = "# " + "x".repeat(1022) + "\n";
		Files.writeString(file, "study:\n  title: big\n" + line.repeat((int) (DepositYaml.MAX_FILE_BYTES / 1024) +
			1));
		DepositYaml.Reading r = DepositYaml.read(file, tmp);
		assertNull(r.deposition());
		assertEquals(1, r.problems().size(), r.problems().toString());
		contains(r.problems().get(0).toString(), "deposit.yaml", "MiB", "at most");
	}

	@Test
	void aLineOverTheValueLimitIsAnErrorNamingTheLine() throws IOException {
		DepositYaml.Reading r = read("study:\n  title: short\n  description: " + "x".repeat(DepositYaml.MAX_VALUE_CHARS +
			10) + "\n");
		assertNull(r.deposition());
		Problem p = r.problems().get(0);
		assertEquals("deposit.yaml:3", p.where());
		contains(p.message(), "characters", "at most");
	}

	@Test
	void aValueOverTheLimitOnManyLinesIsAnErrorNamingItsKey() throws IOException {
		String words = ("word ".repeat(15) + "\n    ").repeat(DepositYaml.MAX_VALUE_CHARS / 70);
		DepositYaml.Reading r = read("study:\n  title: short\n  description: |\n    " + words + "\n");
		Problem p = at(r, "deposit.yaml:3 study.description");
		assertTrue(p.isError());
		contains(p.message(), "characters", "at most");
		assertNull(r.deposition().study().description(), "an over-long value is not read");
	}

	// -- item 14: pattern and glob syntax ---------------------------------------------------------------------------

	/**
	 * Reads a component whose pattern or glob cannot be compiled: an error at its line saying what is wrong, no
	 * Java exception named, and planning (which compiles every glob and pattern) goes through.
	 */
	private DepositYaml.Reading refused(String yaml, String where, String... says) throws IOException {
		DepositYaml.Reading r = read(yaml);
		Problem p = at(r, where);
		assertTrue(p.isError(), p.toString());
		contains(p.message(), says);
		assertFalse(p.message().contains("Exception"), p.message());
		assertNotNull(built(r));
		return r;
	}

	@Test
	void anUnclosedBraceInAPatternIsAnErrorAtItsLineAndPlanningDoesNotStumble() throws IOException {
		DepositYaml.Reading r = refused("study_component:\n  Cells:\n    files: cells\n    pattern: \"{unclosed/*.tif\"\n",
			"deposit.yaml:4 study_component.Cells.pattern", "never closed");
		assertNull(r.deposition().components().get(0).files().pattern());
	}

	@Test
	void aNameUsedTwiceInAPatternIsAnErrorAtItsLineAndPlanningDoesNotStumble() throws IOException {
		refused("study_component:\n  Cells:\n    pattern: \"{a}{a}.tif\"\n", "deposit.yaml:3 study_component.Cells.pattern",
			"{a}", "twice");
	}

	@Test
	void aGlobThatDoesNotCompileIsAnErrorAtItsLineAndPlanningDoesNotStumble() throws IOException {
		refused("study_component:\n  Cells:\n    files: \"[/]etc/*\"\n", "deposit.yaml:3 study_component.Cells.files",
			"[/]etc/*", "glob");
	}

	@Test
	void twoPatternPartsWithNothingBetweenThemAreAnErrorForTheirMatchWouldBeAGuess() throws IOException {
		refused("study_component:\n  Cells:\n    pattern: \"{plate}{well}*.tif\"\n",
			"deposit.yaml:3 study_component.Cells.pattern", "{plate} and {well} have nothing between them");
		assertEquals(Map.of("plate", "p1", "well", "A01"), PathPattern.compile("{plate}_{well}.tif").match(
			"p1_A01.tif"));
	}

	@Test
	void everyGlobAndPatternMistakeOfAnAnnotationSetIsAnErrorToo() throws IOException {
		DepositYaml.Reading r = read("annotations:\n  Masks:\n    files: [\"masks/*.{a,b\", \"ok/*.png\"]\n" +
			"    pattern: \"{x\"\n");
		assertTrue(at(r, "deposit.yaml:3 annotations.Masks.files[1]").isError());
		assertTrue(at(r, "deposit.yaml:4 annotations.Masks.pattern").isError());
		assertEquals(List.of("ok/*.png"), r.deposition().annotations().get(0).files().globs());
		assertNotNull(built(r));
	}

	// -- a crash found on the way ------------------------------------------------------------------------------

	@Test
	void aCharacterOutsideTheBasicPlaneAtTheEndOfSnakeYamlsBufferIsRead() throws IOException {
		String start = "study:\n  title: ";
		// SnakeYAML reads 1,024 characters at a time; the emoji's first half is the last of the first read.
		String title = "a".repeat(1023 - start.length()) + "\ud83d\udd2c microscope";
		DepositYaml.Reading r = read(start + title + "\n");
		assertEquals(List.of(), r.problems());
		assertEquals(title, r.deposition().study().title());
	}

	// -- item 3: side tables and folders that leave the dataset --------------------------------------------------

	/** tmp/outside/secret.tsv, a side table naming cells/a.tif, and the dataset folder tmp/dataset with that file. */
	private Path datasetBesideASecret() throws IOException {
		Path outside = Files.createDirectories(tmp.resolve("outside"));
		Files.writeString(outside.resolve("secret.tsv"), "Files\tSecret\ncells/a.tif\tpassword\n");
		Path dataset = Files.createDirectories(tmp.resolve("dataset"));
		Files.createDirectories(dataset.resolve("cells"));
		Files.writeString(dataset.resolve("cells/a.tif"), "not really an image");
		return dataset;
	}

	@Test
	void aSideTableOutsideTheDatasetIsRefusedAtItsLine() throws IOException {
		Path dataset = datasetBesideASecret();
		Path yaml = dataset.resolve("deposit.yaml");
		Files.writeString(yaml, "study_component:\n  Cells:\n    files: cells\n    columns: ../outside/secret.tsv\n" +
			"  Abs:\n    files: cells\n    columns: " + tmp.resolve("outside/secret.tsv").toAbsolutePath() + "\n");
		DepositYaml.Reading r = DepositYaml.read(yaml, dataset);
		contains(at(r, "deposit.yaml:4 study_component.Cells.columns").message(), "out of the dataset folder");
		contains(at(r, "deposit.yaml:7 study_component.Abs.columns").message(), "outside the dataset folder");
		for (StudyComponent c : r.deposition().components()) assertNull(c.files().columnsTable());
	}

	@Test
	void aSideTableThatIsALinkLeadingOutOfTheDatasetIsRefused() throws IOException {
		Path dataset = datasetBesideASecret();
		Files.createSymbolicLink(dataset.resolve("extra.tsv"), tmp.resolve("outside/secret.tsv"));
		Files.createSymbolicLink(dataset.resolve("linked"), tmp.resolve("outside"));
		Path yaml = dataset.resolve("deposit.yaml");
		Files.writeString(yaml, "study_component:\n  Cells:\n    files: cells\n    columns: extra.tsv\n" +
			"  Linked:\n    files: linked\n    columns: linked/secret.tsv\n");
		DepositYaml.Reading r = DepositYaml.read(yaml, dataset);
		contains(at(r, "deposit.yaml:4 study_component.Cells.columns").message(), "outside the dataset folder",
			"link");
		contains(at(r, "deposit.yaml:6 study_component.Linked.files").message(), "outside the dataset folder");
		contains(at(r, "deposit.yaml:7 study_component.Linked.columns").message(), "outside the dataset folder");
	}
}
