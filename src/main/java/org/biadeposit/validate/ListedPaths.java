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
package org.biadeposit.validate;

import java.util.List;

import org.biadeposit.rembi.FileList;

/**
 * The paths a deposition's File-lists list, found again by path without a set of every path: one 8-byte slot per
 * path in a table that holds a 32-bit hash of the path (ignoring case) and the row it was listed in, so that a study
 * of millions of files costs about 14 bytes per file here and no object. A path is read back from its row (the
 * File-list makes the row) only when its hash matches, which for a path listed once is about never.
 *
 * <p>A row is numbered across the lists, the rows of the first list first: its <em>ref</em>. Each list keeps the
 * first row of each of its paths, so a path listed twice in one list is told from one listed in two lists. Paths are
 * compared exactly; a path that differs from another only in case is found too (see {@link #add}).
 */
public final class ListedPaths {

	/** No row. */
	public static final int NONE = -1;

	private static final double MOST_FULL = 0.7;

	private final List<FileList> lists;
	/** The ref of each list's first row, and past the last the number of rows of all lists. */
	private final int[] first;
	private long[] slots;
	private int held;

	private int sameInList = NONE;
	private int sameElsewhere = NONE;
	private int otherCase = NONE;

	/** An empty table for the rows of these lists (the File-lists of one deposition, in order). */
	public ListedPaths(List<FileList> lists) {
		this.lists = List.copyOf(lists);
		first = new int[lists.size() + 1];
		long rows = 0;
		for (int l = 0; l < lists.size(); l++) {
			first[l] = (int) Math.min(rows, Integer.MAX_VALUE - 1);
			rows += lists.get(l).rows().size();
		}
		first[lists.size()] = (int) Math.min(rows, Integer.MAX_VALUE - 1);
		slots = new long[capacity(first[lists.size()])];
	}

	private static int capacity(long paths) {
		int c = 16;
		while (c < 1 << 30 && paths > c * MOST_FULL) c <<= 1;
		return c;
	}

	/** The ref of row {@code row} (from 0) of list {@code list} (from 0, in the order given). */
	public int ref(int list, int row) {
		return first[list] + row;
	}

	/** Which list a ref is in. */
	public int list(int ref) {
		int lo = 0, hi = lists.size() - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (first[mid] <= ref) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** Which row of its list a ref is (from 0). */
	public int row(int ref) {
		return ref - first[list(ref)];
	}

	/** The row a ref names, as its File-list makes it. */
	public FileList.Row rowAt(int ref) {
		int l = list(ref);
		return lists.get(l).rows().get(ref - first[l]);
	}

	/**
	 * Adds the path of a row, unless its list has it already. Afterwards {@link #sameInList()},
	 * {@link #sameElsewhere()} and {@link #otherCase()} say what was found.
	 *
	 * @return true if the path was added: its list did not have it yet
	 */
	public boolean add(String path, int ref) {
		int list = list(ref);
		int hash = hash(path);
		int mask = slots.length - 1;
		sameInList = sameElsewhere = otherCase = NONE;
		int i = mix(hash) & mask;
		for (long s; (s = slots[i]) != 0; i = (i + 1) & mask) {
			if ((int) (s >>> 32) != hash) continue;
			int earlier = (int) s - 1;
			String p = rowAt(earlier).path();
			if (path.equals(p)) {
				if (earlier >= first[list] && earlier < first[list + 1]) {
					sameInList = earlier;
					return false;
				}
				if (sameElsewhere == NONE) sameElsewhere = earlier;
			}
			else if (otherCase == NONE && path.equalsIgnoreCase(p)) {
				otherCase = earlier;
			}
		}
		slots[i] = (long) hash << 32 | (ref + 1L);
		if (++held > slots.length * MOST_FULL) grow();
		return true;
	}

	/** After {@link #add}: the first row of the path in the same list, or {@link #NONE}. */
	public int sameInList() {
		return sameInList;
	}

	/** After {@link #add}: the first row of the same path in an earlier list, or {@link #NONE}. */
	public int sameElsewhere() {
		return sameElsewhere;
	}

	/** After {@link #add}: the first row of a path listed before that differs from this one only in case, or {@link #NONE}. */
	public int otherCase() {
		return otherCase;
	}

	/** The first row that lists this path, exactly, or {@link #NONE}. */
	public int find(String path) {
		return find(path, false);
	}

	/** The first row that lists this path or one that differs from it only in case, or {@link #NONE}. */
	public int findIgnoringCase(String path) {
		return find(path, true);
	}

	private int find(String path, boolean ignoringCase) {
		int hash = hash(path);
		int mask = slots.length - 1;
		int found = NONE;
		for (int i = mix(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
			long s = slots[i];
			if ((int) (s >>> 32) != hash) continue;
			int ref = (int) s - 1;
			String p = rowAt(ref).path();
			if (path.equals(p) || ignoringCase && path.equalsIgnoreCase(p)) {
				if (found == NONE || ref < found) found = ref;
			}
		}
		return found;
	}

	/** How many rows were added (each path once per list). */
	public int size() {
		return held;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		int mask = slots.length - 1;
		for (long s : old) {
			if (s == 0) continue;
			int i = mix((int) (s >>> 32)) & mask;
			while (slots[i] != 0) i = (i + 1) & mask;
			slots[i] = s;
		}
	}

	/** A hash of the path that paths differing only in case share (as {@link String#equalsIgnoreCase} compares). */
	private static int hash(String path) {
		int h = 0;
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
			else if (c >= 128) c = Character.toLowerCase(Character.toUpperCase(c));
			h = 31 * h + c;
		}
		return h;
	}

	/** Spreads the hash over the table's low bits (MurmurHash3's finaliser). */
	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		return h ^ h >>> 16;
	}
}
