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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.RembiFields;

/**
 * The ontology-backed fields of a module in every form published studies use: the attribute with a plain label
 * (v4), the label with {@code valqual} Ontology and TermId (v5 and older studies), and bia-agent's subsections
 * ({@code Organism}: Scientific name, Common name, NCBI taxon ID; {@code Imaging Method}: Ontology Value, Ontology
 * Name, Ontology Term ID).
 */
final class ModuleFields {

	/** "Homo sapiens (human)": the scientific name, then the common name in brackets. */
	private static final Pattern WITH_COMMON_NAME = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)\\s*");

	private ModuleFields() {}

	/** A biosample's organism, from its Organism attribute or subsection (both taken); null if it has none. */
	static Biosample.Organism organism(Fields f) {
		Attribute a = f.takeAttribute(RembiFields.ORGANISM.attribute());
		List<Section> sub = f.take(s -> RembiFields.ORGANISM.older().stream().anyMatch(s::isType));
		String scientific = null, common = null, taxon = null;
		if (a != null && a.value() != null) {
			Matcher m = WITH_COMMON_NAME.matcher(a.value());
			if (m.matches()) {
				scientific = m.group(1);
				common = m.group(2);
			}
			else scientific = a.value().strip();
			taxon = qualifier(a, "TermId");
		}
		if (!sub.isEmpty()) {
			Section o = sub.get(0);
			if (o.attribute("Scientific name") != null) scientific = o.attribute("Scientific name");
			if (o.attribute("Common name") != null) common = o.attribute("Common name");
			if (o.attribute("NCBI taxon ID") != null) taxon = o.attribute("NCBI taxon ID");
		}
		if (scientific == null && common == null && taxon == null) return null;
		return new Biosample.Organism(scientific, common, taxon);
	}

	/** An acquisition's imaging methods, from its attributes and subsections (all taken), each once. */
	static List<ImageAcquisition.ImagingMethod> imagingMethods(Fields f) {
		List<ImageAcquisition.ImagingMethod> out = new ArrayList<>();
		for (Attribute a : f.takeAll(RembiFields.IMAGING_METHOD.attribute())) {
			if (a.value() == null) continue;
			out.add(new ImageAcquisition.ImagingMethod(a.value(), qualifier(a, "TermId"), qualifier(a, "Ontology")));
		}
		for (Section s : f.take(x -> RembiFields.IMAGING_METHOD.older().stream().anyMatch(x::isType))) {
			String value = s.attribute("Ontology Value");
			ImageAcquisition.ImagingMethod m = new ImageAcquisition.ImagingMethod(value, s.attribute(
				"Ontology Term ID"), s.attribute("Ontology Name"));
			int same = indexOf(out, value);
			if (same < 0) out.add(m);
			else {
				ImageAcquisition.ImagingMethod had = out.get(same);
				out.set(same, new ImageAcquisition.ImagingMethod(had.value(), had.ontologyId() != null ? had
					.ontologyId() : m.ontologyId(), had.ontologyName() != null ? had.ontologyName() : m.ontologyName()));
			}
		}
		return out;
	}

	private static int indexOf(List<ImageAcquisition.ImagingMethod> methods, String value) {
		for (int i = 0; i < methods.size(); i++) {
			if (value != null && value.equalsIgnoreCase(methods.get(i).value())) return i;
		}
		return -1;
	}

	private static String qualifier(Attribute a, String name) {
		for (Qualifier q : a.valueQualifiers()) {
			if (q.name().equalsIgnoreCase(name)) return q.value();
		}
		return null;
	}
}
