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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestContext;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.DepositionBuilder;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.FileListBuilder;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.MultiFileImages;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-file image (companion OME-TIFF set, Zarr store) is deposited whole: every one of its files, hidden ones
 * too, is in the same File-list with the {@code Multi-file image} column naming it; a selection that leaves one out
 * fails validation, naming the image and the file. On generated sets and on the test data's own.
 */
class MultiFileRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
	private static final String SET = "set-1/18x24y5z1t1c8b-text-companion.ome";

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@TempDir
	Path root;

	/** The dataset's harvest, once per test: every selection of the test is built from it. */
	private DatasetHarvest harvest;

	/** Builds the deposition with one component per selection (a glob each) and validates it. */
	private Built build(String... globs) {
		List<StudyComponent> components = new ArrayList<>();
		for (int i = 0; i < globs.length; i++) {
			components.add(new StudyComponent("part" + (i + 1), null, new FileSelection(List.of(), List.of(globs[i]),
				null, null), null, null));
		}
		Deposition described = new Deposition(root, null, null, List.of(), List.of(), List.of(), List.of(), List
			.of(), components, List.of());
		if (harvest == null) harvest = new HarvestRun(harvesting.harvester(), null, 2).dataset(root);
		DepositionBuilder.Result result = DepositionBuilder.build(harvest, described);
		// only the File-lists' problems: the rest of the deposition (study, modules) is not described here
		Report report = fileLists(DepositionValidator.validate(result.deposition(), result.multiFileImages(), TODAY));
		return new Built(result.deposition(), result.multiFileImages(), report);
	}

	private static Report fileLists(Report all) {
		return new Report(all.problems().stream().filter(p -> p.where().startsWith("File-list")).toList());
	}

	private record Built(Deposition deposition, MultiFileImages images, Report report) {

		/** Every row of every File-list by path. */
		Map<String, FileList.Row> rows() {
			Map<String, FileList.Row> out = new HashMap<>();
			for (StudyComponent c : deposition.components()) {
				for (FileList.Row r : c.fileList().rows()) out.put(r.path(), r);
			}
			return out;
		}

		List<String> multiFileProblems() {
			return report.problems().stream().filter(p -> p.message().contains("multi-file image")).map(
				Object::toString).toList();
		}
	}

	/** The test data's companion OME-TIFF set: the companion file and five TIFFs, copied into {@code set-1/}. */
	private void copyCompanionSet() {
		String from = "ome-model-history/2015-01/set-1-meta-companion/18x24y5z1t1c8b-text-";
		TestData.copy(from + "companion.ome", root.resolve("set-1"));
		for (int z = 1; z <= 5; z++) TestData.copy(from + "split-Z" + z + ".ome.tiff", root.resolve("set-1"));
	}

	@Test
	void everyFileOfTheTestDataCompanionSetIsListedNamingItsCompanionFile() {
		copyCompanionSet();
		Built all = build("set-1/*");
		assertEquals(List.of(), all.multiFileProblems());
		Map<String, FileList.Row> rows = all.rows();
		assertEquals(6, rows.size(), rows.keySet().toString());
		for (FileList.Row r : rows.values()) {
			assertEquals(SET, r.values().get(FileListBuilder.MULTI_FILE_IMAGE), r.path() + " names its set");
		}
	}

	@Test
	void aSelectionThatLeavesOutOneTiffOfTheSetIsAnErrorNamingTheSetAndTheTiff() {
		copyCompanionSet();
		Built built = build("set-1/*companion.ome", "set-1/*-Z[1245].ome.tiff");
		String where = "error: File-list part1 row 1 (" + SET + "): ";
		assertEquals(List.of(where + "the multi-file image " + SET + " would be deposited without 1 of its 6 files: " +
			"set-1/18x24y5z1t1c8b-text-split-Z3.ome.tiff; it cannot be opened without them. Select every file of " +
			"the image for the same study component or annotation set (widen its files: in deposit.yaml), or leave " +
			"the whole image out", where + "the files of the multi-file image " + SET + " are split between " +
				"File-list part1 and File-list part2; they are one image, so select all of them for one study " +
				"component or annotation set in deposit.yaml"), built.multiFileProblems());
	}

	@Test
	void aSelectionThatLeavesOutTheCompanionFileIsAnErrorNamingTheSet() {
		copyCompanionSet();
		Built built = build("set-1/*.tiff");
		Expect.only(built.report(), ERROR, "File-list part1 row 1 (set-1/18x24y5z1t1c8b-text-split-Z1.ome.tiff)",
			"the multi-file image " + SET + " would be deposited without 1 of its 6 files: " + SET);
	}

	@Test
	void aWholeSetThatIsLeftOutIsNotAMultiFileProblem() throws IOException {
		copyCompanionSet();
		ExampleDataset.writeOmeTiff(root.resolve("single/one.ome.tif"));
		Built built = build("single/*");
		assertEquals(List.of(), built.multiFileProblems(), "an image none of whose files is listed is left out");
	}

	/** A Zarr v2 store (the test data's, ome-zarr-py) is one image: its hidden .zattrs, .zgroup, .zarray too. */
	@Test
	void everyFileOfTheTestDataZarrStoreIsListedAndLeavingOutItsZattrsIsAnError() {
		String from = "ome-zarr-py/tests/data/v2/";
		Path store = root.resolve("overview.ome.zarr");
		TestData.copy(from + ".zattrs", store);
		TestData.copy(from + ".zgroup", store);
		TestData.copy(from + "0/.zarray", store.resolve("0"));
		TestData.copy(from + "0/0/0/0/0/0", store.resolve("0/0/0/0/0"));

		Built all = build("**");
		assertEquals(List.of(), all.multiFileProblems());
		Map<String, FileList.Row> rows = all.rows();
		for (String part : List.of(".zattrs", ".zgroup", "0/.zarray", "0/0/0/0/0/0")) {
			FileList.Row r = rows.get("overview.ome.zarr/" + part);
			assertTrue(r != null, part + " is listed: " + rows.keySet());
			assertEquals("overview.ome.zarr", r.values().get(FileListBuilder.MULTI_FILE_IMAGE), part);
		}

		Built arraysOnly = build("overview.ome.zarr/0/**");
		Expect.only(arraysOnly.report(), ERROR, "File-list part1 row 1 (overview.ome.zarr/0/.zarray)",
			"the multi-file image overview.ome.zarr would be deposited without 2 of its 4 files: " +
				"overview.ome.zarr/.zattrs, overview.ome.zarr/.zgroup");
	}

	/** The generated example: a companion set of 8 TIFFs and two Zarr stores (v2 and v3), all listed whole. */
	@Test
	void theGeneratedSetsAndStoresAreListedWholeAndAGlobThatCutsOneIsAnError() throws IOException {
		new ExampleDataset().write(root);
		String folder = "knock-out/donor-02/day-07/";
		String set = folder + "ko-d02-t07-zstack.companion.ome";
		Built all = build("wild-type/**", "knock-out/**", "*");
		assertEquals(List.of(), all.multiFileProblems());
		Map<String, FileList.Row> rows = all.rows();
		assertEquals(set, rows.get(folder + "ko-d02-t07-zstack_Z3_C1.ome.tif").values().get(
			FileListBuilder.MULTI_FILE_IMAGE));
		assertEquals(folder + "ko-d02-t07-overview.ome.zarr", rows.get(folder + "ko-d02-t07-overview.ome.zarr/" +
			"zarr.json").values().get(FileListBuilder.MULTI_FILE_IMAGE), "a Zarr v3 store's metadata file");
		assertNull(rows.get("README.txt").values().get(FileListBuilder.MULTI_FILE_IMAGE));

		Built cut = build("wild-type/**", "knock-out/**/*_C0.ome.tif", "knock-out/**/*.companion.ome");
		List<String> problems = cut.multiFileProblems();
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("error: File-list part3 row 1 (" + set + ")") && p
			.contains("without 4 of its 9 files: " + folder + "ko-d02-t07-zstack_Z0_C1.ome.tif, " + folder +
				"ko-d02-t07-zstack_Z1_C1.ome.tif, " + folder + "ko-d02-t07-zstack_Z2_C1.ome.tif and 1 more")),
			problems.toString());
	}

	/** A TIFF of a companion set whose name starts with a dot is still part of the set: listed and deposited. */
	@Test
	void aHiddenFileOfACompanionSetIsListed() throws IOException {
		Path companion = ExampleDataset.writeOmeTiffSet(root.resolve("set"), "zstack");
		String tiff = "zstack_Z1_C0.ome.tif";
		Files.move(root.resolve("set/" + tiff), root.resolve("set/." + tiff));
		Files.writeString(companion, Files.readString(companion).replace("\"" + tiff + "\"", "\"." + tiff + "\""));

		Built built = build("set/**");
		FileList.Row hidden = built.rows().get("set/." + tiff);
		assertTrue(hidden != null, "the hidden TIFF is listed: " + built.rows().keySet());
		assertEquals("set/zstack.companion.ome", hidden.values().get(FileListBuilder.MULTI_FILE_IMAGE));
		assertEquals(Files.size(root.resolve("set/." + tiff)), hidden.size());
		assertEquals(List.of(), built.multiFileProblems());
		assertFalse(built.report().hasErrors(), built.report().toText());
	}

	/** A File-list edited so that a file of the set no longer names it: a warning at that row. */
	@Test
	void aRowThatDoesNotNameItsImageIsAWarning() {
		copyCompanionSet();
		Built built = build("set-1/*");
		Deposition d = built.deposition();
		FileList list = d.components().get(0).fileList();
		List<FileList.Row> rows = new ArrayList<>();
		for (FileList.Row r : list.rows()) {
			Map<String, String> values = new HashMap<>(r.values());
			if (r.path().endsWith("Z2.ome.tiff")) values.remove(FileListBuilder.MULTI_FILE_IMAGE);
			rows.add(new FileList.Row(r.path(), r.size(), values));
		}
		StudyComponent c = d.components().get(0);
		Deposition edited = new Deposition(d.root(), d.config(), d.study(), d.biosamples(), d.specimens(), d
			.acquisitions(), d.analyses(), d.correlations(), List.of(new StudyComponent(c.name(), c.description(), c
				.files(), c.associations(), new FileList(list.name(), list.columns(), rows))), d.annotations());
		Report withImages = fileLists(DepositionValidator.validate(edited, built.images(), TODAY));
		Expect.only(withImages, WARNING, "File-list part1 row 3 (set-1/18x24y5z1t1c8b-text-split-Z2.ome.tiff)",
			"1 file(s) of the multi-file image " + SET + " do not name it in their Multi-file image cell");
	}
}
