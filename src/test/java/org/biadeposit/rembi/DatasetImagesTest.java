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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestContext;
import org.biadeposit.harvest.HarvestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study whose every file has records of its own (a name and a date each) keeps only so many of its images; the
 * others are made again from the harvest when asked for, and give the very same File-lists.
 */
class DatasetImagesTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@Test
	void imagesNotKeptAreMadeAgainWithTheSameValues(@TempDir Path dir) throws IOException {
		Path data = dir.resolve("data");
		new ExampleDataset().files(300).write(data);
		Path cacheFile = dir.resolve("cache.jsonl");
		for (String run : List.of("first", "from the cache")) {
			DatasetHarvest h = new HarvestRun(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), 2).dataset(
				data);
			List<Problem> problems = new ArrayList<>(), fewProblems = new ArrayList<>();
			DatasetImages all = HarvestedImages.read(h, null, problems).images();
			DatasetImages few = HarvestedImages.read(h, null, fewProblems, 5).images();
			assertEquals(problems, fewProblems, run);
			assertTrue(all.imageCount() > 250, run + ": the example's tiles are images of their own: " + all
				.imageCount());
			int images = 0;
			for (int f = 0; f < all.files().size(); f++) {
				assertEquals(all.image(f), few.image(f), run + ": " + all.files().get(f).path());
				if (all.image(f) != null) images++;
			}
			assertTrue(images > 250, run + ": " + images);
			assertTrue(all.keptImages() > 250 && few.keptImages() < 30, run + ": " + all.keptImages() + " and " + few
				.keptImages() + " images held");
			FileSelection every = new FileSelection(List.of(), List.of("**"), null, null, java.util.Map.of(), List.of(),
				List.of(FileSelection.EVERY_COLUMN));
			FileList a = FileListBuilder.build("all", all, FileIndexes.all(all.files().size()), every, null, data,
				new ArrayList<>());
			FileList b = FileListBuilder.build("all", few, FileIndexes.all(few.files().size()), every, null, data,
				new ArrayList<>());
			assertEquals(a.columns(), b.columns(), run);
			assertTrue(a.columns().contains("Acquisition date"), run + ": " + a.columns());
			assertEquals(a.rows().size(), b.rows().size(), run);
			for (int r = 0; r < a.rows().size(); r++) {
				assertEquals(a.rows().get(r), b.rows().get(r), run + ": row " + r);
			}
		}
	}
}
