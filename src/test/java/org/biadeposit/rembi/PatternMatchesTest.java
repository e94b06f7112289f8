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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A pattern whose last part is {@code *} or {@code **} after a {@code /} is matched once per folder for the files of
 * a File-list (issue 11, §4: not per file); it gives what matching each path gives. And the files of a list held as
 * indexes, a folder's run of them as two numbers.
 */
class PatternMatchesTest {

	private static final String[] PARTS = { "{a}", "{b}", "*", "**", "**/", "?", "/", "-", "x", "day", "_", "." };
	private static final String[] NAMES = { "x", "day-1", "a_b", "x.tif", "-", "day", "a-b_c.d", "xx", "y" };

	@Test
	void theFolderAloneDecidesOnlyWhereThePatternEndsInAStarAfterASlashOfItsOwn() {
		assertTrue(PathPattern.compile("donor-{Donor}/day-{Day}/**").byFolder());
		assertTrue(PathPattern.compile("{plate}/*").byFolder());
		assertFalse(PathPattern.compile("**day**/*").byFolder(), "**/ may match no folder: the name decides");
		assertFalse(PathPattern.compile("{plate}/*.tif").byFolder());
		assertFalse(PathPattern.compile("{plate}/{well}").byFolder());
		assertFalse(PathPattern.compile("*").byFolder());
		assertFalse(PathPattern.compile("{plate}/x*").byFolder());
	}

	/** Random patterns on random paths in path order: matched by folder, each path gives what it gives alone. */
	@Test
	void matchingByFolderGivesWhatEachPathGives() {
		Random random = new Random(11);
		int byFolder = 0, matched = 0;
		for (int p = 0; p < 3000; p++) {
			StringBuilder source = new StringBuilder();
			for (int k = 1 + random.nextInt(6); k > 0; k--) source.append(PARTS[random.nextInt(PARTS.length)]);
			if (random.nextBoolean()) source.append(random.nextBoolean() ? "/*" : "/**");
			PathPattern pattern;
			try {
				pattern = PathPattern.compile(source.toString());
			}
			catch (PathPatternException e) {
				continue;
			}
			if (pattern.byFolder()) byFolder++;
			List<String> folders = random.nextBoolean() ? List.of() : List.of(NAMES[random.nextInt(NAMES.length)]);
			List<String> paths = paths(random);
			PatternMatches inOrder = new PatternMatches(pattern, folders);
			for (String path : paths) {
				Map<String, String> alone = new PatternMatches(pattern, folders).match(path);
				assertEquals(alone, inOrder.match(path), "\"" + pattern + "\" from " + folders + " on " + path);
				if (alone != null) matched++;
			}
		}
		assertTrue(byFolder > 300 && matched > 3000, byFolder + " patterns by folder, " + matched + " matches");
	}

	/** Sorted paths of one to four parts, several files in each folder. */
	private static List<String> paths(Random random) {
		List<String> out = new ArrayList<>();
		for (int f = 0; f < 6; f++) {
			StringBuilder folder = new StringBuilder();
			for (int k = random.nextInt(4); k > 0; k--) folder.append(NAMES[random.nextInt(NAMES.length)]).append('/');
			for (int n = 0; n < 4; n++) out.add(folder + NAMES[random.nextInt(NAMES.length)]);
		}
		out.sort(null);
		return out;
	}

	@Test
	void aRunOfIndexesIsHeldAsTwoNumbersAndAGapAsTheList() {
		FileIndexes.Builder run = new FileIndexes.Builder();
		for (int i = 40; i < 1040; i++) run.add(i);
		FileIndexes folder = run.build();
		assertEquals(1000, folder.size());
		assertEquals(40, folder.get(0));
		assertEquals(1039, folder.get(999));

		FileIndexes.Builder gaps = new FileIndexes.Builder();
		List<Integer> want = new ArrayList<>();
		for (int i = 5; i < 200; i += i % 7 == 0 ? 3 : 1) {
			gaps.add(i);
			want.add(i);
		}
		FileIndexes some = gaps.build();
		List<Integer> got = new ArrayList<>();
		for (int i = 0; i < some.size(); i++) got.add(some.get(i));
		assertEquals(want, got);
		BitSet marked = new BitSet();
		some.addTo(marked);
		folder.addTo(marked);
		BitSet each = new BitSet();
		want.forEach(each::set);
		each.set(40, 1040);
		assertEquals(each, marked);
		assertEquals(0, FileIndexes.NONE.size());
	}
}
