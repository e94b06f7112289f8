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
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.ImageAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FBbi terms and NCBI taxa checked against the bundled tables; the fields BioImages.v5 requires. */
class OntologyRulesTest {

	private static final String METHOD = "deposit.yaml acquisitions.\"Confocal 20x\".imaging_method";
	private static final String TAXON = "deposit.yaml biosamples.\"WT embryos\".organism.ncbi_taxon";

	@TempDir
	Path root;

	private Draft method(String value, String id) {
		Draft d = Draft.good(root);
		ImageAcquisition a = d.acquisitions.get(0);
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
			List.of(new ImageAcquisition.ImagingMethod(value, id, null))));
		return d;
	}

	private Draft taxon(String scientificName, String taxon) {
		Draft d = Draft.good(root);
		Biosample b = d.biosamples.get(0);
		d.biosamples.set(0, new Biosample(b.title(), new Biosample.Organism(scientificName, null, taxon), b
			.biologicalEntity(), null, null, null, null));
		return d;
	}

	@ParameterizedTest
	@ValueSource(strings = { "FBbi:00000246", "FBbi_00000246", "http://purl.obolibrary.org/obo/FBbi_00000246" })
	void everyFbbiSpellingIsAccepted(String id) {
		Expect.none(method("fluorescence microscopy", id).validate());
	}

	@Test
	void fbbiLabelWithoutIdIsLookedUp() {
		Expect.none(method("Confocal Microscopy", null).validate());
	}

	@Test
	void fbbiIdThatDoesNotExist() {
		Expect.only(method("confocal microscopy", "FBbi:00009999").validate(), ERROR, METHOD + ".ontology_id",
			"FBbi has no term FBbi_00009999", "\"confocal microscopy\" is FBbi_00000251");
	}

	@Test
	void fbbiIdWhoseLabelIsAnother() {
		Expect.only(method("confocal microscopy", "FBbi_00000246").validate(), WARNING, METHOD + ".value",
			"FBbi term FBbi_00000246 is \"fluorescence microscopy\", not \"confocal microscopy\"",
			"the id of \"confocal microscopy\", FBbi_00000251");
	}

	@Test
	void fbbiLabelMisspelt() {
		Expect.only(method("confocal microscopie", null).validate(), WARNING, METHOD + ".value",
			"not an FBbi term", "did you mean \"confocal microscopy\" (FBbi_00000251)?");
	}

	@Test
	void fbbiIdNotAnId() {
		Expect.only(method("confocal microscopy", "LSM").validate(), ERROR, METHOD + ".ontology_id",
			"\"LSM\" is not an FBbi term id", "the id of \"confocal microscopy\" is FBbi_00000251");
	}

	/** bia-agent's own example names an EDAM term: a warning, not an error bia-agent would not give. */
	@Test
	void aTermOfAnotherOntologyIsAWarning() {
		Draft d = Draft.good(root);
		ImageAcquisition a = d.acquisitions.get(0);
		d.acquisitions.set(0, new ImageAcquisition(a.title(), a.imagingInstrument(), a.imageAcquisitionParameters(),
			List.of(new ImageAcquisition.ImagingMethod("Echography", "http://edamontology.org/topic_3954", "EDAM"))));
		Expect.only(d.validate(), WARNING, METHOD + ".ontology_id", "\"http://edamontology.org/topic_3954\" is a " +
			"term of EDAM, not of FBbi");
	}

	@Test
	void obsoleteFbbiTerm() {
		Expect.only(method("dummy term", "FBbi_00000000").validate(), WARNING, METHOD + ".ontology_id",
			"is obsolete in FBbi");
	}

	@ParameterizedTest
	@ValueSource(strings = { "NCBITaxon:7955", "NCBITaxon_7955", "http://purl.obolibrary.org/obo/NCBITaxon_7955",
		"7955", "NCBI:txid7955" })
	void everyTaxonSpellingIsAccepted(String id) {
		Expect.none(taxon("Danio rerio", id).validate());
	}

	@Test
	void taxonOfAnotherSpecies() {
		Expect.only(taxon("Danio rerio", "NCBITaxon_10090").validate(), WARNING, TAXON,
			"NCBITaxon_10090 is Mus musculus, not Danio rerio", "the taxon of Danio rerio is NCBITaxon_7955");
	}

	@Test
	void taxonNotAnId() {
		Expect.only(taxon("Danio rerio", "zebrafish").validate(), ERROR, TAXON, "\"zebrafish\" is not an NCBI " +
			"taxon id", "Danio rerio is NCBITaxon_7955");
	}

	@Test
	void strainOfAKnownSpecies() {
		Expect.none(taxon("Danio rerio AB", "7955").validate());
	}

	@Test
	void correlationNeedsItsAlignment() {
		Draft d = Draft.good(root);
		d.correlations.set(0, new ImageCorrelation("Light to EM", " ", "gold beads", null));
		Expect.only(d.validate(), ERROR, "deposit.yaml correlations.\"Light to EM\".spatial_and_temporal_alignment",
			"BioImages.v5 template requires");
	}

	@Test
	void analysisNeedsItsOverview() {
		Draft d = Draft.good(root);
		d.analyses.set(0, new ImageAnalysis("Nucleus segmentation", null));
		Expect.only(d.validate(), ERROR, "deposit.yaml analysis.\"Nucleus segmentation\".analysis_overview",
			"BioImages.v5 template requires");
	}
}
