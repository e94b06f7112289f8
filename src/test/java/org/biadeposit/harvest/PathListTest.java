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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A multi-file dataset's files held as names below their common folder: the same paths back, in far less. */
class PathListTest {

	@Test
	void theSamePathsComeBackFromAFractionOfTheMemory() {
		Path folder = Path.of("/data/study/wild-type/donor-01/day-00/light-sheet-stack-0001").toAbsolutePath();
		List<Path> files = new ArrayList<>();
		files.add(folder.resolve("stack.companion.ome"));
		for (int z = 0; z < 2000; z++) files.add(folder.resolve(String.format("planes/stack_Z%04d_C0.ome.tif", z)));
		files.add(folder.resolve("\u00fcber \u00e9t\u00e9 tab\there.ome.tif"));
		List<Path> compact = PathList.of(files);
		assertInstanceOf(PathList.class, compact);
		assertEquals(files, compact);
		assertEquals(files.hashCode(), compact.hashCode());
		assertEquals(files.get(1001), compact.get(1001));
		// about 30 bytes a file: the names below the folder, not the whole path with its objects
		assertTrue(((PathList) compact).bytes() < files.size() * 40, ((PathList) compact).bytes() + " bytes");
		HarvestedFile set = new HarvestedFile(null, files.get(0), "OME-TIFF", List.of(), compact, null);
		assertSame(compact, set.usedFiles(), "a result keeps it as it is");
		assertSame(compact, PathList.of(compact));
	}

	@Test
	void whatWouldNotComeBackTheSameIsKeptAsItIs() {
		List<Path> two = List.of(Path.of("/a/x.ics"), Path.of("/a/x.ids"));
		assertSame(two, PathList.of(two), "too few to save anything");
		List<Path> relative = List.of(Path.of("a/x"), Path.of("b/y"), Path.of("c/z"));
		assertEquals(relative, PathList.of(relative), "no common folder");
		List<Path> odd = List.of(Path.of("/a/x"), Path.of("/a/\uFFFD"), Path.of("/a/z"));
		assertSame(odd, PathList.of(odd), "a name that did not decode");
		List<Path> root = List.of(Path.of("/x"), Path.of("/y"), Path.of("/z"));
		assertEquals(root, PathList.of(root), "files in the root folder");
	}
}
