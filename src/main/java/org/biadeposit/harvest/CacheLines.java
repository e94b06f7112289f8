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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lines of a harvest cache file as it was loaded, read lazily: the bytes (on the heap, or mapped from the file
 * when it is large) and an index from each entry's path to its line. The index costs about 20 bytes an entry; an
 * entry is parsed only when it is looked up, so a study of millions of files is not held as objects.
 * <p>
 * After the header line, each line is one of (fields separated by tabs, see {@link #field}):
 * <ul>
 * <li>{@code T n length crc count lines}: records text number n, the length of the rest of the line, the CRC-32 in
 * hex of its count and lines, and the JSON line of each of its records as {@code bia harvest} prints it but without
 * the file name, separated by tabs (JSON lines hold no raw tab); see {@link CacheTexts};</li>
 * <li>{@code F path size modified text format dataset error nUsed used... nParts (path size modified)...}: an
 * entry; an empty field is null, {@code nUsed} 0 means the file alone; {@code text} is a records text's number, then
 * a colon and the file's series names and dates where they are not the text's ({@link PrintedRecords.Own});</li>
 * <li>{@code F path size modified text format dataset error = 0}: the entry of one file of a multi-file dataset
 * whose whole entry (records, used files, the state of every other file) is the one of the file {@code dataset}
 * names: a set of n files costs n short lines and one long one, not n lines of n files each;</li>
 * <li>{@code E n}: the end, after n lines of the two kinds above; a file without it was cut short.</li>
 * </ul>
 * Only absolute reads of the bytes are used, so lookups from several threads are safe.
 */
final class CacheLines {

	/** One entry as written: its records are named by the number of their text; its own names and dates, or null. */
	record Line(String path, long size, long modified, Integer text, PrintedRecords.Own own, String format,
		String dataset, String error, List<String> used, List<FileState> parts)
	{

		/** Whether this is a file of a multi-file dataset whose entry is the one of the file {@link #dataset} names. */
		boolean member() {
			return used == MEMBER;
		}
	}

	/** The used files of a {@link Line#member()}: the dataset's entry has them. */
	static final List<String> MEMBER = java.util.Collections.unmodifiableList(new ArrayList<>());
	/** How a member's line writes its count of used files. */
	static final String MEMBER_MARK = "=";

	private final ByteBuffer data;
	/** Per slot: the path's hash, and the entry line's offset + 1 (0: empty). */
	private int[] hashes, offsets;
	/** Per slot: whether the entry was looked up in this run. */
	private boolean[] seen;
	private int mask;
	/** Per records text number: where its line starts and where it ends (the newline), as start << 32 | end. */
	private final TextPlaces texts;
	/** Formats: a few names, each made once (their entries compare them, and most files share one). */
	private final Map<Integer, String> formats = new java.util.concurrent.ConcurrentHashMap<>();
	private int entries;

	private CacheLines(ByteBuffer data, int lines) {
		this.data = data;
		// a guess from the file's size (a text's line is about 1 KB), not too large for a file of one shared text
		this.texts = new TextPlaces(Math.min(lines / 8, 1 << 16));
		table(Integer.highestOneBit(Math.max(16, lines + lines / 3)) << 1);
	}

	private void table(int capacity) {
		hashes = new int[capacity];
		offsets = new int[capacity];
		seen = new boolean[capacity];
		mask = capacity - 1;
	}

	/** Twice the slots, the entries placed again by their hashes (while indexing: none is seen yet). */
	private void grow() {
		int[] h = hashes, o = offsets;
		table(h.length * 2);
		for (int i = 0; i < h.length; i++) {
			if (o[i] == 0) continue;
			int slot = h[i] & mask;
			while (offsets[slot] != 0) slot = (slot + 1) & mask;
			hashes[slot] = h[i];
			offsets[slot] = o[i];
		}
	}

	/**
	 * Indexes the lines from {@code from} (after the header) to the end.
	 *
	 * @throws IOException when a line is not one of ours or the end line is missing or wrong
	 */
	static CacheLines index(ByteBuffer data, int from) throws IOException {
		int end = data.limit();
		// one pass over the file: the table starts at a guess from its size and grows if it must
		CacheLines lines = new CacheLines(data, (end - from) / 128);
		// a line at a time in a method of its own, compiled after a few dozen lines: a loop with the work inline runs
		// interpreted for thousands of rounds before it is compiled in place, most of a cold run's index
		for (int at = from; at < end;) {
			at = lines.indexLine(at, end);
			if (at < 0) return lines;
		}
		throw new IOException("it was cut short");
	}

	/** Lines indexed so far. */
	private int read;

	/** Indexes the line at {@code at}: returns where the next one starts, or -1 after the end line. */
	private int indexLine(int at, int end) throws IOException {
		byte kind = data.get(at);
		if (kind == 'F' && at + 2 < end && data.get(at + 1) == '\t') {
			// a file's line (nearly every line): its path hashed as it is looked through for the tab after it
			long path = CacheFields.hashToTab(data, at + 2, end);
			int tab = (int) (path >> 32), eol = tab < 0 ? -1 : CacheFields.indexOf(data, '\n', tab, end);
			if (eol < 0) throw new IOException("its last line is cut short");
			if (data.get(tab) != '\t') throw new IOException("line " + (read + 2) + " is damaged");
			put((int) path, at);
			read++;
			return eol + 1;
		}
		// a text line says how long it is: its kilobyte of JSON is stepped over, not looked through for the end
		int eol = kind == 'T' ? CacheTexts.end(data, at, end) : CacheFields.indexOf(data, '\n', at, end);
		if (eol < 0) throw new IOException("its last line is cut short");
		if (eol - at < 2 || data.get(at + 1) != '\t') throw new IOException("line " + (read + 2) + " is damaged");
		int tab = CacheFields.indexOf(data, '\t', at + 2, eol);
		if (kind == 'F' && tab > 0) {
			put(CacheFields.hash(data, at + 2, tab), at);
		}
		else if (kind == 'T' && tab > 0) {
			texts.put(CacheFields.number(data, at + 2, tab), (long) at << 32 | eol);
		}
		else if (kind == 'E') {
			if (eol + 1 != end || CacheFields.number(data, at + 2, eol) != read) throw new IOException("its end line is wrong");
			return -1;
		}
		else {
			throw new IOException("line " + (read + 2) + " is damaged");
		}
		read++;
		return eol + 1;
	}

	private void put(int hash, int offset) {
		if (entries + 1 > offsets.length / 4 * 3) grow();
		int slot = hash & mask;
		while (offsets[slot] != 0) {
			if (hashes[slot] == hash && samePath(offsets[slot] - 1, offset)) {
				offsets[slot] = offset + 1; // a later line for the same path wins
				return;
			}
			slot = (slot + 1) & mask;
		}
		hashes[slot] = hash;
		offsets[slot] = offset + 1;
		entries++;
	}

	int entries() {
		return entries;
	}

	/** One more than the highest records text number: where numbers for new texts start. */
	int textCount() {
		return texts.largest() + 1;
	}

	/** The slot of a path's entry, or -1. */
	int find(byte[] key) {
		int hash = CacheFields.hash(key);
		for (int slot = hash & mask; offsets[slot] != 0; slot = (slot + 1) & mask) {
			if (hashes[slot] == hash && pathIs(offsets[slot] - 1, key)) return slot;
		}
		return -1;
	}

	/** Marks an entry as looked up in this run. */
	void seen(int slot) {
		seen[slot] = true;
	}

	/** The entry in a slot. */
	Line line(int slot) throws IOException {
		int at = offsets[slot] - 1;
		int tab = CacheFields.indexOf(data, '\t', at + 2, data.limit());
		if (tab < 0) throw new IOException("an entry is damaged");
		return line(CacheFields.unescape(string(at + 2, tab)), tab + 1);
	}

	/**
	 * The entry in a slot, found by a path {@code pathLength} bytes long, if its file had this size and modification
	 * time, else null: the line is looked through once, from its size on, and nothing else of an entry that does
	 * not match is read.
	 */
	Line line(int slot, int pathLength, long size, long modified) throws IOException {
		int at = offsets[slot] - 1;
		int from = at + 3 + pathLength; // after the kind, a tab, the path and its tab
		int[] tab = new int[8];
		int eol = CacheFields.tabs(data, from, tab);
		if (eol < 0 || tab[1] < 0) throw new IOException("an entry is damaged");
		if (CacheFields.decimal(data, from, tab[0]) != size || CacheFields.decimal(data, tab[0] + 1, tab[1])
			!= modified) return null;
		Line alone = alone(null, from, tab, eol);
		return alone != null ? alone : line(null, from);
	}

	/** An entry's fields from its size on. */
	private Line line(String path, int from) throws IOException {
		Line alone = alone(path, from);
		if (alone != null) return alone;
		List<String> f = fields(from);
		try {
			if (f.get(6).equals(MEMBER_MARK)) {
				if (f.size() != 8 || f.get(4) == null || !"0".equals(f.get(7))) throw new IOException("an entry is damaged");
				return new Line(path, Long.parseLong(f.get(0)), Long.parseLong(f.get(1)), null, null, f.get(3), f.get(4),
					null, MEMBER, null);
			}
			int used = Integer.parseInt(f.get(6));
			List<String> usedFiles = used == 0 ? null : f.subList(7, 7 + used);
			int p = 7 + used;
			int parts = Integer.parseInt(f.get(p));
			List<FileState> states = new ArrayList<>(parts);
			for (int i = 0; i < parts; i++) {
				int at = p + 1 + 3 * i;
				states.add(new FileState(f.get(at), Long.parseLong(f.get(at + 1)), Long.parseLong(f.get(
					at + 2))));
			}
			String text = f.get(2);
			int colon = text == null ? -1 : text.indexOf(':');
			byte[] own = colon < 0 ? null : text.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
			return new Line(path, Long.parseLong(f.get(0)), Long.parseLong(f.get(1)), text == null ? null : Integer
				.valueOf(colon < 0 ? text : text.substring(0, colon)), own == null ? null : new PrintedRecords.Own(own),
				f.get(3), f.get(4), f.get(5), usedFiles, states.isEmpty() ? null : states);
		}
		catch (RuntimeException e) {
			throw new IOException("an entry is damaged", e);
		}
	}

	/**
	 * The entry of a file that is a dataset alone (no used files, no parts: nearly every entry), read from the bytes
	 * without splitting the line into strings first; null for an entry of another shape.
	 */
	private Line alone(String path, int from) throws IOException {
		int[] tab = new int[8];
		int eol = CacheFields.tabs(data, from, tab);
		return eol < 0 ? null : alone(path, from, tab, eol);
	}

	/** @param tab where the line's tabs from {@code from} on are, the first eight (-1 past the last) */
	private Line alone(String path, int from, int[] tab, int eol) throws IOException {
		// size modified text format dataset error nUsed nParts: seven tabs, the last two fields "0"
		if (tab[6] < 0 || tab[7] >= 0 || !zero(tab[5] + 1, tab[6]) || !zero(tab[6] + 1, eol)) return null;
		int colon = CacheFields.indexOf(data, ':', tab[1] + 1, tab[2]);
		Integer text = tab[2] == tab[1] + 1 ? null : (int) CacheFields.decimal(data, tab[1] + 1, colon < 0 ? tab[2]
			: colon);
		PrintedRecords.Own own = colon < 0 ? null : PrintedRecords.Own.read(data, colon + 1, tab[2]);
		return new Line(path, CacheFields.decimal(data, from, tab[0]), CacheFields.decimal(data, tab[0] + 1, tab[1]),
			text, own, format(tab[2] + 1, tab[3]), field(tab[3] + 1, tab[4]), field(tab[4] + 1, tab[5]), null, null);
	}

	private boolean zero(int from, int to) {
		return to == from + 1 && data.get(from) == '0';
	}

	private String field(int from, int to) {
		return from == to ? null : CacheFields.unescape(string(from, to));
	}

	private String format(int from, int to) {
		if (from == to || to - from > 64) return field(from, to);
		int key = CacheFields.hash(data, from, to);
		String known = formats.get(key);
		if (known != null && known.length() == to - from && sameBytes(known, from)) return known;
		String made = field(from, to);
		if (made != null && made.length() == to - from) formats.putIfAbsent(key, made);
		return made;
	}

	/** Whether an ASCII string is the bytes from {@code from}. */
	private boolean sameBytes(String s, int from) {
		for (int i = 0; i < s.length(); i++) if (data.get(from + i) != s.charAt(i)) return false;
		return true;
	}

	/**
	 * The printed JSON lines of a records text, UTF-8, separated by tabs, or null when the file has no such text. A
	 * file read onto the heap lends its own bytes; a mapped one gives a copy (the mapping ends with the cache).
	 *
	 * @throws IOException when the text does not have its checksum (the file is damaged there)
	 */
	PrintedRecords.Text text(int number) throws IOException {
		long where = texts.get(number);
		return where < 0 ? null : CacheTexts.text(data, (int) (where >>> 32), (int) where, number);
	}

	/** Decides about an entry not looked up in this run. */
	interface Keeper {

		/** Whether an entry not looked up in this run is kept (its file is still there). */
		boolean keep(String path);
	}

	/**
	 * The slots the next file keeps (not replaced; looked up, or their file is there; not naming a text the file does
	 * not have); sets their texts' numbers in {@code usedTexts}.
	 */
	java.util.BitSet kept(Keeper keeper, java.util.BitSet usedTexts) throws IOException {
		java.util.BitSet out = new java.util.BitSet(offsets.length);
		for (int slot = 0; slot < offsets.length; slot++) {
			if (offsets[slot] == 0 || replaced != null && replaced[slot]) continue;
			Line line = line(slot);
			if (!seen[slot] && !keeper.keep(line.path())) continue;
			if (line.text() != null) {
				if (texts.get(line.text()) < 0) continue; // a damaged entry: dropped, its file read again next time
				usedTexts.set(line.text());
			}
			out.set(slot);
		}
		return out;
	}

	/** Writes the entry lines of these slots as the file has them; returns how many. */
	int write(java.util.BitSet slots, java.io.OutputStream out) throws IOException {
		for (int s = slots.nextSetBit(0); s >= 0; s = slots.nextSetBit(s + 1)) out.write(bytes(offsets[s] - 1));
		return slots.cardinality();
	}

	/** Per slot, whether an entry of this run replaces it (null: none does). */
	private boolean[] replaced;

	/** Marks the entry of this path, if the file has one, as replaced by an entry of this run. */
	void replace(String path) {
		int slot = find(key(path));
		if (slot < 0) return;
		if (replaced == null) replaced = new boolean[offsets.length];
		replaced[slot] = true;
	}

	/** The bytes of the text line with this number, newline included. */
	byte[] textLine(int number) {
		long where = texts.get(number);
		int at = (int) (where >>> 32);
		byte[] b = new byte[(int) where + 1 - at];
		data.get(at, b);
		return b;
	}

	private byte[] bytes(int at) {
		int eol = CacheFields.indexOf(data, '\n', at, data.limit());
		byte[] b = new byte[eol + 1 - at];
		data.get(at, b);
		return b;
	}

	private List<String> fields(int at) {
		int eol = CacheFields.indexOf(data, '\n', at, data.limit());
		List<String> f = new ArrayList<>();
		int start = at;
		while (true) {
			int tab = CacheFields.indexOf(data, '\t', start, eol);
			int stop = tab < 0 ? eol : tab;
			f.add(CacheFields.unescape(string(start, stop)));
			if (tab < 0) return f;
			start = tab + 1;
		}
	}

	private String string(int from, int to) {
		byte[] b = new byte[to - from];
		data.get(from, b);
		return new String(b, StandardCharsets.UTF_8);
	}

	private boolean pathIs(int line, byte[] key) {
		int start = line + 2;
		if (start + key.length >= data.limit() || CacheFields.at(data, start + key.length) != '\t') return false;
		return CacheFields.same(data, start, key);
	}

	private boolean samePath(int a, int b) {
		int end = CacheFields.indexOf(data, '\t', a + 2, data.limit());
		byte[] key = new byte[end - a - 2];
		data.get(a + 2, key);
		return pathIs(b, key);
	}

	/** A path as its entry names it: escaped, in UTF-8. */
	static byte[] key(String path) {
		byte[] b = path.getBytes(StandardCharsets.UTF_8);
		// a path escaped is the same path unless it holds one of the four characters escape() changes
		for (byte x : b) if (x == '\\' || x == '\t' || x == '\n' || x == '\r') return CacheFields.escape(path).getBytes(
			StandardCharsets.UTF_8);
		return b.length == 0 ? CacheFields.escape(path).getBytes(StandardCharsets.UTF_8) : b;
	}
}
