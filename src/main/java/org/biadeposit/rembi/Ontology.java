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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.BundledTable;

/**
 * The part of an ontology bundled with bia-deposit, so that a term id can be checked against its label without a
 * network: all of FBbi ({@code fbbi-terms.tsv}, generated from the ontology's release) and the organisms most often
 * imaged from the NCBI Taxonomy ({@code ncbi-taxa.tsv}). Each table names its source at its top.
 */
public final class Ontology {

	/** One term of the table. */
	public record Term(OntologyTerm term, boolean obsolete, String replacedBy, List<String> synonyms) {

		public Term {
			synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
		}

		/** Whether the text is this term's label or one of its synonyms, ignoring case and runs of spaces. */
		public boolean names(String text) {
			return term.labelled(text) || synonyms.stream().anyMatch(s -> new OntologyTerm(s, null, null).labelled(
				text));
		}
	}

	private static Ontology fbbi;
	private static Ontology ncbiTaxonomy;

	private final String prefix;
	private final Map<String, Term> byId = new LinkedHashMap<>();
	private final Map<String, Term> byLabel = new LinkedHashMap<>();

	private Ontology(String prefix) {
		this.prefix = prefix;
	}

	/** Every FBbi term, obsolete ones marked. */
	public static synchronized Ontology fbbi() {
		if (fbbi == null) {
			Ontology o = new Ontology(OntologyTerm.FBBI);
			for (String[] f : BundledTable.rows(Ontology.class, "fbbi-terms.tsv")) {
				List<String> synonyms = new ArrayList<>();
				if (f.length > 4 && !f[4].isBlank()) for (String s : f[4].split(" \\| ")) synonyms.add(s.strip());
				o.add(new Term(new OntologyTerm(f[1], OntologyTerm.FBBI, f[0]), f.length > 2 && !f[2].isBlank(),
					f.length > 3 && !f[3].isBlank() ? f[3] : null, synonyms));
			}
			fbbi = o;
		}
		return fbbi;
	}

	/** The organisms of the bundled taxon table, labelled by scientific name; the common name is a synonym. */
	public static synchronized Ontology ncbiTaxonomy() {
		if (ncbiTaxonomy == null) {
			Ontology o = new Ontology(OntologyTerm.NCBI_TAXON);
			for (String[] f : BundledTable.rows(Ontology.class, "ncbi-taxa.tsv")) {
				List<String> common = f.length > 2 && !f[2].isBlank() ? List.of(f[2]) : List.of();
				o.add(new Term(new OntologyTerm(f[1], OntologyTerm.NCBI_TAXON, OntologyTerm.NCBI_TAXON + "_" + f[0]),
					false, null, common));
			}
			ncbiTaxonomy = o;
		}
		return ncbiTaxonomy;
	}

	private void add(Term t) {
		byId.put(t.term().termId(), t);
		byLabel.putIfAbsent(OntologyTerm.squeezed(t.term().label()), t);
	}

	/** The term with this id (in any spelling {@link OntologyTerm} reads), or null when the table has none. */
	public Term find(String id) {
		String norm = prefix.equals(OntologyTerm.FBBI) ? OntologyTerm.fbbiId(id) : OntologyTerm.taxonId(id);
		return norm == null ? null : byId.get(norm);
	}

	/** The term labelled so (ignoring case and runs of spaces), preferring one not obsolete; or null. */
	public Term labelled(String label) {
		if (label == null || label.isBlank()) return null;
		Term t = byLabel.get(OntologyTerm.squeezed(label));
		if (t != null && !t.obsolete()) return t;
		for (Term x : byId.values()) {
			if (!x.obsolete() && x.names(label)) return x;
		}
		return t;
	}

	/**
	 * The current term whose label is nearest to this text (few letters changed, added or left out, ignoring
	 * case), for a "did you mean"; null when none is close.
	 */
	public Term nearest(String text) {
		if (text == null || text.isBlank()) return null;
		String wanted = OntologyTerm.squeezed(text);
		Term best = null;
		int bestDistance = Math.max(2, wanted.length() / 4) + 1;
		for (Term t : byId.values()) {
			if (t.obsolete()) continue;
			String label = OntologyTerm.squeezed(t.term().label());
			if (Math.abs(label.length() - wanted.length()) >= bestDistance) continue;
			int d = Spelling.distance(wanted, label);
			if (d < bestDistance) {
				best = t;
				bestDistance = d;
			}
		}
		return best;
	}
}
