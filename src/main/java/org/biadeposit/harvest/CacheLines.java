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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a harvest cache file as it was loaded, read lazily: the bytes (on the heap, or mapped from the file
 * when it is large) and an index from each entry's path to its line. The index costs about 20 bytes an entry; an
 * entry is parsed only when it is looked up, so a study of millions of files is not held as objects.
 * <p>
 * After the header line, each line is one of (fields separated by tabs, see {@link #field}):
 * <ul>
 * <li>{@code T n crc lines}: records text number n, its CRC-32 in hex, and the JSON line of each of its records as
 * {@code bia harvest} prints it but without the file name, separated by tabs (JSON lines hold no raw tab);</li>
 * <li>{@code F path size modified text format dataset error nUsed used... nParts (path size modified)...}: an
 * entry; an empty field is null, {@code nUsed} 0 means the file alone;</li>
 * <li>{@code E n}: the end, after n lines of the two kinds above; a file without it was cut short.</li>
 * </ul>
 * Only absolute reads of the bytes are used, so lookups from several threads are safe.
 */
final class CacheLines {

	/** One entry as written: its records are named by the number of their text. */
	record Line(String path, long size, long modified, Integer text, String format, String dataset, String error,
		List<String> used, List<HarvestCache.FileState> parts)
	{}

	private final ByteBuffer data;
	/** Per slot: the path's hash, and the entry line's offset + 1 (0: empty). */
	private int[] hashes, offsets;
	/** Per slot: whether the entry was looked up in this run. */
	private boolean[] seen;
	private int mask;
	private final Map<Integer, Integer> texts = new HashMap<>();
	private int entries;

	private CacheLines(ByteBuffer data, int lines) {
		this.data = data;
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
		int at = from, read = 0;
		while (at < end) {
			int eol = indexOf(data, '\n', at, end);
			if (eol < 0) throw new IOException("its last line is cut short");
			byte kind = data.get(at);
			if (eol - at < 2 || data.get(at + 1) != '\t') throw new IOException("line " + (read + 2) + " is damaged");
			int tab = indexOf(data, '\t', at + 2, eol);
			if (kind == 'F' && tab > 0) {
				lines.put(hash(data, at + 2, tab), at);
			}
			else if (kind == 'T' && tab > 0) {
				lines.texts.put(number(data, at + 2, tab), at);
			}
			else if (kind == 'E') {
				if (eol + 1 != end || number(data, at + 2, eol) != read) throw new IOException("its end line is wrong");
				return lines;
			}
			else {
				throw new IOException("line " + (read + 2) + " is damaged");
			}
			read++;
			at = eol + 1;
		}
		throw new IOException("it was cut short");
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
		return texts.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
	}

	/** The slot of a path's entry, or -1. */
	int find(byte[] key) {
		int hash = hash(key);
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
		int tab = indexOf(data, '\t', at + 2, data.limit());
		if (tab < 0) throw new IOException("an entry is damaged");
		return line(unescape(string(at + 2, tab)), tab + 1);
	}

	/**
	 * The entry in a slot if its file had this size and modification time, else null: those are read first, from
	 * the bytes, and nothing else of an entry that does not match.
	 */
	Line line(int slot, long size, long modified) throws IOException {
		int at = offsets[slot] - 1;
		int end = data.limit();
		int a = indexOf(data, '\t', at + 2, end) + 1;
		int b = a == 0 ? -1 : indexOf(data, '\t', a, end);
		int c = b < 0 ? -1 : indexOf(data, '\t', b + 1, end);
		if (c < 0) throw new IOException("an entry is damaged");
		if (decimal(a, b) != size || decimal(b + 1, c) != modified) return null;
		return line(null, a);
	}

	/** An entry's fields from its size on. */
	private Line line(String path, int from) throws IOException {
		List<String> f = fields(from);
		try {
			int used = Integer.parseInt(f.get(6));
			List<String> usedFiles = used == 0 ? null : f.subList(7, 7 + used);
			int p = 7 + used;
			int parts = Integer.parseInt(f.get(p));
			List<HarvestCache.FileState> states = new ArrayList<>(parts);
			for (int i = 0; i < parts; i++) {
				int at = p + 1 + 3 * i;
				states.add(new HarvestCache.FileState(f.get(at), Long.parseLong(f.get(at + 1)), Long.parseLong(f.get(
					at + 2))));
			}
			String text = f.get(2);
			return new Line(path, Long.parseLong(f.get(0)), Long.parseLong(f.get(1)), text == null ? null : Integer
				.valueOf(text), f.get(3), f.get(4), f.get(5), usedFiles, states.isEmpty() ? null : states);
		}
		catch (RuntimeException e) {
			throw new IOException("an entry is damaged", e);
		}
	}

	/** A decimal number (perhaps negative) written from {@code from} to {@code to}, read from the bytes. */
	private long decimal(int from, int to) throws IOException {
		boolean negative = from < to && data.get(from) == '-';
		int i = negative ? from + 1 : from;
		if (i >= to || to - i > 18) throw new IOException("a number is damaged");
		long n = 0;
		for (; i < to; i++) {
			int d = data.get(i) - '0';
			if (d < 0 || d > 9) throw new IOException("a number is damaged");
			n = n * 10 + d;
		}
		return negative ? -n : n;
	}

	/**
	 * The printed JSON lines of a records text, separated by tabs, or null when the file has no such text.
	 *
	 * @throws IOException when the text does not have its checksum (the file is damaged there)
	 */
	String text(int number) throws IOException {
		Integer at = texts.get(number);
		if (at == null) return null;
		int sum = indexOf(data, '\t', at + 2, data.limit()) + 1;
		int start = indexOf(data, '\t', sum, data.limit()) + 1;
		int eol = indexOf(data, '\n', start, data.limit());
		if (sum == 0 || start == 0 || eol < 0) throw new IOException("records text " + number + " is damaged");
		// the checksum of the bytes as they are in the file: the text is not encoded again to check it
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(data.duplicate().limit(eol).position(start));
		if (!string(sum, start - 1).equals(Long.toHexString(crc.getValue()))) {
			throw new IOException("records text " + number + " is damaged");
		}
		return string(start, eol);
	}

	/** The checksum a records text is written with. */
	static String checksum(String text) {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		return Long.toHexString(crc.getValue());
	}

	/** Decides about an entry not looked up in this run. */
	interface Keeper {

		/** Whether an entry not looked up in this run is kept (its file is still there). */
		boolean keep(String path);
	}

	/** The slots the next file keeps (not replaced; looked up, or their file is there); adds their texts' numbers. */
	java.util.BitSet kept(Keeper keeper, java.util.Set<Integer> usedTexts) throws IOException {
		java.util.BitSet out = new java.util.BitSet(offsets.length);
		for (int slot = 0; slot < offsets.length; slot++) {
			if (offsets[slot] == 0 || replaced != null && replaced[slot]) continue;
			Line line = line(slot);
			if (!seen[slot] && !keeper.keep(line.path())) continue;
			if (line.text() != null) usedTexts.add(line.text());
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
		return bytes(texts.get(number));
	}

	private byte[] bytes(int at) {
		int eol = indexOf(data, '\n', at, data.limit());
		byte[] b = new byte[eol + 1 - at];
		data.get(at, b);
		return b;
	}

	private List<String> fields(int at) {
		int eol = indexOf(data, '\n', at, data.limit());
		List<String> f = new ArrayList<>();
		int start = at;
		while (true) {
			int tab = indexOf(data, '\t', start, eol);
			int stop = tab < 0 ? eol : tab;
			f.add(unescape(string(start, stop)));
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
		if (start + key.length >= data.limit() || data.get(start + key.length) != '\t') return false;
		if (data.hasArray()) {
			int off = data.arrayOffset() + start;
			return java.util.Arrays.equals(data.array(), off, off + key.length, key, 0, key.length);
		}
		for (int i = 0; i < key.length; i++) if (data.get(start + i) != key[i]) return false;
		return true;
	}

	private boolean samePath(int a, int b) {
		int end = indexOf(data, '\t', a + 2, data.limit());
		byte[] key = new byte[end - a - 2];
		data.get(a + 2, key);
		return pathIs(b, key);
	}

	/** A path as its entry names it: escaped, in UTF-8. */
	static byte[] key(String path) {
		return escape(path).getBytes(StandardCharsets.UTF_8);
	}

	/** A field: tabs, newlines, carriage returns and backslashes escaped; null empty, "" as {@code \e}. */
	static String escape(String value) {
		if (value == null) return "";
		if (value.isEmpty()) return "\\e";
		StringBuilder s = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			String e = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : null;
			if (e != null && s == null) s = new StringBuilder(value.length() + 8).append(value, 0, i);
			if (s != null) {
				if (e != null) s.append(e);
				else s.append(c);
			}
		}
		return s == null ? value : s.toString();
	}

	private static String unescape(String field) {
		if (field.isEmpty()) return null;
		if (field.indexOf('\\') < 0) return field;
		if (field.equals("\\e")) return "";
		StringBuilder s = new StringBuilder(field.length());
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c != '\\' || i + 1 == field.length()) {
				s.append(c);
				continue;
			}
			char n = field.charAt(++i);
			s.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
		}
		return s.toString();
	}

	private static int number(ByteBuffer data, int from, int to) throws IOException {
		if (from >= to || to - from > 9) throw new IOException("a number is damaged");
		int n = 0;
		for (int i = from; i < to; i++) {
			int d = data.get(i) - '0';
			if (d < 0 || d > 9) throw new IOException("a number is damaged");
			n = n * 10 + d;
		}
		return n;
	}

	// The file read onto the heap is scanned as its array: in a fresh JVM, before the JIT has compiled anything, a
	// call per byte costs several times an array read.
	private static int indexOf(ByteBuffer data, char c, int from, int to) {
		if (data.hasArray()) {
			byte[] a = data.array();
			int off = data.arrayOffset();
			for (int i = from + off, end = to + off; i < end; i++) if (a[i] == c) return i - off;
			return -1;
		}
		for (int i = from; i < to; i++) if (data.get(i) == c) return i;
		return -1;
	}

	private static int hash(ByteBuffer data, int from, int to) {
		int h = 0x811c9dc5;
		if (data.hasArray()) {
			byte[] a = data.array();
			int off = data.arrayOffset();
			for (int i = from + off, end = to + off; i < end; i++) h = (h ^ (a[i] & 0xff)) * 0x01000193;
			return mix(h);
		}
		for (int i = from; i < to; i++) h = (h ^ (data.get(i) & 0xff)) * 0x01000193;
		return mix(h);
	}

	private static int hash(byte[] key) {
		int h = 0x811c9dc5;
		for (byte b : key) h = (h ^ (b & 0xff)) * 0x01000193;
		return mix(h);
	}

	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		return h ^ h >>> 13;
	}
}
