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
import java.util.Map;

import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.ImageRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AcquisitionCoverage#place}, which cuts a file's folder and path from its text, against what relativizing
 * the paths gives (how init's comments and rules named them before); and what each acquisition covers, where folders
 * are shared and a rule would be too long.
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

	/**
	 * Two set-ups: a folder of one set-up's images is named by itself, a folder they share by its files, one by one,
	 * while a rule takes at most {@value AcquisitionCoverage#RULE_ENTRIES} entries (20 exactly is still a rule, 21 is
	 * none); the comment counts every image, in folders of thousands too.
	 */
	@Test
	void sharedFoldersAreListedFileByFileWhileARuleIsShort() {
		for (int shared : new int[] { 16, 17 }) {
			List<HarvestedFile> files = new ArrayList<>();
			for (int i = 0; i < 3; i++) files.add(image("a/x" + i + ".tif", "X"));
			files.add(image("a/y0.tif", "Y"));
			for (int i = 0; i < 3000; i++) files.add(image("b/x" + i + ".tif", "X"));
			for (int i = 0; i < shared; i++) files.add(image("c/x" + i + ".tif", "X"));
			files.add(image("c/y0.tif", "Y"));
			List<ImageRecord> records = files.stream().map(f -> f.records().get(0)).toList();
			Map<String, AcquisitionCoverage.Coverage> coverage = AcquisitionCoverage.of(dir, files, AcquisitionGrouper
				.group(records));
			assertEquals(2, coverage.size(), coverage.toString());
			AcquisitionCoverage.Coverage x = null, y = null;
			for (AcquisitionCoverage.Coverage c : coverage.values()) {
				if (c.comment().startsWith((3 + 3000 + shared) + " images")) x = c;
				else y = c;
			}
			String what = shared + " in c: " + coverage;
			assertEquals((3 + 3000 + shared) + " images in a (3), b (3000), c (" + shared + ")", x.comment(), what);
			assertEquals("2 images in a (1), c (1)", y.comment(), what);
			List<String> rule = new ArrayList<>(List.of("a/x0.tif", "a/x1.tif", "a/x2.tif", "b"));
			for (int i = 0; i < shared; i++) rule.add("c/x" + i + ".tif");
			assertEquals(shared == 16 ? rule : List.of(), x.rule(), what);
			assertEquals(List.of("a/y0.tif", "c/y0.tif"), y.rule(), what);
		}
	}

	/** One shared folder of 20 images of a set-up is a rule of 20 files; of 21, no rule. */
	@Test
	void aSharedFolderOfOneFileMoreThanARuleTakesIsNoRule() {
		for (int n : new int[] { 20, 21 }) {
			List<HarvestedFile> files = new ArrayList<>();
			for (int i = 0; i < n; i++) files.add(image(String.format("d/x%02d.tif", i), "X"));
			files.add(image("d/y0.tif", "Y"));
			Map<String, AcquisitionCoverage.Coverage> coverage = AcquisitionCoverage.of(dir, files, AcquisitionGrouper
				.group(files.stream().map(f -> f.records().get(0)).toList()));
			AcquisitionCoverage.Coverage x = coverage.values().stream().filter(c -> c.comment().startsWith(n +
				" images")).findFirst().orElseThrow();
			assertEquals(n == 20 ? files.subList(0, 20).stream().map(HarvestedFile::file).toList() : List.of(), x
				.rule(), coverage.toString());
		}
	}

	/** An image of one of two set-ups (they differ in their objective), at a path in the temporary folder. */
	private HarvestedFile image(String path, String setUp) {
		ImageRecord.Objective objective = new ImageRecord.Objective("Nikon", setUp.equals("X") ? "Plan Apo 20x"
			: "Plan Apo 60x", setUp.equals("X") ? 20.0 : 60.0, setUp.equals("X") ? 0.75 : 1.4, "Air");
		ImageRecord r = new ImageRecord(path, 0, null, "OME-TIFF", 16, 16, 1, 1, 1, "uint8", 0.3, 0.3, null, null, List
			.of(), objective, null, List.of(), null, null);
		Path file = dir.resolve(path);
		return new HarvestedFile(path, file, "OME-TIFF", List.of(r), List.of(file), null);
	}
}
