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
package org.biadeposit.rembi.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.RembiFields.Field;
import org.biadeposit.rembi.RembiFields.Module;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.rembi.StudyFields;

/**
 * Writes a {@link Deposition}'s description back as {@code deposit.yaml}, with the keys {@link DepositYaml} reads
 * (bia-agent's, plus ours: release_date, license, organisations, roles, affiliations, files/pattern/columns, the
 * associations in the component itself). What it writes, {@link DepositYaml#read} reads back as the same study,
 * modules, components and annotation sets. Comments of an earlier file are not kept; empty fields are written as
 * empty keys, so that the file still shows what may be filled in. File-lists are not written: they are built from
 * the folder.
 */
public final class DepositYamlWriter {

	private DepositYamlWriter() {}

	/** The whole file. */
	public static String write(Deposition d) {
		Y y = new Y();
		y.line(0, "# deposit.yaml: the description of this dataset for the BioImage Archive (REMBI).");
		y.line(0, "# Rewritten by the Deposition Wizard; comments of an earlier version are not kept.");
		y.line(0, "# Keys follow BIA's bia-agent template; `bia validate` reads this file as the wizard does.");
		y.blank();
		study(y, d.study());
		y.blank();
		y.line(0, "biosamples:" + (d.biosamples().isEmpty() ? " {}" : ""));
		for (Biosample b : d.biosamples()) {
			y.key(1, title(b.title()));
			Biosample.Organism o = b.organism();
			y.key(2, RembiFields.ORGANISM.key());
			y.field(3, "scientific_name", o == null ? null : o.scientificName());
			y.field(3, "common_name", o == null ? null : o.commonName());
			y.field(3, "ncbi_taxon", o == null ? null : o.ncbiTaxon());
			texts(y, RembiFields.BIOSAMPLE, b);
		}
		y.blank();
		y.line(0, "specimens:" + (d.specimens().isEmpty() ? " {}" : ""));
		for (Specimen s : d.specimens()) {
			y.key(1, title(s.title()));
			texts(y, RembiFields.SPECIMEN, s);
		}
		y.blank();
		y.line(0, "acquisitions:" + (d.acquisitions().isEmpty() ? " {}" : ""));
		for (ImageAcquisition a : d.acquisitions()) {
			y.key(1, title(a.title()));
			List<ImageAcquisition.ImagingMethod> methods = a.imagingMethods();
			y.key(2, RembiFields.IMAGING_METHOD.key());
			if (methods.size() <= 1) {
				ImageAcquisition.ImagingMethod m = methods.isEmpty() ? null : methods.get(0);
				y.field(3, "value", m == null ? null : m.value());
				y.field(3, "ontology_id", m == null ? null : m.ontologyId());
				y.field(3, "ontology_name", m == null ? null : m.ontologyName());
			}
			else {
				for (ImageAcquisition.ImagingMethod m : methods) {
					y.item(3, "value", m.value());
					y.field(4, "ontology_id", m.ontologyId());
					y.field(4, "ontology_name", m.ontologyName());
				}
			}
			texts(y, RembiFields.ACQUISITION, a);
			selection(y, a.files());
		}
		optional(y, RembiFields.ANALYSIS, d.analyses());
		optional(y, RembiFields.CORRELATION, d.correlations());
		y.blank();
		y.line(0, "study_component:" + (d.components().isEmpty() ? " {}" : ""));
		Set<String> keys = new LinkedHashSet<>();
		for (StudyComponent c : d.components()) {
			String base = c.key() != null ? c.key() : c.name() == null || c.name().isBlank() ? "Component " + (keys
				.size() + 1) : c.name();
			String key = base;
			for (int n = 2; !keys.add(key); n++) key = base + " (" + n + ")";
			y.key(1, key);
			y.field(2, "name", c.name());
			y.field(2, "description", c.description());
			selection(y, c.files());
			associations(y, c.associations());
		}
		if (!d.annotations().isEmpty()) {
			y.blank();
			y.line(0, RembiFields.ANNOTATION.key() + ":");
			for (AnnotationSet a : d.annotations()) {
				y.key(1, title(a.title()));
				texts(y, RembiFields.ANNOTATION, a);
				selection(y, a.files());
				y.field(2, "source_image", a.sourceImage());
			}
		}
		String published = PublishedYaml.write(d.published());
		if (!published.isEmpty()) {
			y.blank();
			y.line(0, published.substring(0, published.length() - 1));
		}
		return y.toString();
	}

	private static void study(Y y, Study s) {
		y.line(0, "study:");
		if (s == null) s = new Study(null, null, null, null, null, null, null, null, null, null, null, null, null);
		field(y, s, StudyFields.TITLE);
		field(y, s, StudyFields.DESCRIPTION);
		field(y, s, StudyFields.RELEASE_DATE);
		y.list(1, "keywords", s.keywords());
		field(y, s, StudyFields.LICENSE);
		if (s.authors().isEmpty()) y.line(1, "authors: []");
		else y.key(1, "authors");
		for (Study.Author a : s.authors()) {
			y.item(1, "first_name", a.firstName());
			y.field(2, "last_name", a.lastName());
			y.field(2, "email", a.email());
			y.field(2, "orcid", a.orcid());
			y.flow(2, "roles", a.roles());
			y.flow(2, "affiliations", a.affiliations());
		}
		if (s.organisations().isEmpty()) y.line(1, "organisations: {}");
		else y.key(1, "organisations");
		for (Study.Organisation o : s.organisations()) {
			y.key(2, o.id() == null || o.id().isBlank() ? "org" : o.id());
			y.field(3, "name", o.name());
			y.field(3, "address", o.address());
			y.field(3, "ror", o.ror());
		}
		if (s.fundingStatement() != null || !s.grants().isEmpty()) {
			y.key(1, StudyFields.parent(StudyFields.FUNDING_STATEMENT));
			y.field(2, StudyFields.FUNDING_STATEMENT.key(), StudyFields.FUNDING_STATEMENT.value().apply(s));
			if (s.grants().isEmpty()) y.line(2, "grant_references: []");
			else y.key(2, "grant_references");
			for (Study.Grant g : s.grants()) {
				y.item(2, "funder", g.funder());
				y.field(3, "identifier", g.identifier());
			}
		}
		field(y, s, StudyFields.ACKNOWLEDGEMENTS);
		if (s.publications().isEmpty()) y.line(1, "publications: []");
		else y.key(1, "publications");
		for (Study.Publication p : s.publications()) {
			y.item(1, "title", p.title());
			y.field(2, "authors", p.authors());
			y.field(2, "doi", p.doi());
			y.field(2, "year", p.year());
			y.field(2, "pubmed_id", p.pubmedId());
		}
		if (s.links().isEmpty()) y.line(1, "links: []");
		else y.key(1, "links");
		for (Study.Link l : s.links()) {
			y.item(1, "link_url", l.url());
			y.field(2, "link_description", l.description());
		}
		field(y, s, StudyFields.REMBI_VERSION);
	}

	/** A scalar field of the study, directly under {@code study:}. */
	private static void field(Y y, Study s, RembiFields.Field<Study> f) {
		y.field(1, f.key(), f.value().apply(s));
	}

	/** files, pattern and columns of a component or annotation set; files and pattern of an acquisition. */
	private static void selection(Y y, FileSelection s) {
		if (s == null) return;
		List<String> files = new ArrayList<>(s.folders().stream().map(f -> f.isEmpty() ? "." : f).toList());
		files.addAll(s.globs());
		if (files.size() == 1) y.field(2, "files", files.get(0));
		else if (!files.isEmpty()) y.list(2, "files", files);
		if (s.pattern() != null) y.field(2, "pattern", s.pattern());
		if (!s.nonImage().isEmpty()) y.list(2, "non_image_files", s.nonImage());
		if (s.constantColumns().contains(FileSelection.EVERY_COLUMN)) y.line(2, "constant_columns: true");
		else if (!s.constantColumns().isEmpty()) y.list(2, "constant_columns", s.constantColumns());
		if (s.columnsTable() != null) {
			y.field(2, "columns", s.columnsTable());
		}
		else if (!s.columnValues().isEmpty()) {
			y.key(2, "columns");
			for (Map.Entry<String, String> e : s.columnValues().entrySet()) y.field(3, e.getKey(), e.getValue());
		}
	}

	/**
	 * A component's association rows: one row (or none) as the component's own single-valued keys, several as a
	 * list under {@code associations:}, one item per row with the same keys.
	 */
	private static void associations(Y y, List<Associations> rows) {
		if (rows.size() <= 1) {
			row(y, 2, rows.isEmpty() ? RembiFields.NO_ROW : rows.get(0));
			return;
		}
		y.key(2, "associations");
		for (Associations a : rows) {
			Field<Associations> first = RembiFields.ROW.get(0);
			y.item(2, first.key(), first.value().apply(a));
			row(y, 3, a, RembiFields.ROW.subList(1, RembiFields.ROW.size()));
		}
	}

	private static void row(Y y, int depth, Associations a) {
		row(y, depth, a, RembiFields.ROW);
	}

	/** A row's columns: the required ones always (empty: to be filled in), the others when given. */
	private static void row(Y y, int depth, Associations a, List<Field<Associations>> columns) {
		for (Field<Associations> f : columns) {
			String v = f.value().apply(a);
			if (f.isRequired() || v != null) y.field(depth, f.key(), v);
		}
	}

	/** A module's plain-text fields, one key each (empty ones too, to be filled in). */
	private static <T> void texts(Y y, Module<T> module, T m) {
		for (Field<T> f : module.texts()) y.field(2, f.key(), f.value().apply(m));
	}

	/** Modules of a kind that a deposition may leave out: their key only when there are some. */
	private static <T> void optional(Y y, Module<T> module, List<T> all) {
		if (all.isEmpty()) return;
		y.blank();
		y.line(0, module.key() + ":");
		for (T m : all) {
			y.key(1, title(module.title().apply(m)));
			texts(y, module, m);
		}
	}

	/** A module's title as a key; an untitled module gets an empty one, which validation reports. */
	private static String title(String t) {
		return t == null ? "" : t;
	}

	/** The text being written, two spaces per level; keys and values as {@link YamlScalar} writes them. */
	private static final class Y {

		private final StringBuilder out = new StringBuilder();

		void line(int depth, String text) {
			out.append("  ".repeat(depth)).append(text).append('\n');
		}

		void blank() {
			out.append('\n');
		}

		/** {@code key:} opening a nested mapping or list. */
		void key(int depth, String key) {
			line(depth, YamlScalar.key(key, 2 * depth));
		}

		void field(int depth, String key, String value) {
			line(depth, YamlScalar.key(key, 2 * depth) + (value == null ? "" : " " + YamlScalar.value(value, 2 *
				depth + 2)));
		}

		/** The first field of a list item: {@code - key: value}; the others follow at {@code depth + 1}. */
		void item(int depth, String key, String value) {
			line(depth, "- " + YamlScalar.key(key, 2 * depth + 2) + (value == null ? "" : " " + YamlScalar.value(
				value, 2 * depth + 4)));
		}

		void list(int depth, String key, List<String> values) {
			List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).toList();
			if (given.isEmpty()) {
				line(depth, key + ": []");
				return;
			}
			line(depth, key + ":");
			for (String v : given) line(depth, "- " + YamlScalar.value(v, 2 * depth + 2));
		}

		/** A short list on one line, {@code key: [a, b]}; a list with a long text is written one item a line. */
		void flow(int depth, String key, List<String> values) {
			List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).map(v -> YamlScalar.value(v,
				2 * depth + 2)).toList();
			if (given.stream().anyMatch(v -> v.indexOf('\n') >= 0)) {
				list(depth, key, values);
				return;
			}
			line(depth, key + ": [" + String.join(", ", given) + "]");
		}

		@Override
		public String toString() {
			return out.toString();
		}
	}
}
