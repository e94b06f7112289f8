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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.FileList;
import org.junit.jupiter.api.Test;

/** The compact table of listed paths: what it finds, by list and row, and that it grows past its first size. */
class ListedPathsTest {

	private static FileList list(String name, List<String> paths) {
		return new FileList(name, List.of(), paths.stream().map(p -> new FileList.Row(p, 1, Map.of())).toList());
	}

	@Test
	void aPathIsFoundByItsFirstRowInEachListAndAcrossLists() {
		List<String> a = new ArrayList<>(), b = new ArrayList<>();
		for (int i = 0; i < 5000; i++) a.add("a/f" + i + ".tif");
		// every path of a again in b: twice as many paths as rows of one list, so the table grows
		for (int i = 0; i < 5000; i++) b.add("a/f" + i + ".tif");
		b.add("a/f7.tif");
		b.add("A/F8.TIF");
		ListedPaths listed = new ListedPaths(List.of(list("a", a), list("b", b)));
		for (int i = 0; i < 5000; i++) {
			assertTrue(listed.add(a.get(i), listed.ref(0, i)));
			assertEquals(ListedPaths.NONE, listed.sameElsewhere());
		}
		for (int i = 0; i < 5000; i++) {
			assertTrue(listed.add(b.get(i), listed.ref(1, i)), "first in b");
			assertEquals(listed.ref(0, i), listed.sameElsewhere(), "found in a");
		}
		assertEquals(10_000, listed.size());
		assertFalse(listed.add("a/f7.tif", listed.ref(1, 5000)));
		assertEquals(1, listed.list(listed.sameInList()));
		assertEquals(7, listed.row(listed.sameInList()));
		assertTrue(listed.add("A/F8.TIF", listed.ref(1, 5001)));
		assertEquals(listed.ref(0, 8), listed.otherCase());
		assertEquals(ListedPaths.NONE, listed.sameElsewhere());
		assertEquals(listed.ref(0, 8), listed.find("a/f8.tif"));
		assertEquals(listed.ref(1, 5001), listed.find("A/F8.TIF"));
		assertEquals(ListedPaths.NONE, listed.find("a/F8.tif"));
		assertEquals(listed.ref(0, 8), listed.findIgnoringCase("a/F8.tif"));
		assertEquals("a/f4999.tif", listed.rowAt(listed.find("a/f4999.tif")).path());
	}

	@Test
	void caseIsFoldedBeyondAsciiAsStringsCompareIgnoringCase() {
		List<String> paths = List.of("étape/Ñ.tif", "ÉTAPE/ñ.tif", "ſ.tif", "S.tif");
		ListedPaths listed = new ListedPaths(List.of(list("a", paths)));
		assertTrue(listed.add(paths.get(0), 0));
		assertTrue(listed.add(paths.get(1), 1));
		assertEquals(0, listed.otherCase());
		assertTrue(listed.add(paths.get(2), 2));
		assertTrue(listed.add(paths.get(3), 3));
		assertEquals(2, listed.otherCase(), "long s and S are the same letter ignoring case");
	}
}
