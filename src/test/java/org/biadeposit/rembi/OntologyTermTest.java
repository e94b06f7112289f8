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
package org.biadeposit.rembi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ontology ids in every spelling people write, and the bundled FBbi and NCBI taxon tables. */
class OntologyTermTest {

	@ParameterizedTest
	@ValueSource(strings = { "FBbi:00000246", "FBbi_00000246", "http://purl.obolibrary.org/obo/FBbi_00000246",
		"https://purl.obolibrary.org/obo/FBbi_00000246", " fbbi:00000246 ", "obo:FBbi_00000246" })
	void fbbiIdSpellings(String spelling) {
		assertEquals("FBbi_00000246", OntologyTerm.fbbiId(spelling));
	}

	@ParameterizedTest
	@ValueSource(strings = { "NCBITaxon:9606", "NCBITaxon_9606", "http://purl.obolibrary.org/obo/NCBITaxon_9606",
		"9606", "NCBI:txid9606", "txid9606", " 9606 " })
	void taxonIdSpellings(String spelling) {
		assertEquals("NCBITaxon_9606", OntologyTerm.taxonId(spelling));
		assertEquals("9606", OntologyTerm.taxonNumber(spelling));
	}

	@Test
	void notIds() {
		assertNull(OntologyTerm.fbbiId("confocal microscopy"));
		assertNull(OntologyTerm.fbbiId("FBbi:246"));
		assertNull(OntologyTerm.taxonId("Homo sapiens"));
		assertNull(OntologyTerm.taxonId("NCBI:txid"));
		assertEquals("http://purl.obolibrary.org/obo/FBbi_00000251", OntologyTerm.fbbi("confocal microscopy",
			"FBbi:00000251").iri());
	}

	@Test
	void fbbiTableHasEveryTermOfTheRelease() {
		Ontology fbbi = Ontology.fbbi();
		assertEquals("confocal microscopy", fbbi.find("FBbi:00000251").term().label());
		assertEquals("fluorescence microscopy", fbbi.find("http://purl.obolibrary.org/obo/FBbi_00000246").term()
			.label());
		// terms the harvest's OME mapping does not use, as published studies name them (S-BIAD2808, S-BIAD677)
		assertEquals("FBbi_00050000", fbbi.labelled("focussed ion beam scanning electron microscopy (FIB-SEM)").term()
			.termId());
		assertEquals("FBbi_00000258", fbbi.labelled("transmission electron microscopy (TEM)").term().termId());
		assertEquals("FBbi_00050000", fbbi.labelled("FIB-SEM").term().termId(), "an exact synonym");
		assertTrue(fbbi.find("FBbi_00000000").obsolete());
		assertNull(fbbi.find("FBbi_99999999"));
	}

	@Test
	void didYouMean() {
		assertEquals("confocal microscopy", Ontology.fbbi().nearest("confocal microscopie").term().label());
		assertEquals("fluorescence microscopy", Ontology.fbbi().nearest("Flourescence  Microscopy").term().label());
		assertNull(Ontology.fbbi().nearest("the microscope in room 3"));
	}

	@Test
	void taxonTable() {
		Ontology taxa = Ontology.ncbiTaxonomy();
		assertEquals("Homo sapiens", taxa.find("NCBI:txid9606").term().label());
		assertEquals("NCBITaxon_10090", taxa.labelled("mus  musculus").term().termId());
		assertTrue(taxa.find("7955").names("zebrafish"), "the common name");
		assertNotNull(taxa.find("9534"), "Vero cells' species, in the ground truth");
		assertNull(taxa.find("NCBITaxon_123456789"));
	}
}
