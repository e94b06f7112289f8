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
package org.biadeposit.validate;

import static org.biadeposit.rembi.Problem.Severity.ERROR;
import static org.biadeposit.rembi.Problem.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 5: File-list paths, the files they name, and the File-list columns. */
class FileListRulesTest {

	@TempDir
	Path root;

	/** The good deposition with one more row at the end of the Knock-out File-list. */
	private Report withExtraRow(Draft d, FileList.Row extra) {
		FileList ko = d.components.get(1).fileList();
		List<FileList.Row> rows = new ArrayList<>(ko.rows());
		rows.add(extra);
		d.setList(1, new FileList(ko.name(), ko.columns(), rows));
		return d.validate();
	}

	@Test
	void aFileThatIsGoneIsAnErrorNamingTheRow() throws IOException {
		Draft d = Draft.good(root);
		Files.delete(root.resolve("embryos/wt/wt 02 (repeat).tif"));
		Expect.only(d.validate(), ERROR, "File-list wild_type row 2 (embryos/wt/wt 02 (repeat).tif)",
			"embryos/wt/wt 02 (repeat).tif does not exist in the dataset folder", "moved, renamed or deleted",
			"build the deposition again");
	}

	@Test
	void aFolderIsNotAFile() throws IOException {
		Draft d = Draft.good(root);
		Files.createDirectories(root.resolve("embryos/ko/stack.zarr"));
		Expect.only(withExtraRow(d, new FileList.Row("embryos/ko/stack.zarr", 0, Map.of())), ERROR,
			"File-list knock-out row 2 (embryos/ko/stack.zarr)", "is a folder, not a file");
	}

	@Test
	void aFileThatChangedSinceTheListWasBuiltIsAWarning() throws IOException {
		Draft d = Draft.good(root);
		Files.writeString(root.resolve("masks/wt_01_mask.tif"), "a longer mask than before");
		Expect.only(d.validate(), WARNING, "File-list nucleus_masks row 1 (masks/wt_01_mask.tif)", "is now 25 " +
			"bytes, but the File-list says 4", "changed after the File-list was built");
	}

	@Test
	void aPathIsListedOncePerList() {
		Draft d = Draft.good(root);
		Report r = withExtraRow(d, d.row("embryos/ko/18x24y5z1t1c8b-text-split-Z2.ome.tiff"));
		Expect.only(r, ERROR, "File-list knock-out row 2 (embryos/ko/18x24y5z1t1c8b-text-split-Z2.ome.tiff)",
			"listed twice in File-list knock-out, in rows 1 and 2", "list each file once");
	}

	@Test
	void aFileInTwoListsIsAWarning() {
		Draft d = Draft.good(root);
		Report r = withExtraRow(d, d.row("embryos/wt/wt 02 (repeat).tif"));
		Expect.only(r, WARNING, "File-list knock-out row 2 (embryos/wt/wt 02 (repeat).tif)", "also listed in " +
			"File-list wild_type (row 2)", "one study component or annotation set");
		assertFalse(r.hasErrors());
	}

	@Test
	void pathCharactersAreThoseBioStudiesAccepts() {
		Draft d = Draft.good(root);
		String path = "embryos/ko/filé #4.tif";
		boolean made = writeIfThisSystemCan(path);
		Report r = withExtraRow(d, new FileList.Row(path, 1, Map.of()));
		Problem p = characterProblem(r, "File-list knock-out row 2 (" + path + ")");
		for (String phrase : List.of("'é' (U+00E9), '#'", "The given file path contains invalid characters",
			"only ASCII letters and digits, space and ! - _ * ' ( ) . / are allowed", "Rename")) {
			assertTrue(p.message().contains(phrase), phrase + " missing from " + p.message());
		}
		assertFalse(p.message().contains("'i'"), p.message());
		if (made) assertEquals(1, r.problems().size(), r.toText());
	}

	@Test
	void invisibleCharactersAreShownByCode() {
		Draft d = Draft.good(root);
		String path = "embryos/ko/a\u00a0b.tif";
		boolean made = writeIfThisSystemCan(path);
		Report r = withExtraRow(d, new FileList.Row(path, 1, Map.of()));
		Problem p = characterProblem(r, "File-list knock-out row 2 (" + path + ")");
		assertTrue(p.message().contains("contains U+00A0, which"), p.message());
		if (made) assertEquals(1, r.problems().size(), r.toText());
	}

	/** Writes a 1-byte file, unless the platform cannot name it (e.g. non-ASCII names under LANG=C). */
	private boolean writeIfThisSystemCan(String path) {
		try {
			Draft.write(root.resolve(path), "x");
			return true;
		}
		catch (InvalidPathException e) {
			return false;
		}
	}

	private static Problem characterProblem(Report r, String where) {
		List<Problem> found = r.problems().stream().filter(p -> p.where().equals(where) && p.message().contains(
			"invalid characters")).toList();
		assertEquals(1, found.size(), r.toText());
		assertEquals(Problem.Severity.ERROR, found.get(0).severity());
		return found.get(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a b/c!-_*'().tif", "UPPER/lower/0123456789.tif", "x" })
	void everyAllowedCharacterPasses(String path) {
		Draft d = Draft.good(root);
		Draft.write(root.resolve(path), "x");
		Expect.none(withExtraRow(d, d.row(path)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"./embryos/ko/a.tif    | starts with ./",
		"/embryos/ko/a.tif     | starts with /, as if it were absolute",
		"embryos/ko/           | ends with /",
		"embryos//ko/a.tif     | has an empty part (//)",
		"embryos/../ko/a.tif   | goes up a folder (..)",
		"embryos/ko/..         | goes up a folder (..)",
		"embryos/./ko/a.tif    | has a . part",
		"embryos\\ko\\a.tif    | uses \\ as a separator; File-list paths use /, e.g. embryos/ko/a.tif" })
	void pathShapesBioStudiesRejects(String path, String phrase) {
		Draft d = Draft.good(root);
		Draft.write(root.resolve("embryos/ko/a.tif"), "x");
		Report r = withExtraRow(d, new FileList.Row(path, 1, Map.of()));
		Expect.only(r, ERROR, "File-list knock-out row 2 (" + path + ")", phrase);
	}

	@Test
	void columnsHaveDistinctNamesAndOnlyTheFirstIsFiles() {
		Draft d = Draft.good(root);
		FileList ko = d.components.get(1).fileList();
		d.setList(1, new FileList(ko.name(), List.of("Stage", " ", "stage", "Files", "Dose\t(µM)"), ko.rows()));
		Report r = d.validate();
		Expect.at(r, ERROR, "File-list knock-out column 3 (\" \")", "no name");
		Expect.at(r, ERROR, "File-list knock-out column 4 (\"stage\")", "column 2 has the same name (ignoring " +
			"case");
		Expect.at(r, ERROR, "File-list knock-out column 5 (\"Files\")", "only the first column may be called Files");
		Expect.at(r, ERROR, "File-list knock-out column 6 (\"Dose\t(µM)\")", "tab or line break");
		assertEquals(4, r.problems().size(), r.toText());
	}

	@Test
	void withoutADatasetFolderNothingCanBeChecked() {
		Draft d = Draft.good(root);
		d.root = null;
		Expect.only(d.validate(), ERROR, "dataset folder", "does not say which folder");
		d.root = root.resolve("not-here");
		Expect.only(d.validate(), ERROR, root.resolve("not-here").toString(), "does not exist");
	}

	@Test
	void rowsAreNumberedFromOneAfterTheHeader() throws IOException {
		Draft d = Draft.good(root);
		Files.delete(root.resolve("embryos/wt/18x24y5z1t1c8b-text-split-Z1.ome.tiff"));
		Problem p = Expect.only(d.validate(), ERROR,
			"File-list wild_type row 1 (embryos/wt/18x24y5z1t1c8b-text-split-Z1.ome.tiff)");
		assertTrue(p.message().contains(root.toAbsolutePath().normalize().toString()), p.message());
	}
}
