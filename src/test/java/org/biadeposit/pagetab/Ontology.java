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

import java.util.Set;
import java.util.TreeSet;

/**
 * Ontology-backed values of a section as label and term id, whichever form holds them: a plain label ("Homo
 * sapiens (human)"), a label with valqual Ontology and TermId, or bia-agent's subsections. The term id is reduced to
 * its number ("NCBITaxon_9606", "NCBI:txid9606" and "9606" are one; "FBbi_00000251" and "FBbi:00000251" are one).
 */
final class Ontology {

	private Ontology() {}

	static Set<String> organisms(Section s) {
		Set<String> out = new TreeSet<>();
		String label = null, id = null;
		for (Attribute a : s.attributes()) {
			if (!a.named("Organism") || a.value() == null) continue;
			label = a.value().replaceAll("\\s*\\([^()]*\\)\\s*$", "").strip();
			id = termId(a);
		}
		for (Section o : s.subsections("Organism")) {
			if (o.attribute("Scientific name") != null) label = o.attribute("Scientific name").strip();
			if (o.attribute("NCBI taxon ID") != null) id = o.attribute("NCBI taxon ID");
		}
		if (label != null || id != null) out.add(label + " " + digits(id));
		return out;
	}

	static Set<String> imagingMethods(Section s) {
		java.util.Map<String, String> byLabel = new java.util.TreeMap<>();
		for (Attribute a : s.attributes()) {
			if (a.named("Imaging method") && a.value() != null) byLabel.merge(a.value().strip().toLowerCase(), digits(
				termId(a)), (x, y) -> x.equals("") ? y : x);
		}
		for (Section m : s.subsections("Imaging Method")) {
			String v = m.attribute("Ontology Value");
			if (v != null) byLabel.merge(v.strip().toLowerCase(), digits(m.attribute("Ontology Term ID")), (x,
				y) -> x.equals("") ? y : x);
		}
		Set<String> out = new TreeSet<>();
		byLabel.forEach((k, v) -> out.add(k + " " + v));
		return out;
	}

	private static String termId(Attribute a) {
		for (Qualifier q : a.valueQualifiers()) {
			if (q.name().equalsIgnoreCase("TermId")) return q.value();
		}
		return null;
	}

	private static String digits(String id) {
		if (id == null) return "";
		String d = id.replaceAll("^.*?(\\d+)$", "$1");
		return d.replaceFirst("^0+(?=\\d)", "");
	}
}
