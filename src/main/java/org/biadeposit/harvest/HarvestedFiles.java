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

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * What harvesting a dataset folder gave, in walk order, held packed: a file read alone and named by its own path
 * (nearly every file of a large study) is kept as its place in the {@link DatasetFiles} and the number of its
 * records in a table of distinct records (most files share theirs, or all but their names and dates, which are then
 * kept packed in {@link OwnParts}), and its {@link HarvestedFile} is made when asked for; anything else (an error, a
 * multi-file dataset, what the walk could not reach) is kept as it is.
 */
final class HarvestedFiles extends AbstractList<HarvestedFile> implements RandomAccess, HarvestRun.Sink {

	/**
	 * Records as harvested, with the format that read them; {@code unnamed} when they carry no file name (those the
	 * cache gave back, read from its text once: every file with the same text shares the very list).
	 */
	private record Source(List<ImageRecord> records, String format, boolean unnamed) {

		@Override
		public boolean equals(Object o) {
			return o instanceof Source s && s.records == records && java.util.Objects.equals(s.format, format);
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(records) * 31 + java.util.Objects.hashCode(format);
		}
	}

	private final DatasetFiles files;
	private final Path root;
	private final String rootText;
	private final boolean slashes;
	private Source last;
	private int lastNumber;
	private final List<Source> sources = new ArrayList<>();
	private final Map<Source, Integer> sourceNumbers = new HashMap<>();
	private final List<HarvestedFile> kept = new ArrayList<>();
	/**
	 * Per result: its file's place in walk order and its source; or -1 and its place in {@link #kept}. And where its
	 * own parts are ({@link OwnParts}), when its records are its source's with another name and date; else -1.
	 */
	private int[] file = new int[64], source = new int[64], own = new int[64];
	private int count;
	private final OwnParts ownParts = new OwnParts();
	/** How many sources are looked up by their records: a table of them all would hold one per file of some studies. */
	private static final int NUMBERED = 4096;

	/** @param root the dataset folder, absolute and normalized: a file's path is its name resolved against it */
	HarvestedFiles(DatasetFiles files, Path root) {
		this.files = files;
		this.root = root;
		this.rootText = root.toString();
		this.slashes = root.getFileSystem().getSeparator().equals("/");
	}

	/** Adds a result handed on by a run: one the walk met as a file is kept packed if it can be. */
	@Override
	public void accept(Candidate c, HarvestedFile plain, HarvestedFile named) {
		if (c == null) add(-1, null, null, named, named, false);
		else add(c.listed(), c.display(), c.abs(), plain, named, walkedHere(c));
	}

	/** A walk root found to be this root (the run makes its own Path of it): compared once, then by identity. */
	private Path walkRoot;

	/**
	 * Whether the walk made the candidate's path from this very root and its name by cutting the root's text off
	 * ({@link DatasetFile#walked}), so that it is the root's with the name added, without comparing their text.
	 */
	private boolean walkedHere(Candidate c) {
		if (c.abs() != c.path() || c.root() == null || !slashes || rootText.equals("/")) return false;
		if (c.root() == walkRoot) return true;
		if (!c.root().equals(root)) return false;
		walkRoot = c.root();
		return true;
	}

	/**
	 * Adds a result.
	 *
	 * @param walked its file's place in walk order in the files, or -1
	 * @param display that file's name as added to the files
	 * @param abs that file's path, absolute
	 * @param plain the result before it was named
	 * @param named the result as handed on
	 * @param under whether abs is known to be the root's path with display added (else the texts are compared)
	 */
	private void add(int walked, String display, Path abs, HarvestedFile plain, HarvestedFile named, boolean under) {
		if (count == file.length) {
			file = Arrays.copyOf(file, count + (count >> 1) + 16);
			source = Arrays.copyOf(source, file.length);
			own = Arrays.copyOf(own, file.length);
		}
		own[count] = -1;
		// made again on get() as plain.named(display) is: the records' own file names do not matter
		boolean packed = walked >= 0 && named.file() == display && plain.error() == null && !plain.records()
			.isEmpty() && DatasetFile.same(abs, plain.path()) && plain.usedFiles().size() == 1 && DatasetFile.same(
				abs, plain.usedFiles().get(0)) && (under || under(abs, display));
		if (packed) {
			// records the cache gave back are held read, not as their text: a study whose every file has records of
			// its own would otherwise hold both, about 1 KB more a file, to the end of its validation
			boolean unnamed = plain.records() instanceof PrintedRecords;
			List<ImageRecord> records = plain.records();
			if (plain.records() instanceof PrintedRecords p) {
				// the text the files of a set-up share, read; the file's own names and dates, if any, packed
				records = p.text().records();
				if (p.own() != null) {
					List<String> values = p.own().values();
					if ((own[count] = ownParts.addValues(values)) < 0) records = OwnParts.withOwn(records, values);
				}
			}
			int n;
			boolean sameKind = last != null && last.unnamed == unnamed && java.util.Objects.equals(last.format, plain
				.format());
			if (sameKind && last.records == records) {
				n = lastNumber; // the files of a folder mostly have the same records as the one before
			}
			else if (own[count] < 0 && sameKind && OwnParts.differOnlyInOwn(last.records, records) && (OwnParts.sameOwn(
				last.records, records) || (own[count] = ownParts.add(records)) >= 0))
			{
				n = lastNumber; // or the same but for their names and dates, which are kept packed
			}
			else {
				Source s = new Source(records, plain.format(), unnamed);
				Integer known = sourceNumbers.get(s);
				if (known == null) {
					known = sources.size();
					sources.add(s);
					if (sourceNumbers.size() >= NUMBERED) sourceNumbers.clear();
					sourceNumbers.put(s, known);
				}
				last = s;
				lastNumber = n = known;
			}
			file[count] = walked;
			source[count] = n;
		}
		else {
			file[count] = -1;
			source[count] = kept.size();
			// a multi-file dataset's files held compactly: a study can be millions of files in sets
			List<Path> used = PathList.of(named.usedFiles());
			kept.add(used == named.usedFiles() ? named : new HarvestedFile(named.file(), named.path(), named.format(),
				named.records(), used, named.error()));
		}
		count++;
	}

	/**
	 * Whether a path is the root's with this name added, as {@link #get} makes it again: compared as text where
	 * paths are {@code /}-separated (a walked path is already normalized), else by resolving.
	 */
	private boolean under(Path abs, String display) {
		if (!slashes) return abs.equals(root.resolve(display));
		String s = abs.toString();
		int r = rootText.length();
		return rootText.equals("/") ? s.length() == display.length() + 1 && s.charAt(0) == '/' && s.endsWith(display)
			: s.length() == r + 1 + display.length() && s.startsWith(rootText) && s.charAt(r) == '/' && s.endsWith(
				display);
	}

	/** The harvest is over: the arrays are cut to size. */
	HarvestedFiles done() {
		file = Arrays.copyOf(file, count);
		source = Arrays.copyOf(source, count);
		own = Arrays.copyOf(own, count);
		sourceNumbers.clear();
		return this;
	}

	@Override
	public HarvestedFile get(int index) {
		if (index < 0 || index >= count) throw new IndexOutOfBoundsException(index);
		if (file[index] < 0) return kept.get(source[index]);
		String name = files.path(file[index]);
		Path abs = root.resolve(name);
		Source s = sources.get(source[index]);
		return new HarvestedFile(name, abs, s.format(), records(records(index, s), name), List.of(abs), null);
	}

	/**
	 * Where a result's file stands in path order among the files, when it is kept packed (a file read alone, without
	 * error, named by its own path); else -1.
	 */
	int fileOf(int index) {
		return file[index] < 0 ? -1 : files.place(file[index]);
	}

	/**
	 * A packed result's records as a reader that shows no file name takes them: the cache's without a name (the very
	 * records of every file with the same text), others under the file's name, as {@link #get} gives them.
	 */
	List<ImageRecord> unnamed(int index) {
		Source s = sources.get(source[index]);
		List<ImageRecord> records = records(index, s);
		return s.unnamed() ? records : records(records, files.path(file[index]));
	}

	/** A packed result's records as its source holds them: with its own name and date, if it has them. */
	private List<ImageRecord> records(int index, Source s) {
		return own[index] < 0 ? s.records() : ownParts.records(own[index], s.records());
	}

	/**
	 * A result's records under its name, made at each get and not kept: a study of millions of files cannot hold a
	 * list per file. A deposition matches records by their values, never by identity.
	 */
	private static List<ImageRecord> records(List<ImageRecord> records, String name) {
		return List.copyOf(records.stream().map(r -> r.withFile(name)).toList());
	}

	@Override
	public int size() {
		return count;
	}

	/** How many distinct sources of records are held (a test hook). */
	int sourceCount() {
		return sources.size();
	}

	/** The results with an error, in the order added: only kept ones can have one (a packed result has none). */
	List<HarvestedFile> failed() {
		return kept.stream().filter(HarvestedFile::hasError).toList();
	}
}
