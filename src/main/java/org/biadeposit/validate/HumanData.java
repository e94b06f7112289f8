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

import static org.biadeposit.validate.Findings.Section.BIOSAMPLES;

import java.util.List;
import java.util.Locale;

import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.OntologyTerm;

/** Images of human material: BIA does not take data that identifies a person. */
final class HumanData {

	private final Places at;
	private final Findings out;

	HumanData(Places at, Findings out) {
		this.at = at;
		this.out = out;
	}

	void check(List<Biosample> biosamples) {
		for (int i = 0; i < biosamples.size(); i++) {
			Biosample b = biosamples.get(i);
			if (!isHuman(b.organism())) continue;
			out.warning(BIOSAMPLES, at.yaml(Places.entry(Places.BIOSAMPLES, b.title(), i) + ".organism"), "this " +
				"biosample is human (Homo sapiens), and BIA does not take data that identifies a person. Confirm " +
				"that the images are de-identified (no names, faces, dates of birth or record numbers in the pixels, " +
				"file names or metadata) and that the donors' consent allows public release");
		}
	}

	static boolean isHuman(Biosample.Organism o) {
		if (o == null) return false;
		String name = o.scientificName() == null ? "" : o.scientificName().strip().toLowerCase(Locale.ROOT);
		return name.equals("homo sapiens") || name.startsWith("homo sapiens ") || "9606".equals(OntologyTerm
			.taxonNumber(o.ncbiTaxon()));
	}
}
