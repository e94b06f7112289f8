package org.biadeposit.fiji.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Problems' places, as the validator and the deposit.yaml reader write them, lead to the step and field. */
class ProblemPlaceTest {

	private static final List<String> ACQUISITIONS = List.of("Widefield", "Confocal scan");
	private static final List<String> COMPONENTS = List.of("cells", "zstack");

	private static ProblemPlace at(String where) {
		return ProblemPlace.of(where, ACQUISITIONS, COMPONENTS);
	}

	@Test
	void deposityamlKeyPathsLeadToTheirFormField() {
		assertEquals(new ProblemPlace(WizardStep.DESCRIPTION, "study.title", null), at("deposit.yaml study.title"));
		assertEquals("study.license", at("deposit.yaml:12 study.license").field());
		assertEquals("study.release_date", at("deposit.yaml:7:3 study.private_until_date").field());
		assertEquals("author.orcid", at("deposit.yaml study.authors[1].orcid").field());
		assertEquals("organisation.name", at("deposit.yaml study.authors[1].affiliations").field());
		assertEquals("organisation.name", at("deposit.yaml study.organisations.org1.name").field());
		assertEquals("author.first_name", at("deposit.yaml study.authors").field());
		assertEquals("biosample.scientific_name", at("deposit.yaml biosamples.\"WT embryos\".organism").field());
		assertEquals("biosample.ncbi_taxon", at("deposit.yaml biosamples.HeLa.organism.ncbi_taxon").field());
		assertEquals("biosample.biological_entity", at("deposit.yaml biosamples[1].biological_entity").field());
		assertEquals("specimen.sample_preparation", at("deposit.yaml specimens.Fixed.sample_preparation").field());
		assertEquals("acquisition.1.imaging_instrument", at("deposit.yaml acquisitions.\"Confocal scan\"" +
			".imaging_instrument").field());
		assertEquals("acquisition.0.imaging_method", at("deposit.yaml acquisitions.Widefield.imaging_method[2].value")
			.field());
		assertEquals("acquisition.0.ontology_id", at("deposit.yaml acquisitions.Widefield.imaging_method.ontology_id")
			.field());
		assertEquals("component.1.description", at("deposit.yaml study_component.zstack.description").field());
		assertEquals("component.0.description", at("deposit.yaml study_component[1].acquisition").field());
		assertEquals("component.0.description", at("study component cells").field());
	}

	@Test
	void fileListProblemsLeadToTheFileListsStep() {
		assertEquals(new ProblemPlace(WizardStep.FILE_LISTS, null, "cells"), at("File-list cells row 4 " +
			"(cells/a b.tif)"));
		assertEquals("zstack", at("File-list zstack column 3 (\"Dose\")").fileList());
	}

	@Test
	void filesAndTheFolderLeadToTheImagesStep() {
		assertEquals(WizardStep.IMAGES, at("/data/study").step());
		assertEquals(WizardStep.IMAGES, at("cells/broken.tif").step());
	}
}
