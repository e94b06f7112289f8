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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
 * Issue 11, §4: the build works once per distinct record, per folder or per index, not per file, and keeps an index
 * per file, not a map entry or an object. Checked on a generated study where many files share one record (hard
 * links of one tile, as bench/scale makes them) and a few differ (the example's confocal and widefield images, a
 * companion set, Zarr stores): every row's values and every File-list's columns are what a plain file-by-file
 * reading of the harvest gives.
 */
class SharedRecordsPlanTest {

	private static final int LINKS = 600;

	private static Context context;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() {
		context = new Context(HarvestService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/** The example dataset, with LINKS hard links of one tile in two folders of each component. */
	private Path arrange() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Path tile = tmp.resolve("tile.ome.tif");
		ExampleDataset.writeOmeTiff(tile);
		for (int i = 0; i < LINKS; i++) {
			String folder = (i % 3 == 0 ? "knock-out" : "wild-type") + "/donor-0" + (3 + i % 2) + "/day-" + (i % 4 < 2
				? "00" : "07");
			Path link = Files.createDirectories(root.resolve(folder)).resolve(String.format("tile-%04d.ome.tif", i));
			Files.createLink(link, tile);
		}
		return root;
	}

	private static Harvester harvester() {
		return context.service(HarvestService.class).harvester();
	}

	@Test
	void everyRowIsWhatAFileByFileReadingOfTheHarvestGives() throws IOException {
		Path root = arrange();
		Path cacheFile = tmp.resolve("cache.jsonl");
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
		Path root = arrange();
		DatasetHarvest harvest = new HarvestRun(harvester(), null, 2).dataset(root);
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
