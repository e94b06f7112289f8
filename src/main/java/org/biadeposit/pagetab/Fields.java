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
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A section read field by field: each attribute or subsection taken is gone, so what is left is what no REMBI field
 * took, to keep as it was. Names match ignoring case and surrounding spaces, as BIA's ingest matches them.
 */
final class Fields {

	private final List<Attribute> attributes;
	private final List<Section> subsections;

	Fields(Section s) {
		attributes = new ArrayList<>(s.attributes());
		subsections = new ArrayList<>(Entry.flatten(s.subsections()));
	}

	/**
	 * The value of the first attribute of this name, taken; null if there is none. One without a value is left, to
	 * be kept as it was: the model has no empty fields.
	 */
	String take(String name) {
		for (Attribute a : attributes) {
			if (a.name().strip().equalsIgnoreCase(name)) {
				if (a.value() == null || a.value().isBlank()) return null;
				attributes.remove(a);
				return a.value();
			}
		}
		return null;
	}

	/** The first attribute of this name, taken; null if there is none. */
	Attribute takeAttribute(String name) {
		for (Iterator<Attribute> it = attributes.iterator(); it.hasNext();) {
			Attribute a = it.next();
			if (a.name().strip().equalsIgnoreCase(name)) {
				it.remove();
				return a;
			}
		}
		return null;
	}

	/** Every attribute of this name, taken. */
	List<Attribute> takeAll(String name) {
		List<Attribute> out = new ArrayList<>();
		for (Attribute a; (a = takeAttribute(name)) != null;) out.add(a);
		return out;
	}

	/** The subsections that match, taken. */
	List<Section> take(Predicate<Section> which) {
		List<Section> out = new ArrayList<>();
		for (Iterator<Section> it = subsections.iterator(); it.hasNext();) {
			Section s = it.next();
			if (which.test(s)) {
				out.add(s);
				it.remove();
			}
		}
		return out;
	}

	/** The attributes not taken. */
	List<Attribute> rest() {
		return List.copyOf(attributes);
	}

	/** The subsections not taken. */
	List<Section> subsections() {
		return List.copyOf(subsections);
	}
}
