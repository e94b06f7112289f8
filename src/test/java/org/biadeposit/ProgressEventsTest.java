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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Issue 12 items 3 and 4: the harvest, writing the package and the upload all report through the one {@link
 * Progress} type, to the one {@link ProgressListener} (the upload against the sandbox server on loopback).
 */
class ProgressEventsTest {

	@TempDir
	Path tmp;

	@Test
	void harvestPackageAndUploadReportThroughOneType() throws IOException {
		Path dataset = tmp.resolve("dataset");
		ExampleDataset.Summary example = new ExampleDataset().write(dataset);
		List<Progress> seen = Collections.synchronizedList(new ArrayList<>());
		Path pkg = tmp.resolve("package");
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow.Packaged packaged = new DepositionWorkflow(context.service(HarvestService.class)
				.harvester(), HarvestCache.none(), 2, seen::add).pack(dataset, dataset.resolve("deposit.yaml"), pkg);
			assertTrue(packaged.written() != null, packaged.report().toText());
		}
		List<Progress> harvest = seen.stream().filter(p -> p.step() == Progress.Step.HARVEST).toList();
		// throttled (ProgressMeterTest), with a report at the end
		assertFalse(harvest.isEmpty(), "the harvest reports");
		Progress lastHarvest = harvest.get(harvest.size() - 1);
		assertEquals(Progress.Unit.FILES, lastHarvest.unit());
		assertEquals(lastHarvest.total(), lastHarvest.done(), "every file found was done");
		assertTrue(lastHarvest.done() >= example.imageFiles(), lastHarvest.toString());
		List<Progress> writing = seen.stream().filter(p -> p.step() == Progress.Step.PACKAGE).toList();
		assertEquals(2, writing.size(), "writing the package: started and done");
		assertTrue(writing.get(1).complete());
		assertEquals(Progress.Step.PACKAGE, seen.get(seen.size() - 1).step(), "after the harvest");

		seen.clear();
		try (SandboxServer sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("sandbox")).port(0)
			.processingDelay(Duration.ofMillis(50)).log(null));
			BioStudiesClient client = new BioStudiesClient(Server.of(sandbox.baseUrl())))
		{
			Receipt r = new SubmissionRun(client, pkg).uploadRecords(tmp.resolve("records")).pollInterval(Duration.ofMillis(
				50)).listener(seen::add).run(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD.toCharArray());
			assertTrue(r.processed(), String.valueOf(r.status()));
		}
		assertTrue(seen.stream().allMatch(p -> p.step() == Progress.Step.UPLOAD && p.unit() == Progress.Unit.BYTES));
		Progress last = seen.get(seen.size() - 1);
		assertTrue(last.complete(), last.toString());
		assertEquals(last.total(), last.done());
		assertTrue(last.filesTotal() > 5, last.toString());
	}
}
