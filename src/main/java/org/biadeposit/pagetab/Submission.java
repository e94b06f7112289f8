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

import java.util.List;
import java.util.Objects;

/**
 * A BioStudies submission in PageTab form: submission-level attributes ({@code Title}, {@code ReleaseDate},
 * {@code AttachTo}, {@code Template}, {@code RootPath}, {@code DOI}…) and the root section.
 *
 * @param accno the accession (e.g. {@code S-BIAD677}); null or blank for a new study
 * @param type {@code "submission"} in documents BioStudies writes; ignored by BioStudies on input; null if absent
 */
public record Submission(String accno, List<Attribute> attributes, Section section, String type) {

	public Submission {
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
		Objects.requireNonNull(section, "a submission needs a root section");
	}

	/** A submission as BioStudies writes one: of type {@code submission}. */
	public static Submission of(String accno, List<Attribute> attributes, Section section) {
		return new Submission(accno, attributes, section, "submission");
	}

	/** The value of the first submission-level attribute with this name (ignoring case), or null. */
	public String attribute(String name) {
		return Attribute.first(attributes, name);
	}

	/** The values of all submission-level attributes with this name (ignoring case); those without value skipped. */
	public List<String> attributes(String name) {
		return Attribute.all(attributes, name);
	}

	/** Every section, the root first, depth first in document order, tables flattened. */
	public List<Section> sections() {
		return section.tree();
	}

	/** Every section of this type (ignoring case), anywhere in the submission, in document order. */
	public List<Section> sections(String ofType) {
		return sections().stream().filter(s -> s.isType(ofType)).toList();
	}

	/** The first section with this accno (exact match; accnos are identifiers), or null. */
	public Section find(String sectionAccno) {
		for (Section s : sections()) {
			if (sectionAccno.equals(s.accno())) return s;
		}
		return null;
	}
}
