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

import static org.biadeposit.validate.Findings.Section.ACQUISITIONS;
import static org.biadeposit.validate.Findings.Section.BIOSAMPLES;

import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.Ontology;
import org.biadeposit.rembi.OntologyTerm;
import org.biadeposit.rembi.Place;

/**
 * Ontology values against the bundled tables ({@link Ontology}): an FBbi imaging method's id exists and its label is
 * the term's, or a did-you-mean; an organism's NCBI taxon is one and names the same species. Every usual spelling of
 * an id is accepted without a word ({@code FBbi:00000246}, {@code FBbi_00000246}, the IRI; {@code NCBITaxon:9606},
 * {@code NCBITaxon_9606}, the IRI, {@code 9606}, {@code NCBI:txid9606}).
 */
final class OntologyRules {

	private static final String FBBI_BROWSER = "https://www.ebi.ac.uk/ols4/ontologies/fbbi";
	private static final String TAXONOMY_BROWSER = "https://www.ncbi.nlm.nih.gov/taxonomy";

	private final Places at;
	private final Findings out;

	OntologyRules(Places at, Findings out) {
		this.at = at;
		this.out = out;
	}

	/** Whether a method names a term of an ontology other than FBbi: by its ontology name, or an IRI elsewhere. */
	private static boolean otherOntology(ImageAcquisition.ImagingMethod m) {
		String name = m.ontologyName() == null ? "" : m.ontologyName().toLowerCase(java.util.Locale.ROOT);
		String id = m.ontologyId().strip().toLowerCase(java.util.Locale.ROOT);
		if (name.contains("fbbi") || name.contains("biological imaging methods") || id.contains("fbbi")) return false;
		return !name.isBlank() || id.matches("https?://.*");
	}

	/** @param place the key path of the imaging method, e.g. "acquisitions.Confocal.imaging_method" */
	void imagingMethod(String place, ImageAcquisition.ImagingMethod m) {
		if (Text.isBlank(m.value())) return;
		String label = m.value().strip();
		Ontology fbbi = Ontology.fbbi();
		if (!Text.isBlank(m.ontologyId())) {
			Place where = at.yaml(place + ".ontology_id");
			String id = OntologyTerm.fbbiId(m.ontologyId());
			if (id == null && otherOntology(m)) {
				// bia-agent takes any ontology (its own example names an EDAM term); BIA's template prefers FBbi
				Ontology.Term named = fbbi.labelled(label);
				out.warning(ACQUISITIONS, where, "\"" + m.ontologyId().strip() + "\" is a term of " + (Text.isBlank(m
					.ontologyName()) ? "another ontology" : m.ontologyName().strip()) + ", not of FBbi, which BIA's " +
					"template uses for imaging methods" + (named != null ? "; FBbi's \"" + named.term().label() +
						"\" is " + named.term().termId() : "; give the FBbi term if there is one (" + FBBI_BROWSER +
							")"));
				return;
			}
			if (id == null) {
				Ontology.Term named = fbbi.labelled(label);
				out.error(ACQUISITIONS, where, "\"" + m.ontologyId().strip() + "\" is not an FBbi term id; " +
					(named != null ? "the id of \"" + named.term().label() + "\" is " + named.term().termId()
						: "write it as FBbi_ followed by eight digits, e.g. FBbi_00000251 for confocal microscopy " +
							"(" + FBBI_BROWSER + "), or leave ontology_id out"));
				return;
			}
			Ontology.Term t = fbbi.find(id);
			if (t == null) {
				Ontology.Term named = fbbi.labelled(label);
				out.error(ACQUISITIONS, where, "FBbi has no term " + id + (named != null ? "; \"" + label + "\" is " +
					named.term().termId() : "; look the term up at " + FBBI_BROWSER));
				return;
			}
			if (t.obsolete()) {
				Ontology.Term by = t.replacedBy() == null ? null : fbbi.find(t.replacedBy());
				out.warning(ACQUISITIONS, where, id + " (\"" + t.term().label() + "\") is obsolete in FBbi; " + (by !=
					null ? "use " + by.term().termId() + ", \"" + by.term().label() + "\"" : "choose a current " +
						"term at " + FBBI_BROWSER));
				return;
			}
			if (!t.term().labelled(label)) {
				Ontology.Term named = fbbi.labelled(label);
				out.warning(ACQUISITIONS, at.yaml(place + ".value"), "FBbi term " + id + " is \"" + t.term().label() +
					"\", not \"" + label + "\"; write the value as \"" + t.term().label() + "\"" + (named != null &&
						named != t ? ", or give the id of \"" + named.term().label() + "\", " + named.term().termId()
						: ""));
			}
			return;
		}
		if (fbbi.labelled(label) != null) return;
		Ontology.Term near = fbbi.nearest(label);
		out.warning(ACQUISITIONS, at.yaml(place + ".value"), "\"" + label + "\" is not an FBbi term, and BIA " +
			"describes imaging methods with FBbi terms; " + (near != null ? "did you mean \"" + near.term()
				.label() + "\" (" + near.term().termId() + ")?" : "choose the term nearest to what was done at " +
					FBBI_BROWSER));
	}

	/** @param entry the key path of the biosample */
	void organism(String entry, Biosample.Organism o) {
		Place where = at.yaml(entry + ".organism.ncbi_taxon");
		Ontology taxa = Ontology.ncbiTaxonomy();
		String name = Text.isBlank(o.scientificName()) ? null : o.scientificName().strip();
		Ontology.Term named = name == null ? null : taxa.labelled(name);
		String given = o.ncbiTaxon() == null ? null : o.ncbiTaxon().strip();
		if (Text.isBlank(given)) {
			out.warning(BIOSAMPLES, where, "the organism has no NCBI taxon; give organism.ncbi_taxon, " + (named !=
				null ? "for " + named.term().label() + " " + named.term().termId() : "e.g. NCBITaxon_9606 for Homo " +
					"sapiens; look it up at " + TAXONOMY_BROWSER));
			return;
		}
		String id = OntologyTerm.taxonId(given);
		if (id == null) {
			out.error(BIOSAMPLES, where, "\"" + given + "\" is not an NCBI taxon id; " + (named != null
				? named.term().label() + " is " + named.term().termId() : "write the taxon number, e.g. " +
					"NCBITaxon_9606 (or 9606) for Homo sapiens; look it up at " + TAXONOMY_BROWSER));
			return;
		}
		Ontology.Term t = taxa.find(id);
		if (t == null || name == null || t.names(name) || t.names(firstTwoWords(name))) return;
		out.warning(BIOSAMPLES, where, id + " is " + t.term().label() + ", not " + name + "; " + (named != null
			? "the taxon of " + named.term().label() + " is " + named.term().termId() : "check the taxon at " +
				TAXONOMY_BROWSER) + ", or correct organism.scientific_name");
	}

	/** "Mus musculus" of "Mus musculus C57BL/6": a strain named after the species. */
	private static String firstTwoWords(String name) {
		String[] w = name.split("\\s+");
		return w.length > 2 ? w[0] + " " + w[1] : name;
	}
}
