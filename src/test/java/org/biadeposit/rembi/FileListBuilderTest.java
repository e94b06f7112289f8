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
package org.biadeposit.rembi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.ImageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File-lists a study component's files give, built from files in a temporary dataset folder. */
class FileListBuilderTest {

	@TempDir
	Path tmp;

	/** Issue 8, item 3: a side table outside the dataset (named so, or through a link) is never read. */
	@Test
	void theFileListBuilderNeverOpensASideTableOutsideTheDataset() throws IOException {
		Path secret = tmp.resolve("outside/secret.tsv");
		Files.createDirectories(secret.getParent());
		Files.writeString(secret, "Files\tSecret\ncells/a.tif\tpassword\n");
		Path dataset = Files.createDirectories(tmp.resolve("dataset/cells")).getParent();
		Files.writeString(dataset.resolve("cells/a.tif"), "not really an image");
		Files.createSymbolicLink(dataset.resolve("extra.tsv"), secret);
		for (String table : List.of("extra.tsv", "../outside/secret.tsv", secret.toAbsolutePath().toString())) {
			List<Problem> problems = new ArrayList<>();
			FileList list = FileListBuilder.build("cells", List.of(new DatasetFile("cells/a.tif", 19)), Map.of(),
				new FileSelection(List.of("cells"), List.of(), null, table), dataset, problems);
			assertEquals(List.of(), list.columns(), table);
			assertFalse(list.rows().get(0).values().containsValue("password"), table);
			assertEquals(1, problems.size(), problems.toString());
			assertTrue(problems.get(0).isError());
			assertTrue(problems.get(0).message().contains("outside the dataset folder"), problems.get(0).message());
		}
	}

	/**
	 * Issue 9, §4: the columns of a File-list come in one documented order: Files, the harvested fields that differ,
	 * Image acquisition, the pattern's columns, then deposit.yaml's and the side table's.
	 */
	@Test
	void fileListColumnsComeInTheDocumentedOrder() throws IOException {
		Path dataset = Files.createDirectories(tmp.resolve("dataset"));
		Files.writeString(dataset.resolve("extra.tsv"), "Files\tStained antibody\tGenetic alteration\n" +
			"cells/d1/a.tif\tanti-N\tnone\ncells/d2/b.tif\tanti-Cytk5\tIFNLR1 knock-out\n");
		List<DatasetFile> files = List.of(new DatasetFile("cells/d1/a.tif", 10), new DatasetFile("cells/d2/b.tif",
			10));
		FileListBuilder.ImageFile multiFile = image("cells/d1/a.tif", 0.1, 512, "Confocal");
		multiFile = new FileListBuilder.ImageFile(multiFile.image(), 1, "cells/d1/a.companion.ome", "Confocal");
		Map<String, FileListBuilder.ImageFile> images = Map.of("cells/d1/a.tif", multiFile, "cells/d2/b.tif", image(
			"cells/d2/b.tif", 0.2, 512, "Widefield"));
		List<Problem> problems = new ArrayList<>();
		FileList list = FileListBuilder.build("cells", files, images, new FileSelection(List.of("cells"), List.of(),
			"cells/{donor}/*.tif", "extra.tsv", Map.of("Infection", "SARS-CoV-2")), dataset, problems);
		assertEquals(List.of(), problems);
		assertEquals(List.of("Pixel size X (µm)", "Pixel size Y (µm)", FileListBuilder.MULTI_FILE_IMAGE,
			"Image acquisition", "donor", "Infection", "Stained antibody", "Genetic alteration"), list.columns());
		assertEquals("Widefield", list.rows().get(1).values().get("Image acquisition"));
		assertEquals("d2", list.rows().get(1).values().get("donor"));
		assertEquals("IFNLR1 knock-out", list.rows().get(1).values().get("Genetic alteration"));
	}

	/**
	 * Issue 9, §4: harvested values every image shares are a column only when the component asks for them, by name
	 * or all of them; the column is then filled in every row.
	 */
	@Test
	void constantHarvestedValuesBecomeColumnsOnRequest() {
		List<DatasetFile> files = List.of(new DatasetFile("tem/a.tif", 10), new DatasetFile("tem/b.tif", 10));
		Map<String, FileListBuilder.ImageFile> images = Map.of("tem/a.tif", image("tem/a.tif", 0.5, 1024, "TEM"),
			"tem/b.tif", image("tem/b.tif", 0.5, 2048, "TEM"));
		List<Problem> problems = new ArrayList<>();
		FileList plain = FileListBuilder.build("tem", files, images, new FileSelection(List.of("tem"), List.of(),
			null, null), tmp, problems);
		assertEquals(List.of("Size X"), plain.columns());
		FileList named = FileListBuilder.build("tem", files, images, new FileSelection(List.of("tem"), List.of(),
			null, null, Map.of(), List.of(), List.of("Pixel size X (µm)")), tmp, problems);
		assertEquals(List.of("Size X", "Pixel size X (µm)"), named.columns());
		assertEquals("0.5", named.rows().get(1).values().get("Pixel size X (µm)"));
		FileList all = FileListBuilder.build("tem", files, images, new FileSelection(List.of("tem"), List.of(),
			null, null, Map.of(), List.of(), List.of(FileSelection.EVERY_COLUMN)), tmp, problems);
		assertEquals(List.of("Format", "Size X", "Size Y", "Pixel size X (µm)", "Pixel size Y (µm)",
			"Image acquisition"), all.columns());
		assertEquals("1024", all.rows().get(0).values().get("Size Y"));
		assertEquals(List.of(), problems);
	}

	private static FileListBuilder.ImageFile image(String path, double pixel, int size, String acquisition) {
		return new FileListBuilder.ImageFile(new ImageRecord(path, 0, null, "TIFF", size, 1024, null, null, null,
			null, pixel, pixel, null, null, null, null, null, null, null, null), 1, null, acquisition);
	}

	/**
	 * Issue 11, §4: a File-list of a large study holds no row. The builder reads each file once to choose its
	 * columns and makes no row; each row is made when it is read, from the file and its image, with the harvested
	 * columns that differ, the pattern's, the given and the side table's values, as a list holding them would.
	 */
	@Test
	void aFileListHoldsNoRowItsRowsAreMadeAsTheyAreRead() throws IOException {
		Path dataset = Files.createDirectories(tmp.resolve("dataset"));
		Files.writeString(dataset.resolve("extra.tsv"), "Files\tStage\nplate-00/well-00007.tif\tlate\n");
		int n = 5_000;
		List<DatasetFile> files = new ArrayList<>();
		Map<String, FileListBuilder.ImageFile> images = new HashMap<>();
		FileListBuilder.ImageFile[] kinds = { image(16), image(32) };
		for (int i = 0; i < n; i++) {
			String path = String.format("plate-%02d/well-%05d.tif", i / 100, i);
			files.add(new DatasetFile(path, 3000 + i));
			if (i % 10 != 9) images.put(path, kinds[i % 2]);
		}
		List<Problem> problems = new ArrayList<>();
		FileList list = FileListBuilder.build("plates", files, images, new FileSelection(List.of(""), List.of(),
			"plate-{plate}/well-{well}.tif", "extra.tsv", Map.of("Strain", "wild type")), dataset, problems);

		assertEquals(List.of(), problems);
		// Format and Size Y are the same for every image, Size X is not
		assertEquals(List.of("Size X", "plate", "well", "Strain", "Stage"), list.columns());
		FileListRows rows = (FileListRows) list.rows();
		assertEquals(0, rows.made(), "the builder made rows");
		int i = 0;
		for (FileList.Row row : list.rows()) {
			assertEquals(files.get(i).path(), row.path());
			assertEquals(3000 + i, row.size());
			Map<String, String> want = new HashMap<>(Map.of("plate", String.format("%02d", i / 100), "well", String
				.format("%05d", i), "Strain", "wild type"));
			if (i % 10 != 9) want.put("Size X", i % 2 == 0 ? "16" : "32");
			if (i == 7) want.put("Stage", "late");
			assertEquals(want, row.values(), row.path());
			i++;
		}
		assertEquals(n, i);
		assertEquals(n, rows.made(), "a row read once is made once");
		assertEquals(list.rows().get(7), list.rows().get(7));
		assertEquals(n + 2, rows.made(), "a row read again is made again: none is kept");
	}

	private static FileListBuilder.ImageFile image(int sizeX) {
		return new FileListBuilder.ImageFile(new ImageRecord("tile.tif", 0, null, "OME-TIFF", sizeX, 16, 1, 1, 1,
			"uint8", null, null, null, null, List.of(), null, List.of(), null, List.of(), null, null, List.of()), 1, null,
			null);
	}

	/**
	 * Files that share one harvested record (links of one tile, the files of one multi-file image) are read once
	 * for the columns, yet a file further on whose image differs, even only in its acquisition, still makes the
	 * column; equal records held apart give no column.
	 */
	@Test
	void filesSharingARecordAreReadOnceYetADifferenceFurtherOnMakesAColumn() {
		FileListBuilder.ImageFile shared = image(16);
		FileListBuilder.ImageFile sameRecordOtherAcquisition = new FileListBuilder.ImageFile(shared.image(), 1, null,
			"Widefield");
		List<DatasetFile> files = new ArrayList<>();
		Map<String, FileListBuilder.ImageFile> images = new HashMap<>();
		for (int i = 0; i < 6; i++) {
			String path = "tiles/t" + i + ".tif";
			files.add(new DatasetFile(path, 10));
			images.put(path, i == 4 ? sameRecordOtherAcquisition : i == 5 ? image(16) : i == 2
				? new FileListBuilder.ImageFile(shared.image().withFile(path), 1, null, null) : shared);
		}
		List<Problem> problems = new ArrayList<>();
		FileList list = FileListBuilder.build("tiles", files, images, null, tmp, problems);
		assertEquals(List.of("Image acquisition"), list.columns());
		assertEquals(Map.of(), list.rows().get(3).values());
		assertEquals(Map.of("Image acquisition", "Widefield"), list.rows().get(4).values());
		assertEquals(Map.of(), list.rows().get(5).values());

		images.put("tiles/t4.tif", shared);
		assertEquals(List.of(), FileListBuilder.build("tiles", files, images, null, tmp, problems).columns());
		assertEquals(List.of(), problems);
	}

	/**
	 * A study of more distinct images than the rows keep values for one by one: each row still shows its own
	 * image's values, worked out again when the image changes.
	 */
	@Test
	void rowsOfManyDistinctImagesEachShowTheirOwn() {
		int n = 1500;
		List<DatasetFile> files = new ArrayList<>();
		Map<String, FileListBuilder.ImageFile> images = new HashMap<>();
		for (int i = 0; i < n; i++) {
			String path = String.format("tiles/t%05d.tif", i);
			files.add(new DatasetFile(path, 10));
			// two files in a row share an image, then the next two another
			images.put(path, image(1 + i / 2));
		}
		List<Problem> problems = new ArrayList<>();
		FileList list = FileListBuilder.build("tiles", files, images, null, tmp, problems);
		assertEquals(List.of("Size X"), list.columns());
		for (int i = n - 1; i >= 0; i -= 7) {
			assertEquals(Map.of("Size X", String.valueOf(1 + i / 2)), list.rows().get(i).values(), files.get(i).path());
		}
		int i = 0;
		for (FileList.Row row : list.rows()) assertEquals(String.valueOf(1 + i++ / 2), row.values().get("Size X"));
		assertEquals(List.of(), problems);
	}
}
