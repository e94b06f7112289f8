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
import java.util.Comparator;

/** The order a walk tells a folder's entries in: their names as {@code String.compareTo} puts them, sorted fast. */
final class NameOrder {

	private NameOrder() {}

	/**
	 * Sorts names as {@code String.compareTo} does. The files of one acquisition are named alike
	 * ({@code wt-d03-t00-tile004837.ome.tif}): the prefix every name shares is found once, and each name's next six
	 * characters are packed into a number with its place, so that most of the order comes from sorting numbers;
	 * only names that agree in those six are compared as text, from there on. A comparison of whole names costs
	 * about 30 ns with the JIT scripts/bia uses, and a folder of 1,000 names takes 10,000 of them.
	 */
	static void sort(String[] names) {
		int n = names.length;
		if (n < 2) return;
		String first = names[0], prefix = first;
		int shared = first.length();
		for (String name : names) {
			if (name.startsWith(prefix)) continue; // a loop over bytes, where charAt checks at every character
			int max = Math.min(shared, name.length());
			int i = 0;
			while (i < max && name.charAt(i) == first.charAt(i)) i++;
			shared = i;
			prefix = first.substring(0, shared);
		}
		long[] keys = n <= 0xFFFF ? new long[n] : null;
		for (int k = 0; keys != null && k < n; k++) {
			String name = names[k];
			long key = 0;
			for (int i = shared; i < shared + 6; i++) {
				int c = i < name.length() ? name.charAt(i) : 0; // a name that ends is before any that goes on
				if (c > 0xFF || c == 0 && i < name.length()) {
					keys = null; // a character that does not fit in a byte (or a NUL): compared as text alone
					break;
				}
				key = key << 8 | c;
			}
			// unsigned order of (six characters, place) as signed order
			if (keys != null) keys[k] = (key << 16 | k) ^ Long.MIN_VALUE;
		}
		Comparator<String> after = after(shared + (keys == null ? 0 : 6));
		if (keys == null) {
			Arrays.sort(names, after);
			return;
		}
		Arrays.sort(keys);
		String[] sorted = new String[n];
		for (int k = 0; k < n; k++) sorted[k] = names[(int) (keys[k] & 0xFFFF)];
		for (int k = 0; k < n;) {
			int end = k + 1;
			while (end < n && (keys[end] ^ keys[k]) >>> 16 == 0) end++;
			if (end - k > 1) Arrays.sort(sorted, k, end, after);
			k = end;
		}
		System.arraycopy(sorted, 0, names, 0, n);
	}

	/** Compares names that agree in their first {@code from} characters, as {@code String.compareTo} would. */
	private static Comparator<String> after(int from) {
		return (a, b) -> {
			int max = Math.min(a.length(), b.length());
			for (int i = from; i < max; i++) {
				char x = a.charAt(i), y = b.charAt(i);
				if (x != y) return x - y;
			}
			return a.length() - b.length();
		};
	}
}
