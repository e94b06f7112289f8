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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a dataset's harvest holds packed gives back every result as the run handed it on: files whose records differ
 * only in their names and dates (as the example's tiles do) share one source and keep their own parts packed, and
 * come back with them, read fresh and from the cache alike.
 */
class HarvestedFilesTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@Test
	void filesThatDifferInTheirNamesAndDatesComeBackWithThem(@TempDir Path dir) throws IOException {
		Path data = dir.resolve("data");
		int images = new ExampleDataset().files(400).write(data).imageFiles();
		Path cacheFile = dir.resolve("cache.jsonl");
		for (String run : List.of("without a cache", "first, writing the cache", "from the cache")) {
			HarvestCache cache = run.startsWith("without") ? null : HarvestCache.at(cacheFile, "native");
			DatasetHarvest packed = new HarvestRun(harvesting.harvester(), cache, 2).dataset(data);
			// handed on by a run that reads as the packed one read: fresh, or from the cache
			HarvestCache again = run.startsWith("from") ? HarvestCache.at(cacheFile, "native") : null;
			List<HarvestedFile> handed = new ArrayList<>();
			new HarvestRun(harvesting.harvester(), again, 2).run(List.of(data.toString()), handed::add);
			List<HarvestedFile> held = packed.harvested();
			assertEquals(handed.size(), held.size(), run);
			for (int i = 0; i < held.size(); i++) {
				HarvestedFile h = held.get(i), want = handed.get(i);
				assertEquals(want.file(), h.file(), run);
				assertEquals(want.format(), h.format(), run + ": " + h.file());
				assertEquals(printed(want.records()), printed(h.records()), run + ": " + h.file());
				assertEquals(want.error(), h.error(), run + ": " + h.file());
				if (packed.fileOf(i) >= 0) {
					// with or without the file's name (the cache's have none), the very same otherwise
					assertEquals(printed(want.records().stream().map(r -> r.withFile(null)).toList()), printed(packed
						.unnamedRecords(i).stream().map(r -> r.withFile(null)).toList()), run + ": " + h.file());
				}
			}
			HarvestedFiles files = (HarvestedFiles) held;
			long distinctDates = handed.stream().flatMap(f -> f.records().stream()).map(ImageRecord::acquisitionDate)
				.distinct().count();
			assertTrue(distinctDates > images / 2, "the example's tiles have dates of their own: " + distinctDates);
			assertTrue(files.sourceCount() < 20, run + ": " + files.sourceCount() + " sources for " + held.size() +
				" results, not one per file");
		}
	}

	/** Records as printed: every value a reader sees (a channel's contrast method is the harvest's own, never shown). */
	private static List<String> printed(List<ImageRecord> records) {
		return records.stream().map(RecordJson::of).toList();
	}
}
