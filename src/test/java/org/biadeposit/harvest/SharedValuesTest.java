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
import static org.junit.jupiter.api.Assertions.assertSame;
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
 * Records of files that differ in their names share one instance of what they repeat (instrument, channels,
 * sizes), read from the files as from the cache: a study of a million such files holds one copy of those.
 */
class SharedValuesTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@TempDir
	Path tmp;

	@Test
	void filesThatDifferInTheirNamesShareTheRestOfTheirRecords() throws IOException {
		Path data = tmp.resolve("data");
		for (String name : List.of("a.ome.tif", "b.ome.tif", "c.ome.tif")) ExampleDataset.writeOmeTiff(data.resolve(
			name));
		Path cacheFile = tmp.resolve("c" + HarvestCache.SUFFIX);
		for (String run : List.of("read", "from the cache")) {
			List<ImageRecord> records = new ArrayList<>();
			DatasetHarvest h = new HarvestRun(harvesting.harvester(), HarvestCache.at(cacheFile, "native"), 2).dataset(
				data);
			for (int i = 0; i < h.harvested().size(); i++) records.addAll(h.unnamedRecords(i));
			assertEquals(3, records.size(), run);
			ImageRecord a = records.get(0), c = records.get(2);
			assertFalse(a.seriesName().equals(c.seriesName()), run + ": records of their own");
			assertTrue(a.microscope() != null && !a.channels().isEmpty() && a.physicalSizeX() != null, run);
			assertSame(a.channels(), c.channels(), run);
			assertSame(a.microscope(), c.microscope(), run);
			assertSame(a.objective(), c.objective(), run);
			assertSame(a.physicalSizeX(), c.physicalSizeX(), run);
			assertSame(a.pixelType(), c.pixelType(), run);
		}
	}
}
