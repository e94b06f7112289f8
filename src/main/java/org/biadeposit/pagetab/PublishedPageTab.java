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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.biadeposit.rembi.Published;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.StudyFields;

/**
 * Puts back what a published study held beyond REMBI ({@link Published}) into the submission the PageTab writer
 * made: the accession, the submission's own attributes, and per section the kept attributes, subsections and File
 * List. Sections are found by {@link #keys}, which {@link PageTabImport} uses too, so what was kept from a section
 * returns to the section written for the same module.
 */
public final class PublishedPageTab {

	/** Submission attributes the writer makes itself, never kept. */
	static final List<String> WRITTEN = List.of(StudyFields.TITLE.attribute(), StudyFields.RELEASE_DATE.attribute(),
		"AttachTo", "Template");

	private PublishedPageTab() {}

	/** The kind of section, as {@link Published#key} names it; null for sections REMBI does not model. */
	static String kind(Section s) {
		String t = s.type() == null ? "" : s.type().strip().toLowerCase(Locale.ROOT);
		// a REMBI module: as its association rows call it (the REMBI field table knows its section types)
		for (RembiFields.Module<?> m : RembiFields.ROW_MODULES) {
			if (m.isType(t)) return RembiFields.rowColumn(m).key();
		}
		if (RembiFields.ANNOTATION.isType(t)) return "annotation";
		return switch (t) {
			case "author" -> "author";
			case "organisation", "organization" -> "organisation";
			case "publication" -> "publication";
			case "funding" -> "grant";
			case "study component" -> "component";
			default -> null;
		};
	}

	/**
	 * The key of each direct subsection of the study that REMBI models, in order (null for the others): by title,
	 * by name, or by position among its kind.
	 */
	static List<String> keys(List<Section> subsections) {
		Map<String, Integer> counts = new HashMap<>();
		List<String> keys = new ArrayList<>();
		for (Section s : subsections) {
			String kind = kind(s);
			if (kind == null) keys.add(null);
			else if (kind.equals("publication") || kind.equals("grant")) {
				keys.add(Published.key(kind, counts.merge(kind, 1, Integer::sum)));
			}
			else {
				boolean named = kind.equals("author") || kind.equals("organisation") || kind.equals("component");
				keys.add(Published.key(kind, s.attribute(named ? "Name" : "Title")));
			}
		}
		return keys;
	}

	/** The key of a link of the study. */
	static String key(Link l) {
		return Published.key("link", l.url());
	}

	/** The submission with what was kept put back; the same submission when nothing was kept. */
	public static Submission apply(Submission written, Published p) {
		if (p == null || p.isEmpty()) return written;
		List<Attribute> top = new ArrayList<>(written.attributes());
		for (Published.Attribute a : p.attributes()) top.add(attribute(a));
		Section root = written.section();
		Published.Kept study = p.kept(Published.STUDY);
		List<Attribute> attrs = new ArrayList<>(root.attributes());
		study.attributes().forEach(a -> attrs.add(attribute(a)));
		List<Section> subs = Entry.flatten(root.subsections());
		List<String> keys = keys(subs);
		List<Section> out = new ArrayList<>();
		for (int i = 0; i < subs.size(); i++) out.add(keys.get(i) == null ? subs.get(i) : with(subs.get(i), p.kept(
			keys.get(i))));
		study.subsections().forEach(s -> out.add(section(s)));
		List<Link> links = new ArrayList<>();
		for (Link l : Entry.flatten(root.links())) {
			List<Attribute> la = new ArrayList<>(l.attributes());
			p.kept(key(l)).attributes().forEach(a -> la.add(attribute(a)));
			links.add(new Link(l.url(), la));
		}
		Section section = new Section(root.accno(), root.type(), attrs, root.files(), Entry.each(links), Entry.each(
			out));
		String accno = written.accno() == null || written.accno().isBlank() ? p.accession() : written.accno();
		return new Submission(accno == null ? "" : accno, top, section, written.type());
	}

	private static Section with(Section s, Published.Kept kept) {
		if (kept.isEmpty()) return s;
		List<Attribute> attrs = new ArrayList<>(s.attributes());
		kept.attributes().forEach(a -> attrs.add(attribute(a)));
		if (kept.fileList() != null && s.attribute("File List") == null) {
			attrs.add(Attribute.of("File List", kept.fileList()));
		}
		List<Entry<Section>> subs = new ArrayList<>(s.subsections());
		subs.addAll(Entry.each(kept.subsections().stream().map(PublishedPageTab::section).toList()));
		return new Section(s.accno(), s.type(), attrs, s.files(), s.links(), subs);
	}

	// -- between the model's form and PageTab's ------------------------------------------------------------------

	static Attribute attribute(Published.Attribute a) {
		return new Attribute(a.name(), a.value(), a.reference(), qualifiers(a.nameQualifiers()), qualifiers(a
			.valueQualifiers()));
	}

	static Published.Attribute kept(Attribute a) {
		return new Published.Attribute(a.name(), a.value(), a.reference(), keptQualifiers(a.nameQualifiers()),
			keptQualifiers(a.valueQualifiers()));
	}

	static Section section(Published.Section s) {
		List<FileRef> files = s.files().stream().map(f -> FileRef.of(f.path(), f.attributes().stream().map(
			PublishedPageTab::attribute).toList())).toList();
		List<Link> links = s.links().stream().map(l -> new Link(l.url(), l.attributes().stream().map(
			PublishedPageTab::attribute).toList())).toList();
		return new Section(s.accno(), s.type(), s.attributes().stream().map(PublishedPageTab::attribute).toList(),
			Entry.each(files), Entry.each(links), Entry.each(s.subsections().stream().map(PublishedPageTab::section)
				.toList()));
	}

	static Published.Section kept(Section s) {
		List<Published.File> files = Entry.flatten(s.files()).stream().map(f -> new Published.File(f.path(), f
			.attributes().stream().map(PublishedPageTab::kept).toList())).toList();
		List<Published.Link> links = Entry.flatten(s.links()).stream().map(l -> new Published.Link(l.url(), l
			.attributes().stream().map(PublishedPageTab::kept).toList())).toList();
		return new Published.Section(s.type(), s.accno(), s.attributes().stream().map(PublishedPageTab::kept)
			.toList(), links, files, Entry.flatten(s.subsections()).stream().map(PublishedPageTab::kept).toList());
	}

	private static List<Qualifier> qualifiers(List<Published.Qualifier> qs) {
		return qs.stream().map(q -> new Qualifier(q.name(), q.value())).toList();
	}

	private static List<Published.Qualifier> keptQualifiers(List<Qualifier> qs) {
		return qs.stream().map(q -> new Published.Qualifier(q.name(), q.value())).toList();
	}
}
