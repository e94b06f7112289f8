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
package org.biadeposit.fiji.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;

/** Problems' places, as the validator and the deposit.yaml reader write them, lead to the step and field. */
class ProblemPlaceTest {

	private static final DescriptionDraft DRAFT = new DescriptionDraft(new Deposition(Path.of("."), Path.of(
		"deposit.yaml"), new Study("t", null, null, List.of(), List.of(new Study.Author("A", "B", null, null, List
			.of(), List.of("org1")), new Study.Author("C", "D", null, null, List.of(), List.of("org2"))), List.of(
				new Study.Organisation("org1", "One", null, null), new Study.Organisation("org2", "Two", null, null)),
			"CC0", List.of(), null, null, List.of(), List.of(), null), List.of(new Biosample("WT embryos", null, null,
				null, null, null, null), new Biosample("HeLa", null, null, null, null, null, null)), List.of(
					new Specimen("Fixed", null, null)), List.of(new ImageAcquisition("Widefield", null, null, List.of()),
						new ImageAcquisition("Confocal scan", null, null, List.of())), List.of(), List.of(), List.of(
							new StudyComponent("cells", null, null, List.of(new Associations(null, null, null, null, null)), null),
							new StudyComponent("zstack", null, null, null, null)), List.of()));

	private static ProblemPlace at(Place where) {
		return ProblemPlace.of(where, DRAFT);
	}

	/** A key path of deposit.yaml as problems print it, at some line. */
	private static ProblemPlace key(String path) {
		return at(Place.yaml("deposit.yaml", 12, Place.keys(path)));
	}

	@Test
	void deposityamlKeyPathsLeadToTheirFormField() {
		assertEquals(new ProblemPlace(WizardStep.DESCRIPTION, "study.0.title", null), key("study.title"));
		assertEquals("study.0.license", key("study.license").field());
		assertEquals("study.0.release_date", key("study.private_until_date").field());
		assertEquals("authors.0.orcid", key("study.authors[1].orcid").field());
		assertEquals("authors.1.last_name", key("study.authors[2].last_name").field());
		assertEquals("authors.0.affiliations", key("study.authors[1].affiliations").field());
		assertEquals("organisations.1.name", key("study.organisations.org2.name").field());
		assertEquals("authors.0.first_name", key("study.authors").field());
		assertEquals("biosamples.0.scientific_name", key("biosamples.\"WT embryos\".organism").field());
		assertEquals("biosamples.1.ncbi_taxon", key("biosamples.HeLa.organism.ncbi_taxon").field());
		assertEquals("biosamples.0.biological_entity", key("biosamples[1].biological_entity").field());
		assertEquals("specimens.0.sample_preparation", key("specimens.Fixed.sample_preparation").field());
		assertEquals("acquisitions.1.imaging_instrument", key("acquisitions.\"Confocal scan\"" +
			".imaging_instrument").field());
		assertEquals("acquisitions.0.imaging_method", key("acquisitions.Widefield.imaging_method[2].value")
			.field());
		assertEquals("acquisitions.0.ontology_id", key("acquisitions.Widefield.imaging_method.ontology_id")
			.field());
		assertEquals("study_component.1.description", key("study_component.zstack.description").field());
		assertEquals("study_component.0.acquisition", key("study_component[1].acquisition").field());
		assertEquals("study_component.0.description", at(Place.component("cells")).field());
	}

	@Test
	void fileListProblemsLeadToTheFileListsStep() {
		assertEquals(new ProblemPlace(WizardStep.FILE_LISTS, null, "cells"), at(Place.fileListRow("cells", 4, "cells/a b.tif")));
		assertEquals("zstack", at(Place.fileListColumn("zstack", 3, "Dose")).fileList());
	}

	@Test
	void filesAndTheFolderLeadToTheImagesStep() {
		assertEquals(WizardStep.IMAGES, at(Place.datasetFile("/data/study")).step());
		assertEquals(WizardStep.IMAGES, at(Place.datasetFile("cells/broken.tif")).step());
	}
}
