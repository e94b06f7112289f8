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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.harvest.WatchedReaders;
import org.biadeposit.rembi.DepositionPlanner;
import org.biadeposit.validate.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The steps both surfaces call, on the generated example. */
class DepositionWorkflowTest {

	@TempDir
	Path tmp;

	@Test
	void initCountsTheImagesItReadNotTheFilesItCouldNot() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Files.delete(root.resolve("deposit.yaml"));
		Path good = root.resolve("wild-type/donor-01/day-00/wt-d01-t00-field1.ome.tif");
		byte[] bytes = Files.readAllBytes(good);
		Files.write(root.resolve("wild-type/donor-01/day-00/cut.ome.tif"), java.util.Arrays.copyOf(bytes, 40));
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow.Started started = new DepositionWorkflow(context.service(HarvestService.class)
				.harvester(), HarvestCache.none(), 2, ProgressListener.NONE).init(root, false, LocalDate.of(2026, 12, 1));
			// 4 OME-TIFFs, 4 hyperstacks, 1 companion set, 2 Zarr stores; the cut file is a problem, not an image
			assertEquals(11, started.imageFiles());
			assertTrue(started.problems().stream().anyMatch(p -> p.toString().contains("cut.ome.tif")), started
				.problems().toString());
		}
	}

	/**
	 * What depositors repeat most: validate, edit deposit.yaml, validate again. The second validate (a new run, as
	 * the command line makes one, with the cache file the first wrote) reads no image file, and its report and
	 * File-lists are those of the first.
	 */
	@Test
	void secondValidateAfterEditingDepositYamlReadsNoImage() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Path yaml = root.resolve("deposit.yaml");
		Path cacheFile = tmp.resolve("cache/harvest.jsonl");
		AtomicInteger reads = new AtomicInteger();
		try (Context context = new Context(HarvestService.class)) {
			Harvester counting = WatchedReaders.watched(context.service(HarvestService.class).harvester(),
				file -> reads.incrementAndGet());
			DepositionWorkflow first = new DepositionWorkflow(counting, HarvestCache.at(cacheFile, "native"), 2,
				ProgressListener.NONE);
			Report before = first.validate(root, null);
			DepositionPlanner.Plan planned = first.plan(root, yaml);
			assertTrue(reads.get() >= 11, "the first validate reads every image: " + reads.get());

			Files.writeString(yaml, Files.readString(yaml).replace("no real sample was imaged.",
				"no real sample was imaged; edited."));
			reads.set(0);
			DepositionWorkflow second = new DepositionWorkflow(counting, HarvestCache.at(cacheFile, "native"), 2,
				ProgressListener.NONE);
			Report after = second.validate(root, null);
			assertEquals(0, reads.get(), "no image read after editing deposit.yaml");
			assertEquals(before, after);
			DepositionPlanner.Plan again = second.plan(root, yaml);
			assertEquals(0, reads.get());
			assertTrue(again.deposition().study().acknowledgements().endsWith("edited."));
			assertEquals(planned.deposition().components(), again.deposition().components(), "the same File-lists");
			assertEquals(planned.deposition().acquisitions(), again.deposition().acquisitions());
		}
	}
}
