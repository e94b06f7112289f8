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

/**
 * A section of a PageTab submission: a typed block of attributes with files, links and subsections. The root
 * section is conventionally of type {@code Study}; BIA studies have {@code author}, {@code organisation},
 * {@code Biosample}, {@code Study Component}… subsections. Types are free text and, like attribute names, compared
 * case-insensitively here (real studies spell {@code organisation}, {@code organization} and {@code Organization}).
 *
 * @param accno the section's identifier within the submission (e.g. {@code o1}, {@code Study Component-1}), or null
 * @param type the section type, or null when the document gives none
 */
public record Section(String accno, String type, List<Attribute> attributes, List<Entry<FileRef>> files,
	List<Entry<Link>> links, List<Entry<Section>> subsections)
{

	public Section {
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
		files = files == null ? List.of() : List.copyOf(files);
		links = links == null ? List.of() : List.copyOf(links);
		subsections = subsections == null ? List.of() : List.copyOf(subsections);
	}

	/** A section with attributes only. */
	public static Section of(String accno, String type, List<Attribute> attributes) {
		return new Section(accno, type, attributes, List.of(), List.of(), List.of());
	}

	/** This section with these subsections added after its own, each as a single entry. */
	public Section withSubsections(List<Section> more) {
		return new Section(accno, type, attributes, files, links, plus(subsections, Entry.each(more)));
	}

	/** This section with these files added after its own, each as a single entry. */
	public Section withFiles(List<FileRef> more) {
		return new Section(accno, type, attributes, plus(files, Entry.each(more)), links, subsections);
	}

	/** This section with these links added after its own, each as a single entry. */
	public Section withLinks(List<Link> more) {
		return new Section(accno, type, attributes, files, plus(links, Entry.each(more)), subsections);
	}

	/** Whether this section has the given type, ignoring case. */
	public boolean isType(String other) {
		return type != null && type.equalsIgnoreCase(other);
	}

	/** The value of the first attribute with this name (ignoring case), or null. */
	public String attribute(String name) {
		return Attribute.first(attributes, name);
	}

	/** The values of all attributes with this name (ignoring case), in order; attributes without value skipped. */
	public List<String> attributes(String name) {
		return Attribute.all(attributes, name);
	}

	/** The direct subsections of this type (ignoring case), tables flattened, in order. */
	public List<Section> subsections(String ofType) {
		return Entry.flatten(subsections).stream().filter(s -> s.isType(ofType)).toList();
	}

	/** This section and all sections below it, depth first, in document order. */
	public List<Section> tree() {
		List<Section> all = new ArrayList<>();
		collect(this, all);
		return all;
	}

	private static void collect(Section s, List<Section> into) {
		into.add(s);
		for (Section sub : Entry.flatten(s.subsections)) collect(sub, into);
	}

	private static <T> List<T> plus(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
