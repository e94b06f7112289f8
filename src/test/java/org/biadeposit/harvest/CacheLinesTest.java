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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The index of a loaded cache file, made in one pass: its table grows when the file has more entries than guessed. */
class CacheLinesTest {

	@Test
	void aFileOfManyShortEntriesIsIndexedWhole() throws IOException {
		StringBuilder file = new StringBuilder("header\n");
		int n = 5000;
		for (int i = 0; i < n; i++) file.append("F\t/d/").append(i).append("\t").append(i).append("\t7\t\tF\t\t\t0\t0\n");
		file.append("F\t/d/3\t33\t7\t\tF\t\t\t0\t0\n"); // a later line for the same path wins
		file.append("E\t").append(n + 1).append('\n');
		ByteBuffer data = ByteBuffer.wrap(file.toString().getBytes(StandardCharsets.UTF_8));
		CacheLines lines = CacheLines.index(data, "header\n".length());
		assertEquals(n, lines.entries());
		for (int i = 0; i < n; i++) {
			int slot = lines.find(CacheLines.key("/d/" + i));
			assertTrue(slot >= 0, "/d/" + i);
			long size = i == 3 ? 33 : i;
			assertEquals(size, lines.line(slot).size());
			assertEquals("/d/" + i, lines.line(slot).path());
			int length = CacheLines.key("/d/" + i).length;
			assertEquals(size, lines.line(slot, length, size, 7).size());
			assertEquals("F", lines.line(slot, length, size, 7).format());
			assertEquals(null, lines.line(slot, length, size + 1, 7));
			assertEquals(null, lines.line(slot, length, size, 8));
		}
		assertEquals(-1, lines.find(CacheLines.key("/d/" + n)));
	}

	/** A file of a multi-file set names the set's entry; one that names none, or says more, is a damaged entry. */
	@Test
	void aMemberOfASetNamesTheSetsEntry() throws IOException {
		String file = "header\n" + "F\t/s/a.tif\t10\t7\t\t\t/s/set.ome\t\t=\t0\n" + "F\t/s/b.tif\t10\t7\t\t\t\t\t=\t0\n" +
			"F\t/s/c.tif\t10\t7\t\t\t/s/set.ome\t\t=\t0\t/s/x\n" + "E\t3\n";
		CacheLines lines = CacheLines.index(ByteBuffer.wrap(file.getBytes(StandardCharsets.UTF_8)), "header\n".length());
		CacheLines.Line a = lines.line(lines.find(CacheLines.key("/s/a.tif")), "/s/a.tif".length(), 10, 7);
		assertTrue(a.member());
		assertEquals("/s/set.ome", a.dataset());
		assertEquals(null, a.parts());
		assertEquals(null, a.text());
		for (String damaged : new String[] { "/s/b.tif", "/s/c.tif" }) {
			int slot = lines.find(CacheLines.key(damaged));
			assertThrows(IOException.class, () -> lines.line(slot, damaged.length(), 10, 7), damaged);
		}
	}
}
