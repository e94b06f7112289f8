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
import static org.biadeposit.rembi.Problem.Severity.WARNING;

import java.nio.file.Path;
import java.util.List;

import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Specimen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 2: biosamples, specimens, image acquisitions, analyses and correlations. */
class ModuleRulesTest {

	@TempDir
	Path root;

	private static final Biosample.Organism ZEBRAFISH = new Biosample.Organism("Danio rerio", "zebrafish",
		"NCBI:txid7955");

	private Draft draft() {
		return Draft.good(root);
	}

	private static Biosample wt(Biosample.Organism o, String entity) {
		return new Biosample("WT embryos", o, entity, null, null, null, null);
	}

	@Test
	void atLeastOneBiosample() {
		Draft d = draft();
		d.biosamples.clear();
		Report r = d.validate();
		Expect.at(r, ERROR, "deposit.yaml biosamples", "no biosample", "biosamples:");
		// The components' links to them break too, and say so in their own place.
		Expect.at(r, ERROR, "deposit.yaml study_component.\"Wild type\".biosample", "no biosample is titled " +
			"\"WT embryos\"", "there are no biosamples");
	}

	@Test
	void biosampleTitleIsRequired() {
		Draft d = draft();
		d.biosamples.add(new Biosample(" ", ZEBRAFISH, "whole embryos", null, null, null, null));
		Expect.only(d.validate(), ERROR, "deposit.yaml biosamples[3]", "no title");
	}

	@Test
	void organismIsRequired() {
		Draft d = draft();
		d.biosamples.set(0, wt(null, "whole embryos"));
		Expect.only(d.validate(), ERROR, "deposit.yaml biosamples.\"WT embryos\".organism", "no organism",
			"organism.scientific_name", "https://www.ncbi.nlm.nih.gov/taxonomy");
		d.biosamples.set(0, wt(new Biosample.Organism(null, "zebrafish", "NCBI:txid7955"), "whole embryos"));
		Expect.only(d.validate(), ERROR, "deposit.yaml biosamples.\"WT embryos\".organism.scientific_name",
			"no scientific name");
	}

	@Test
	void missingTaxonIsAWarning() {
		Draft d = draft();
		d.biosamples.set(0, wt(new Biosample.Organism("Danio rerio", null, " "), "whole embryos"));
		Expect.only(d.validate(), WARNING, "deposit.yaml biosamples.\"WT embryos\".organism.ncbi_taxon",
			"give organism.ncbi_taxon, for Danio rerio NCBITaxon_7955");
		d.biosamples.set(0, wt(new Biosample.Organism("Danio reriox", null, null), "whole embryos"));
		Expect.only(d.validate(), WARNING, "deposit.yaml biosamples.\"WT embryos\".organism.ncbi_taxon",
			"e.g. NCBITaxon_9606 for Homo sapiens; look it up at https://www.ncbi.nlm.nih.gov/taxonomy");
	}

	@Test
	void malformedTaxonIsAnError() {
		Draft d = draft();
		d.biosamples.set(0, wt(new Biosample.Organism("Danio rerio", null, "7955"), "whole embryos"));
		Expect.none(d.validate()); // the bare number is one of the usual spellings
		d.biosamples.set(0, wt(new Biosample.Organism("Danio rerio", null, "zebrafish"), "whole embryos"));
		Expect.only(d.validate(), ERROR, "deposit.yaml biosamples.\"WT embryos\".organism.ncbi_taxon",
			"\"zebrafish\" is not an NCBI taxon id", "Danio rerio is NCBITaxon_7955");
	}

	@Test
	void biologicalEntityIsRequired() {
		Draft d = draft();
		d.biosamples.set(0, wt(ZEBRAFISH, null));
		Expect.only(d.validate(), ERROR, "deposit.yaml biosamples.\"WT embryos\".biological_entity",
			"no biological entity");
	}

	@Test
	void atLeastOneSpecimenWithAProtocol() {
		Draft d = draft();
		d.specimens.set(0, new Specimen("Fixed embryos", "", "grown at 28.5 °C"));
		Expect.only(d.validate(), ERROR, "deposit.yaml specimens.\"Fixed embryos\".sample_preparation",
			"no sample preparation protocol");
		d.specimens.clear();
		Expect.at(d.validate(), ERROR, "deposit.yaml specimens", "no specimen");
	}

	@Test
	void acquisitionsNeedInstrumentParametersAndMethod() {
		Draft d = draft();
		ImageAcquisition a = d.acquisitions.get(0);
		d.acquisitions.set(0, new ImageAcquisition(a.title(), null, a.imageAcquisitionParameters(), a
			.imagingMethods()));
		Expect.only(d.validate(), ERROR, "deposit.yaml acquisitions.\"Confocal 20x\".imaging_instrument",
			"no imaging instrument");
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), " ", a.imagingMethods()));
		Expect.only(d.validate(), ERROR, "deposit.yaml acquisitions.\"Confocal 20x\".image_acquisition_parameters",
			"no acquisition parameters");
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
			List.of()));
		Expect.only(d.validate(), ERROR, "deposit.yaml acquisitions.\"Confocal 20x\".imaging_method",
			"no imaging method", "FBbi term");
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
			List.of(new ImageAcquisition.ImagingMethod(null, "http://purl.obolibrary.org/obo/FBbi_00000251", null))));
		Expect.only(d.validate(), ERROR, "deposit.yaml acquisitions.\"Confocal 20x\".imaging_method",
			"no imaging method");
		d.acquisitions.clear();
		Expect.at(d.validate(), ERROR, "deposit.yaml acquisitions", "no image acquisition");
	}

	@Test
	void anEmptySecondMethodIsNamed() {
		Draft d = draft();
		ImageAcquisition a = d.acquisitions.get(0);
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
			List.of(a.imagingMethods().get(0), new ImageAcquisition.ImagingMethod("", null, null))));
		Expect.only(d.validate(), ERROR, "deposit.yaml acquisitions.\"Confocal 20x\".imaging_method[2].value",
			"no value");
	}

	@Test
	void imagingMethodIdShouldBeAnFbbiId() {
		Draft d = draft();
		ImageAcquisition a = d.acquisitions.get(0);
		for (String usual : List.of("FBbi:00000251", "FBbi_00000251", "https://purl.obolibrary.org/obo/FBbi_00000251")) {
			d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
				List.of(new ImageAcquisition.ImagingMethod("confocal microscopy", usual, null))));
			Expect.none(d.validate());
		}
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
			List.of(new ImageAcquisition.ImagingMethod("confocal microscopy", "EFO_0000001", null))));
		Expect.only(d.validate(), ERROR, "deposit.yaml acquisitions.\"Confocal 20x\".imaging_method.ontology_id",
			"is not an FBbi term id", "FBbi_00000251");
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
			List.of(new ImageAcquisition.ImagingMethod("confocal microscopy", "http://purl.obolibrary.org/obo/FBbi_251",
				null))));
		Expect.only(d.validate(), ERROR, "deposit.yaml acquisitions.\"Confocal 20x\".imaging_method.ontology_id",
			"is not an FBbi term id");
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
			List.of(new ImageAcquisition.ImagingMethod("confocal microscopy", null, null))));
		Expect.none(d.validate());
	}

	@Test
	void analysisNeedsATitleAndShouldHaveAnOverview() {
		Draft d = draft();
		d.analyses.set(0, new ImageAnalysis("Nucleus segmentation", null));
		Expect.only(d.validate(), ERROR, "deposit.yaml analysis.\"Nucleus segmentation\".analysis_overview",
			"no overview", "BioImages.v5 template requires");
		d.analyses.add(new ImageAnalysis(null, "Fiji"));
		Expect.at(d.validate(), ERROR, "deposit.yaml analysis[2]", "no title");
	}

	@Test
	void correlationNeedsATitle() {
		Draft d = draft();
		d.correlations.add(new ImageCorrelation("", null, null, null));
		Expect.at(d.validate(), ERROR, "deposit.yaml correlations[2]", "this image correlation has no title");
	}

	@Test
	void titlesAreUniqueWithinTheirKind() {
		Draft d = draft();
		d.biosamples.add(new Biosample("WT embryos", ZEBRAFISH, "larvae", null, null, null, null));
		Expect.only(d.validate(), ERROR, "deposit.yaml biosamples.\"WT embryos\"", "the 1st biosample has the same " +
			"title", "ambiguous");
		d.biosamples.remove(2);
		d.specimens.add(new Specimen("fixed embryos", "methanol", null));
		Expect.only(d.validate(), ERROR, "deposit.yaml specimens.\"fixed embryos\"", "differs only in case",
			"\"Fixed embryos\"", "ambiguous");
	}

	@Test
	void theSameTitleInDifferentKindsIsFine() {
		Draft d = draft();
		d.specimens.add(new Specimen("WT embryos", "fixed", null));
		Expect.none(d.validate());
	}

	@Test
	void humanDataIsAWarning() {
		Draft d = draft();
		d.biosamples.set(0, wt(new Biosample.Organism("Homo sapiens", "human", "NCBI:txid9606"), "HeLa cells"));
		Report r = d.validate();
		Expect.only(r, WARNING, "deposit.yaml biosamples.\"WT embryos\".organism", "BIA does not take data that " +
			"identifies a person", "de-identified", "consent allows public release");
		// By the taxon alone, or by the template's label alone.
		d.biosamples.set(0, wt(new Biosample.Organism("H. sapiens", null, "NCBI:txid9606"), "HeLa cells"));
		Expect.at(d.validate(), WARNING, "deposit.yaml biosamples.\"WT embryos\".organism", "identifies a person");
		d.biosamples.set(0, wt(new Biosample.Organism("Homo sapiens (human)", null, "NCBI:txid9606"), "HeLa"));
		Expect.only(d.validate(), WARNING, "deposit.yaml biosamples.\"WT embryos\".organism", "identifies a person");
		d.biosamples.set(0, wt(new Biosample.Organism("Homo sapiens", null, null), "HeLa"));
		Expect.at(d.validate(), WARNING, "deposit.yaml biosamples.\"WT embryos\".organism", "identifies a person");
		// Mouse is not human.
		d.biosamples.set(0, wt(new Biosample.Organism("Mus musculus", null, "NCBI:txid10090"), "liver"));
		Expect.none(d.validate());
	}
}
