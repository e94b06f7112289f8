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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what harvesting gave for each file, keyed by path, size and modification time of every file of the
 * dataset, so that a second harvest of an unchanged folder reads no image file.
 * <p>
 * One file per harvested set of inputs, in the user's cache folder ({@code $XDG_CACHE_HOME} or {@code ~/.cache},
 * or the system property {@code bia.cache.dir}; then {@code bia-deposit/harvest}) — never in the data folder,
 * which is uploaded. The first line names the cache format and the reader set; a cache written with/without
 * Bio-Formats is not used, one written by another version of bia-deposit is ignored with a note. A cache that
 * cannot be read or written only costs speed, never a result.
 * </p>
 * <p>
 * The file is one line per entry (see {@link CacheLines}), loaded as bytes with an index from path to line: an
 * entry is parsed only when it is looked up, and a cached harvest of a large study holds no object per file. Each
 * distinct records text is kept once and read once: the files of a large study mostly share their metadata (the
 * same instrument, the same image size), so a cached harvest hands out one shared list of records for them, and
 * rebuilds no records per file. Nothing in an entry depends on deposit.yaml, so editing it keeps every entry. The
 * file is written only when an entry was added; then entries of files that are gone are dropped.
 * </p>
 */
public final class HarvestCache {

	public static final String SUFFIX = ".bia-harvest-cache.jsonl";
	static final String FORMAT = "bia-deposit harvest cache";
	static final String VERSION = FORMAT + " 12";
	/**
	 * One result stored in this run: the state of the file and of the dataset's other files it depends on, and the
	 * result.
	 *
	 * @param dataset the dataset's primary file (which names it), or null when that is this file; for a
	 *        {@linkplain #member() member}, the file whose entry is the dataset's
	 * @param used every file of the dataset, or null when that is the file alone, or {@link CacheLines#MEMBER}
	 * @param records the records text the files of its set-up share (the JSON lines as printed, without file names,
	 *        of the file that made it, separated by tabs, in the form the cache file's line for them holds); or null
	 * @param own the records' series names and dates where they are not the text's, as JSON values separated by
	 *        commas ({@link PrintedRecords.Own}); or null
	 */
	record Entry(String path, long size, long modified, List<FileState> parts, String dataset, String format,
		List<String> used, String error, CacheTexts.Body records, String own)
	{

		/** The entry of one file of a multi-file dataset, which is as the entry of the file {@code head} says. */
		static Entry member(FileState s, String head) {
			return new Entry(s.path(), s.size(), s.modified(), null, head, null, CacheLines.MEMBER, null, null, null);
		}

		boolean member() {
			return used == CacheLines.MEMBER;
		}
	}

	private final Path file;
	private final String readers;
	/** The entries of the file as it was loaded, or null; read through {@link #lines()}. */
	private CacheLines loaded;
	/** The load of the file while it runs (see {@link #at}); null once awaited. */
	private volatile CacheLoad loading;
	/** Saved since loaded: the file is read again before the next lookup. */
	private volatile boolean stale;
	/** The entries stored in this run. */
	private final Map<String, Entry> added = new ConcurrentHashMap<>();
	private final RecordTexts texts = new RecordTexts();
	private volatile boolean changed;
	/** The path is there but is no file (a folder): nothing is read from it or written to it. */
	private boolean unusable;
	/** Entries held before they are written to the spill file. */
	static final int SPILL_AT = 16_384;
	private int spillAt = SPILL_AT;
	private long writeLimit = CacheFileWriter.LARGEST;
	/** Writes this run's entries: to the spill file as they come, then the new cache file. */
	private CacheFileWriter writer;
	private final List<String> warnings = new ArrayList<>();
	private final CacheSets sets = new CacheSets();

	private HarvestCache(Path file, String readers) {
		this.file = file;
		this.readers = readers;
	}

	/** No cache: every file is read. */
	public static HarvestCache none() {
		return new HarvestCache(null, "");
	}

	/**
	 * The cache file at a path, loaded if it exists and was written for the same reader set.
	 *
	 * @param readers names the reader set, e.g. "native" or "bioformats"
	 */
	public static HarvestCache at(Path file, String readers) {
		return at(file, readers, task -> {
			Thread t = new Thread(task, "bia-cache-load");
			t.setDaemon(true);
			t.start();
		});
	}

	/** @param start runs the load of the file (tests hold it back) */
	static HarvestCache at(Path file, String readers, java.util.function.Consumer<Runnable> start) {
		HarvestCache cache = new HarvestCache(file, readers);
		if (Files.isRegularFile(file)) {
			// read on a thread of its own: meanwhile deposit.yaml is read and the walk lists its first folders
			cache.loading = CacheLoad.start(cache::load, start, file);
		}
		else {
			cache.load(); // nothing to read; says why when something is in the way
		}
		return cache;
	}

	/**
	 * The cache file at a path for what a harvester reads: results read with Bio-Formats and without it are kept
	 * apart (a vendor file's error without it becomes records with it).
	 */
	public static HarvestCache at(Path file, Harvester harvester) {
		return at(file, harvester.hasBioFormats() ? "bioformats" : "native");
	}

	/** The default cache file for a list of inputs, in the user's cache folder. */
	public static Path defaultFile(List<String> inputs) {
		String own = System.getProperty("bia.cache.dir");
		String base = System.getenv("XDG_CACHE_HOME");
		Path folder = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"),
			".cache");
		if (own != null && !own.isBlank()) folder = Path.of(own);
		StringBuilder key = new StringBuilder();
		for (String in : inputs) key.append(Path.of(in).toAbsolutePath().normalize()).append('\n');
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(
				StandardCharsets.UTF_8));
			return folder.resolve("bia-deposit").resolve("harvest").resolve(HexFormat.of().formatHex(digest, 0,
				12) + SUFFIX);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}

	/** Whether a file name is a cache file of ours (never harvested, should one end up in a data folder). */
	static boolean isCacheFile(String name) {
		return name.endsWith(SUFFIX);
	}

	/** Problems met reading or writing the cache (it then works without). */
	public List<String> warnings() {
		loaded();
		return warnings;
	}

	/** The cached result for a file, if every file it depends on is unchanged. */
	HarvestedFile lookup(Path path) {
		if (file == null) return null;
		FileState now = FileState.of(path);
		return now == null ? null : lookup(path, now.size(), now.modified());
	}

	/**
	 * The cached result for a file whose size and modification time are known (from the walk), if it and every
	 * other file it depends on are unchanged.
	 */
	HarvestedFile lookup(Path path, long size, long modified) {
		return lookup(path, size, modified, false);
	}

	/** @param head whether the entry is looked up as the one a member names (which is then no member itself) */
	private HarvestedFile lookup(Path path, long size, long modified, boolean head) {
		if (file == null) return null;
		String key = path.toString();
		Entry e = added.isEmpty() ? null : added.get(key); // a cached run adds none: no hash of every path
		if (e != null) {
			if (e.size != size || e.modified != modified || e.member() && head) return null;
			if (e.member()) return sets.member(e.dataset, path, this::head);
			if (!FileState.unchanged(e.parts)) return null;
			return result(path, e.dataset, e.format, texts.records(e.records, e.own), e.used, e.error);
		}
		CacheLines lines = lines();
		if (lines == null) return null;
		byte[] bytes = CacheLines.key(key);
		int slot = lines.find(bytes);
		if (slot < 0) return null;
		try {
			CacheLines.Line line = lines.line(slot, bytes.length, size, modified);
			if (line == null || line.member() && head) return null;
			if (line.member()) {
				HarvestedFile whole = sets.member(line.dataset(), path, this::head);
				if (whole != null) lines.seen(slot);
				return whole;
			}
			if (!FileState.unchanged(line.parts())) return null;
			lines.seen(slot);
			List<ImageRecord> records = line.text() == null ? List.of() : texts.numbered(lines, line.text(), line
				.own());
			return result(path, line.dataset(), line.format(), records, line.used(), line.error());
		}
		catch (IOException | RuntimeException damaged) {
			return null; // read the file again
		}
	}

	/** The result of a multi-file dataset's head entry, if it and every file it holds are unchanged. */
	private HarvestedFile head(Path head) {
		FileState now = FileState.of(head);
		return now == null ? null : lookup(head, now.size(), now.modified(), true);
	}

	private static HarvestedFile result(Path path, String dataset, String format, List<ImageRecord> records,
		List<String> used, String error)
	{
		List<Path> files = used == null ? List.of(path) : used.stream().map(Path::of).toList();
		return new HarvestedFile(null, dataset == null ? path : Path.of(dataset), format, records, files, error);
	}

	/**
	 * Remembers what reading a file gave, under the file and each other file of its dataset (a part a worker takes up
	 * before the dataset's entry marked it as read then hits the cache), a multi-file dataset as {@link CacheSets}
	 * says. Returns the result to hand on: the same, its records (when they were a list) as the text just made for
	 * them, which printing copies out.
	 * <p>
	 * A file is remembered under the state the walk saw before it was read, when there is one (changed since, it is
	 * read again next time); otherwise, as the other files of a multi-file dataset are, under its state looked up
	 * now, and then not at all if that says it changed after the reading began: what was read of it may be older.
	 * Each file's state is looked up and the records' text made once, however many files the dataset has.
	 *
	 * @param modified the modification time the walk saw, or {@link Candidate#UNKNOWN}
	 * @param began when the reading began ({@link System#currentTimeMillis()})
	 */
	HarvestedFile store(Path path, long size, long modified, HarvestedFile result, long began) {
		if (file == null) return result;
		FileState self = modified != Candidate.UNKNOWN ? new FileState(path.toString(), size, modified) : FileState.of(
			path);
		if (self == null || modified == Candidate.UNKNOWN && self.modified() >= began) return result;
		List<FileState> states = new ArrayList<>(); // of every file of the dataset, this one first
		states.add(self);
		for (Path used : result.usedFiles()) {
			if (used.equals(path)) continue;
			FileState s = FileState.of(used);
			// a part vanished or changed while reading: do not remember this result
			if (s == null || s.modified() >= began) return result;
			states.add(s);
		}
		List<ImageRecord> unnamed = result.records().isEmpty() ? List.of() : result.named(null).records();
		// the text the files of one set-up share (made here, on a reading thread, for the cache file and for printing
		// alike); a file's own names and dates are its entry's when they are not the text's
		String own = unnamed.isEmpty() ? null : OwnParts.json(unnamed);
		RecordTexts.Shared text = own == null ? null : texts.text(unnamed, own);
		CacheTexts.Body records = text == null ? null : text.body();
		if (text != null && java.util.Objects.equals(own, text.own())) own = null;
		boolean alone = result.usedFiles().size() == 1 && result.usedFiles().get(0).equals(path);
		List<String> used = alone ? null : result.usedFiles().stream().map(Path::toString).toList();
		String head = null;
		for (Entry e : CacheSets.entries(path, states, result, used, records, own)) {
			added.put(e.path(), e);
			if (e.member()) head = e.dataset();
		}
		if (head != null) sets.stored(head);
		changed = true;
		if (added.size() >= spillAt) spill();
		if (records == null || result.records() instanceof PrintedRecords) return result;
		return new HarvestedFile(result.file(), result.path(), result.format(), texts.printed(records, own == null
			? unnamed : null, own), result.usedFiles(), result.error());
	}

	/** Spills after this many entries instead (a test hook). */
	HarvestCache spillAt(int entries) {
		this.spillAt = entries;
		return this;
	}

	/** Writes no cache file larger than this instead of 2 GiB (a test hook). */
	HarvestCache writeLimit(long bytes) {
		this.writeLimit = bytes;
		return this;
	}

	/** How many of this run's distinct records texts are kept to be shared (a test hook). */
	int keptTexts() {
		return texts.kept();
	}

	/**
	 * Writes the entries stored so far to the spill file and lets them go: a first harvest of millions of files
	 * holds at most {@value #SPILL_AT} entries. A file of a multi-file dataset looked up after its dataset's entry
	 * left is read again, which is rare and costs only time.
	 */
	private synchronized void spill() {
		if (added.size() < spillAt) return;
		writer().spill(added, lines());
	}

	/** The writer of this run's entries, made when the first is spilled or saved. */
	private synchronized CacheFileWriter writer() {
		if (writer == null) writer = new CacheFileWriter(file, writeLimit);
		return writer;
	}

	/** Whether the loaded file's index is held (a test hook). */
	boolean indexed() {
		return loaded != null;
	}

	/** Whether the file is loaded, so that a lookup would not wait for it. */
	boolean ready() {
		CacheLoad l = loading;
		return l == null || l.done();
	}

	/** Waits for the load of the file given, if it still runs. */
	private void loaded() {
		CacheLoad l = loading;
		if (l != null) {
			l.await();
			loading = null;
		}
	}

	/** The file's entries: once its load is over, and after a save once it is read again. */
	private CacheLines lines() {
		loaded();
		if (stale) {
			synchronized (this) {
				if (stale) {
					texts.fileReplaced();
					sets.clear();
					load();
					stale = false;
				}
			}
		}
		return loaded;
	}

	private void load() {
		if (!Files.isRegularFile(file)) {
			if (Files.exists(file)) {
				unusable = true; // not even written at the end: that would fail too, and say so a second time
				warnings.add("the harvest cache " + file + " is " + (Files.isDirectory(file) ? "a folder" : "not a " +
					"regular file") + ": give the cache a file name (for example " + (Files.isDirectory(file) ? file
						.resolve("harvest.jsonl") : file + ".jsonl") + "); this harvest reads every file and keeps no " +
					"cache");
			}
			return;
		}
		loaded = CacheLoad.read(file, readers, warnings);
	}

	/**
	 * Writes the cache if an entry was added: atomically, so that an interrupted run leaves the old one. Entries
	 * of the loaded file that this run did not look up are kept while their file is there.
	 */
	void save() {
		if (file == null || unusable) return;
		if (!changed) {
			// the run is over: its index of the file (tens of megabytes for millions of files) is not held while the
			// results are used; a next run with this cache reads the file again
			synchronized (this) {
				stale |= loaded != null;
				loaded = null;
				sets.clear();
			}
			return;
		}
		CacheFileWriter w = writer();
		try {
			w.write(VERSION + "\t" + readers, added, lines());
			changed = false;
			// this run's entries are in the file now, and only there: a next run with this cache reads them from it,
			// when there is one (most runs end here)
			synchronized (this) {
				writer = null;
				loaded = null;
				stale = true;
			}
		}
		catch (IOException | RuntimeException e) {
			// a file damaged in a way the load did not see costs the cache, never the harvest that is ending
			warnings.add("the harvest cache " + file + " could not be written (" + e.getMessage() +
				"); the next harvest will read every file again");
		}
		finally {
			w.drop();
			synchronized (this) {
				if (writer == w) writer = null;
			}
		}
	}
}
