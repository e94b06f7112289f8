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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CacheFields}' scans give the same over a cache file mapped into memory (a large cache, read a window at a
 * time) as over the same bytes on the heap (a small one), across the windows' edges.
 */
class CacheFieldsTest {

	@Test
	void aMappedFileIsScannedAsTheSameBytesOnTheHeap(@TempDir Path dir) throws IOException {
		Random random = new Random(7);
		byte[] bytes = new byte[5000];
		for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (random.nextInt(9) == 0 ? '\t' : 'a' + random.nextInt(
			26));
		// a long run without a tab, over more than one window
		Arrays.fill(bytes, 1000, 1900, (byte) 'x');
		ByteBuffer mapped = mapped(dir, bytes);
		ByteBuffer heap = ByteBuffer.wrap(bytes);
		for (int t = 0; t < 3000; t++) {
			int from = random.nextInt(bytes.length);
			int to = from + random.nextInt(Math.min(bytes.length - from, 1200) + 1);
			if (t < 4) { // the long run, and the whole file
				from = t < 2 ? 990 + t * 20 : 0;
				to = t < 2 ? 2100 : bytes.length;
			}
			String range = from + ".." + to;
			assertEquals(CacheFields.indexOf(heap, '\t', from, to), CacheFields.indexOf(mapped, '\t', from, to), range);
			assertEquals(CacheFields.hash(heap, from, to), CacheFields.hash(mapped, from, to), range);
			byte[] key = Arrays.copyOfRange(bytes, from, to);
			assertEquals(true, CacheFields.same(mapped, from, key), range);
			assertEquals(true, CacheFields.same(heap, from, key), range);
			if (key.length > 0) {
				key[key.length - 1] ^= 1; // the last byte differs, perhaps in a later window
				assertEquals(false, CacheFields.same(mapped, from, key), range);
				assertEquals(false, CacheFields.same(heap, from, key), range);
			}
		}
		assertEquals(-1, CacheFields.indexOf(mapped, '\t', 1000, 1900));
		assertEquals(CacheFields.hash(Arrays.copyOfRange(bytes, 17, 1717)), CacheFields.hash(mapped, 17, 1717));
	}

	@Test
	void aLineIsLookedThroughOnceForItsTabsAndItsEnd(@TempDir Path dir) throws IOException {
		Random random = new Random(11);
		byte[] bytes = new byte[6000];
		for (int i = 0; i < bytes.length; i++) {
			int r = random.nextInt(40);
			bytes[i] = (byte) (r < 4 ? '\t' : r == 4 ? '\n' : 'a' + random.nextInt(26));
		}
		Arrays.fill(bytes, 2000, 2700, (byte) 'x'); // a line longer than a window
		Arrays.fill(bytes, 5700, 6000, (byte) '\t'); // the last line has no end, and more tabs than asked for
		ByteBuffer mapped = mapped(dir, bytes);
		ByteBuffer heap = ByteBuffer.wrap(bytes);
		for (int t = 0; t < 3000; t++) {
			int from = t == 0 ? 1990 : t == 1 ? 5690 : random.nextInt(bytes.length);
			int[] expected = new int[8];
			Arrays.fill(expected, -1);
			int eol = -1, n = 0;
			for (int i = from; i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					eol = i;
					break;
				}
				if (bytes[i] == '\t' && n < 8) expected[n++] = i;
			}
			for (ByteBuffer data : new ByteBuffer[] {heap, mapped}) {
				int[] tab = new int[8];
				Arrays.fill(tab, 12345); // what was there before is not kept
				assertEquals(eol, CacheFields.tabs(data, from, tab), "from " + from);
				assertEquals(Arrays.toString(expected), Arrays.toString(tab), "from " + from);
			}
			assertEquals(bytes[from], CacheFields.at(mapped, from));
			assertEquals(bytes[from], CacheFields.at(heap, from));
			// a file's path hashed as the load looks for the tab after it: the tab or newline first met, and the
			// hash of what comes before it
			int stop = -1;
			for (int i = from; i < bytes.length && stop < 0; i++) if (bytes[i] == '\t' || bytes[i] == '\n') stop = i;
			long want = stop < 0 ? -1L << 32 : (long) stop << 32 | CacheFields.hash(Arrays.copyOfRange(bytes, from,
				stop)) & 0xffffffffL;
			assertEquals(want, CacheFields.hashToTab(heap, from, bytes.length), "from " + from);
			assertEquals(want, CacheFields.hashToTab(mapped, from, bytes.length), "from " + from);
		}
		byte[] path = new byte[600]; // longer than a window, with no tab or newline after it
		Arrays.fill(path, (byte) 'p');
		assertEquals(-1L << 32, CacheFields.hashToTab(mapped(Files.createDirectories(dir.resolve("p")), path), 0,
			path.length));
	}

	/** The bytes as a cache file mapped into memory (the mapping outlives the channel). */
	private static ByteBuffer mapped(Path dir, byte[] bytes) throws IOException {
		Path file = dir.resolve("cache.jsonl");
		Files.write(file, bytes);
		try (FileChannel channel = FileChannel.open(file)) {
			return channel.map(FileChannel.MapMode.READ_ONLY, 0, bytes.length);
		}
	}
}
