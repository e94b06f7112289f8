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
package org.biadeposit.biostudies;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.ProgressListener;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.pagetab.SubmissionPackage;
import org.scijava.Context;

/**
 * For the tests of a new version of a published study: a small dataset of two ImageJ TIFFs in {@code cells/} with
 * its deposit.yaml (released today), packaged as BioStudies published it, with the DOI it registered.
 */
public final class ReleasedStudyPackage {

	private ReleasedStudyPackage() {}

	/** Writes the dataset into {@code dataset} and its package, with {@code doi}, into {@code out}; returns out. */
	public static Path write(Path dataset, Path out, String doi) throws IOException {
		ExampleDataset.writeImageJTiff(dataset.resolve("cells/hela-1.tif"), 32, 24, 0.125);
		ExampleDataset.writeImageJTiff(dataset.resolve("cells/hela-2.tif"), 32, 24, 0.125);
		Files.writeString(dataset.resolve("deposit.yaml"), String.join("\n", //
			"study:", //
			"  title: HeLa cells imaged on a widefield microscope for a test", //
			"  description: Images assembled to test a new version of a published study.", //
			"  release_date: " + LocalDate.now(ZoneOffset.UTC), //
			"  keywords: [HeLa]", //
			"  license: CC BY 4.0", //
			"  authors:", //
			"  - {first_name: Ada, last_name: Lovelace, email: ada@example.org, role: submitter, affiliations: [o1]}",
			"  organisations:", //
			"    o1: {name: European Molecular Biology Laboratory}", //
			"biosamples:", //
			"  HeLa cells: {organism: Homo sapiens, biological_entity: HeLa cell line}", //
			"specimens:", //
			"  Fixed cells: {sample_preparation: Fixed in 4% PFA.}", //
			"acquisitions:", //
			"  Widefield: {imaging_method: fluorescence microscopy, imaging_instrument: Widefield microscope, " +
				"image_acquisition_parameters: One channel.}", //
			"study_component:", //
			"  Cells: {description: HeLa cells., files: cells, biosample: HeLa cells, specimen: Fixed cells, " +
				"acquisition: Widefield}", //
			""));
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow.Packaged p = new DepositionWorkflow(context.service(HarvestService.class).harvester(),
				HarvestCache.none(), 1, ProgressListener.NONE).pack(dataset, dataset.resolve("deposit.yaml"), out);
			assertNotNull(p.written(), p.report().toText());
		}
		Path submission = out.resolve(SubmissionPackage.SUBMISSION);
		Files.writeString(submission, Files.readString(submission).replaceFirst("\"attributes\" : \\[",
			"\"attributes\" : [ {\n    \"name\" : \"DOI\",\n    \"value\" : \"" + doi + "\"\n  },"));
		SubmissionPackage.seal(out);
		return out;
	}
}
