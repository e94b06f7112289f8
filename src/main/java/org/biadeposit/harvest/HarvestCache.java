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

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Remembers what harvesting gave for each file, keyed by path, size and modification time of every file of the
 * dataset, so that a second harvest of an unchanged folder reads no image file.
 * <p>
 * One JSON-lines file per harvested set of inputs, in the user's cache folder ({@code $XDG_CACHE_HOME} or
 * {@code ~/.cache}, or the system property {@code bia.cache.dir}; then {@code bia-deposit/harvest}) — never in the
 * data folder, which is uploaded. The first line
 * names the cache format and the reader set; a cache written by another version or with/without Bio-Formats is
 * ignored. A cache that cannot be read or written only costs speed, never a result.
 * </p>
 * <p>
 * Each entry is flat (path, size, modification time, the dataset's other files, format, error) and keeps the
 * records as the JSON text they were written as, which is read only when the entry is looked up. Equal texts are
 * kept once and read once: the files of a large study mostly share their metadata (the same instrument, the same
 * image size), so a study of 125,000 such files costs a few megabytes here, and a cached harvest rebuilds no records
 * per file. Nothing in an entry depends on deposit.yaml, so editing it keeps every entry.
 * </p>
 */
public final class HarvestCache {

	public static final String SUFFIX = ".bia-harvest-cache.jsonl";
	private static final String VERSION = "bia-deposit harvest cache 7";
	/** How many distinct record texts are kept read at a time (beyond it, they are read again as needed). */
	private static final int READ_RECORDS = 4096;

	private static final ObjectMapper JSON = new ObjectMapper().configure(
		DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
	static {
		// The harvest output writes every key, null or not; the cache need not (it is a quarter of the size).
		JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
			JsonInclude.Include.NON_NULL);
		JSON.setDefaultPropertyInclusion(nonNull);
		JSON.configOverride(ImageRecord.class).setInclude(nonNull);
		for (Class<?> nested : ImageRecord.class.getDeclaredClasses()) JSON.configOverride(nested).setInclude(nonNull);
	}
	private static final ObjectReader RECORDS = JSON.readerForListOf(ImageRecord.class);

	/**
	 * One cached result: the state of the file and of the dataset's other files it depends on, and the result. In
	 * the file, each distinct records text is written once, on a line of its own before the first entry that uses
	 * it ({@code path} null, {@code text} its number); entries name it by that number.
	 *
	 * @param dataset the dataset's primary file (which names it), or null when that is this file
	 * @param used every file of the dataset, or null when that is the file alone
	 * @param records the records' JSON text (without file names), or null for none
	 * @param text in the file: the number of the records text
	 */
	record Entry(String path, long size, long modified, List<FileState> parts, String dataset, String format,
		List<String> used, String error, String records, Integer text)
	{}

	/** A file's size and modification time when it was harvested. */
	record FileState(String path, long size, long modified) {}

	private record Header(String cache, String readers) {}

	private final Path file;
	private final String readers;
	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	/** Each distinct records text once, shared by the entries that have it. */
	private final Map<String, String> texts = new ConcurrentHashMap<>();
	/** Records texts already read, so that equal texts are read once (bounded: cleared when full). */
	private final Map<String, List<ImageRecord>> read = new ConcurrentHashMap<>();
	private volatile boolean changed;
	private final List<String> warnings = new ArrayList<>();

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
		HarvestCache cache = new HarvestCache(file, readers);
		cache.load();
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

	/** Whether a file is one of our cache files (never harvested, should one end up in a data folder). */
	static boolean isCacheFile(Path p) {
		return p.getFileName().toString().endsWith(SUFFIX);
	}

	/** Problems met reading or writing the cache (it then works without). */
	public List<String> warnings() {
		return warnings;
	}

	/** The cached result for a file, if every file it depends on is unchanged. */
	HarvestedFile lookup(Path path) {
		if (file == null) return null;
		Entry e = entries.get(path.toString());
		if (e == null || !unchanged(path, e.size, e.modified)) return null;
		for (FileState f : e.parts == null ? List.<FileState> of() : e.parts) {
			if (!unchanged(Path.of(f.path), f.size, f.modified)) return null;
		}
		List<ImageRecord> records;
		try {
			records = records(e.records);
		}
		catch (IOException | RuntimeException damaged) {
			return null; // read the file again
		}
		List<Path> used = e.used == null ? List.of(path) : e.used.stream().map(Path::of).toList();
		return new HarvestedFile(null, e.dataset == null ? path : Path.of(e.dataset), e.format, records, used,
			e.error);
	}

	/** The records of a text, read once for equal texts. */
	private List<ImageRecord> records(String text) throws IOException {
		if (text == null) return List.of();
		List<ImageRecord> known = read.get(text);
		if (known != null) return known;
		List<ImageRecord> records = List.copyOf(RECORDS.<List<ImageRecord>> readValue(text));
		if (read.size() >= READ_RECORDS) read.clear();
		read.put(text, records);
		return records;
	}

	void store(Path path, HarvestedFile result) {
		if (file == null) return;
		FileState self = state(path);
		if (self == null) return;
		List<FileState> parts = new ArrayList<>();
		for (Path used : result.usedFiles()) {
			if (used.equals(path)) continue;
			FileState s = state(used);
			if (s == null) return; // a part vanished while reading: do not remember this result
			parts.add(s);
		}
		String records = null;
		if (!result.records().isEmpty()) {
			try {
				records = text(JSON.writeValueAsString(result.named(null).records()));
			}
			catch (JsonProcessingException e) {
				return; // not remembered: read again next time
			}
		}
		boolean alone = result.usedFiles().size() == 1 && result.usedFiles().get(0).equals(path);
		List<String> used = alone ? null : result.usedFiles().stream().map(Path::toString).toList();
		String dataset = result.path() == null || result.path().equals(path) ? null : result.path().toString();
		entries.put(self.path, new Entry(self.path, self.size, self.modified, parts.isEmpty() ? null : parts,
			dataset, result.format(), used, result.error(), records, null));
		changed = true;
	}

	/** The text, kept once however many entries have it. */
	private String text(String records) {
		if (records == null) return null;
		String known = texts.putIfAbsent(records, records);
		return known != null ? known : records;
	}

	private static boolean unchanged(Path p, long size, long modified) {
		FileState now = state(p);
		return now != null && now.size == size && now.modified == modified;
	}

	private static FileState state(Path p) {
		try {
			BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
			long size = a.isDirectory() ? -1 : a.size();
			return new FileState(p.toString(), size, a.lastModifiedTime().toMillis());
		}
		catch (IOException e) {
			return null;
		}
	}

	private void load() {
		if (!Files.isRegularFile(file)) return;
		// One streaming parser over the bytes: no line strings, no charset decoding of its own.
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
			JsonParser parser = JSON.getFactory().createParser(in))
		{
			if (parser.nextToken() == null) return;
			Header header = JSON.readValue(parser, Header.class);
			if (header == null || !VERSION.equals(header.cache) || !readers.equals(header.readers)) return;
			parser.nextToken();
			MappingIterator<Entry> it = JSON.readerFor(Entry.class).readValues(parser);
			Map<Integer, String> numbered = new HashMap<>();
			while (it.hasNext()) {
				Entry e = it.next();
				if (e.path == null) {
					if (e.text != null && e.records != null) numbered.put(e.text, text(e.records));
					continue;
				}
				String records = e.text == null ? null : numbered.get(e.text);
				if (e.text != null && records == null) throw new IOException("entry " + e.path + " names records " +
					"text " + e.text + ", which is not there");
				entries.put(e.path, new Entry(e.path, e.size, e.modified, e.parts, e.dataset, e.format, e.used, e
					.error, records, null));
			}
		}
		catch (IOException | RuntimeException e) {
			entries.clear();
			texts.clear();
			warnings.add("the harvest cache " + file + " could not be read and is ignored: " + e.getMessage());
		}
	}

	/** Writes the cache if anything changed; atomically, so that an interrupted run leaves the old one. */
	void save() {
		if (file == null || !changed) return;
		try {
			Files.createDirectories(file.getParent());
			Path tmp = Files.createTempFile(file.getParent(), "harvest", ".tmp");
			try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				w.write(JSON.writeValueAsString(new Header(VERSION, readers)));
				w.newLine();
				Map<String, Integer> numbers = new HashMap<>();
				for (Entry e : entries.values()) {
					Integer n = null;
					if (e.records != null) {
						n = numbers.get(e.records);
						if (n == null) {
							n = numbers.size();
							numbers.put(e.records, n);
							w.write(JSON.writeValueAsString(new Entry(null, 0, 0, null, null, null, null, null, e.records,
								n)));
							w.newLine();
						}
					}
					w.write(JSON.writeValueAsString(new Entry(e.path, e.size, e.modified, e.parts, e.dataset, e.format,
						e.used, e.error, null, n)));
					w.newLine();
				}
			}
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
			changed = false;
		}
		catch (JsonProcessingException e) {
			warnings.add("the harvest cache could not be written: " + e.getOriginalMessage());
		}
		catch (IOException e) {
			warnings.add("the harvest cache " + file + " could not be written (" + e.getMessage() +
				"); the next harvest will read every file again");
		}
	}
}
