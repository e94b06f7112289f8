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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.validate.DepositionValidator;

/**
 * Everything deposit.yaml holds, as the Description step edits it, with no Swing: the study, any number of authors
 * and organisations, biosamples, specimens, image acquisitions, analyses, correlations, annotation sets and study
 * components with their files, patterns, columns and associations. Renaming an entry renames it where the components
 * name it (and an organisation's id in the affiliations); picking a known organism or imaging method fills in its
 * identifier. {@link #edited} is the description to write; {@link #problems} checks it as typed, with the rules of
 * {@code bia validate}, each problem at the form field it names.
 */
final class DescriptionDraft {

	private final Deposition original;
	private final Deposition built;
	final DraftSection<Study> study;
	final DraftSection<Study.Author> authors;
	final DraftSection<Study.Organisation> organisations;
	final DraftSection<Biosample> biosamples;
	final DraftSection<Specimen> specimens;
	final DraftSection<ImageAcquisition> acquisitions;
	final DraftSection<ImageAnalysis> analyses;
	final DraftSection<ImageCorrelation> correlations;
	final DraftSection<StudyComponent> components;
	final DraftSection<AnnotationSet> annotations;

	DescriptionDraft(Deposition d) {
		this(d, null);
	}

	/**
	 * @param built the deposition built from {@code d} and the harvest (its File-lists), or null: what the checks as
	 *          typed judge the File-lists by
	 */
	DescriptionDraft(Deposition d, Deposition built) {
		original = d;
		this.built = built;
		Study s = d.study() != null ? d.study() : DraftSections.blankStudy();
		study = new DraftSection<>("study", "Study", "Study", true, List.of(s), DraftSections::blankStudy,
			DraftSections.study());
		authors = new DraftSection<>("authors", "Authors (in order of authorship)", "Author", false, s.authors(),
			() -> new Study.Author(null, null, null, null, List.of("submitter"), firstOrganisation()), DraftSections
				.author());
		organisations = new DraftSection<>("organisations", "Organisations", "Organisation", false, s.organisations(),
			() -> new Study.Organisation(freeOrganisationId(), null, null, null), DraftSections.organisation());
		biosamples = new DraftSection<>("biosamples", "Biosamples: what was imaged", "Biosample", false, d
			.biosamples(), () -> new Biosample(null, null, null, null, null, null, null), DraftSections.biosample());
		specimens = new DraftSection<>("specimens", "Specimens: how it was prepared", "Specimen", false, d
			.specimens(), () -> new Specimen(null, null, null), DraftSections.specimen());
		acquisitions = new DraftSection<>("acquisitions", "Image acquisitions (from the image files; check and " +
			"complete)", "Image acquisition", false, d.acquisitions(), () -> new ImageAcquisition(null, null, null,
				List.of()), DraftSections.acquisition());
		analyses = new DraftSection<>("analysis", "Image analyses", "Image analysis", false, d.analyses(),
			() -> new ImageAnalysis(null, null), DraftSections.analysis());
		correlations = new DraftSection<>("correlations", "Image correlations", "Image correlation", false, d
			.correlations(), () -> new ImageCorrelation(null, null, null, null), DraftSections.correlation());
		components = new DraftSection<>("study_component", "Study components", "Study component", false, d
			.components().stream().map(c -> c.withFileList(null)).toList(), () -> new StudyComponent(null, null,
				null, null, null), DraftSections.component());
		annotations = new DraftSection<>("annotations", "Annotation sets", "Annotation set", false, d.annotations()
			.stream().map(a -> a.withFileList(null)).toList(), () -> new AnnotationSet(null, null, null, null, null,
				null, null, null, null, null), DraftSections.annotation());
	}

	/** The sections in form order. */
	List<DraftSection<?>> sections() {
		return List.of(study, authors, organisations, biosamples, specimens, acquisitions, analyses, correlations,
			components, annotations);
	}

	DraftSection<?> section(String key) {
		return sections().stream().filter(s -> s.key.equals(key)).findFirst().orElse(null);
	}

	/**
	 * Sets a field from text, as typed in the form. A new title of a biosample, specimen, acquisition, analysis or
	 * correlation is followed in every association row of the components that name it; a new organisation id in
	 * the affiliations; a known organism or FBbi imaging method brings its identifier. The component form edits
	 * the first association row; the others are kept.
	 */
	void set(DraftSection<?> section, int i, String field, String text) {
		String before = section.lastTitle(i);
		section.set(i, field, text);
		String after = section.get(i, field);
		boolean renamed = field.equals(section.fields.get(0).key()) && before != null && !after.isEmpty() && !before
			.equals(after);
		String association = RembiFields.ROW_MODULES.stream().filter(m -> m.key().equals(section.key)).map(
			m -> RembiFields.rowColumn(m).key()).findFirst().orElse(null);
		if (association != null && renamed) {
			for (int c = 0; c < components.size(); c++) {
				StudyComponent was = components.entry(c);
				List<Associations> rows = was.associations().stream().map(a -> before.equals(DraftSections
					.association(a, association)) ? DraftSections.association(a, association, after) : a).toList();
				if (!rows.equals(was.associations())) components.replace(c, was.withAssociations(rows));
			}
		}
		if (section == organisations && renamed) {
			for (int a = 0; a < authors.size(); a++) {
				List<String> ids = DraftSections.list(authors.get(a, "affiliations")).stream().map(id -> id.equals(before)
					? after : id).toList();
				authors.set(a, "affiliations", String.join(", ", ids));
			}
		}
		DraftField<?> f = section.field(field);
		Terms.Term term = f.terms() == null ? null : f.terms().named(after);
		if (term != null && section == biosamples) {
			biosamples.set(i, "ncbi_taxon", term.id());
			if (biosamples.get(i, "common_name").isEmpty()) biosamples.set(i, "common_name", term.alsoKnownAs());
		}
		if (term != null && section == acquisitions) acquisitions.set(i, "ontology_id", term.id());
	}

	/** The description as the forms say it: what {@link DepositionDraft#save} writes. */
	Deposition edited() {
		Study s = study.entry(0);
		Study withPeople = new Study(s.title(), s.description(), s.releaseDate(), s.keywords(), authors.entries(),
			organisations.entries(), s.license(), s.grants(), s.fundingStatement(), s.acknowledgements(), s
				.publications(), s.links(), s.rembiVersion());
		List<StudyComponent> comps = components.entries();
		// components and annotation sets keep their built File-lists out of deposit.yaml's description
		return new Deposition(original.root(), original.config(), withPeople, biosamples.entries(), specimens
			.entries(), acquisitions.entries(), analyses.entries(), correlations.entries(), comps, annotations
				.entries(), original.published());
	}

	/**
	 * What {@code bia validate} says of the description now, at the form fields the problems name (the first
	 * problem of each field); problems of files and File-lists are the other steps'.
	 */
	Map<String, Problem> problems() {
		Map<String, Problem> at = new LinkedHashMap<>();
		for (Problem p : DepositionValidator.validate(withBuiltFileLists(edited())).problems()) {
			ProblemPlace place = ProblemPlace.of(p.place(), this);
			if (place.step() == WizardStep.DESCRIPTION && place.field() != null) at.putIfAbsent(place.field(), p);
		}
		return at;
	}

	/** The description with the File-lists built last, component by component and set by set, in order. */
	private Deposition withBuiltFileLists(Deposition d) {
		if (built == null) return d;
		List<StudyComponent> comps = new java.util.ArrayList<>();
		for (int i = 0; i < d.components().size(); i++) {
			comps.add(i < built.components().size() ? d.components().get(i).withFileList(built.components().get(i)
				.fileList()) : d.components().get(i));
		}
		List<AnnotationSet> sets = new java.util.ArrayList<>();
		for (int i = 0; i < d.annotations().size(); i++) {
			sets.add(i < built.annotations().size() ? d.annotations().get(i).withFileList(built.annotations().get(i)
				.fileList()) : d.annotations().get(i));
		}
		return new Deposition(d.root(), d.config(), d.study(), d.biosamples(), d.specimens(), d.acquisitions(), d
			.analyses(), d.correlations(), comps, sets, d.published());
	}

	private List<String> firstOrganisation() {
		return organisations.size() == 0 ? List.of() : List.of(organisations.get(0, "id"));
	}

	private String freeOrganisationId() {
		for (int n = 1;; n++) {
			String id = "org" + n;
			boolean taken = false;
			for (int i = 0; organisations != null && i < organisations.size(); i++) {
				taken |= id.equals(organisations.get(i, "id"));
			}
			if (!taken) return id;
		}
	}
}
