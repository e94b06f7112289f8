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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.biadeposit.harvest.BundledTable;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.ImagingMethods;

/**
 * The bundled tables the Description step picks from, searchable offline: FBbi imaging methods (the harvest's table)
 * and common microscopy organisms with their NCBI taxon ({@code ncbi-taxa.tsv} beside this class, whose first line
 * names its source). Free text stays allowed; validation flags what is not a known term.
 */
final class Terms {

	/** A term: what a person reads, the identifier deposit.yaml takes, and another name it is known by. */
	record Term(String label, String id, String alsoKnownAs) {

		@Override
		public String toString() {
			return label + (alsoKnownAs == null || alsoKnownAs.isEmpty() ? "" : " (" + alsoKnownAs + ")") + "  " + id;
		}
	}

	/** The prefix of FBbi identifiers in deposit.yaml. */
	static final String OBO = "http://purl.obolibrary.org/obo/";

	static final Terms ORGANISMS = new Terms(organisms());
	static final Terms IMAGING_METHODS = new Terms(imagingMethods());

	private final List<Term> terms;

	private Terms(List<Term> terms) {
		this.terms = List.copyOf(terms);
	}

	List<Term> all() {
		return terms;
	}

	/** The terms whose label, identifier or other name contains the text (any case); those it starts first. */
	List<Term> search(String text) {
		String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return terms.stream().filter(x -> (x.label() + "\t" + x.id() + "\t" + x.alsoKnownAs()).toLowerCase(
			Locale.ROOT).contains(t)).sorted(Comparator.comparing((Term x) -> !x.label().toLowerCase(Locale.ROOT)
				.startsWith(t)).thenComparing(Term::label)).toList();
	}

	/** The term with exactly this label (any case), or null. */
	Term named(String label) {
		if (label == null) return null;
		return terms.stream().filter(x -> x.label().equalsIgnoreCase(label.strip())).findFirst().orElse(null);
	}

	private static List<Term> imagingMethods() {
		List<Term> out = new ArrayList<>();
		for (ImageRecord.ImagingMethod m : ImagingMethods.all()) {
			Term t = new Term(m.name(), OBO + m.fbbiId(), "");
			if (!out.contains(t)) out.add(t);
		}
		out.sort(Comparator.comparing(Term::label));
		return out;
	}

	private static List<Term> organisms() {
		List<Term> out = new ArrayList<>();
		for (String[] f : BundledTable.rows(Terms.class, "ncbi-taxa.tsv")) {
			if (f.length >= 3) out.add(new Term(f[0], f[2], f[1]));
		}
		return out;
	}
}
