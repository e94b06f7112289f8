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

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Licence;
import org.biadeposit.rembi.Published;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.RembiFields.Field;
import org.biadeposit.rembi.RembiFields.Module;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.rembi.StudyFields;

/**
 * Reads a published study's PageTab back into the REMBI model ({@code bia import}): the study, its people, links
 * and publications, every REMBI module, the study components with all their association rows and the annotation
 * sets. It reads every layout published studies use: BioImages.v4 and v5, bia-agent's (capitalised names,
 * {@code Organism} and {@code Imaging Method} subsections), MIFA, and the older one with the modules inside each
 * study component (lifted out, titled by their accno, and linked by an association row). What no REMBI field holds
 * is kept in {@link Published}, section by section, so that writing the study again gives it back.
 */
public final class PageTabImport {

	/**
	 * What the import gave.
	 *
	 * @param warnings what was changed or could not be kept, each naming the section and what to check
	 */
	public record Imported(Deposition deposition, List<String> warnings) {

		public Imported {
			warnings = List.copyOf(warnings);
		}
	}

	private final List<String> warnings = new ArrayList<>();
	private final Map<String, Published.Kept> kept = new LinkedHashMap<>();
	private final List<Biosample> biosamples = new ArrayList<>();
	private final List<Specimen> specimens = new ArrayList<>();
	private final List<ImageAcquisition> acquisitions = new ArrayList<>();
	private final List<ImageAnalysis> analyses = new ArrayList<>();
	private final List<ImageCorrelation> correlations = new ArrayList<>();
	private final List<StudyComponent> components = new ArrayList<>();
	private final List<AnnotationSet> annotations = new ArrayList<>();

	private PageTabImport() {}

	/**
	 * @param root the dataset folder the deposition will describe (may not exist: a metadata-only update)
	 * @param config where its deposit.yaml will be
	 */
	public static Imported read(Submission s, Path root, Path config) {
		return new PageTabImport().submission(s, root, config);
	}

	private Imported submission(Submission s, Path root, Path config) {
		Section study = s.section();
		List<Published.Attribute> top = new ArrayList<>();
		for (Attribute a : s.attributes()) {
			if (PublishedPageTab.WRITTEN.stream().noneMatch(a::named)) top.add(PublishedPageTab.kept(a));
		}
		String attachTo = s.attribute("AttachTo");
		if (attachTo != null && !attachTo.equalsIgnoreCase(DepositionPageTab.COLLECTION)) {
			warnings.add("the study is attached to " + attachTo + "; a new version is attached to " +
				DepositionPageTab.COLLECTION);
		}
		String titleAttribute = StudyFields.TITLE.attribute();
		StudyAttributes fields = new StudyAttributes(study, s.attribute(titleAttribute) != null);
		String releaseText = s.attribute(StudyFields.RELEASE_DATE.attribute());
		LocalDate release = date(releaseText);
		if (releaseText != null && release == null) {
			warnings.add("the release date '" + releaseText + "' is not a date (YYYY-MM-DD); set study.release_date " +
				"in deposit.yaml to the study's release date");
		}
		List<Section> subs = Entry.flatten(study.subsections());
		List<String> keys = PublishedPageTab.keys(subs);
		List<Section> unmodelled = new ArrayList<>();
		StudyPeople people = new StudyPeople();
		for (int i = 0; i < subs.size(); i++) {
			Section sub = subs.get(i);
			String key = keys.get(i);
			if (key == null) {
				unmodelled.add(sub);
				continue;
			}
			switch (PublishedPageTab.kind(sub)) {
				case "author", "organisation", "publication", "grant" -> {
					if (!people.read(sub, key, this)) unmodelled.add(sub);
				}
				case "component" -> component(sub, key);
				case "annotation" -> annotation(sub, key);
				default -> module(sub, key, null);
			}
		}
		if (!unmodelled.isEmpty()) {
			warnings.add("kept as published, under published: in deposit.yaml: the section(s) " + String.join(", ",
				unmodelled.stream().map(x -> "'" + x.type() + "'").distinct().toList()) + ", which REMBI does not " +
				"describe");
		}
		people.check(this);
		List<Study.Link> links = new ArrayList<>();
		for (Link l : Entry.flatten(study.links())) {
			links.add(new Study.Link(l.url(), l.attribute("Description")));
			keep(PublishedPageTab.key(l), rest(l.attributes(), first("Description")), List.of(), null);
		}
		keep(Published.STUDY, fields.rest, unmodelled, null);
		if (fields.license != null && Licence.labelled(fields.license.replace("CC-BY", "CC BY")) == null) {
			warnings.add("the licence '" + fields.license + "' is not one BIA takes today (" + Licence.choices() +
				"); deposit.yaml refuses it until you choose one at study.license");
		}
		if (fields.licenseChanged) warnings.add("the licence '" + fields.license + "' had qualifiers other than its " +
			"URL; it is written with the URL of the licence only");
		if (!study.files().isEmpty()) warnings.add("the study section names " + Entry.flatten(study.files()).size() +
			" file(s) itself; they are not kept: list them in a study component");
		String title = s.attribute(titleAttribute) != null ? s.attribute(titleAttribute) : study.attribute(
			titleAttribute);
		Study st = new Study(title, null, release, fields.keywords, people.authors, people.organisations,
			fields.license, people.grants, null, null, people.publications, links, null);
		for (Map.Entry<Field<Study>, String> e : fields.texts.entrySet()) {
			st = e.getKey().with().apply(st, e.getValue());
		}
		Published published = new Published(s.accno() == null || s.accno().isBlank() ? null : s.accno(), top, kept);
		Deposition d = new Deposition(root, config, st, biosamples, specimens, acquisitions, analyses, correlations,
			components, annotations, published);
		return new Imported(d, warnings);
	}

	/**
	 * The study section's own attributes: the REMBI fields (the scalar ones as the study field table names them,
	 * the first of each), and the rest as they are.
	 */
	private static final class StudyAttributes {

		/** The plain-text study fields read here; title and release date come from the submission first. */
		private static final List<Field<Study>> TEXTS = List.of(StudyFields.DESCRIPTION,
			StudyFields.FUNDING_STATEMENT, StudyFields.ACKNOWLEDGEMENTS, StudyFields.REMBI_VERSION);

		final List<String> keywords = new ArrayList<>();
		final List<Attribute> rest = new ArrayList<>();
		final Map<Field<Study>, String> texts = new LinkedHashMap<>();
		String license;
		boolean licenseChanged;

		StudyAttributes(Section study, boolean titleAtTop) {
			for (Attribute a : study.attributes()) {
				String n = a.name().strip().toLowerCase(Locale.ROOT);
				Field<Study> text = TEXTS.stream().filter(f -> StudyFields.names(f, n)).findFirst().orElse(null);
				if ((n.equals("keywords") || n.equals("keyword")) && a.value() != null) keywords.add(a.value());
				else if (StudyFields.names(StudyFields.TITLE, n) && !titleAtTop && a.valueQualifiers().isEmpty()) {
					continue;
				}
				else if (text != null && texts.get(text) == null) texts.put(text, a.value());
				else if (StudyFields.names(StudyFields.LICENSE, n) && license == null) {
					license = a.value();
					if (!isLicenseUrl(a)) licenseChanged = true;
				}
				else rest.add(a);
			}
		}

		/** A licence the writer writes back the same: its URL qualifier, if any, is the one it writes. */
		private static boolean isLicenseUrl(Attribute a) {
			if (a.valueQualifiers().isEmpty()) return true;
			String url = Licence.urlOf(a.value());
			return a.valueQualifiers().size() == 1 && a.valueQualifiers().get(0).name().equals("URL") && a
				.valueQualifiers().get(0).value() != null && a.valueQualifiers().get(0).value().equals(url);
		}
	}

	// -- modules ---------------------------------------------------------------------------------------------------

	/**
	 * One REMBI module; {@code title} stands in for a missing Title (the older layout's modules have none).
	 *
	 * @return its title
	 */
	private String module(Section s, String key, String title) {
		Fields f = new Fields(s);
		String t = f.take("Title");
		if (t == null) t = title;
		if (title != null) key = Published.key(PublishedPageTab.kind(s), t);
		switch (PublishedPageTab.kind(s)) {
			case "biosample" -> {
				Biosample b = read(RembiFields.BIOSAMPLE, t, f);
				biosamples.add(new Biosample(t, ModuleFields.organism(f), b.biologicalEntity(), b.description(), b
					.intrinsicVariables(), b.extrinsicVariables(), b.experimentalVariables()));
			}
			case "specimen" -> specimens.add(read(RembiFields.SPECIMEN, t, f));
			case "acquisition" -> acquisitions.add(read(RembiFields.ACQUISITION, t, f).withImagingMethods(ModuleFields
				.imagingMethods(f)));
			case "correlation" -> correlations.add(read(RembiFields.CORRELATION, t, f));
			default -> analyses.add(read(RembiFields.ANALYSIS, t, f));
		}
		keep(key, f.rest(), f.subsections(), null);
		if (t == null) warnings.add("a " + s.type() + " section has no Title; give it one in deposit.yaml and name " +
			"it in the association rows that use it");
		return t;
	}

	/** A module of this title with the plain-text fields its section has, taken by their attribute names. */
	private static <T> T read(Module<T> kind, String title, Fields f) {
		return kind.withTexts(kind.titled().apply(title), field -> f.take(field.attribute()));
	}

	private void component(Section s, String key) {
		Fields f = new Fields(s);
		String name = f.take("Name");
		String description = f.take("Description");
		String fileList = f.take("File List");
		List<Associations> rows = new ArrayList<>();
		for (Section row : f.take(x -> x.isType("Associations"))) {
			Fields r = new Fields(row);
			Associations a = RembiFields.NO_ROW;
			for (RembiFields.Field<Associations> column : RembiFields.ROW) a = column.with().apply(a, r.take(column
				.attribute()));
			rows.add(a);
			if (!r.rest().isEmpty() || !r.subsections().isEmpty()) warnings.add("an association row of component '" +
				name + "' has more than REMBI's five columns; they are not kept: " + String.join(", ", r.rest().stream()
					.map(Attribute::name).toList()));
		}
		List<Section> nested = f.take(x -> {
			String kind = PublishedPageTab.kind(x);
			return kind != null && RembiFields.rowKeys().contains(kind);
		});
		if (!nested.isEmpty()) rows.addAll(nestedRows(name, nested));
		components.add(new StudyComponent(name, description, null, rows, null));
		keep(key, f.rest(), f.subsections(), fileList);
	}

	/**
	 * The older layout: modules inside the component, without titles. Each is lifted out, titled by its accno, and
	 * the component gets one association row per module of the kind it has most of.
	 */
	private List<Associations> nestedRows(String component, List<Section> nested) {
		Map<String, List<String>> titles = new HashMap<>();
		int n = 0;
		for (Section x : nested) {
			String kind = PublishedPageTab.kind(x);
			String fallback = x.accno() != null && !x.accno().isBlank() ? x.accno() : x.type() + " of " + component +
				" " + ++n;
			titles.computeIfAbsent(kind, k -> new ArrayList<>()).add(module(x, null, fallback));
		}
		warnings.add("component '" + component + "' holds its modules itself (the older layout); they are written " +
			"as modules of the study, titled by their accno, and linked by association rows");
		int rows = titles.values().stream().mapToInt(List::size).max().orElse(0);
		List<Associations> out = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			Associations a = RembiFields.NO_ROW;
			for (RembiFields.Field<Associations> column : RembiFields.ROW) a = column.with().apply(a, pick(titles,
				column.key(), i));
			out.add(a);
		}
		return out;
	}

	private static String pick(Map<String, List<String>> titles, String kind, int i) {
		List<String> t = titles.get(kind);
		return t == null || t.isEmpty() ? null : t.get(Math.min(i, t.size() - 1));
	}

	private void annotation(Section s, String key) {
		Fields f = new Fields(s);
		String title = f.take("Title");
		annotations.add(read(RembiFields.ANNOTATION, title, f));
		keep(key, f.rest(), f.subsections(), f.take("File List"));
		if (!s.isType("Annotations")) warnings.add("the annotation set '" + title + "' is a section of type '" + s
			.type() + "'; it is written as 'Annotations', the spelling BIA's ingest reads");
	}

	// -- keeping -----------------------------------------------------------------------------------------------------

	void keep(String key, List<Attribute> attributes, List<Section> subsections, String fileList) {
		Published.Kept k = new Published.Kept(attributes.stream().map(PublishedPageTab::kept).toList(), subsections
			.stream().map(PublishedPageTab::kept).toList(), fileList);
		if (k.isEmpty()) return;
		if (kept.containsKey(key)) {
			warnings.add("two sections are both '" + key + "'; what the second held beyond REMBI is not kept: give " +
				"them different titles");
			return;
		}
		kept.put(key, k);
	}

	void warn(String warning) {
		warnings.add(warning);
	}

	static Predicate<Attribute> first(String name) {
		return a -> a.named(name);
	}

	/** The attributes without the first one {@code taken} matches. */
	static List<Attribute> rest(List<Attribute> all, Predicate<Attribute> taken) {
		List<Attribute> out = new ArrayList<>();
		boolean done = false;
		for (Attribute a : all) {
			if (!done && taken.test(a)) done = true;
			else out.add(a);
		}
		return out;
	}

	static LocalDate date(String text) {
		if (text == null || text.isBlank()) return null;
		try {
			return LocalDate.parse(text.strip().length() > 10 && text.charAt(10) == 'T' ? text.strip().substring(0,
				10) : text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
