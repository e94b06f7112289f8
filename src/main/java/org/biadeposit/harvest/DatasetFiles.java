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

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The files of a dataset as a walk lists them, held packed: each file's name as UTF-8 bytes in shared blocks, its
 * folder as a number in a table of folders, its size in an array; a {@link DatasetFile} is made when asked for. A
 * study of millions of files then costs about 35 bytes a file, not a record, a String and its array each. Read in
 * path order ({@link DatasetHarvest#files}); {@link #path(int)} reads a file by its place in walk order.
 * <p>
 * A deposition reads every path several times over (the planner, the File-lists, the checks): in a study of up to
 * {@value #KEPT} files each path is made once, when first read, and kept (about 100 bytes a file more); a larger
 * study's are made again at each read, so that its memory stays bounded.
 */
final class DatasetFiles extends AbstractList<DatasetFile> implements RandomAccess {

	/** Names are kept in blocks of this many bytes (a longer name gets a block of its own). */
	private static final int BLOCK = 1 << 20;

	private final List<byte[]> folders = new ArrayList<>();
	private final Map<String, Integer> folderNumbers = new HashMap<>();
	private String lastFolder;
	private int lastFolderNumber;
	private final List<byte[]> blocks = new ArrayList<>();
	private int blockUsed = BLOCK;
	/** Per file, in walk order: its folder, where its name starts (block * BLOCK + offset) and its length. */
	private int[] folder = new int[64], nameAt = new int[64];
	private short[] nameLength = new short[64];
	private long[] sizes = new long[64];
	private int count;
	/** The walk order's places in path order, or null when the walk met them in path order. */
	private int[] order;
	/** Up to this many files, a path once made is kept. */
	static final int KEPT = 1 << 18;
	/** Per place in walk order, the path once made (after {@link #done()}, for up to {@value #KEPT} files), or null. */
	private String[] made;

	/** Adds a file, named relative to the dataset root ({@code /}-separated), in walk order; returns its place. */
	int add(String path, long size) {
		int slash = path.lastIndexOf('/') + 1;
		int f;
		if (lastFolder != null && lastFolder.length() == slash && path.startsWith(lastFolder)) {
			f = lastFolderNumber;
		}
		else {
			String prefix = path.substring(0, slash);
			Integer known = folderNumbers.get(prefix);
			if (known == null) {
				known = folders.size();
				folders.add(prefix.getBytes(StandardCharsets.UTF_8));
				folderNumbers.put(prefix, known);
			}
			lastFolder = prefix;
			lastFolderNumber = f = known;
		}
		byte[] name = utf8(path, slash);
		if (name.length > Short.MAX_VALUE) throw new IllegalArgumentException("a file name is too long: " + path);
		if (count == sizes.length) grow();
		if (blockUsed + name.length > BLOCK) {
			blocks.add(new byte[Math.max(BLOCK, name.length)]);
			blockUsed = 0;
		}
		System.arraycopy(name, 0, blocks.get(blocks.size() - 1), blockUsed, name.length);
		folder[count] = f;
		nameAt[count] = (blocks.size() - 1) * BLOCK + blockUsed;
		nameLength[count] = (short) name.length;
		sizes[count] = size;
		blockUsed += name.length;
		order = null;
		made = null;
		return count++;
	}

	/** The text from {@code from} on in UTF-8, without a copy of it first when it is ASCII. */
	private static byte[] utf8(String s, int from) {
		byte[] b = new byte[s.length() - from];
		for (int i = from; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x80) return s.substring(from).getBytes(StandardCharsets.UTF_8);
			b[i - from] = (byte) c;
		}
		return b;
	}

	private void grow() {
		int n = count + (count >> 1) + 16;
		folder = Arrays.copyOf(folder, n);
		nameAt = Arrays.copyOf(nameAt, n);
		nameLength = Arrays.copyOf(nameLength, n);
		sizes = Arrays.copyOf(sizes, n);
	}

	/** The walk is over: the arrays are cut to size and the path order worked out. */
	DatasetFiles done() {
		folder = Arrays.copyOf(folder, count);
		nameAt = Arrays.copyOf(nameAt, count);
		nameLength = Arrays.copyOf(nameLength, count);
		sizes = Arrays.copyOf(sizes, count);
		folderNumbers.clear();
		lastFolder = null;
		boolean sorted = true;
		for (int i = 1; i < count && sorted; i++) sorted = compare(i - 1, i) <= 0;
		order = sorted ? null : sortedOrder();
		made = count <= KEPT ? new String[count] : null;
		return this;
	}

	@Override
	public DatasetFile get(int index) {
		if (index < 0 || index >= count) throw new IndexOutOfBoundsException(index);
		int i = order == null ? index : order[index];
		return new DatasetFile(path(i), sizes[i]);
	}

	@Override
	public int size() {
		return count;
	}

	/** Per place in walk order, its place in path order; made when first asked for, if the orders differ. */
	private volatile int[] placeOf;

	/** The index in path order (as {@link #get} takes it) of the file at a place in walk order. */
	int place(int walked) {
		if (order == null) return walked;
		int[] p = placeOf;
		if (p == null) {
			p = new int[count];
			for (int i = 0; i < count; i++) p[order[i]] = i;
			placeOf = p;
		}
		return p[walked];
	}

	/** The path of the file at a place in walk order. */
	String path(int walked) {
		String[] kept = made;
		if (kept == null) return pathOf(walked);
		String known = kept[walked];
		// a String is safe to share through a race: another thread at most makes the same one again
		if (known == null) kept[walked] = known = pathOf(walked);
		return known;
	}

	private String pathOf(int walked) {
		byte[] prefix = folders.get(folder[walked]);
		byte[] b = Arrays.copyOf(prefix, prefix.length + nameLength[walked]);
		int at = nameAt[walked];
		System.arraycopy(blocks.get(at / BLOCK), at % BLOCK, b, prefix.length, nameLength[walked]);
		return new String(b, StandardCharsets.UTF_8);
	}

	/** The byte at position k of the path at a place in walk order, or -1 past its end. */
	private int byteAt(int walked, int k) {
		byte[] prefix = folders.get(folder[walked]);
		if (k < prefix.length) return prefix[k] & 0xff;
		k -= prefix.length;
		if (k >= nameLength[walked]) return -1;
		int at = nameAt[walked] + k;
		return blocks.get(at / BLOCK)[at % BLOCK] & 0xff;
	}

	/**
	 * Compares two paths as {@link String#compareTo} does. UTF-8 bytes compare as code points, which is the same
	 * order but for characters from U+E000 on (lead bytes from 0xEE): those are compared as Strings.
	 */
	private int compare(int a, int b) {
		if (folder[a] == folder[b]) return compareNames(a, b);
		for (int k = 0;; k++) {
			int x = byteAt(a, k), y = byteAt(b, k);
			if (x != y) {
				if (x >= 0xEE || y >= 0xEE) return pathOf(a).compareTo(pathOf(b));
				return x < y ? -1 : 1;
			}
			if (x < 0) return 0;
		}
	}

	/** {@link #compare} of two files of the same folder: their names, each held whole in one block. */
	private int compareNames(int a, int b) {
		int la = nameLength[a], lb = nameLength[b], at = nameAt[a], bt = nameAt[b];
		byte[] na = blocks.get(at / BLOCK), nb = blocks.get(bt / BLOCK);
		int oa = at % BLOCK, ob = bt % BLOCK;
		int m = Arrays.mismatch(na, oa, oa + la, nb, ob, ob + lb);
		if (m < 0) return 0;
		if (m == la || m == lb) return la < lb ? -1 : 1; // one name starts the other
		int x = na[oa + m] & 0xff, y = nb[ob + m] & 0xff;
		if (x >= 0xEE || y >= 0xEE) return pathOf(a).compareTo(pathOf(b));
		return x < y ? -1 : 1;
	}

	/** The places in walk order, sorted by path (a merge sort: stable, and quick on the long sorted runs). */
	private int[] sortedOrder() {
		int[] a = new int[count], tmp = new int[count];
		for (int i = 0; i < count; i++) a[i] = i;
		for (int width = 1; width < count; width <<= 1) {
			for (int lo = 0; lo < count - width; lo += width << 1) {
				int mid = lo + width, hi = Math.min(lo + (width << 1), count);
				if (compare(a[mid - 1], a[mid]) <= 0) continue; // already in order
				int i = lo, j = mid, k = lo;
				while (i < mid && j < hi) tmp[k++] = compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
				while (i < mid) tmp[k++] = a[i++];
				while (j < hi) tmp[k++] = a[j++];
				System.arraycopy(tmp, lo, a, lo, hi - lo);
			}
		}
		return a;
	}
}
