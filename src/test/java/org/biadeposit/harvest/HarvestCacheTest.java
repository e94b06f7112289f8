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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.biadeposit.TestData;
import org.biadeposit.cli.HarvestOutput;
import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harvest cache hands back exactly what a fresh harvest prints, re-reads what changed, drops what is gone,
 * is not written when nothing changed, and is ignored with a message when it is damaged or from another version.
 */
class HarvestCacheTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@TempDir
	Path tmp;

	/** What a run prints: JSON lines, then TSV rows, as {@code bia harvest} prints them. */
	private static String printed(Harvester h, HarvestCache cache, Path folder) {
		return printed(h, cache, folder, 2);
	}

	private static String printed(Harvester h, HarvestCache cache, Path folder, int threads) {
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		ByteArrayOutputStream tsv = new ByteArrayOutputStream();
		try (PrintStream j = new PrintStream(json, false, StandardCharsets.UTF_8);
			PrintStream t = new PrintStream(tsv, false, StandardCharsets.UTF_8))
		{
			new HarvestRun(h, cache, threads).run(List.of(folder.toString()), f -> {
				HarvestOutput.jsonLines(f, j);
				HarvestOutput.tsvRows(f, t);
			});
		}
		return json.toString(StandardCharsets.UTF_8) + tsv.toString(StandardCharsets.UTF_8);
	}

	private Path generated() throws IOException {
		Path data = tmp.resolve("data");
		new ExampleDataset().files(0).write(data.resolve("example"));
		// names a JSON line and a TSV cell must escape
		ExampleDataset.writeOmeTiff(data.resolve("tab\tquote\"back\\slash\u2028.ome.tif"));
		ExampleDataset.writeOmeTiff(data.resolve("ümlaut é.ome.tif"));
		// an ImageJ TIFF's series is named by its file: own parts of a record that the cache keeps beside its text
		ExampleDataset.writeImageJTiff(data.resolve("comma,\"q\",back\\slash,null\u2028.tif"), 8, 6, 0.5);
		ExampleDataset.writeImageJTiff(data.resolve("plain.tif"), 8, 6, 0.5);
		Files.writeString(data.resolve("broken.ome.tif"), "not a TIFF");
		return data;
	}

	@Test
	void aCachedHarvestPrintsTheBytesAFreshOnePrints() throws IOException {
		Path data = generated();
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		assertTrue(fresh.contains("\\u2028"), "the odd name is in the output, escaped");
		assertTrue(fresh.contains("\"seriesName\":\"comma,\\\"q\\\",back\\\\slash,null\\u2028.tif\""), fresh);
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		assertEquals(fresh, printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data),
			"first, cache filled");
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data), "from the cache");
		assertEquals(0, reads.get(), "no image file read");
	}

	/**
	 * Files whose records differ only in their names and dates (the example's tiles, each its own name and time)
	 * share one records text; each file's entry keeps its own name and date, and a cached harvest prints what a fresh
	 * one does: a study of such files takes a couple of hundred bytes of cache a file, not a kilobyte and more.
	 */
	@Test
	void filesThatDifferOnlyInTheirNamesAndDatesShareOneText() throws IOException {
		Path data = tmp.resolve("tiles");
		int images = new ExampleDataset().files(300).write(data).imageFiles();
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		assertEquals(fresh, printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data));
		List<String> lines = Files.readAllLines(cacheFile);
		long texts = lines.stream().filter(l -> l.startsWith("T\t")).count();
		long entries = lines.stream().filter(l -> l.startsWith("F\t")).count();
		assertTrue(entries >= images && texts < 30, texts + " texts for " + entries + " entries");
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("F\t") && l.contains(":\"wt-d01-t00-tile")), "an own name");
		assertTrue(Files.size(cacheFile) < 400L * entries, Files.size(cacheFile) + " bytes");
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data), "from the cache");
		assertEquals(0, reads.get());
	}

	/**
	 * Files whose records are the same, names and dates too (copies of one file, as a study of one tile is), share
	 * the text and need nothing of their own in their entries.
	 */
	@Test
	void copiesOfOneFileHaveNothingOfTheirOwn() throws IOException {
		Path data = tmp.resolve("copies");
		ExampleDataset.writeOmeTiff(data.resolve("copy-0.ome.tif"));
		for (int i = 1; i < 5; i++) Files.copy(data.resolve("copy-0.ome.tif"), data.resolve("copy-" + i + ".ome.tif"));
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		String fresh = printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data);
		assertTrue(fresh.contains("\"seriesName\":\""), fresh);
		List<String> lines = Files.readAllLines(cacheFile);
		assertEquals(1, lines.stream().filter(l -> l.startsWith("T\t")).count(), lines.toString());
		List<String> texts = lines.stream().filter(l -> l.startsWith("F\t")).map(l -> l.split("\t")[4]).toList();
		assertEquals(List.of("0", "0", "0", "0", "0"), texts, "the text's number alone, no names and dates of their own");
		assertEquals(fresh, printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data));
	}

	/**
	 * The cache file loads on a thread of its own while the walk starts: files the walk meets before the load is
	 * over are looked up once it is, and nothing is read again.
	 */
	@Test
	void aWalkThatStartsBeforeTheCacheFileIsLoadedTakesEverythingFromIt() throws Exception {
		Path data = generated();
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		assertEquals(fresh, printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data),
			"first, cache filled");
		java.util.concurrent.ArrayBlockingQueue<Runnable> held = new java.util.concurrent.ArrayBlockingQueue<>(1);
		HarvestCache late = HarvestCache.at(cacheFile, "native", held::add);
		assertFalse(late.ready(), "held back");
		Thread loader = new Thread(() -> {
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException e) {
				return;
			}
			held.remove().run();
		});
		loader.start();
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		assertEquals(fresh, printed(counting, late, data), "from the cache loaded late");
		loader.join();
		assertEquals(0, reads.get(), "no image file read");
		assertTrue(late.ready());
		assertEquals(List.of(), late.warnings());
	}

	/**
	 * A first harvest of millions of files cannot hold every new entry until the cache is written: entries go to a
	 * spill file a few at a time (here every 2), and the cache written from it gives what a fresh harvest prints,
	 * also after a second run with the same cache object and after one file changed.
	 */
	@Test
	void entriesSpilledOnTheWayMakeTheSameCache() throws IOException {
		Path data = generated();
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		HarvestCache spilling = HarvestCache.at(cacheFile, "native").spillAt(2);
		assertEquals(fresh, printed(harvesting.harvester(), spilling, data),
			"first, cache filled through the spill file");
		try (var left = Files.list(tmp)) {
			assertEquals(List.of(cacheFile), left.filter(f -> !f.equals(data)).toList(), "no spill file left");
		}
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		assertEquals(fresh, printed(counting, spilling, data), "the same cache object, run again");
		assertEquals(0, reads.get(), "no image file read");

		Path grown = data.resolve("ümlaut é.ome.tif");
		Files.write(grown, new byte[16], java.nio.file.StandardOpenOption.APPEND);
		String changed = printed(harvesting.harvester(), HarvestCache.none(), data);
		assertEquals(changed, printed(counting, HarvestCache.at(cacheFile, "native").spillAt(1), data));
		assertEquals(1, reads.get(), "the grown file only");
		reads.set(0);
		assertEquals(changed, printed(counting, HarvestCache.at(cacheFile, "native"), data), "from the cache");
		assertEquals(0, reads.get());
	}

	@Test
	void aCachedHarvestOfRealFilesPrintsTheBytesAFreshOnePrints() throws IOException {
		Path data = tmp.resolve("real");
		TestData.copy("BioImageAnalysisNotebooks/data/hela-cells.tif", data);
		TestData.copy("ome-model-history/2013-06/FLIM-modulo-sample.ome.tif", data);
		TestData.copy("ome-types/tests/data/bad.ome.xml", data);
		try (var files = Files.list(TestData.file("ome-model-history/2015-01/set-1-meta-companion/"))) {
			for (Path f : (Iterable<Path>) files::iterator) TestData.copy(TestData.root().relativize(f).toString(),
				data.resolve("set"));
		}
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data);
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data));
		assertEquals(0, reads.get());
	}

	@Test
	void aFileOfChangedSizeIsReadAgainAndARemovedOneIsDropped() throws IOException {
		Path data = generated();
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data);
		Path grown = data.resolve("ümlaut é.ome.tif");
		FileTime before = Files.getLastModifiedTime(grown);
		Files.write(grown, new byte[16], java.nio.file.StandardOpenOption.APPEND);
		Files.setLastModifiedTime(grown, before); // the same time: only the size tells
		Path removed = data.resolve("tab\tquote\"back\\slash\u2028.ome.tif");
		Files.delete(removed);
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data));
		assertEquals(1, reads.get(), "the grown file only");
		String saved = Files.readString(cacheFile);
		assertFalse(saved.contains("quote"), "the removed file's entry is dropped when the cache is written");
		assertTrue(saved.contains("ümlaut"));
	}

	@Test
	void theCacheIsNotWrittenWhenNothingChanged() throws IOException {
		Path data = generated();
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data);
		FileTime old = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(cacheFile, old);
		Object key = Files.readAttributes(cacheFile, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
		printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data);
		assertEquals(old, Files.getLastModifiedTime(cacheFile));
		assertEquals(key, Files.readAttributes(cacheFile, java.nio.file.attribute.BasicFileAttributes.class)
			.fileKey(), "not replaced");
	}

	@Test
	void aTruncatedOrDamagedCacheIsIgnoredWithAMessage() throws IOException {
		Path data = generated();
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data);
		byte[] whole = Files.readAllBytes(cacheFile);
		List<byte[]> damaged = new ArrayList<>();
		damaged.add(java.util.Arrays.copyOf(whole, whole.length / 2)); // cut mid-line
		String text = new String(whole, StandardCharsets.UTF_8);
		// cut at a line end: only the missing end line tells
		damaged.add(text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1).getBytes(StandardCharsets.UTF_8));
		damaged.add(text.replaceFirst("\nF\t", "\nX\t").getBytes(StandardCharsets.UTF_8));
		// an entry that is its path alone, nothing after it
		damaged.add(text.replaceFirst("\n(F\t[^\t\n]*)\t[^\n]*\n", "\n$1\n").getBytes(StandardCharsets.UTF_8));
		// a records text's length one short or one long (T, number, length, ...): no line ends where it leads
		for (int by : new int[] { -1, 1 }) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("\nT\t[0-9]+\t([0-9]+)\t").matcher(text);
			assertTrue(m.find());
			damaged.add((text.substring(0, m.start(1)) + (Integer.parseInt(m.group(1)) + by) + text.substring(m.end(1)))
				.getBytes(StandardCharsets.UTF_8));
		}
		for (byte[] bytes : damaged) {
			Files.write(cacheFile, bytes);
			HarvestCache cache = HarvestCache.at(cacheFile, "native");
			assertEquals(1, cache.warnings().size());
			assertTrue(cache.warnings().get(0).contains("could not be read and is ignored"), cache.warnings().get(0));
			assertEquals(fresh, printed(harvesting.harvester(), cache, data));
		}
		// a number damaged inside an entry: that entry is read again, the rest comes from the cache
		Files.write(cacheFile, whole);
		String oneBad = text.replaceFirst("(\nF\t[^\t\n]*ümlaut[^\t\n]*\t)([0-9])", "$1x$2");
		assertFalse(oneBad.equals(text));
		Files.writeString(cacheFile, oneBad);
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data));
		assertEquals(1, reads.get());
		// a records text changed in place: its checksum tells, and the files that have it are read again
		String changedText = text.replaceFirst("(\nT\t[^\n]*\"sizeX\":)([0-9])", "$19$2");
		assertFalse(changedText.equals(text));
		Files.writeString(cacheFile, changedText);
		reads.set(0);
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data));
		assertTrue(reads.get() >= 1);
		// its count of lines (T, number, length, checksum, count, lines) changed: not a text the cache hands out either
		for (String count : List.of("0", "2", "x", "9")) {
			String changedCount = text.replaceFirst("(\nT\t[0-9]+\t[0-9]+\t[0-9a-f]+\t)[0-9]+\t", "$1" + count + "\t");
			assertFalse(changedCount.equals(text));
			Files.writeString(cacheFile, changedCount);
			reads.set(0);
			assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data), count);
			assertTrue(reads.get() >= 1, count);
		}
		// its checksum's value written in upper case: not as the cache writes it, so not handed out either
		java.util.regex.Matcher sum = java.util.regex.Pattern.compile("\nT\t[0-9]+\t[0-9]+\t([0-9]*[a-f][0-9a-f]*)\t")
			.matcher(text);
		assertTrue(sum.find(), "a checksum with a letter");
		Files.writeString(cacheFile, text.substring(0, sum.start(1)) + sum.group(1).toUpperCase(java.util.Locale.ROOT) +
			text.substring(sum.end(1)));
		reads.set(0);
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data));
		assertTrue(reads.get() >= 1);
		Files.write(cacheFile, whole);
		reads.set(0);
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data));
		assertEquals(0, reads.get(), "the file as written is the cache's own");
	}

	/**
	 * A file is remembered under the size and time the walk saw before reading it: one changed while it was read is
	 * read again next time, not answered with what was read of it before the change.
	 */
	@Test
	void aFileChangedWhileItWasReadIsReadAgainNextTime() throws IOException {
		Path data = generated();
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		Path changing = data.resolve("ümlaut é.ome.tif");
		FileTime before = Files.getLastModifiedTime(changing);
		Harvester touching = WatchedReaders.watched(harvesting.harvester(), f -> {
			if (f.path().equals(changing)) Files.setLastModifiedTime(changing, FileTime.fromMillis(before.toMillis() +
				5000));
		});
		printed(touching, HarvestCache.at(cacheFile, "native"), data);
		List<Path> read = new java.util.concurrent.CopyOnWriteArrayList<>();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> read.add(f.path()));
		printed(counting, HarvestCache.at(cacheFile, "native"), data);
		assertEquals(List.of(changing), read, "only the file changed while it was read is read again");
		read.clear();
		printed(counting, HarvestCache.at(cacheFile, "native"), data);
		assertEquals(List.of(), read, "and then remembered as it is now");
	}

	/**
	 * The other files of a multi-file dataset are only known once it is read, so their state is looked up after
	 * reading: one that changed after the reading began means what was read may be older, and the set is not
	 * remembered (read again next time) rather than remembered as unchanged.
	 */
	@Test
	void aSetWhosePartChangedWhileItWasReadIsReadAgainNextTime() throws IOException {
		Path data = tmp.resolve("set");
		Path companion = ExampleDataset.writeOmeTiffSet(data, "set");
		Path part = data.resolve("set_Z1_C0.ome.tif");
		assertTrue(Files.isRegularFile(part), part.toString());
		Path cacheFile = tmp.resolve("set" + HarvestCache.SUFFIX);
		java.util.concurrent.atomic.AtomicBoolean touched = new java.util.concurrent.atomic.AtomicBoolean();
		Harvester touching = WatchedReaders.watched(harvesting.harvester(), f -> {
			// written to while the set is read: its time is now, after the reading began
			if (touched.compareAndSet(false, true)) Files.setLastModifiedTime(part, FileTime.fromMillis(System
				.currentTimeMillis()));
		});
		// one thread: the set is read once, through its companion file (the first in name order), which the change
		// interrupts (with two, a part could start reading the set again after the change, and rightly remember it)
		String fresh = printed(touching, HarvestCache.at(cacheFile, "native"), data, 1);
		assertTrue(touched.get() && fresh.contains("set.companion.ome"), fresh);
		List<Path> read = new java.util.concurrent.CopyOnWriteArrayList<>();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> read.add(f.path()));
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data, 1));
		assertEquals(List.of(companion), read, "the set is read again, through its companion file");
		read.clear();
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data, 1));
		assertEquals(List.of(), read, "and then remembered");
	}

	/**
	 * A run that wrote nothing lets go of the loaded file's index when it ends (tens of megabytes for millions of files,
	 * while validation goes on with the results); a second run with the same cache reads the file again and answers
	 * from it.
	 */
	@Test
	void aRunLetsGoOfTheCachesIndexWhenItEndsAndTheNextReadsItAgain() throws IOException {
		Path data = generated();
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		String fresh = printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data);
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		HarvestCache cache = HarvestCache.at(cacheFile, "native");
		for (int run = 1; run <= 2; run++) {
			assertEquals(fresh, printed(counting, cache, data), "run " + run);
			assertEquals(0, reads.get(), "run " + run + " read no image file");
			assertFalse(cache.indexed(), "run " + run + " let go of the index");
		}
	}

	/**
	 * A multi-file set of n files is remembered in n short entries and one that holds the set: each file's entry used
	 * to list every file of the set, n entries of n files (a light-sheet stack of 2,000 planes made a 348 MB cache and
	 * a cached harvest five times slower than the first).
	 */
	@Test
	void aLargeSetIsRememberedOnceNotOncePerFile() throws IOException {
		Path data = tmp.resolve("stack");
		ExampleDataset.writeOmeTiffSet(data, "stack", 150);
		List<String> parts;
		try (var files = Files.list(data)) {
			parts = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ome.tif")).sorted().toList();
		}
		assertEquals(300, parts.size());
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		assertTrue(fresh.startsWith("{\"file\":\"stack.companion.ome\"") && fresh.contains("\"sizeZ\":150"), fresh);
		Path cacheFile = tmp.resolve("stack" + HarvestCache.SUFFIX);
		assertEquals(fresh, printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data));
		String cache = Files.readString(cacheFile);
		for (String part : parts) {
			// its own entry, and the set's entry: among the files the set uses, and among those whose state it holds
			int times = cache.split(java.util.regex.Pattern.quote("/" + part + "\t"), -1).length - 1;
			assertTrue(times <= 3, part + " is named " + times + " times in the cache");
		}
		AtomicInteger reads = new AtomicInteger();
		Harvester counting = WatchedReaders.watched(harvesting.harvester(), f -> reads.incrementAndGet());
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data), "from the cache");
		assertEquals(0, reads.get(), "no file of the set read");

		// a part changed (its time set back: one after the reading began would keep the set from being remembered):
		// whichever file of the set the walk meets, the set is read again, and then remembered
		Path last = data.resolve(parts.get(parts.size() - 1));
		Files.setLastModifiedTime(last, FileTime.fromMillis(Files.getLastModifiedTime(last).toMillis() - 10_000));
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data));
		assertTrue(reads.get() > 0, "read again");
		reads.set(0);
		assertEquals(fresh, printed(counting, HarvestCache.at(cacheFile, "native"), data));
		assertEquals(0, reads.get(), "remembered again");
	}

	/**
	 * A file the set's companion no longer lists is not answered for by the set's entry: a cached harvest prints what
	 * a fresh one prints, before and after the change.
	 */
	@Test
	void aFileTheSetNoLongerListsIsNotAnsweredForByTheSet() throws IOException {
		Path data = tmp.resolve("set");
		Path companion = ExampleDataset.writeOmeTiffSet(data, "set");
		Path cacheFile = tmp.resolve("set" + HarvestCache.SUFFIX);
		String before = printed(harvesting.harvester(), HarvestCache.none(), data);
		assertEquals(before, printed(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), data));
		String xml = Files.readString(companion);
		int uuid = xml.indexOf("FileName=\"set_Z3_C1.ome.tif\"");
		int start = xml.lastIndexOf("<TiffData", uuid), end = xml.indexOf("</TiffData>", uuid) + "</TiffData>".length();
		assertTrue(uuid > 0 && start > 0 && end > start, xml);
		Files.writeString(companion, xml.substring(0, start) + xml.substring(end));
		List<String> after = handed(HarvestCache.none(), data);
		assertEquals(1, after.size(), after.toString());
		assertTrue(after.get(0).startsWith("set.companion.ome set.companion.ome set_Z0_C0.ome.tif") && !after.get(0)
			.contains("set_Z3_C1"), "the set uses seven of its eight TIFFs now: " + after);
		assertEquals(after, handed(HarvestCache.at(cacheFile, "native"), data), "changed");
		assertEquals(after, handed(HarvestCache.at(cacheFile, "native"), data), "cached");
	}

	/** What a run hands on: per dataset, its name and the names of the files it uses. */
	private static List<String> handed(HarvestCache cache, Path folder) {
		List<String> out = new ArrayList<>();
		new HarvestRun(harvesting.harvester(), cache, 2).run(List.of(folder.toString()), f -> out.add(f.file() + f
			.usedFiles().stream().map(u -> " " + u.getFileName()).sorted().reduce("", String::concat)));
		return out;
	}

	@Test
	void aCacheOfAnotherVersionIsIgnoredWithANote() throws IOException {
		Path data = generated();
		String fresh = printed(harvesting.harvester(), HarvestCache.none(), data);
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		Files.writeString(cacheFile, "{\"cache\":\"bia-deposit harvest cache 7\",\"readers\":\"native\"}\n");
		HarvestCache cache = HarvestCache.at(cacheFile, "native");
		assertEquals(1, cache.warnings().size());
		assertTrue(cache.warnings().get(0).contains("another version of bia-deposit"), cache.warnings().get(0));
		assertEquals(fresh, printed(harvesting.harvester(), cache, data));
		assertTrue(Files.readString(cacheFile).startsWith("bia-deposit harvest cache 12\tnative\n"), "written anew");
	}
}
