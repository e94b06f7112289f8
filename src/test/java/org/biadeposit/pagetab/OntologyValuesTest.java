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
package org.biadeposit.pagetab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.biadeposit.TestData;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.OntologyTerm;
import org.junit.jupiter.api.Test;

/** Ontology values read from every form published studies use, and written as the submission tool writes them. */
class OntologyValuesTest {

	private static final String OVERRIDES = PageTabJsonTest.OVERRIDES;

	private static Submission read(String accession) throws IOException {
		return PageTabJson.read(TestData.file(OVERRIDES + accession + "/" + accession + "_original.json"));
	}

	/** bia-agent's subsections (S-BIAD677): Ontology Value/Name/Term ID and Scientific/Common name, taxon ID. */
	@Test
	void biaAgentSubsections() throws IOException {
		Submission s = read("S-BIAD677");
		assertEquals(List.of(OntologyTerm.fbbi("fluorescence microscopy", "FBbi_00000246")), OntologyValues
			.imagingMethods(s.sections("Image Acquisition").get(0)));
		assertEquals(List.of(new OntologyTerm("transmission electron microscopy (TEM)", "FBbi", "FBbi_00000258")),
			OntologyValues.imagingMethods(s.sections("Image Acquisition").get(2)));
		assertEquals(List.of(new OntologyTerm("homo sapiens (human)", "NCBITaxon", "NCBITaxon_9606")), OntologyValues
			.organisms(s.sections("Biosample").get(0)));
	}

	/** BioImages.v5 as published before 2026-02 (S-BIAD2808): plain labels, two methods on one acquisition. */
	@Test
	void v5PlainLabels() throws IOException {
		Submission s = read("S-BIAD2808");
		assertEquals("BioImages.v5", s.attribute("Template"));
		assertEquals(List.of(new OntologyTerm("electron microscopy", null, null), new OntologyTerm(
			"focussed ion beam scanning electron microscopy (FIB-SEM)", null, null)), OntologyValues.imagingMethods(s
				.sections("Image acquisition").get(0)));
		assertEquals(List.of(new OntologyTerm("Homo sapiens (human)", null, null)), OntologyValues.organisms(s
			.sections("Biosample").get(1)));
		assertEquals(1, s.sections("Annotation").size(), "the v5 form's spelling, which BIA's ingest does not read");
	}

	/** BioImages.v4 (S-BIAD1043): plain labels. */
	@Test
	void v4PlainLabels() throws IOException {
		Submission s = read("S-BIAD1043");
		for (Section b : s.sections("Biosample")) {
			List<OntologyTerm> organisms = OntologyValues.organisms(b);
			assertEquals(1, organisms.size(), b.toString());
			assertEquals(null, organisms.get(0).termId());
		}
	}

	/** An early study's organism with valqual (S-BIAD15: Ontology NCBITaxon, TermId 4932). */
	@Test
	void valqualOnAnEarlyStudy() throws IOException {
		Submission s = read("S-BIAD15");
		assertEquals(List.of(new OntologyTerm("Saccharomyces cerevisiae", "NCBITaxon", "NCBITaxon_4932")),
			OntologyValues.organisms(s.section()).stream().map(t -> new OntologyTerm(t.label().strip(), t.ontology(), t
				.termId())).toList());
	}

	/** What we write reads back to the same terms, ids in one spelling whatever spelling was given. */
	@Test
	void writtenAndReadBack() {
		ImageAcquisition.ImagingMethod confocal = new ImageAcquisition.ImagingMethod("confocal microscopy",
			"FBbi:00000251", null);
		ImageAcquisition.ImagingMethod unnamed = new ImageAcquisition.ImagingMethod("fluorescence microscopy", null,
			null);
		Section a = Section.of("a", "Image acquisition", List.of(OntologyValues.attribute("Imaging method",
			DepositionPageTab.imagingMethod(confocal)), OntologyValues.attribute("Imaging method", DepositionPageTab
				.imagingMethod(unnamed))));
		assertEquals(List.of(new OntologyTerm("confocal microscopy", "FBbi", "FBbi_00000251"), new OntologyTerm(
			"fluorescence microscopy", "FBbi", "FBbi_00000246")), OntologyValues.imagingMethods(a),
			"an FBbi label without id gets its id from the table");
		Section b = Section.of("b", "Biosample", List.of(OntologyValues.attribute("Organism", DepositionPageTab
			.organism(new Biosample.Organism("Danio rerio", "zebrafish", "7955")))));
		assertEquals(List.of(new OntologyTerm("Danio rerio (zebrafish)", "NCBITaxon", "NCBITaxon_7955")),
			OntologyValues.organisms(b));
	}

	@Test
	void oneTermOnceWhenBothFormsAreThere() {
		Section old = new Section("x", "Image acquisition", List.of(Attribute.of("Imaging method",
			"confocal microscopy")), List.of(), List.of(), Entry.each(List.of(Section.of(null, "Imaging Method", List
				.of(Attribute.of("Ontology Value", "confocal microscopy"), Attribute.of("Ontology Term ID",
					"http://purl.obolibrary.org/obo/FBbi_00000251"))))));
		assertEquals(List.of(new OntologyTerm("confocal microscopy", "FBbi", "FBbi_00000251")), OntologyValues
			.imagingMethods(old));
	}
}
