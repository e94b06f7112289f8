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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AcquisitionCoverage#place}, which cuts a file's folder and path from its text, against what relativizing
 * the paths gives (how init's comments and rules named them before).
 */
class AcquisitionCoverageTest {

	@TempDir
	Path dir;

	@Test
	void placesAreWhatRelativizingGives() {
		List<Path> roots = List.of(dir.resolve("study"), dir.resolve("study/./x/.."), Path.of("/"), Path.of(
			"relative-study"), Path.of("."));
		List<String> names = List.of("a.ome.tif", "wild-type/day-00/tile 1.ome.tif", "a\\b/c\\d.tif", "x/../y/z.tif",
			"ü/ñ.tif", ".hidden/.zattrs", "deep/er/and/deeper/f", "", "../outside/f.tif", "../../f.tif");
		int checked = 0;
		for (Path root : roots) {
			Path base = root.toAbsolutePath().normalize();
			List<Path> files = new ArrayList<>();
			for (String n : names) files.add(root.resolve(n));
			files.add(Path.of("elsewhere/f.tif"));
			files.add(dir.resolve("other/f.tif"));
			for (Path f : files) {
				// the old code took a path that ends in ".." to its parent before making it normal: not a file's path
				String last = f.getFileName() == null ? "" : f.getFileName().toString();
				if (last.equals("..") || last.equals(".")) continue;
				assertArrayEquals(new String[] { folder(root, f), relative(root, f) }, AcquisitionCoverage.place(base,
					f), root + " and " + f);
				checked++;
			}
		}
		assertArrayEquals(new String[] { "a/b", "a/b/c.tif" }, AcquisitionCoverage.place(dir, dir.resolve(
			"a/b/c.tif")));
		assertArrayEquals(new String[] { ".", "c.tif" }, AcquisitionCoverage.place(dir, dir.resolve("c.tif")));
		assertArrayEquals(new String[] { "a", "a/x/y.tif" }, AcquisitionCoverage.place(dir, dir.resolve("a/x\\y.tif")));
		assertEquals(roots.size() * (names.size() + 2) - 2, checked); // "study/./x/.." and "." themselves
	}

	/** How a file's path from the root was made before (relativized, normal and absolute). */
	private static String relative(Path root, Path file) {
		return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace(
			'\\', '/');
	}

	/** How a file's folder was made before: "." for the root itself and a folder outside it. */
	private static String folder(Path root, Path file) {
		Path parent = file.getParent();
		Path base = root.toAbsolutePath().normalize();
		if (parent == null || !parent.toAbsolutePath().normalize().startsWith(base)) return ".";
		String rel = base.relativize(parent.toAbsolutePath().normalize()).toString().replace('\\', '/');
		return rel.isEmpty() ? "." : rel;
	}
}
