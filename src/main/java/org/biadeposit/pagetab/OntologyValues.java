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

import java.util.ArrayList;
import java.util.List;

import org.biadeposit.rembi.OntologyTerm;

/**
 * Ontology-backed values in PageTab, both ways. Written as the BIA submission tool writes them since 2026-02 (template
 * BioImages.v5): the label as the value, with {@code valqual} {@code Ontology} and {@code TermId}. Read from every
 * form published studies use: that one; bia-agent's {@code Imaging Method} and {@code Organism} subsections
 * ({@code Ontology Value}/{@code Ontology Name}/{@code Ontology Term ID}; {@code Scientific name}/{@code Common
 * name}/{@code NCBI taxon ID}); and the plain label of BioImages.v4 (a term without id).
 */
public final class OntologyValues {

	/** The attribute of an image acquisition that holds its imaging methods. */
	public static final String IMAGING_METHOD = "Imaging method";
	/** The attribute of a biosample that holds its organism. */
	public static final String ORGANISM = "Organism";

	private OntologyValues() {}

	/** The attribute for a term: its label as the value, {@code Ontology} and {@code TermId} when it has an id. */
	public static Attribute attribute(String name, OntologyTerm term) {
		List<Qualifier> q = new ArrayList<>();
		if (term.termId() != null) {
			if (term.ontology() != null) q.add(new Qualifier("Ontology", term.ontology()));
			q.add(new Qualifier("TermId", term.termId()));
		}
		return new Attribute(name, term.label(), false, List.of(), q);
	}

	/** The imaging methods of an {@code Image acquisition} section, in order, each once. */
	public static List<OntologyTerm> imagingMethods(Section acquisition) {
		List<OntologyTerm> terms = valued(acquisition, IMAGING_METHOD, OntologyTerm.FBBI);
		for (Section m : acquisition.subsections("Imaging Method")) {
			String label = m.attribute("Ontology Value");
			if (label == null || label.isBlank()) continue;
			OntologyTerm t = OntologyTerm.fbbi(label, m.attribute("Ontology Term ID"));
			addOnce(terms, t);
		}
		return terms;
	}

	/** The organisms of a {@code Biosample} section, in order, each once. */
	public static List<OntologyTerm> organisms(Section biosample) {
		List<OntologyTerm> terms = valued(biosample, ORGANISM, OntologyTerm.NCBI_TAXON);
		for (Section o : biosample.subsections(ORGANISM)) {
			String scientific = o.attribute("Scientific name");
			String common = o.attribute("Common name");
			String id = o.attribute("NCBI taxon ID");
			if (isBlank(scientific) && isBlank(id)) continue;
			String label = isBlank(common) ? scientific : isBlank(scientific) ? common : scientific + " (" + common +
				")";
			addOnce(terms, OntologyTerm.taxon(label, id));
		}
		return terms;
	}

	/** The attributes of that name with a value, their ids from {@code valqual TermId} when there is one. */
	private static List<OntologyTerm> valued(Section s, String name, String ontology) {
		List<OntologyTerm> terms = new ArrayList<>();
		for (Attribute a : s.attributes()) {
			if (!a.named(name) || isBlank(a.value())) continue;
			String id = qualifier(a, "TermId");
			String given = qualifier(a, "Ontology");
			OntologyTerm t = ontology.equals(OntologyTerm.FBBI) ? OntologyTerm.fbbi(a.value(), id) : OntologyTerm
				.taxon(a.value(), id);
			if (id == null) t = new OntologyTerm(a.value(), given, null);
			else if (given != null) t = new OntologyTerm(t.label(), given, t.termId());
			addOnce(terms, t);
		}
		return terms;
	}

	/** Adds the term unless one with the same label is there; then only fills in a missing id. */
	private static void addOnce(List<OntologyTerm> terms, OntologyTerm t) {
		for (int i = 0; i < terms.size(); i++) {
			OntologyTerm e = terms.get(i);
			if (!e.labelled(t.label()) && !(t.termId() != null && t.termId().equals(e.termId()))) continue;
			if (e.termId() == null && t.termId() != null) terms.set(i, new OntologyTerm(e.label(), t.ontology(), t
				.termId()));
			return;
		}
		terms.add(t);
	}

	/** The value of the attribute's first value qualifier of that name (ignoring case), or null. */
	private static String qualifier(Attribute a, String name) {
		for (Qualifier q : a.valueQualifiers()) {
			if (q.name().equalsIgnoreCase(name) && !isBlank(q.value())) return q.value().strip();
		}
		return null;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
