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
package org.biadeposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.MultiFileImages;
import org.junit.jupiter.api.Test;

/** A multi-file image's files held as their folder once and each one's rest: the same paths back, in far less. */
class PackedStringsTest {

	@Test
	void theSamePathsComeBackFromAFractionOfTheMemory() {
		List<String> paths = new ArrayList<>();
		paths.add("wild-type/donor-01/day-00/stack-0001/stack.companion.ome");
		for (int z = 0; z < 2000; z++) paths.add(String.format("wild-type/donor-01/day-00/stack-0001/planes/z%04d.tif",
			z));
		paths.add("wild-type/donor-01/day-00/stack-0001/\u00fcber \u00e9t\u00e9.tif");
		List<String> compact = PackedStrings.of(paths, '/');
		assertInstanceOf(PackedStrings.class, compact);
		assertEquals(paths, compact);
		assertEquals(paths.hashCode(), compact.hashCode());
		assertTrue(((PackedStrings) compact).bytes() < paths.size() * 24, ((PackedStrings) compact).bytes() + " bytes");
		assertSame(compact, PackedStrings.of(compact, '/'));
		assertThrows(UnsupportedOperationException.class, () -> compact.add("x"));
		// the record holds them as they are, and they are what validation is given
		MultiFileImages images = new MultiFileImages(Map.of("wild-type/donor-01/day-00/stack-0001/stack.companion.ome",
			compact));
		assertSame(compact, images.members().values().iterator().next());
	}

	@Test
	void pathsInDifferentFoldersAndOddTextComeBackTheSame() {
		List<String> spread = List.of("a/b/c.tif", "a/bb/c.tif", "a/b/d.tif", "x.tif");
		assertEquals(spread, PackedStrings.of(spread, '/'));
		List<String> sameStart = List.of("ab/x", "ab/y", "abc/z");
		assertEquals(sameStart, PackedStrings.of(sameStart, '/'));
		List<String> surrogate = List.of("a/x", "a/\uD800", "a/z");
		assertEquals(surrogate, PackedStrings.of(surrogate, '/'), "a lone surrogate is kept in a plain list");
		List<String> mutable = new ArrayList<>(List.of("a/1", "a/2", "a/3"));
		List<String> copy = PackedStrings.of(mutable, '/');
		mutable.set(0, "changed");
		assertEquals(List.of("a/1", "a/2", "a/3"), copy);
		assertNotSame(mutable, PackedStrings.of(List.of("a", "b"), '/'));
	}
}
