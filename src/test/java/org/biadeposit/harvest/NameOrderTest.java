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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's entries are walked in the order of their names as {@code String.compareTo} puts them, which the walk
 * sorts by the six characters after the prefix all names share, then as text: names that share all of it, that are
 * that prefix alone, that differ only in length, past ASCII, past a byte, or only after those six characters.
 */
class NameOrderTest {

	@Test
	void namesAreSortedAsStringsCompare() {
		Random random = new Random(5);
		String[] alphabet = {"0", "1", "9", "a", "A", "-", ".", "_", "é", "\u65e5", "\ud83d\udd2c", "tile", ""};
		for (int t = 0; t < 2000; t++) {
			String prefix = t % 3 == 0 ? "" : "wt-d03-t00-tile".substring(0, random.nextInt(16));
			String[] names = new String[1 + random.nextInt(t % 50 == 0 ? 2000 : 40)];
			for (int i = 0; i < names.length; i++) {
				StringBuilder s = new StringBuilder(prefix);
				for (int k = random.nextInt(5); k > 0; k--) s.append(alphabet[random.nextInt(alphabet.length)]);
				names[i] = s.toString();
			}
			if (t % 97 == 0) names[random.nextInt(names.length)] = prefix + "a\u0000b"; // not in a file name; still sorted
			assertSorted(names, "case " + t);
		}
		// names that agree in the six characters after their shared prefix and differ after them (about 200 pairs)
		String[] alike = new String[20_000];
		for (int i = 0; i < alike.length; i++) alike[i] = String.format("tile%07d.tif", random.nextInt(10_000_000));
		assertSorted(alike, "20,000 names");
		// more names than a place fits in beside six characters: compared as text alone
		String[] many = new String[70_000];
		for (int i = 0; i < many.length; i++) many[i] = String.format("tile%07d.tif", random.nextInt(10_000_000));
		assertSorted(many, "70,000 names");
	}

	private static void assertSorted(String[] names, String what) {
		String[] expected = names.clone();
		Arrays.sort(expected);
		NameOrder.sort(names);
		assertEquals(Arrays.asList(expected), Arrays.asList(names), what);
	}

	@Test
	void aFolderIsWalkedInNameOrder(@TempDir Path dir) throws IOException {
		List<String> names = new ArrayList<>(List.of("tile", "tile1", "tile10", "tile2", "tile-1", "tile.ome.tif",
			"tilé", "tile\u65e5", "Tile", "tile10a"));
		for (int i = 0; i < 300; i++) names.add(String.format("wt-d03-t00-tile%06d.ome.tif", (i * 7919) % 1000));
		for (String n : names) Files.write(dir.resolve(n), new byte[] {1});
		List<String> walked = new ArrayList<>();
		new DatasetWalk(dir).walk(new DatasetWalk.Visitor() {

			@Override
			public void file(Path file, long size, long modified) {
				walked.add(file.getFileName().toString());
			}

			@Override
			public void unreachable(Path path, String reason) {
				throw new AssertionError(path + ": " + reason);
			}
		});
		List<String> expected = names.stream().distinct().sorted().toList();
		assertEquals(expected, walked);
	}
}
