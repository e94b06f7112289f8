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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.biadeposit.TestData;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Study components and File-lists built from datasets our example generator writes; the grouping of acquisitions
 * is checked on real OME-XML samples of the third-party corpus.
 */
class DepositionBuilderTest {

	private static Context context;

	@TempDir
	Path root;

	@BeforeAll
	static void start() {
		context = new Context(HarvestService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private DatasetHarvest harvest() {
		return new HarvestRun(context.service(HarvestService.class).harvester(), null, 2).dataset(root);
	}

	/**
	 * cells/{donor}/{condition}/: two ImageJ TIFFs with different sizes and calibrations (one has none);
	 * lifetime/: an OME-TIFF and a companion OME-TIFF set of 8 TIFFs; notes.txt in the root. All generated.
	 */
	private void arrange() throws IOException {
		ExampleDataset.writeImageJTiff(root.resolve("cells/d1/control/control-cells.tif"), 56, 30, 0.125);
		ExampleDataset.writeImageJTiff(root.resolve("cells/d2/treated/treated-cells.tif"), 40, 24, 0);
		ExampleDataset.writeOmeTiff(root.resolve("lifetime/lifetime.ome.tif"));
		ExampleDataset.writeOmeTiffSet(root.resolve("lifetime/zstack"), "zstack");
		Files.writeString(root.resolve("notes.txt"), "lab notes");
	}

	@Test
	void withoutDepositYamlEachTopLevelFolderIsAComponent() throws IOException {
		arrange();
		DepositionBuilder.Result result = DepositionBuilder.build(harvest(), null);
		Deposition d = result.deposition();
		assertEquals(List.of("cells", "lifetime"), d.components().stream().map(StudyComponent::name).toList(),
			"loose files in the root beside folders are reported, not made a component named after the folder");
		assertTrue(result.problems().stream().anyMatch(p -> !p.isError() && p.message().startsWith("1 loose file(s) " +
			"at the top of the dataset folder are in no study component") && p.message().contains("notes.txt")),
			result.problems().toString());

		FileList cells = d.components().get(0).fileList();
		assertEquals(List.of("cells/d1/control/control-cells.tif", "cells/d2/treated/treated-cells.tif"), cells.rows()
			.stream().map(FileList.Row::path).toList());
		// Both are ImageJ TIFFs of 2 uint16 channels: those are not columns. Their sizes and calibration differ.
		assertFalse(cells.columns().contains("Format"));
		assertFalse(cells.columns().contains("Channels"));
		assertFalse(cells.columns().contains("Pixel type"));
		assertTrue(cells.columns().containsAll(List.of("Size X", "Size Y", "Pixel size X (µm)")), cells.columns()
			.toString());
		FileList.Row control = cells.rows().get(0);
		assertEquals("56", control.values().get("Size X"));
		assertEquals("0.125", control.values().get("Pixel size X (µm)"));
		assertNull(cells.rows().get(1).values().get("Pixel size X (µm)"), "uncalibrated: empty cell");
		assertEquals(Files.size(root.resolve("cells/d1/control/control-cells.tif")), control.size());

		FileList lifetime = d.components().get(1).fileList();
		assertEquals(10, lifetime.rows().size(), "OME-TIFF + companion + 8 TIFFs: every file is listed");
		assertTrue(lifetime.columns().contains("Multi-file image"));
		for (FileList.Row r : lifetime.rows()) {
			if (r.path().contains("zstack/")) {
				assertEquals("lifetime/zstack/zstack.companion.ome", r.values().get("Multi-file image"), r.path() +
					" says which image it is part of");
				assertEquals("4", r.values().get("Size Z"));
			}
		}

		assertFalse(d.acquisitions().isEmpty(), "acquisitions grouped from the harvest");
		assertTrue(result.problems().stream().noneMatch(Problem::isError), result.problems().toString());
	}

	@Test
	void aPatternAddsColumnsAndASideTableAddsMore() throws IOException {
		arrange();
		Files.writeString(root.resolve("cells/treatments.tsv"), "Files\tTreatment\tDose (µM)\n" +
			"cells/d2/treated/treated-cells.tif\tnocodazole\t5\n\n" + "cells/d9/missing.tif\tnone\t0\n");
		StudyComponent cells = new StudyComponent("Cells", "HeLa", new FileSelection(List.of("cells"), List.of(),
			"{donor}/{condition}/*.tif", "cells/treatments.tsv"), null, null);
		StudyComponent lifetime = new StudyComponent("FLIM", "lifetimes", new FileSelection(List.of(), List.of(
			"lifetime/**"), null, null), null, null);
		Deposition described = new Deposition(root, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(cells, lifetime), List.of());
		DepositionBuilder.Result result = DepositionBuilder.build(harvest(), described);

		FileList list = result.deposition().components().get(0).fileList();
		assertEquals("cells", list.name());
		int donor = list.columns().indexOf("donor");
		assertTrue(donor >= 0 && list.columns().indexOf("condition") == donor + 1, list.columns().toString());
		assertTrue(list.columns().indexOf("Treatment") > donor, "side-table columns after pattern columns");
		Map<String, String> treated = list.rows().stream().filter(r -> r.path().endsWith("treated-cells.tif"))
			.findFirst().orElseThrow().values();
		assertEquals("d2", treated.get("donor"));
		assertEquals("treated", treated.get("condition"));
		assertEquals("nocodazole", treated.get("Treatment"));
		assertEquals("5", treated.get("Dose (µM)"));
		assertEquals("lab notes".length(), Files.size(root.resolve("notes.txt")));
		// treatments.tsv is itself in cells/ and does not match the pattern; the missing row is reported.
		assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("do not match the pattern")));
		assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("cells/d9/missing.tif")));
		assertTrue(result.problems().stream().anyMatch(p -> !p.isError() && p.message().contains(
			"in no study component") && p.message().contains("notes.txt")), result.problems().toString());
		assertEquals(10, result.deposition().components().get(1).fileList().rows().size());
	}

	/** Issue 9, §4: a File-list is named after its component's key in deposit.yaml, not after its longer name. */
	@Test
	void aFileListIsNamedAfterItsComponentsKey() throws IOException {
		arrange();
		StudyComponent keyed = new StudyComponent("HeLa cells, two donors", "HeLa", new FileSelection(List.of(
			"cells"), List.of(), null, null), null, null, "cells-2023");
		StudyComponent unkeyed = new StudyComponent("FLIM lifetimes", "lifetimes", new FileSelection(List.of(),
			List.of("lifetime/**"), null, null), null, null);
		Deposition described = new Deposition(root, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(keyed, unkeyed), List.of());
		List<StudyComponent> built = DepositionBuilder.build(harvest(), described).deposition().components();

		assertEquals("cells-2023", built.get(0).fileList().name());
		assertEquals("cells-2023", built.get(0).key(), "the key survives the build");
		assertEquals("flim_lifetimes", built.get(1).fileList().name(), "without a key, the name names it");
	}

	@Test
	void aComponentThatSelectsNothingIsAnError() throws IOException {
		arrange();
		StudyComponent empty = new StudyComponent("Empty", null, new FileSelection(List.of("nowhere"), List.of(), null,
			null), null, null);
		Deposition described = new Deposition(root, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(empty), List.of());
		DepositionBuilder.Result result = DepositionBuilder.build(harvest(), described);
		assertTrue(result.deposition().components().get(0).fileList().rows().isEmpty());
		List<Problem> all = new ArrayList<>(result.problems());
		all.addAll(org.biadeposit.validate.DepositionValidator.validate(result.deposition()).problems());
		List<Problem> reported = all.stream().filter(p -> p.message().contains("File-list is empty")).toList();
		assertEquals(1, reported.size(), "reported once: " + all);
		assertEquals("deposit.yaml study_component.Empty.files", reported.get(0).where());
		assertTrue(reported.get(0).isError());
		assertTrue(reported.get(0).message().contains("(folder nowhere)"), reported.get(0).message());
	}

	@Test
	void acquisitionsAreGroupedBySettingsWithTextFromTheHarvest() throws IOException {
		TestData.copy("ome-model/specification/samples/2016-06/hcs.ome.xml", root.resolve("a"));
		TestData.copy("ome-types/tests/data/aics/s_1_t_1_c_1_z_1.ome.xml", root.resolve("a"));
		TestData.copy("ome-model/specification/samples/2016-06/instrument.ome.xml", root.resolve("b"));
		Deposition d = DepositionBuilder.build(harvest(), null).deposition();
		assertEquals(3, d.acquisitions().size(), "three different set-ups");
		ImageAcquisition confocal = d.acquisitions().stream().filter(a -> a.title().startsWith("Confocal"))
			.findFirst().orElseThrow();
		assertEquals("confocal microscopy", confocal.imagingMethods().get(0).value());
		assertEquals("http://purl.obolibrary.org/obo/FBbi_00000251", confocal.imagingMethods().get(0).ontologyId());
		assertTrue(confocal.imageAcquisitionParameters().contains("CH1: excitation 488 nm, emission 523 nm"),
			confocal.imageAcquisitionParameters());
		assertTrue(confocal.imageAcquisitionParameters().contains("time interval 120.13 s"), confocal
			.imageAcquisitionParameters());
		ImageAcquisition spinning = d.acquisitions().stream().filter(a -> a.title().startsWith("Spinning")).findFirst()
			.orElseThrow();
		assertEquals("Spinning disk confocal microscopy, 20x objective", spinning.title());
		assertEquals("microscope (inverted); objective Plan-Apochromat 20x/0.8 M27 (20x, NA 0.8, air immersion); " +
			"detector HDCamC11440-22C", spinning.imagingInstrument());
		ImageAcquisition lab = d.acquisitions().stream().filter(a -> a.imagingInstrument() != null && a
			.imagingInstrument().contains("Lab Mk3")).findFirst().orElseThrow();
		assertNotNull(lab.imagingInstrument());
		assertTrue(lab.imagingInstrument().startsWith("OME Insturuments Lab Mk3 (inverted); objective OME Objectives " +
			"60xUV-Air (60x, NA 1.2, air immersion); detector OME Detectors Standard CCD Mk2 (CCD)"), lab
				.imagingInstrument());
	}

	@Test
	void columnsGivenInTheYamlGoInEveryRowAndASideTableWinsPerFile() throws IOException {
		arrange();
		Files.writeString(root.resolve("cells/treatments.tsv"), "Files\tTreatment\n" +
			"cells/d2/treated/treated-cells.tif\tnocodazole\n");
		StudyComponent cells = new StudyComponent("Cells", "HeLa", new FileSelection(List.of("cells"), List.of(), null,
			"cells/treatments.tsv", Map.of("Treatment", "none")), null, null);
		Deposition described = new Deposition(root, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(cells), List.of());
		FileList list = DepositionBuilder.build(harvest(), described).deposition().components().get(0)
			.fileList();
		assertEquals(List.of("Size X", "Size Y", "Pixel size X (µm)", "Pixel size Y (µm)", "Z step (µm)", "Treatment"),
			list.columns());
		Map<String, String> treatment = new java.util.HashMap<>();
		for (FileList.Row r : list.rows()) treatment.put(r.path(), r.values().get("Treatment"));
		assertEquals("none", treatment.get("cells/d1/control/control-cells.tif"));
		assertEquals("nocodazole", treatment.get("cells/d2/treated/treated-cells.tif"));
		assertEquals("none", treatment.get("cells/treatments.tsv"));
	}

	/**
	 * A component that gives columns and constant_columns but no files: its files are the folder named like it, and
	 * its columns are still written (they were dropped with the guess of its folder).
	 */
	@Test
	void aComponentWithColumnsButNoFilesKeepsItsColumns() throws IOException {
		arrange();
		StudyComponent cells = new StudyComponent("cells", "HeLa", new FileSelection(List.of(), List.of(), null, null,
			Map.of("Stain", "DAPI"), List.of(), List.of("Channels")), null, null);
		StudyComponent lifetime = new StudyComponent("lifetime", "FLIM", null, null, null);
		Deposition described = new Deposition(root, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(cells, lifetime), List.of());
		FileList list = DepositionBuilder.build(harvest(), described).deposition().components().get(0).fileList();
		assertEquals(2, list.rows().size(), list.rows().toString());
		assertTrue(list.columns().containsAll(List.of("Channels", "Stain")), list.columns().toString());
		assertTrue(list.rows().stream().allMatch(r -> "DAPI".equals(r.values().get("Stain")) && "2".equals(r.values()
			.get("Channels"))), list.rows().toString());
	}

	/** An annotation set's File-list names each annotation file's source image, filled in from its pattern. */
	@Test
	void annotationFileListsHaveASourceImageColumn() throws IOException {
		ExampleDataset.writeImageJTiff(root.resolve("images/control-cells.tif"), 56, 30, 0.125);
		ExampleDataset.writeImageJTiff(root.resolve("images/treated-cells.tif"), 40, 24, 0);
		Files.createDirectories(root.resolve("masks"));
		Files.write(root.resolve("masks/control-cells_mask.tif"), new byte[] { 1 });
		Files.write(root.resolve("masks/treated-cells_mask.tif"), new byte[] { 2 });
		Files.write(root.resolve("masks/README.txt"), new byte[] { 3 });
		StudyComponent images = new StudyComponent("Images", "raw", new FileSelection(List.of("images"), List.of(),
			null, null), null, null);
		AnnotationSet masks = new AnnotationSet("Nuclei masks", "segmentation of nuclei", "segmentation_mask",
			"drawn by hand", null, null, null, new FileSelection(List.of("masks"), List.of(), "{name}_mask.tif", null),
			"images/{name}.tif", null);
		Deposition described = new Deposition(root, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(images), List.of(masks));
		DepositionBuilder.Result result = DepositionBuilder.build(harvest(), described);
		FileList list = result.deposition().annotations().get(0).fileList();
		assertEquals("nuclei_masks", list.name());
		assertEquals("Source Image", list.columns().get(0));
		Map<String, String> source = new java.util.HashMap<>();
		for (FileList.Row r : list.rows()) source.put(r.path(), r.values().get("Source Image"));
		assertEquals("images/control-cells.tif", source.get("masks/control-cells_mask.tif"));
		assertEquals("images/treated-cells.tif", source.get("masks/treated-cells_mask.tif"));
		assertNull(source.get("masks/README.txt"), "no name captured: no source image");
		assertTrue(result.problems().stream().anyMatch(p -> p.where().equals("File-list nuclei_masks") && p.message()
			.contains("have no source image")), result.problems().toString());
		List<String> imagePaths = result.deposition().components().get(0).fileList().rows().stream().map(
			FileList.Row::path).toList();
		assertTrue(imagePaths.containsAll(List.of(source.get("masks/control-cells_mask.tif"), source.get(
			"masks/treated-cells_mask.tif"))), "every source image is listed in a component");
	}

	/**
	 * Two acquisitions' rules that take one file: the first in deposit.yaml's order wins it, and each later rule is
	 * warned about once per earlier one, at the first file they share, in deposit.yaml's order of the later rule
	 * (though the images are met in path order).
	 */
	@Test
	void aFileTwoAcquisitionRulesTakeGoesToTheFirstWithAWarningPerLaterRule() throws IOException {
		arrange();
		Files.writeString(root.resolve("deposit.yaml"), """
			acquisitions:
			  A:
			    files: cells
			  B:
			    files: "cells/d2/**"
			  C:
			    files: "cells/d1/**"
			study_component:
			  cells:
			    files: cells
			    associations:
			    - acquisition: A
			    - acquisition: C
			""");
		var yaml = org.biadeposit.rembi.yaml.DepositYaml.read(root.resolve("deposit.yaml"), root);
		DepositionBuilder.Result result = DepositionBuilder.build(harvest(), yaml.deposition());
		List<String> clashes = result.problems().stream().map(Problem::message).filter(m -> m.contains("takes too"))
			.toList();
		assertEquals(List.of("takes cells/d2/treated/treated-cells.tif, which the rule of acquisition \"A\" takes " +
			"too; it is given to \"A\" (the first in deposit.yaml). Narrow one of the two rules",
			"takes cells/d1/control/control-cells.tif, which the rule of acquisition \"A\" takes too; it is given to " +
				"\"A\" (the first in deposit.yaml). Narrow one of the two rules"), clashes);
		// both images went to A, one of the component's acquisitions: the column would say A in every row
		assertFalse(result.deposition().components().get(0).fileList().columns().contains("Image acquisition"));
		assertTrue(result.problems().stream().noneMatch(p -> p.message().contains("its association rows name")),
			result.problems().toString());
	}

	private static final int LINKS = 600;

	/** Beside the dataset folder: a tile the links share, the harvest cache. */
	@TempDir
	Path aside;

	/** The example dataset, with LINKS hard links of one tile in two folders of each component. */
	private void arrangeShared() throws IOException {
		new ExampleDataset().write(root);
		Path tile = aside.resolve("tile.ome.tif");
		ExampleDataset.writeOmeTiff(tile);
		for (int i = 0; i < LINKS; i++) {
			String folder = (i % 3 == 0 ? "knock-out" : "wild-type") + "/donor-0" + (3 + i % 2) + "/day-" + (i % 4 < 2
				? "00" : "07");
			Path link = Files.createDirectories(root.resolve(folder)).resolve(String.format("tile-%04d.ome.tif", i));
			Files.createLink(link, tile);
		}
	}

	private static Harvester harvester() {
		return context.service(HarvestService.class).harvester();
	}

	/**
	 * Issue 11, §4: the build works once per distinct record, per folder or per index, not per file, and keeps an index
	 * per file, not a map entry or an object. Checked on a generated study where many files share one record (hard
	 * links of one tile, as bench/scale makes them) and a few differ (the example's confocal and widefield images, a
	 * companion set, Zarr stores): every row's values and every File-list's columns are what a plain file-by-file
	 * reading of the harvest gives.
	 */
	@Test
	void everyRowIsWhatAFileByFileReadingOfTheHarvestGives() throws IOException {
		arrangeShared();
		Path cacheFile = aside.resolve("cache.jsonl");
		DatasetHarvest fresh = new HarvestRun(harvester(), HarvestCache.at(cacheFile, harvester()), 2).dataset(root);
		DatasetHarvest cached = new HarvestRun(harvester(), HarvestCache.at(cacheFile, harvester()), 2).dataset(root);
		DepositYaml.Reading yaml = DepositYaml.read(root.resolve("deposit.yaml"), root);

		DepositionBuilder.Result built = DepositionBuilder.build(cached, yaml.deposition());
		Deposition d = built.deposition();
		assertEquals(List.of(List.of("wild-type"), List.of("knock-out")), d.components().stream().map(c -> c.files()
			.folders()).toList());
		Map<String, FileListBuilder.ImageFile> expected = fileByFile(fresh, built.multiFileImages());
		int rows = 0;
		for (StudyComponent c : d.components()) {
			FileList list = c.fileList();
			String folder = c.files().folders().get(0) + "/";
			List<String> paths = fresh.files().stream().map(DatasetFile::path).filter(p -> p.startsWith(folder))
				.toList();
			assertEquals(paths, list.rows().stream().map(FileList.Row::path).toList(), c.name());
			List<String> columns = differing(paths, expected);
			assertTrue(columns.contains("Size X") && columns.contains("Multi-file image"), columns.toString());
			List<String> all = new ArrayList<>(columns);
			all.addAll(List.of("Donor", "Day"));
			assertEquals(all, list.columns(), c.name() + ": the harvested columns whose values differ, then the " +
				"pattern's");
			for (FileList.Row row : list.rows()) {
				Map<String, String> want = new HashMap<>();
				FileListBuilder.ImageFile img = expected.get(row.path());
				for (String column : columns) {
					String v = img == null ? null : FileListBuilder.IMAGE_COLUMNS.get(column).apply(img);
					if (v != null) want.put(column, v);
				}
				String[] parts = row.path().split("/");
				want.put("Donor", parts[1].substring("donor-".length()));
				want.put("Day", parts[2].substring("day-".length()));
				assertEquals(want, row.values(), row.path());
				assertEquals(Files.size(root.resolve(row.path())), row.size(), row.path());
				rows++;
			}
		}
		assertEquals(fresh.files().stream().filter(f -> f.path().contains("/")).count(), rows,
			"every file in the two folders");
		assertTrue(rows > LINKS, "the links are listed");

		// the build from a harvest read file by file gives the very same lists
		Deposition plain = DepositionBuilder.build(fresh, yaml.deposition()).deposition();
		for (int c = 0; c < d.components().size(); c++) {
			assertEquals(plain.components().get(c).fileList(), d.components().get(c).fileList());
		}
		assertEquals(plain.acquisitions(), d.acquisitions());
	}

	/** Each file's image as the builder once found it: through a map of every path, from every record. */
	private static Map<String, FileListBuilder.ImageFile> fileByFile(DatasetHarvest harvest,
		MultiFileImages multiFile)
	{
		Path base = harvest.root().toAbsolutePath().normalize();
		Map<String, FileListBuilder.ImageFile> out = new HashMap<>();
		for (HarvestedFile h : harvest.harvested()) {
			if (h.records().isEmpty()) continue;
			String primary = base.relativize(h.path()).toString();
			List<String> parts = multiFile.members().get(primary);
			FileListBuilder.ImageFile info = new FileListBuilder.ImageFile(h.records().get(0), h.records().size(),
				parts == null ? null : primary, null);
			out.put(primary, info);
			if (parts != null) parts.forEach(p -> out.put(p, info));
		}
		assertTrue(multiFile.members().keySet().containsAll(List.of(
			"knock-out/donor-02/day-07/ko-d02-t07-zstack.companion.ome",
			"wild-type/donor-01/day-07/wt-d01-t07-overview.ome.zarr")), multiFile.toString());
		return out;
	}

	/** The harvested columns of a list: some image has a value and not all the same (multi-file: any value). */
	private static List<String> differing(List<String> paths, Map<String, FileListBuilder.ImageFile> images) {
		List<String> out = new ArrayList<>();
		for (Map.Entry<String, Function<FileListBuilder.ImageFile, String>> column : FileListBuilder.IMAGE_COLUMNS
			.entrySet())
		{
			Set<String> values = new LinkedHashSet<>();
			boolean any = false;
			for (String p : paths) {
				FileListBuilder.ImageFile img = images.get(p);
				if (img == null) continue;
				String v = column.getValue().apply(img);
				any |= v != null;
				values.add(Objects.toString(v, "\u0000"));
			}
			if (any && (values.size() > 1 || column.getKey().equals(FileListBuilder.MULTI_FILE_IMAGE))) {
				out.add(column.getKey());
			}
		}
		return out;
	}

	/**
	 * The harvest may hand out new file and record objects at each read of its lists (it holds them packed): what
	 * init writes beside each acquisition is found from the records' settings, not from the identity of the
	 * objects the build met.
	 */
	@Test
	void acquisitionCoverageDoesNotRelyOnTheIdentityOfRecords() throws IOException {
		arrangeShared();
		DatasetHarvest harvest = harvest();
		DepositionBuilder.Result built = DepositionBuilder.build(harvest, null);
		Map<String, AcquisitionCoverage.Coverage> coverage = AcquisitionCoverage.of(root, harvest.harvested(), built
			.acquisitionGroups());
		List<HarvestedFile> renewed = new AbstractList<>() {

			@Override
			public HarvestedFile get(int index) {
				HarvestedFile h = harvest.harvested().get(index);
				return new HarvestedFile(h.file(), h.path(), h.format(), h.records().stream().map(r -> r.withFile(r
					.file())).toList(), h.usedFiles(), h.error());
			}

			@Override
			public int size() {
				return harvest.harvested().size();
			}
		};
		assertEquals(coverage, AcquisitionCoverage.of(root, renewed, built.acquisitionGroups()));
		assertEquals(built.acquisitionGroups().size(), coverage.size(), coverage.toString());
		assertTrue(coverage.size() >= 2, coverage.toString());
		int images = 0;
		for (AcquisitionCoverage.Coverage c : coverage.values()) {
			images += Integer.parseInt(c.comment().substring(0, c.comment().indexOf(' ')));
		}
		assertEquals(harvest.harvested().size(), images, coverage.toString());
		// a group keeps the images that describe it, not each of the 600 links of one tile
		for (AcquisitionGrouper.Group g : built.acquisitionGroups()) {
			assertTrue(g.images().size() < 20, g.acquisition().title() + ": " + g.images().size());
			assertEquals(g.acquisition(), AcquisitionGrouper.group(allOf(harvest, g)).get(0).acquisition());
		}
		assertNotEquals(built.acquisitionGroups().get(0).acquisition(), built.acquisitionGroups().get(1)
			.acquisition());
	}

	/** Every record of the harvest in the group's set-up. */
	private static List<ImageRecord> allOf(DatasetHarvest harvest, AcquisitionGrouper.Group g) {
		AcquisitionGrouper.Settings settings = AcquisitionGrouper.Settings.of(g.images().get(0));
		List<ImageRecord> out = new ArrayList<>();
		for (HarvestedFile h : harvest.harvested()) {
			for (ImageRecord r : h.records()) {
				if (AcquisitionGrouper.Settings.of(r).equals(settings)) out.add(r);
			}
		}
		return out;
	}
}
