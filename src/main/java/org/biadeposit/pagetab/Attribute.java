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

/**
 * A name–value pair of a submission, section, file or link. Names compare case-insensitively, as BioStudies compares
 * them; the same name may occur more than once (e.g. one {@code Keyword} per keyword).
 *
 * @param value {@code null} when the attribute has no value (the {@code value} field is absent)
 * @param reference the value is the accno of another section, e.g. an author's {@code affiliation}
 * @param nameQualifiers JSON {@code nmqual}
 * @param valueQualifiers JSON {@code valqual}
 */
public record Attribute(String name, String value, boolean reference, List<Qualifier> nameQualifiers,
	List<Qualifier> valueQualifiers)
{

	public Attribute {
		if (name == null || name.isBlank()) throw new IllegalArgumentException("an attribute needs a name");
		nameQualifiers = nameQualifiers == null ? List.of() : List.copyOf(nameQualifiers);
		valueQualifiers = valueQualifiers == null ? List.of() : List.copyOf(valueQualifiers);
	}

	/** A plain attribute: no reference, no qualifiers. */
	public static Attribute of(String name, String value) {
		return new Attribute(name, value, false, List.of(), List.of());
	}

	/** An attribute whose value is the accno of another section, e.g. {@code reference("affiliation", "o1")}. */
	public static Attribute reference(String name, String accno) {
		return new Attribute(name, accno, true, List.of(), List.of());
	}

	/** Whether this attribute has the given name, ignoring case. */
	public boolean named(String other) {
		return name.equalsIgnoreCase(other);
	}

	/** The value of the first of these attributes with the name (ignoring case), or null. */
	static String first(List<Attribute> attributes, String name) {
		for (Attribute a : attributes) {
			if (a.named(name)) return a.value;
		}
		return null;
	}

	/** The values of all these attributes with the name (ignoring case), in order; attributes without value skipped. */
	static List<String> all(List<Attribute> attributes, String name) {
		return attributes.stream().filter(a -> a.named(name) && a.value != null).map(Attribute::value).toList();
	}
}
