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
package org.biadeposit.validate;

import static org.biadeposit.rembi.Problem.Severity.ERROR;
import static org.biadeposit.validate.Draft.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.DepositionBuilder;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** End to end: generated image files arranged as a dataset, harvested, built with a complete description, validated. */
class ArrangedDatasetTest {

	private static Context context;

	@TempDir
	Path root;

	@BeforeAll
	static void start() {
		context = new Context(HarvestService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/**
	 * cells/{donor}/{condition}/: two ImageJ TIFFs; lifetime/: an OME-TIFF and an OME-TIFF companion set of 8 TIFFs.
	 * All written by our example generator.
	 */
	private void arrange() throws IOException {
		ExampleDataset.writeImageJTiff(root.resolve("cells/d1/control/control-cells.tif"), 56, 30, 0.125);
		ExampleDataset.writeImageJTiff(root.resolve("cells/d2/treated/treated-cells.tif"), 40, 24, 0);
		ExampleDataset.writeOmeTiff(root.resolve("lifetime/lifetime.ome.tif"));
		ExampleDataset.writeOmeTiffSet(root.resolve("lifetime/zstack"), "zstack");
	}

	private DatasetHarvest harvest() {
		return new HarvestRun(context.service(HarvestService.class).harvester(), null, 2).dataset(root);
	}

	/** What a complete deposit.yaml would say about this dataset. */
	private Deposition described() {
		Study study = new Study("HeLa cells under nocodazole, and fluorescence lifetime test images",
			"Widefield images of HeLa cells from two donors, control and treated, and FLIM test images.", TODAY
				.plusMonths(3), List.of("HeLa", "FLIM"), List.of(new Study.Author("Ada", "Lovelace", "ada@example.org",
					"0000-0002-1825-0097", List.of("submitter"), List.of("o1"))), List.of(new Study.Organisation("o1",
						"European Molecular Biology Laboratory", null, null)), "CC0", null, null, null, null, null,
			"1.5");
		Biosample hela = new Biosample("HeLa cells", new Biosample.Organism("Homo sapiens", "human",
			"NCBI:txid9606"), "HeLa cell line", null, null, "nocodazole", null);
		Biosample beads = new Biosample("Test sample", new Biosample.Organism("Mus musculus", "mouse",
			"NCBI:txid10090"), "test slide", null, null, null, null);
		Specimen fixed = new Specimen("Fixed cells", "fixed in 4% PFA, stained with Hoechst", null);
		ImageAcquisition widefield = new ImageAcquisition("Widefield", "Nikon Ti2, 20x/0.75 air", "3 channels",
			List.of(new ImageAcquisition.ImagingMethod("fluorescence microscopy",
				"http://purl.obolibrary.org/obo/FBbi_00000246", "FBbi")));
		ImageAcquisition flim = new ImageAcquisition("FLIM", "Leica SP8 FALCON", "lifetime gates",
			List.of(new ImageAcquisition.ImagingMethod("FLIM",
				"http://purl.obolibrary.org/obo/FBbi_00000368", "FBbi")));
		StudyComponent cells = new StudyComponent("Cells", "HeLa cells, control and treated, from two donors.",
			new FileSelection(List.of("cells"), List.of(), "{donor}/{condition}/*.tif", null), List.of(new Associations(
				"HeLa cells", "Fixed cells", "Widefield", null, null)), null);
		StudyComponent lifetime = new StudyComponent("FLIM", "Fluorescence lifetime test images.",
			new FileSelection(List.of(), List.of("lifetime/**"), null, null), List.of(new Associations("Test sample",
				"Fixed cells", "FLIM", null, null)), null);
		return new Deposition(root, root.resolve("deposit.yaml"), study, List.of(hela, beads), List.of(fixed), List.of(
			widefield, flim), List.of(), List.of(), List.of(cells, lifetime), List.of());
	}

	@Test
	void aBuiltDatasetValidatesUntilAFileIsDeleted() throws IOException {
		arrange();
		DepositionBuilder.Result built = DepositionBuilder.build(harvest(), described());
		assertTrue(built.problems().stream().noneMatch(Problem::isError), built.problems().toString());
		Deposition d = built.deposition();
		FileList flim = d.components().get(1).fileList();
		assertEquals(10, flim.rows().size(), "the OME-TIFF and the companion set of 8 TIFFs");

		Report before = DepositionValidator.validate(d, TODAY);
		assertFalse(before.hasErrors(), before.toText());
		// HeLa cells are human: the only thing to confirm.
		assertEquals(1, before.warnings().size(), before.toText());
		assertEquals("deposit.yaml biosamples.\"HeLa cells\".organism", before.warnings().get(0).where());

		int row = flim.rows().stream().map(FileList.Row::path).toList().indexOf(
			"lifetime/zstack/zstack_Z2_C1.ome.tif");
		assertTrue(row >= 0, flim.rows().toString());
		Files.delete(root.resolve("lifetime/zstack/zstack_Z2_C1.ome.tif"));
		Report after = DepositionValidator.validate(d, TODAY);
		assertEquals(1, after.errors().size(), after.toText());
		Expect.at(after, ERROR, "File-list flim row " + (row + 1) +
			" (lifetime/zstack/zstack_Z2_C1.ome.tif)", "does not exist in the dataset folder");
		assertTrue(after.toText().endsWith("1 error, 1 warning\n"), after.toText());
	}
}
