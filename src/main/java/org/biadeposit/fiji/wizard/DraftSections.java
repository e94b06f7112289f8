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

import static org.biadeposit.fiji.wizard.DraftField.area;
import static org.biadeposit.fiji.wizard.DraftField.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Licence;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.rembi.StudyFields;

/**
 * The fields of every kind of entry deposit.yaml holds, keyed as in deposit.yaml: how each is read from and written
 * into its record. Lists (keywords, folders) are edited as comma-separated text, File-list columns given in
 * deposit.yaml as {@code name=value; name=value}.
 */
final class DraftSections {

	private DraftSections() {}

	static final String FBBI = "Biological Imaging Methods Ontology (FBbi)";

	static List<DraftField<Study>> study() {
		return List.of(of(StudyFields.TITLE), of(StudyFields.DESCRIPTION), of(StudyFields.RELEASE_DATE), //
			text("keywords", "Keywords (comma-separated)", true, s -> String.join(", ", s.keywords()), (s,
				v) -> new Study(s.title(), s.description(), s.releaseDate(), list(v), s.authors(), s.organisations(), s
					.license(), s.grants(), s.fundingStatement(), s.acknowledgements(), s.publications(), s.links(), s
						.rembiVersion())), //
			of(StudyFields.LICENSE), of(StudyFields.FUNDING_STATEMENT), of(StudyFields.ACKNOWLEDGEMENTS));
	}

	static Study blankStudy() {
		return new Study(null, null, null, List.of(), List.of(), List.of(), Licence.DEFAULT.label(), List.of(), null,
			null, List.of(), List.of(), null);
	}

	static List<DraftField<Study.Author>> author() {
		return List.of( //
			text("first_name", "First name", true, Study.Author::firstName, (a, v) -> new Study.Author(v, a.lastName(), a
				.email(), a.orcid(), a.roles(), a.affiliations())), //
			text("last_name", "Last name", true, Study.Author::lastName, (a, v) -> new Study.Author(a.firstName(), v, a
				.email(), a.orcid(), a.roles(), a.affiliations())), //
			text("email", "E-mail", false, Study.Author::email, (a, v) -> new Study.Author(a.firstName(), a.lastName(),
				v, a.orcid(), a.roles(), a.affiliations())), //
			text("orcid", "ORCID iD (e.g. 0000-0002-1825-0097)", false, Study.Author::orcid, (a, v) -> new Study.Author(a
				.firstName(), a.lastName(), a.email(), v, a.roles(), a.affiliations())), //
			text("roles", "Roles (comma-separated)", false, a -> String.join(", ", a.roles()), (a, v) -> new Study.Author(
				a.firstName(), a.lastName(), a.email(), a.orcid(), list(v), a.affiliations())), //
			text("affiliations", "Affiliations (organisation ids, comma-separated)", true, a -> String.join(", ", a
				.affiliations()), (a, v) -> new Study.Author(a.firstName(), a.lastName(), a.email(), a.orcid(), a
					.roles(), list(v))));
	}

	static List<DraftField<Study.Organisation>> organisation() {
		return List.of( //
			text("id", "Id (what authors' affiliations name)", true, Study.Organisation::id, (o, v) -> new Study
				.Organisation(v, o.name(), o.address(), o.ror())), //
			text("name", "Name", true, Study.Organisation::name, (o, v) -> new Study.Organisation(o.id(), v, o
				.address(), o.ror())), //
			text("address", "Address", false, Study.Organisation::address, (o, v) -> new Study.Organisation(o.id(), o
				.name(), v, o.ror())), //
			text("ror", "ROR id", false, Study.Organisation::ror, (o, v) -> new Study.Organisation(o.id(), o.name(), o
				.address(), v)));
	}

	static List<DraftField<Biosample>> biosample() {
		List<DraftField<Biosample>> f = new java.util.ArrayList<>();
		f.add(text("title", "Title", true, Biosample::title, (b, v) -> biosample(b, v, b.organism(), b
			.biologicalEntity(), b.description())));
		for (RembiFields.Field<Biosample> field : RembiFields.BIOSAMPLE.fields()) {
			if (field != RembiFields.ORGANISM) {
				f.add(of(field));
				continue;
			}
			f.add(DraftField.<Biosample>text("scientific_name", field.label(), field.isRequired(), b -> organism(b,
				Biosample.Organism::scientificName), (b, v) -> biosample(b, b.title(), organism(v, common(b), taxon(b)),
					b.biologicalEntity(), b.description())).pickedFrom(Terms.ORGANISMS));
			f.add(text("common_name", "Common name", false, DraftSections::common, (b, v) -> biosample(b, b.title(),
				organism(organism(b, Biosample.Organism::scientificName), v, taxon(b)), b.biologicalEntity(), b
					.description())));
			f.add(text("ncbi_taxon", "NCBI taxon (e.g. NCBI:txid9606)", false, DraftSections::taxon, (b,
				v) -> biosample(b, b.title(), organism(organism(b, Biosample.Organism::scientificName), common(b), v), b
					.biologicalEntity(), b.description())));
		}
		return f;
	}

	/** A form field as the REMBI field table describes it. */
	private static <T> DraftField<T> of(RembiFields.Field<T> f) {
		return new DraftField<>(f.key(), f.label(), f.isRequired(), f.longText(), f.value(), f.with(), null);
	}

	/** A module's form: its title, then its fields as the REMBI field table lists them. */
	private static <T> List<DraftField<T>> module(RembiFields.Module<T> kind, BiFunction<T, String, T> titled) {
		List<DraftField<T>> f = new java.util.ArrayList<>();
		f.add(text("title", "Title", true, kind.title(), titled));
		for (RembiFields.Field<T> field : kind.fields()) f.add(of(field));
		return f;
	}

	private static Biosample biosample(Biosample b, String title, Biosample.Organism o, String entity, String d) {
		return new Biosample(title, o, entity, d, b.intrinsicVariables(), b.extrinsicVariables(), b
			.experimentalVariables());
	}

	private static String organism(Biosample b, Function<Biosample.Organism, String> part) {
		return b.organism() == null ? null : part.apply(b.organism());
	}

	private static String common(Biosample b) {
		return organism(b, Biosample.Organism::commonName);
	}

	private static String taxon(Biosample b) {
		return organism(b, Biosample.Organism::ncbiTaxon);
	}

	private static Biosample.Organism organism(String scientific, String common, String taxon) {
		return scientific == null && common == null && taxon == null ? null : new Biosample.Organism(scientific,
			common, taxon);
	}

	static List<DraftField<Specimen>> specimen() {
		return module(RembiFields.SPECIMEN, (s, v) -> new Specimen(v, s.samplePreparation(), s.growthProtocol()));
	}

	static List<DraftField<ImageAcquisition>> acquisition() {
		List<DraftField<ImageAcquisition>> f = new java.util.ArrayList<>();
		f.add(text("title", "Title", true, ImageAcquisition::title, (a, v) -> new ImageAcquisition(v, a
			.imagingInstrument(), a.imageAcquisitionParameters(), a.imagingMethods(), a.files())));
		for (RembiFields.Field<ImageAcquisition> field : RembiFields.ACQUISITION.fields()) {
			if (field != RembiFields.IMAGING_METHOD) {
				f.add(of(field));
				continue;
			}
			f.add(DraftField.<ImageAcquisition>text(field.key(), field.label(), field.isRequired(), a -> method(a,
				ImageAcquisition.ImagingMethod::value), (a, v) -> method(a, v, method(a,
					ImageAcquisition.ImagingMethod::ontologyId))).pickedFrom(Terms.IMAGING_METHODS));
			f.add(text("ontology_id", "FBbi id", false, a -> method(a, ImageAcquisition.ImagingMethod::ontologyId), (a,
				v) -> method(a, method(a, ImageAcquisition.ImagingMethod::value), v)));
		}
		return f;
	}

	private static String method(ImageAcquisition a, Function<ImageAcquisition.ImagingMethod, String> part) {
		return a.imagingMethods().isEmpty() ? null : part.apply(a.imagingMethods().get(0));
	}

	/** The first imaging method with this name and id (the others are kept). */
	static ImageAcquisition method(ImageAcquisition a, String value, String id) {
		List<ImageAcquisition.ImagingMethod> methods = new java.util.ArrayList<>(a.imagingMethods());
		String ontology = !methods.isEmpty() && methods.get(0).ontologyName() != null ? methods.get(0).ontologyName()
			: id != null ? FBBI : null;
		ImageAcquisition.ImagingMethod m = new ImageAcquisition.ImagingMethod(value, id, value == null && id == null
			? null : ontology);
		if (!methods.isEmpty()) methods.set(0, m);
		else if (value != null || id != null) methods.add(m);
		return a.withImagingMethods(methods);
	}

	static List<DraftField<ImageAnalysis>> analysis() {
		return module(RembiFields.ANALYSIS, (a, v) -> new ImageAnalysis(v, a.overview()));
	}

	static List<DraftField<ImageCorrelation>> correlation() {
		return module(RembiFields.CORRELATION, (c, v) -> new ImageCorrelation(v, c.spatialAndTemporalAlignment(), c
			.fiducialsUsed(), c.transformationMatrix()));
	}

	/** The fields of a file selection (a component's or an annotation set's), through its record's files. */
	static <T> List<DraftField<T>> files(Function<T, FileSelection> get, BiFunction<T, FileSelection, T> with) {
		Function<T, FileSelection> sel = t -> get.apply(t) == null ? new FileSelection(List.of(), List.of(), null,
			null) : get.apply(t);
		return List.of( //
			text("folders", "Folders (comma-separated)", false, t -> String.join(", ", sel.apply(t).folders()), (t,
				v) -> with.apply(t, files(sel.apply(t), list(v), sel.apply(t).globs(), sel.apply(t).pattern(),
					sel.apply(t).columnsTable(), sel.apply(t).columnValues(), sel.apply(t).nonImage()))), //
			text("globs", "Globs (comma-separated)", false, t -> String.join(", ", sel.apply(t).globs()), (t,
				v) -> with.apply(t, files(sel.apply(t), sel.apply(t).folders(), list(v), sel.apply(t).pattern(),
					sel.apply(t).columnsTable(), sel.apply(t).columnValues(), sel.apply(t).nonImage()))), //
			text("pattern", "Path pattern ({name} parts become columns)", false, t -> sel.apply(t).pattern(), (t,
				v) -> with.apply(t, files(sel.apply(t), sel.apply(t).folders(), sel.apply(t).globs(), v, sel.apply(t)
					.columnsTable(), sel.apply(t).columnValues(), sel.apply(t).nonImage()))), //
			text("columns_table", "Side table of columns (TSV, first column Files)", false, t -> sel.apply(t)
				.columnsTable(), (t, v) -> with.apply(t, files(sel.apply(t), sel.apply(t).folders(), sel.apply(t)
					.globs(), sel.apply(t).pattern(), v, sel.apply(t).columnValues(), sel.apply(t).nonImage()))), //
			text("columns", "Columns for every file (name=value; name=value)", false, t -> columns(sel.apply(t)
				.columnValues()), (t, v) -> with.apply(t, files(sel.apply(t), sel.apply(t).folders(), sel.apply(t)
					.globs(), sel.apply(t).pattern(), sel.apply(t).columnsTable(), columns(v), sel.apply(t)
						.nonImage()))), //
			text("non_image_files", "Non-image files (folders, globs)", false, t -> String.join(", ", sel.apply(t)
				.nonImage()), (t, v) -> with.apply(t, files(sel.apply(t), sel.apply(t).folders(), sel.apply(t)
					.globs(), sel.apply(t).pattern(), sel.apply(t).columnsTable(), sel.apply(t).columnValues(), list(
						v)))));
	}

	/** The selection with these fields; what the wizard does not show (constant_columns) kept from {@code was}. */
	private static FileSelection files(FileSelection was, List<String> folders, List<String> globs, String pattern,
		String table, Map<String, String> columns, List<String> nonImage)
	{
		return new FileSelection(folders, globs, pattern, table, columns, nonImage, was.constantColumns());
	}

	static String columns(Map<String, String> values) {
		return String.join("; ", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
	}

	static Map<String, String> columns(String text) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String pair : text == null ? new String[0] : text.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0 && !pair.substring(0, eq).isBlank()) out.put(pair.substring(0, eq).strip(), pair.substring(eq +
				1).strip());
		}
		return out;
	}

	/** The association fields of a study component: titles of the entries of the other sections. */
	static final List<String> ASSOCIATIONS = RembiFields.rowKeys();

	static List<DraftField<StudyComponent>> component() {
		List<DraftField<StudyComponent>> f = new java.util.ArrayList<>(List.of( //
			text("name", "Name", true, StudyComponent::name, (c, v) -> new StudyComponent(v, c.description(), c.files(),
				c.associations(), null, c.key())), //
			area("description", "Description", true, StudyComponent::description, (c, v) -> new StudyComponent(c.name(),
				v, c.files(), c.associations(), null, c.key()))));
		f.addAll(files(StudyComponent::files, (c, s) -> new StudyComponent(c.name(), c.description(), s, c
			.associations(), null, c.key())));
		for (RembiFields.Field<Associations> a : RembiFields.ROW) {
			f.add(text(a.key(), a.label(), a.isRequired(), c -> association(c.firstAssociations(), a.key()), (c,
				v) -> new StudyComponent(c.name(), c.description(), c.files(), firstRow(c.associations(), association(c
					.firstAssociations(), a.key(), v)), null, c.key())));
		}
		f.add(area("more_associations", "Further association rows (one a line: biosample; specimen; acquisition; " +
			"analysis; correlation)", false, c -> moreRows(c.associations()), (c, v) -> new StudyComponent(c.name(), c
				.description(), c.files(), withMoreRows(c.associations(), v), null, c.key())));
		return f;
	}

	/** The rows after the first, one a line, titles separated by "; " (trailing empty titles left out). */
	static String moreRows(List<Associations> rows) {
		if (rows == null || rows.size() < 2) return null;
		StringBuilder b = new StringBuilder();
		for (Associations r : rows.subList(1, rows.size())) {
			List<String> titles = new java.util.ArrayList<>();
			for (String key : ASSOCIATIONS) {
				String title = association(r, key);
				titles.add(title == null ? "" : title);
			}
			while (!titles.isEmpty() && titles.get(titles.size() - 1).isEmpty()) titles.remove(titles.size() - 1);
			if (b.length() > 0) b.append('\n');
			b.append(String.join("; ", titles));
		}
		return b.toString();
	}

	/** The first row kept, the others as the text says (blank lines ignored, an empty title none). */
	static List<Associations> withMoreRows(List<Associations> rows, String text) {
		List<Associations> out = new java.util.ArrayList<>();
		out.add(rows == null || rows.isEmpty() ? RembiFields.NO_ROW : rows.get(0));
		for (String line : text == null ? new String[0] : text.split("\n")) {
			if (line.isBlank()) continue;
			String[] t = line.split(";", -1);
			Associations row = RembiFields.NO_ROW;
			for (int i = 0; i < RembiFields.ROW.size(); i++) {
				row = RembiFields.ROW.get(i).with().apply(row, i < t.length && !t[i].isBlank() ? t[i].strip() : null);
			}
			out.add(row);
		}
		return out;
	}

	static String association(Associations a, String which) {
		return a == null ? null : column(which).value().apply(a);
	}

	private static RembiFields.Field<Associations> column(String key) {
		return RembiFields.ROW.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	/** The association rows with the first one replaced (the form edits the first row; the others are kept). */
	static List<Associations> firstRow(List<Associations> rows, Associations first) {
		List<Associations> out = new java.util.ArrayList<>(rows);
		if (out.isEmpty()) out.add(first);
		else out.set(0, first);
		return out;
	}

	static Associations association(Associations a, String which, String v) {
		return column(which).with().apply(a == null ? RembiFields.NO_ROW : a, v);
	}

	/** The annotation set's form; an edit drops its File-list, which is built again from its files. */
	static List<DraftField<AnnotationSet>> annotation() {
		List<DraftField<AnnotationSet>> f = new java.util.ArrayList<>();
		for (DraftField<AnnotationSet> d : module(RembiFields.ANNOTATION, (a, v) -> new AnnotationSet(v, a.overview(),
			a.type(), a.method(), a.confidenceLevel(), a.criteria(), a.coverage(), a.files(), a.sourceImage(), null))) {
			f.add(new DraftField<>(d.key(), d.label(), d.required(), d.longText(), d.get(), (a, v) -> d.with().apply(a,
				v).withFileList(null), d.terms()));
		}
		f.addAll(files(AnnotationSet::files, (a, s) -> new AnnotationSet(a.title(), a.overview(), a.type(), a.method(),
			a.confidenceLevel(), a.criteria(), a.coverage(), s, a.sourceImage(), null)));
		return f;
	}

	static List<String> list(String text) {
		return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(k -> !k.isEmpty())
			.toList();
	}

}
