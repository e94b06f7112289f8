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
package org.biadeposit.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.biadeposit.TestData;
import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Harvesting folders: order, multi-file datasets, broken inputs beside good ones, the cache. */
class HarvestRunTest {

	private static final String COMPANION_SET = "ome-model-history/2015-01/set-1-meta-companion/";
	private static final String COMPANION = "18x24y5z1t1c8b-text-companion.ome";

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@TempDir
	Path tmp;

	private static Map<String, HarvestedFile> harvest(HarvestRun run, Path... inputs) {
		Map<String, HarvestedFile> out = new LinkedHashMap<>();
		List<String> given = new ArrayList<>();
		for (Path p : inputs) given.add(p.toString());
		run.run(given, h -> out.put(h.file(), h));
		return out;
	}

	private Path companionSet(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (var files = Files.list(TestData.file(COMPANION_SET))) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Files.copy(f, folder.resolve(f.getFileName().toString()));
			}
		}
		return folder;
	}

	@Test
	void companionSetIsOneDatasetNamedByItsCompanion() throws IOException {
		Path folder = companionSet(tmp.resolve("set"));
		Map<String, HarvestedFile> out = harvest(new HarvestRun(harvesting.harvester(), null, 2), folder);
		assertEquals(List.of(COMPANION), new ArrayList<>(out.keySet()), "the five TIFFs are not listed again");
		HarvestedFile set = out.get(COMPANION);
		assertEquals(1, set.records().size());
		assertEquals(5, set.records().get(0).sizeZ());
		assertEquals(6, set.usedFiles().size(), "companion + 5 TIFFs");
		for (int z = 1; z <= 5; z++) {
			Path part = folder.resolve("18x24y5z1t1c8b-text-split-Z" + z + ".ome.tiff").toAbsolutePath().normalize();
			assertTrue(set.usedFiles().contains(part), "uses " + part);
		}
	}

	@Test
	void aMultiFileDatasetIsReadOnceNotOncePerFile() throws IOException {
		Path folder = companionSet(tmp.resolve("set"));
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), file -> reads.incrementAndGet());
		Map<String, HarvestedFile> out = harvest(new HarvestRun(counting, null, 1), folder);
		assertEquals(1, out.size());
		assertEquals(1, reads.get(), "the companion is read; its five TIFFs are not opened again");
	}

	/**
	 * A run used twice (as a Fiji script does with one {@code HarvestRun}) hands on the same datasets the second
	 * time: the files a multi-file set covered in the first run do not hide that set in the next.
	 */
	@Test
	void aRunUsedTwiceHandsOnTheSameDatasetsBothTimes() throws IOException {
		Path folder = tmp.resolve("example");
		ExampleDataset.Summary written = new ExampleDataset().write(folder);
		for (HarvestCache cache : List.of(HarvestCache.none(), HarvestCache.at(tmp.resolve("cache.jsonl"),
			"native"))) {
			HarvestRun run = new HarvestRun(harvesting.harvester(), cache, 2).recursive(true);
			Map<String, HarvestedFile> first = harvest(run, folder);
			assertTrue(first.containsKey("knock-out/donor-02/day-07/ko-d02-t07-zstack.companion.ome"), first
				.keySet().toString());
			assertEquals(written.datasets(), first.size(), first.keySet().toString());
			Map<String, HarvestedFile> second = harvest(run, folder);
			assertEquals(new ArrayList<>(first.keySet()), new ArrayList<>(second.keySet()), "the same datasets");
			assertEquals(first.get("knock-out/donor-02/day-07/ko-d02-t07-zstack.companion.ome").usedFiles(), second
				.get("knock-out/donor-02/day-07/ko-d02-t07-zstack.companion.ome").usedFiles());
		}
	}

	/** A run cancelled once (the Fiji command's Cancel) harvests everything when it is run again. */
	@Test
	void aRunCancelledOnceHarvestsEverythingTheNextTime() throws IOException {
		TestData.copy("BioImageAnalysisNotebooks/data/hela-cells.tif", tmp);
		TestData.copy("ome-model-history/2013-06/FLIM-modulo-sample.ome.tif", tmp);
		AtomicInteger cancels = new AtomicInteger();
		HarvestRun run = new HarvestRun(harvesting.harvester(), null, 1);
		run.listener(p -> {
			if (cancels.getAndIncrement() == 0) run.cancel();
		});
		harvest(run, tmp);
		assertEquals(List.of("FLIM-modulo-sample.ome.tif", "hela-cells.tif"), new ArrayList<>(harvest(run, tmp)
			.keySet()));
	}

	@Test
	void aTiffOfTheSetGivenAloneIsReadThroughItsCompanion() throws IOException {
		Path folder = companionSet(tmp.resolve("set"));
		Map<String, HarvestedFile> out = harvest(new HarvestRun(harvesting.harvester(), null, 1), folder.resolve(
			"18x24y5z1t1c8b-text-split-Z3.ome.tiff"));
		HarvestedFile only = out.values().iterator().next();
		assertNull(only.error());
		assertEquals(folder.resolve(COMPANION).toString(), only.file(), "shown beside the path given");
		assertEquals(5, only.records().get(0).sizeZ());
	}

	@Test
	void aSetWithAMissingTiffSaysWhichFileIsMissing() throws IOException {
		Path folder = companionSet(tmp.resolve("set"));
		Files.delete(folder.resolve("18x24y5z1t1c8b-text-split-Z4.ome.tiff"));
		Map<String, HarvestedFile> out = harvest(new HarvestRun(harvesting.harvester(), null, 1), folder);
		HarvestedFile companion = out.get(COMPANION);
		assertNotNull(companion.error());
		assertTrue(companion.error().contains("18x24y5z1t1c8b-text-split-Z4.ome.tiff"), companion.error());
	}

	/**
	 * A folder with good files and every kind of broken input: each broken one gives one clear error line naming
	 * the problem; every good one is still harvested; results come in name order.
	 */
	@Test
	void brokenInputsGiveClearErrorsAndTheRestIsHarvested() throws IOException {
		Path data = tmp.resolve("data");
		Files.createDirectories(data);
		TestData.copy("BioImageAnalysisNotebooks/data/hela-cells.tif", data);
		TestData.copy("ome-types/tests/data/bad.ome.xml", data);
		Path good = TestData.copy("ome-model-history/2013-06/FLIM-modulo-sample.ome.tif", data);
		byte[] hela = Files.readAllBytes(TestData.file("BioImageAnalysisNotebooks/data/hela-cells.tif"));
		Files.write(data.resolve("truncated-data.tif"), java.util.Arrays.copyOf(hela, hela.length / 2));
		Files.write(data.resolve("truncated-header.tif"), java.util.Arrays.copyOf(hela, 100));
		Files.write(data.resolve("empty.ome.tif"), new byte[0]);
		String xml = Files.readString(TestData.file("ome-model/specification/samples/2016-06/single-image.ome.xml"));
		byte[] latin1 = xml.replace("Name=\"6x6x1x8-swatch.tif\"", "Name=\"Zellkern gefärbt\"").getBytes(
			StandardCharsets.ISO_8859_1);
		Files.write(data.resolve("latin1.ome.xml"), latin1);
		Path nonAscii = data.resolve("Zelle_µm_é_日本.ome.tif");
		Files.copy(good, nonAscii);
		Files.createDirectories(data.resolve("sub"));
		Files.createSymbolicLink(data.resolve("sub").resolve("loop"), data);
		Files.writeString(data.resolve("notes.txt"), "not an image");
		Files.writeString(data.resolve("README.md"), "# not an image either");

		List<HarvestedFile> out = new ArrayList<>();
		HarvestRun.Summary summary = new HarvestRun(harvesting.harvester(), null, 2).recursive(true).run(List.of(data
			.toString()), out::add);
		Map<String, HarvestedFile> byName = new LinkedHashMap<>();
		for (HarvestedFile h : out) byName.put(h.file(), h);

		assertEquals(List.of("FLIM-modulo-sample.ome.tif", "Zelle_µm_é_日本.ome.tif", "bad.ome.xml", "empty.ome.tif",
			"hela-cells.tif", "latin1.ome.xml", "sub/loop", "truncated-data.tif", "truncated-header.tif"),
			new ArrayList<>(byName.keySet()), "one line each, name order, text files skipped");

		assertNull(byName.get("FLIM-modulo-sample.ome.tif").error());
		assertNull(byName.get("hela-cells.tif").error());
		HarvestedFile renamed = byName.get("Zelle_µm_é_日本.ome.tif");
		assertNull(renamed.error(), "a non-ASCII name is read like any other");
		assertEquals("Zelle_µm_é_日本.ome.tif", renamed.records().get(0).file());

		// issue 11 item 1: an inconsistent file is read as it says, with warnings naming what disagrees
		HarvestedFile bad = byName.get("bad.ome.xml");
		assertNull(bad.error(), bad.error());
		assertEquals(3, bad.records().get(0).sizeC());
		List<String> warnings = bad.records().get(0).warnings().stream().map(Object::toString).toList();
		assertEquals(2, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).contains("@SizeC = \"3\"") && warnings.get(0).contains("1 Channel element"),
			warnings.get(0));
		assertTrue(warnings.get(1).contains("InvalidName"), warnings.get(1));
		assertError(byName, "empty.ome.tif", "empty (0 bytes)");
		assertError(byName, "latin1.ome.xml", "not valid UTF-8", "line");
		assertError(byName, "sub/loop", "symbolic link loop");
		assertError(byName, "truncated-data.tif", "truncated", "bytes");
		assertError(byName, "truncated-header.tif", "truncated");

		assertEquals(5, summary.errors());
		assertEquals(4, summary.datasets());
		assertFalse(summary.allRead());
	}

	private static void assertError(Map<String, HarvestedFile> byName, String file, String... phrases) {
		HarvestedFile h = byName.get(file);
		assertNotNull(h, file + " listed");
		assertNotNull(h.error(), file + " has an error");
		assertTrue(h.records().isEmpty());
		for (String phrase : phrases) {
			assertTrue(h.error().contains(phrase), file + ": \"" + h.error() + "\" should say " + phrase);
		}
	}

	/**
	 * Folders are walked into their sub-folders by default (a script's {@code harvest.run(cache)} too), as {@code bia
	 * harvest}, {@code init} and {@code validate} walk them; {@code recursive(false)} reads only the folder itself.
	 */
	@Test
	void foldersAreWalkedIntoSubFoldersUnlessRecursiveIsOff() throws IOException {
		TestData.copy("BioImageAnalysisNotebooks/data/hela-cells.tif", tmp);
		TestData.copy("ome-model-history/2013-06/FLIM-modulo-sample.ome.tif", tmp.resolve("deeper"));
		List<String> both = List.of("deeper/FLIM-modulo-sample.ome.tif", "hela-cells.tif");
		assertEquals(both, new ArrayList<>(harvest(new HarvestRun(harvesting.harvester(), null, 1), tmp).keySet()));
		assertEquals(both, new ArrayList<>(harvest(harvesting.context().service(HarvestService.class).run(HarvestCache
			.none()), tmp).keySet()));
		assertEquals(List.of("hela-cells.tif"), new ArrayList<>(harvest(new HarvestRun(harvesting.harvester(), null, 1)
			.recursive(false), tmp).keySet()));
	}

	@Test
	void aMissingInputIsAnErrorLine() {
		Map<String, HarvestedFile> out = harvest(new HarvestRun(harvesting.harvester(), null, 1),
			tmp.resolve("nope.tif"));
		assertEquals("no such file or folder", out.values().iterator().next().error());
	}

	@Test
	void secondHarvestOfAnUnchangedFolderReadsNoImageFile() throws IOException {
		Path data = tmp.resolve("data");
		companionSet(data.resolve("set"));
		TestData.copy("BioImageAnalysisNotebooks/data/hela-cells.tif", data);
		TestData.copy("ome-model-history/2013-06/FLIM-modulo-sample.ome.tif", data);
		TestData.copy("ome-types/tests/data/bad.ome.xml", data);
		Path cacheFile = tmp.resolve("cache.jsonl");
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), file -> reads.incrementAndGet());

		Map<String, HarvestedFile> first = harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 2)
			.recursive(true), data);
		assertEquals(4, first.size());
		int readsFirst = reads.get();
		assertTrue(readsFirst >= 4);
		assertTrue(Files.size(cacheFile) > 0);

		reads.set(0);
		List<HarvestedFile> second = new ArrayList<>();
		HarvestRun.Summary again = new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 2).recursive(true)
			.run(List.of(data.toString()), second::add);
		assertEquals(0, reads.get(), "no image file read on the second run");
		assertEquals(new ArrayList<>(first.values()), second, "the same results, from the cache");
		assertTrue(again.fromCache() >= 4);

		// A changed file (new modification time) is read again, and only it.
		Path hela = data.resolve("hela-cells.tif");
		Files.setLastModifiedTime(hela, FileTime.fromMillis(Files.getLastModifiedTime(hela).toMillis() + 5000));
		reads.set(0);
		harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 2).recursive(true), data);
		assertEquals(1, reads.get());

		// A changed part of a multi-file set invalidates the set's entry too.
		Path part = data.resolve("set").resolve("18x24y5z1t1c8b-text-split-Z2.ome.tiff");
		Files.setLastModifiedTime(part, FileTime.fromMillis(Files.getLastModifiedTime(part).toMillis() + 5000));
		reads.set(0);
		harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 2).recursive(true), data);
		assertTrue(reads.get() >= 1);

		// A cache written for another reader set (e.g. with Bio-Formats) is not used.
		reads.set(0);
		harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "bioformats"), 2).recursive(true), data);
		assertTrue(reads.get() >= 4);
	}

	/** A part of a multi-file set that was skipped in the first run is still answered from the cache. */
	@Test
	void aPartOfACachedSetIsNotReadAgain() throws IOException {
		Path folder = companionSet(tmp.resolve("set"));
		Path cacheFile = tmp.resolve("cache.jsonl");
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), file -> reads.incrementAndGet());
		harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 1), folder);
		assertEquals(1, reads.get(), "the companion only");
		reads.set(0);
		Map<String, HarvestedFile> part = harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 1),
			folder.resolve("18x24y5z1t1c8b-text-split-Z4.ome.tiff"));
		assertEquals(0, reads.get(), "the part's dataset comes from the cache");
		assertEquals(5, part.values().iterator().next().records().get(0).sizeZ());
		// named by its companion, as when it is read (the cache keeps which file names the dataset)
		Map<String, HarvestedFile> read = harvest(new HarvestRun(harvesting.harvester(), null, 1), folder.resolve(
			"18x24y5z1t1c8b-text-split-Z4.ome.tiff"));
		assertEquals(read.keySet(), part.keySet());
		assertEquals(folder.resolve(COMPANION).toAbsolutePath().normalize(), part.values().iterator().next().path());
		assertEquals(read.values().iterator().next(), part.values().iterator().next());
	}

	@Test
	void anUnreadableCacheFileOnlyCostsSpeed() throws IOException {
		Path cacheFile = tmp.resolve("cache.jsonl");
		Files.writeString(cacheFile, "{ this is not json\n");
		TestData.copy("BioImageAnalysisNotebooks/data/hela-cells.tif", tmp.resolve("d"));
		HarvestCache cache = HarvestCache.at(cacheFile, "native");
		Map<String, HarvestedFile> out = harvest(new HarvestRun(harvesting.harvester(), cache, 1), tmp.resolve("d"));
		assertNull(out.get("hela-cells.tif").error());
		assertEquals(1, cache.warnings().size());
		assertTrue(cache.warnings().get(0).contains("could not be read"));
	}

	/**
	 * Bio-Formats run against other versions of its libraries (a Fiji folder's) fails with a linkage error, in its
	 * look at a folder as much as in its reading of a file: the file gets an error line and the run goes on, where the
	 * whole run used to stop and lose what it had not printed yet.
	 */
	@Test
	void aReaderWhoseLibrariesDoNotMatchCostsOnlyItsFiles() throws IOException {
		Path root = tmp.resolve("mismatch");
		ExampleDataset.writeOmeTiff(Files.createDirectories(root.resolve("a")).resolve("good.ome.tif"));
		Files.createDirectories(root.resolve("b.zarr"));
		Files.writeString(root.resolve("b.zarr/.zgroup"), "{}");
		Files.writeString(root.resolve("c.czi"), "ZISRAWFILE");
		MetadataReader mismatched = new MetadataReader() {

			@Override
			public String format() {
				return "Bio-Formats";
			}

			@Override
			public boolean accepts(FileProbe file) {
				if (file.path().toString().endsWith(".zarr") || file.path().toString().endsWith(".czi")) {
					throw new NoSuchMethodError("'com.fasterxml.jackson.databind.ObjectMapper.reader()'");
				}
				return false;
			}

			@Override
			public OmeMetadata read(FileProbe file) {
				throw new AssertionError("never accepted");
			}
		};
		List<MetadataReader> readers = new ArrayList<>(harvesting.harvester().readers());
		readers.add(0, mismatched);
		List<HarvestedFile> out = new ArrayList<>();
		HarvestRun.Summary s = new HarvestRun(new Harvester(readers), null, 2).run(List.of(root.toString()), out::add);
		assertEquals(1, s.images(), out.toString());
		HarvestedFile czi = out.stream().filter(h -> h.path().toString().endsWith("c.czi")).findFirst().orElseThrow();
		assertTrue(czi.error().startsWith("the Bio-Formats reader could not run: its libraries do not match"), czi
			.error());
	}

	/**
	 * A file met through a link inside the folder is looked up in the cache with the state the walk read, which is
	 * its target's: unchanged, it is not read again; its target touched, it is.
	 */
	@Test
	void aLinkedFileIsCachedByItsTargetsState() throws IOException {
		Path data = Files.createDirectories(tmp.resolve("linked"));
		Path target = Files.createDirectories(data.resolve("real")).resolve("t.ome.tif");
		ExampleDataset.writeOmeTiff(target);
		Path link = Files.createSymbolicLink(data.resolve("link.ome.tif"), Path.of("real/t.ome.tif"));
		Path cacheFile = tmp.resolve("linked-cache.jsonl");
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), file -> reads.incrementAndGet());
		harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 1), data);
		assertTrue(reads.get() >= 2, "both read the first time: " + reads);

		// the link itself gets a new modification time: what it leads to is unchanged, so nothing is read
		Files.getFileAttributeView(link, java.nio.file.attribute.BasicFileAttributeView.class,
			java.nio.file.LinkOption.NOFOLLOW_LINKS).setTimes(FileTime.fromMillis(1_000_000), null, null);
		reads.set(0);
		Map<String, HarvestedFile> again = harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 1),
			data);
		assertEquals(0, reads.get(), "nothing read again: " + again.keySet());
		assertTrue(again.containsKey("link.ome.tif"), again.keySet().toString());

		Files.setLastModifiedTime(target, FileTime.fromMillis(Files.getLastModifiedTime(target).toMillis() + 5000));
		reads.set(0);
		harvest(new HarvestRun(counting, HarvestCache.at(cacheFile, "native"), 1), data);
		assertEquals(2, reads.get(), "the target and the link to it are read again");
	}
}
