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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study whose every file has records of its own (each image its own name, as real studies have) keeps a bounded
 * number of records texts while it is harvested, not one per file: 2.4 million files must fit in the same heap as
 * 125,000. A text met again after it was let go is written again, and every file still gets its own records back.
 */
class KeptTextsTest {

	/**
	 * A result whose records are all its own: its name is its series' and its channel's (a name and a date alone the
	 * files of a set-up share a text for, with each file's own in its entry).
	 */
	private static HarvestedFile result(Path file, String name) {
		ImageRecord r = new ImageRecord(null, 0, name, "OME-TIFF", 16, 16, 1, 1, 1, "uint8", 0.09, 0.09, null, null,
			List.of(new ImageRecord.Channel("DAPI " + name, "DAPI", 405.0, 450.0, null, null, null)), null, null, List.of(),
			"2026-05-13T00:53:00", null);
		return new HarvestedFile(null, file, "OME-TIFF", List.of(r), List.of(file), null);
	}

	@Test
	void textsOfTheirOwnAreKeptBoundedAndEachFileGetsItsOwnBack(@TempDir Path dir) throws Exception {
		Path cacheFile = dir.resolve("harvest.jsonl");
		HarvestCache cache = HarvestCache.at(cacheFile, "native").spillAt(7_000);
		int n = RecordTexts.KEPT_TEXTS + 2_500;
		Path first = dir.resolve("first.ome.tif");
		cache.store(first, 10, 1_000, result(first, "shared"), 0);
		int most = 0;
		for (int i = 0; i < n; i++) {
			Path p = dir.resolve("f" + i + ".ome.tif");
			cache.store(p, 10, 1_000 + i, result(p, "image " + i), 0);
			most = Math.max(most, cache.keptTexts());
		}
		assertTrue(most <= RecordTexts.KEPT_TEXTS, "at most " + RecordTexts.KEPT_TEXTS + " kept, not " + most);
		assertTrue(cache.keptTexts() < n / 2, "let go of as it went: " + cache.keptTexts());
		// the first file's text was let go of; the same text for another file is kept and written again
		Path last = dir.resolve("last.ome.tif");
		cache.store(last, 10, 1_000, result(last, "shared"), 0);
		cache.save();
		assertTrue(Files.size(cacheFile) > 0);

		HarvestCache again = HarvestCache.at(cacheFile, "native");
		assertEquals(List.of(), again.warnings());
		for (int i = 0; i < n; i += 97) {
			Path p = dir.resolve("f" + i + ".ome.tif");
			HarvestedFile h = again.lookup(p, 10, 1_000 + i);
			assertNotNull(h, p.toString());
			assertEquals("image " + i, h.records().get(0).seriesName(), p.toString());
		}
		assertEquals("shared", again.lookup(first, 10, 1_000).records().get(0).seriesName());
		assertEquals("shared", again.lookup(last, 10, 1_000).records().get(0).seriesName());
	}

	@Test
	void anEntryNamingATextTheFileDoesNotHaveIsDroppedWhenTheCacheIsWrittenAgain(@TempDir Path dir) throws Exception {
		Path cacheFile = dir.resolve("harvest.jsonl");
		Path kept = Files.writeString(dir.resolve("kept.ome.tif"), "x");
		Path damaged = Files.writeString(dir.resolve("damaged.ome.tif"), "x");
		String text = "1\t{\"file\":null,\"series\":0}";
		Files.write(cacheFile, ("bia-deposit harvest cache 12\tnative\n" + RecordTextsTest.textLine(0, text) +
			"F\t" + kept + "\t1\t7\t0\tOME-TIFF\t\t\t0\t0\n" + "F\t" + damaged +
			"\t1\t7\t5\tOME-TIFF\t\t\t0\t0\n" + "E\t3\n").getBytes(StandardCharsets.UTF_8));
		HarvestCache cache = HarvestCache.at(cacheFile, "native");
		assertEquals(List.of(), cache.warnings());
		assertNotNull(cache.lookup(kept, 1, 7));
		assertNull(cache.lookup(damaged, 1, 7), "no records to give: read again");
		Path added = dir.resolve("added.ome.tif");
		cache.store(added, 1, 8, result(added, "added"), 0);
		cache.save(); // wrote the file anew: before, the entry naming text 5 stopped the writing with an exception
		assertEquals(List.of(), cache.warnings());
		String written = Files.readString(cacheFile);
		assertFalse(written.contains(damaged.toString()), written);
		HarvestCache again = HarvestCache.at(cacheFile, "native");
		assertEquals(0, again.lookup(kept, 1, 7).records().get(0).series());
		assertEquals("added", again.lookup(added, 1, 8).records().get(0).seriesName());
	}

	@Test
	void aCacheLargerThanCanBeReadBackIsNotWrittenAndTheEarlierOneStays(@TempDir Path dir) throws Exception {
		Path cacheFile = dir.resolve("harvest.jsonl");
		Path early = dir.resolve("early.ome.tif");
		HarvestCache first = HarvestCache.at(cacheFile, "native");
		first.store(early, 10, 1_000, result(early, "early"), 0);
		first.save();
		byte[] before = Files.readAllBytes(cacheFile);
		for (int spillAt : new int[] { 1_000, 10 }) { // held to the end, and spilled on the way
			HarvestCache cache = HarvestCache.at(cacheFile, "native").spillAt(spillAt).writeLimit(8_192);
			assertNotNull(cache.lookup(early, 10, 1_000));
			for (int i = 0; i < 40; i++) {
				Path p = dir.resolve("f" + i + ".ome.tif");
				cache.store(p, 10, 1_000 + i, result(p, "image " + i), 0);
			}
			cache.save();
			assertEquals(1, cache.warnings().size(), cache.warnings().toString());
			assertTrue(cache.warnings().get(0).contains("would be larger than 8192 bytes, more than a cache file can " +
				"be read back from"), cache.warnings().get(0));
			assertTrue(cache.warnings().get(0).contains("harvest its folders apart"), cache.warnings().get(0));
			assertArrayEquals(before, Files.readAllBytes(cacheFile), "the earlier cache stays as it was");
			try (var left = Files.list(dir)) {
				assertEquals(List.of("harvest.jsonl"), left.map(p -> p.getFileName().toString())
					.sorted().toList(), "no half-written or spilled file left");
			}
		}
		assertEquals("early", HarvestCache.at(cacheFile, "native").lookup(early, 10, 1_000).records().get(0)
			.seriesName());
	}

	@Test
	void textPlacesGrowKeepTheLaterPlaceAndSayWhatIsNotThere() {
		TextPlaces places = new TextPlaces(1);
		for (int n = 0; n < 50_000; n += 3) places.put(n, (long) n << 32 | n + 1);
		places.put(999_999_999, 42); // a number far from the rest takes one slot, not an array that long
		places.put(3, 7);
		assertEquals(16_668, places.size());
		assertEquals(999_999_999, places.largest());
		assertEquals(7, places.get(3));
		assertEquals((long) 49_998 << 32 | 49_999, places.get(49_998));
		assertEquals(42, places.get(999_999_999));
		assertEquals(-1, places.get(4));
		assertEquals(-1, places.get(-1));
	}

	@Test
	void aTextKeptIsSharedByTheFilesThatHaveIt() {
		RecordTexts texts = new RecordTexts();
		CacheTexts.Body one = texts.text(tile("a", "2026-05-13T00:53:00"), null).body();
		// records equal but for their names and dates, another list of other objects
		assertSame(one, texts.text(tile("b", null), null).body(), "one object while it is kept");
		assertEquals(1, texts.kept());
	}

	/** A tile's records, its name and date its own, all else as every tile of its set-up has it. */
	private static List<ImageRecord> tile(String name, String date) {
		return List.of(new ImageRecord(null, 0, name, "OME-TIFF", 16, 16, 1, 1, 1, "uint8", 0.09, 0.09, null, null,
			List.of(new ImageRecord.Channel("DAPI", "DAPI", 405.0, 450.0, null, null, null)), null, null, List.of(),
			date, null));
	}
}
