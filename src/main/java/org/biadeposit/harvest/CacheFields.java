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

/**
 * The fields of a harvest cache file's lines (see {@link CacheLines}), as bytes: how a value is escaped into a field
 * and read back, and the scans and hashes the reader makes over the file's bytes.
 */
final class CacheFields {

	private CacheFields() {}

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

	static String unescape(String field) {
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

	static int number(ByteBuffer data, int from, int to) throws IOException {
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
	// call per byte costs several times an array read. A mapped file (a large cache) is copied out a window at a
	// time and the window scanned: a mapped buffer's get checks its bounds and its memory's scope at every byte.
	static int indexOf(ByteBuffer data, char c, int from, int to) {
		if (data.hasArray()) {
			byte[] a = data.array();
			int off = data.arrayOffset();
			for (int i = from + off, end = to + off; i < end; i++) if (a[i] == c) return i - off;
			return -1;
		}
		byte[] w = WINDOW.get();
		for (int i = from; i < to; i += w.length) {
			int n = Math.min(w.length, to - i);
			data.get(i, w, 0, n);
			for (int k = 0; k < n; k++) if (w[k] == c) return i + k;
		}
		return -1;
	}

	/**
	 * Looks through a line from {@code from} to its newline once: the places of its first {@code tab.length} tabs go
	 * into {@code tab} (-1 for those it does not have); returns the newline's place, or -1 when the bytes end first.
	 */
	static int tabs(ByteBuffer data, int from, int[] tab) {
		java.util.Arrays.fill(tab, -1);
		int n = 0, to = data.limit();
		if (data.hasArray()) {
			byte[] a = data.array();
			int off = data.arrayOffset();
			for (int i = from + off, end = to + off; i < end; i++) {
				byte b = a[i];
				if (b == '\n') return i - off;
				if (b == '\t' && n < tab.length) tab[n++] = i - off;
			}
			return -1;
		}
		byte[] w = WINDOW.get();
		for (int i = from; i < to; i += w.length) {
			int m = Math.min(w.length, to - i);
			data.get(i, w, 0, m);
			for (int k = 0; k < m; k++) {
				byte b = w[k];
				if (b == '\n') return i + k;
				if (b == '\t' && n < tab.length) tab[n++] = i + k;
			}
		}
		return -1;
	}

	/** Where a mapped file's bytes are copied to be scanned, per thread (lookups run on the walking threads). */
	static final ThreadLocal<byte[]> WINDOW = ThreadLocal.withInitial(() -> new byte[256]);

	/** The byte at {@code i}: from the array where the file is on the heap. */
	static byte at(ByteBuffer data, int i) {
		return data.hasArray() ? data.array()[data.arrayOffset() + i] : data.get(i);
	}

	static int hash(ByteBuffer data, int from, int to) {
		int h = 0x811c9dc5;
		if (data.hasArray()) {
			byte[] a = data.array();
			int off = data.arrayOffset();
			for (int i = from + off, end = to + off; i < end; i++) h = (h ^ (a[i] & 0xff)) * 0x01000193;
			return mix(h);
		}
		byte[] w = WINDOW.get();
		for (int i = from; i < to; i += w.length) {
			int n = Math.min(w.length, to - i);
			data.get(i, w, 0, n);
			for (int k = 0; k < n; k++) h = (h ^ (w[k] & 0xff)) * 0x01000193;
		}
		return mix(h);
	}

	/** A decimal number (perhaps negative) written from {@code from} to {@code to}, read from the bytes. */
	static long decimal(ByteBuffer data, int from, int to) throws IOException {
		boolean negative = from < to && data.get(from) == '-';
		int i = negative ? from + 1 : from;
		if (i >= to || to - i > 18) throw new IOException("a number is damaged");
		long n = 0;
		// as the scans here: an array read per digit where the file is on the heap, not a call with its checks
		byte[] a = data.hasArray() ? data.array() : null;
		int off = a == null ? 0 : data.arrayOffset();
		for (; i < to; i++) {
			int d = (a != null ? a[i + off] : data.get(i)) - '0';
			if (d < 0 || d > 9) throw new IOException("a number is damaged");
			n = n * 10 + d;
		}
		return negative ? -n : n;
	}

	/**
	 * Looks from {@code from} for a tab or a newline, whichever comes first: returns its place in the upper half
	 * (-1 when the bytes end first) and the {@link #hash} of the bytes before it in the lower.
	 */
	static long hashToTab(ByteBuffer data, int from, int to) {
		int h = 0x811c9dc5;
		if (data.hasArray()) {
			byte[] a = data.array();
			int off = data.arrayOffset();
			for (int i = from + off, end = to + off; i < end; i++) {
				byte b = a[i];
				if (b == '\t' || b == '\n') return (long) (i - off) << 32 | mix(h) & 0xffffffffL;
				h = (h ^ (b & 0xff)) * 0x01000193;
			}
			return -1L << 32;
		}
		byte[] w = WINDOW.get();
		for (int i = from; i < to; i += w.length) {
			int n = Math.min(w.length, to - i);
			data.get(i, w, 0, n);
			for (int k = 0; k < n; k++) {
				byte b = w[k];
				if (b == '\t' || b == '\n') return (long) (i + k) << 32 | mix(h) & 0xffffffffL;
				h = (h ^ (b & 0xff)) * 0x01000193;
			}
		}
		return -1L << 32;
	}

	/** Whether the bytes from {@code from} are {@code key}'s. */
	static boolean same(ByteBuffer data, int from, byte[] key) {
		if (data.hasArray()) {
			int off = data.arrayOffset() + from;
			return java.util.Arrays.equals(data.array(), off, off + key.length, key, 0, key.length);
		}
		byte[] w = WINDOW.get();
		for (int i = 0; i < key.length; i += w.length) {
			int n = Math.min(w.length, key.length - i);
			data.get(from + i, w, 0, n);
			if (!java.util.Arrays.equals(w, 0, n, key, i, i + n)) return false;
		}
		return true;
	}

	static int hash(byte[] key) {
		int h = 0x811c9dc5;
		for (byte b : key) h = (h ^ (b & 0xff)) * 0x01000193;
		return mix(h);
	}

	static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		return h ^ h >>> 13;
	}
}
