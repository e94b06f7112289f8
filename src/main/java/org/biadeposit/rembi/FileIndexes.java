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
package org.biadeposit.rembi;

import java.util.Arrays;

/**
 * Which files of a dataset a File-list (or a selection) has: indexes into the dataset's file list, in order. A run of
 * consecutive files (a folder's, in the path-sorted list) is held as its first index and its count, so that a
 * File-list of a folder of millions of files costs nothing per file.
 */
final class FileIndexes {

	static final FileIndexes NONE = new FileIndexes(0, 0, null);

	private final int first;
	private final int count;
	/** The indexes, or null for the run from {@link #first}. */
	private final int[] list;

	private FileIndexes(int first, int count, int[] list) {
		this.first = first;
		this.count = count;
		this.list = list;
	}

	/** Every file of a list of this many. */
	static FileIndexes all(int size) {
		return new FileIndexes(0, size, null);
	}

	int size() {
		return count;
	}

	/** The index in the dataset's file list of the i-th file of this one. */
	int get(int i) {
		if (i < 0 || i >= count) throw new IndexOutOfBoundsException(i);
		return list == null ? first + i : list[i];
	}

	/** Marks these indexes in a set. */
	void addTo(java.util.BitSet set) {
		if (list == null) set.set(first, first + count);
		else for (int i : list) set.set(i);
	}

	/** Collects indexes in increasing order; holds no array while they follow each other. */
	static final class Builder {

		private int first = -1;
		private int count;
		private int[] list;

		void add(int index) {
			if (count == 0) first = index;
			else if (list == null && index != first + count) {
				list = new int[Math.max(16, count * 2)];
				for (int i = 0; i < count; i++) list[i] = first + i;
			}
			if (list != null) {
				if (count == list.length) list = Arrays.copyOf(list, count + (count >> 1) + 16);
				list[count] = index;
			}
			count++;
		}

		int size() {
			return count;
		}

		FileIndexes build() {
			if (count == 0) return NONE;
			return new FileIndexes(first, count, list == null ? null : Arrays.copyOf(list, count));
		}
	}
}
