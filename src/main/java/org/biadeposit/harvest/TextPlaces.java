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

import java.util.Arrays;

/**
 * Where each records text of a loaded cache file is, by its number: a table of numbers to places without a boxed
 * number or place per text (about 24 bytes a text, where a map of boxed ones takes about 70). A study of millions of
 * files whose images each have a name of their own has as many texts as files.
 */
final class TextPlaces {

	/** Per slot: a text's number, or -1 for none (numbers are never negative), and its place. */
	private int[] numbers;
	private long[] places;
	private int size;
	private int largest = -1;

	TextPlaces(int expected) {
		table(Integer.highestOneBit(Math.max(16, expected + expected / 2)) << 1);
	}

	private void table(int capacity) {
		numbers = new int[capacity];
		Arrays.fill(numbers, -1);
		places = new long[capacity];
	}

	/** Puts the place of a text; a later place for the same number wins, as a later line in the file does. */
	void put(int number, long place) {
		if (number < 0) throw new IllegalArgumentException("a records text number is never negative");
		if (size + 1 > numbers.length / 4 * 3) grow();
		int mask = numbers.length - 1;
		int slot = CacheFields.mix(number) & mask;
		while (numbers[slot] >= 0 && numbers[slot] != number) slot = (slot + 1) & mask;
		if (numbers[slot] < 0) size++;
		numbers[slot] = number;
		places[slot] = place;
		largest = Math.max(largest, number);
	}

	/** The place of text {@code number}, or -1 when the file has no such text. */
	long get(int number) {
		if (number < 0) return -1;
		int mask = numbers.length - 1;
		for (int slot = CacheFields.mix(number) & mask; numbers[slot] >= 0; slot = (slot + 1) & mask) {
			if (numbers[slot] == number) return places[slot];
		}
		return -1;
	}

	/** The largest number put, or -1. */
	int largest() {
		return largest;
	}

	int size() {
		return size;
	}

	private void grow() {
		int[] n = numbers;
		long[] p = places;
		table(n.length * 2);
		int mask = numbers.length - 1;
		for (int i = 0; i < n.length; i++) {
			if (n[i] < 0) continue;
			int slot = CacheFields.mix(n[i]) & mask;
			while (numbers[slot] >= 0) slot = (slot + 1) & mask;
			numbers[slot] = n[i];
			places[slot] = p[i];
		}
	}
}
