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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run lets go of the multi-file sets the walk has passed, so that a study of millions of files in sets holds the
 * sets under way, not every file it met; and hands on exactly what it handed on when it kept them all.
 */
class HandedSetsTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@TempDir
	Path tmp;

	/** The order a set's last file is found in is the order the walk meets files in, names that sort oddly too. */
	@Test
	void walkOrderIsTheOrderTheWalkMeetsFilesIn() throws IOException {
		Path root = tmp.resolve("tree").toAbsolutePath().normalize();
		for (String f : List.of("a/b.tif", "a-c.tif", "a.b/x.tif", "A.tif", "a/B/c.tif", "\u00e9.tif", "a/b/z.tif",
			"z/\u00e9/a.tif", "z/e/a.tif", "a0.tif", "a/a.tif"))
		{
			Path p = root.resolve(f);
			Files.createDirectories(p.getParent());
			Files.writeString(p, f);
		}
		List<Path> walked = new ArrayList<>();
		new DatasetWalk(root).walk(new DatasetWalk.Visitor() {

			@Override
			public void file(Path file, long size, long modified) {
				walked.add(file);
			}

			@Override
			public void unreachable(Path path, String reason) {
				throw new AssertionError(path + ": " + reason);
			}
		});
		assertEquals(11, walked.size());
		List<Path> sorted = new ArrayList<>(walked);
		java.util.Collections.reverse(sorted);
		sorted.sort((x, y) -> HandedSets.order(root, x, y));
		assertEquals(walked, sorted);
		// plain path order is not the walk's: "a-c.tif" sorts before "a/b.tif" by characters
		assertTrue(walked.indexOf(root.resolve("a/b.tif")) < walked.indexOf(root.resolve("a-c.tif")));
		assertTrue(root.resolve("a-c.tif").compareTo(root.resolve("a/b.tif")) < 0);
	}

	/**
	 * Three sets and two stray TIFFs of them (copies no companion lists), walked as one folder (sets let go) and
	 * beside an empty second input (every set kept): the same datasets, each once.
	 */
	@Test
	void aRunThatLetsSetsGoHandsOnWhatOneThatKeepsThemDoes() throws IOException {
		Path data = tmp.resolve("data");
		for (String s : List.of("s1", "s2", "s3")) ExampleDataset.writeOmeTiffSet(data.resolve(s), "set-" + s);
		Files.copy(data.resolve("s1/set-s1_Z0_C0.ome.tif"), data.resolve("s1/zz-stray.ome.tif"));
		Files.copy(data.resolve("s1/set-s1_Z1_C0.ome.tif"), data.resolve("s2-stray.ome.tif"));
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		Path cacheFile = tmp.resolve("sets" + HarvestCache.SUFFIX);
		for (int threads : new int[] { 1, 3, 2, 2 }) {
			// the last two runs with a cache: filled, then every set from it
			HarvestCache cache = threads == 2 ? HarvestCache.at(cacheFile, "native") : HarvestCache.none();
			List<String> kept = handed(List.of(data.toString(), empty.toString()), threads, HarvestCache.none());
			List<String> letGo = handed(List.of(data.toString()), threads, cache);
			assertEquals(kept, letGo);
			// the stray beside its companion is that set again; the one outside it finds no companion and is its own
			assertEquals(List.of("s1/set-s1.companion.ome 9", "s2/set-s2.companion.ome 9", "s2-stray.ome.tif 1",
				"s3/set-s3.companion.ome 9"), letGo);
		}
	}

	private static List<String> handed(List<String> inputs, int threads, HarvestCache cache) {
		List<String> out = new ArrayList<>();
		new HarvestRun(harvesting.harvester(), cache, threads).run(inputs, f -> out.add(f.file() + " " + f.usedFiles()
			.size()));
		return out;
	}

	/** What is let go: a set once the walk hands on a file after all of its own, and not before. */
	@Test
	void aSetIsLetGoOnceTheWalkHasPassedItsLastFile() {
		Path root = tmp.toAbsolutePath().normalize();
		Path companion = root.resolve("b/set.ome"), one = root.resolve("b/set_1.tif"), two = root.resolve("c/set_2.tif");
		HarvestedFile set = new HarvestedFile("b/set.ome", companion, "OME-TIFF", List.of(), List.of(companion, one,
			two), null);
		HandedSets sets = new HandedSets();
		sets.walking(root, true);
		sets.read(set.usedFiles());
		sets.passing(companion);
		assertFalse(sets.handed(companion, set));
		sets.claim(companion, set);
		for (Path met : List.of(one, root.resolve("b/z.tif"), two)) {
			sets.passing(met);
			assertTrue(sets.readPart(two) && sets.handed(met, set), met.toString());
		}
		sets.passing(root.resolve("c/set_3.tif"));
		assertFalse(sets.readPart(two), "let go");
		assertFalse(sets.handed(root.resolve("c/set_3.tif"), new HarvestedFile(null, root.resolve("c/set_3.tif"), null,
			List.of(), List.of(root.resolve("c/set_3.tif")), null)), "a file of its own");
		assertTrue(sets.handed(root.resolve("d/stray.tif"), set), "a stray after the set names a set handed on");

		HandedSets keeping = new HandedSets();
		keeping.walking(root, false);
		keeping.read(set.usedFiles());
		keeping.claim(companion, set);
		keeping.passing(root.resolve("z.tif"));
		assertTrue(keeping.readPart(two) && keeping.handed(two, set), "kept to the end");
	}
}
