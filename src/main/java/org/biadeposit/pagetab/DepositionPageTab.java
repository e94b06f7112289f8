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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Doi;
import org.biadeposit.rembi.EmailAddress;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.Licence;
import org.biadeposit.rembi.Ontology;
import org.biadeposit.rembi.OntologyTerm;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.RembiFields.Field;
import org.biadeposit.rembi.RembiFields.Module;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.rembi.StudyFields;

/**
 * A {@link Deposition} as a BioStudies submission to the BioImages collection, as the BIA submission tool writes it
 * today (template BioImages.v5, the shape of real studies such as S-BIAD2808): study attributes, author and organisation sections (authors
 * refer to organisations by accno), the REMBI modules as top-level sections, and one Study Component section per
 * component with its {@code File List} and one {@code Associations} subsection per association row, naming the
 * modules by title. Imaging methods and organisms are ontology values ({@link OntologyValues}); annotation sets are
 * sections of type {@code Annotations}, the only spelling BIA's ingest reads (the v5 form says "Annotation").
 */
public final class DepositionPageTab {

	public static final String COLLECTION = "BioImages";
	public static final String TEMPLATE = "BioImages.v5";
	/** Where the File-lists go in the user folder, and in the package folder. */
	public static final String FILE_LIST_FOLDER = "filelists";

	private DepositionPageTab() {}

	/** The submission; File List attributes name {@code filelists/<list>.json}. */
	public static Submission submission(Deposition d) {
		Study s = d.study();
		List<Attribute> top = new ArrayList<>();
		add(top, s, StudyFields.TITLE);
		add(top, s, StudyFields.RELEASE_DATE);
		top.add(Attribute.of("AttachTo", COLLECTION));
		top.add(Attribute.of("Template", TEMPLATE));

		// The v5 form repeats Title and ReleaseDate in the Study section, as published v5 studies (S-BIAD2808) show.
		List<Attribute> study = new ArrayList<>();
		add(study, s, StudyFields.TITLE);
		add(study, s, StudyFields.RELEASE_DATE);
		add(study, s, StudyFields.DESCRIPTION);
		for (String k : s.keywords()) add(study, "Keywords", k);
		String license = s.license() == null ? Licence.DEFAULT.label() : s.license();
		String url = Licence.urlOf(license);
		study.add(new Attribute(StudyFields.LICENSE.attribute(), license, false, List.of(), url == null ? List.of()
			: List.of(new Qualifier("URL", url))));
		add(study, s, StudyFields.ACKNOWLEDGEMENTS);
		add(study, s, StudyFields.FUNDING_STATEMENT);
		add(study, s, StudyFields.REMBI_VERSION);

		List<Section> subs = new ArrayList<>();
		Map<String, String> orgAccno = new LinkedHashMap<>();
		int o = 1;
		for (Study.Organisation org : s.organisations()) orgAccno.put(org.id(), "o" + o++);
		for (Study.Author a : s.authors()) {
			List<Attribute> attrs = new ArrayList<>();
			add(attrs, "Name", a.name().isEmpty() ? null : a.name());
			add(attrs, "E-mail", EmailAddress.cleaned(a.email()));
			add(attrs, "ORCID", a.orcid());
			for (String role : a.roles()) add(attrs, "Role", role);
			for (String aff : a.affiliations()) {
				String accno = orgAccno.get(aff);
				if (accno != null) attrs.add(Attribute.reference("affiliation", accno));
			}
			subs.add(Section.of(null, "author", attrs));
		}
		for (Study.Organisation org : s.organisations()) {
			List<Attribute> attrs = new ArrayList<>();
			add(attrs, "Name", org.name());
			add(attrs, "Address", org.address());
			add(attrs, "RORID", org.ror());
			subs.add(Section.of(orgAccno.get(org.id()), "organisation", attrs));
		}
		for (Study.Grant g : s.grants()) {
			List<Attribute> attrs = new ArrayList<>();
			add(attrs, "Agency", g.funder());
			add(attrs, "grant_id", g.identifier());
			subs.add(Section.of(null, "Funding", attrs));
		}
		for (Study.Publication p : s.publications()) {
			List<Attribute> attrs = new ArrayList<>();
			add(attrs, "Title", p.title());
			add(attrs, "Authors", p.authors());
			String doi = Doi.bare(p.doi());
			add(attrs, "DOI", doi != null ? doi : p.doi());
			add(attrs, "Year", p.year());
			add(attrs, "Pubmed ID", p.pubmedId());
			subs.add(Section.of(null, "Publication", attrs));
		}
		modules(subs, RembiFields.BIOSAMPLE, d.biosamples());
		modules(subs, RembiFields.SPECIMEN, d.specimens());
		modules(subs, RembiFields.ACQUISITION, d.acquisitions());
		modules(subs, RembiFields.CORRELATION, d.correlations());
		modules(subs, RembiFields.ANALYSIS, d.analyses());
		int n = 1;
		for (StudyComponent c : d.components()) subs.add(component(c, n++));
		n = 1;
		for (AnnotationSet a : d.annotations()) subs.add(annotations(a, n++));

		Section root = Section.of(null, "Study", study).withSubsections(subs);
		List<Link> links = new ArrayList<>();
		for (Study.Link l : s.links()) {
			if (l.url() == null) continue;
			List<Attribute> attrs = new ArrayList<>();
			add(attrs, "Description", l.description());
			links.add(new Link(l.url(), attrs));
		}
		if (!links.isEmpty()) root = root.withLinks(links);
		// a new version of a published study says again what REMBI does not model (bia import kept it)
		return PublishedPageTab.apply(Submission.of("", top, root), d.published());
	}

	/** The modules of a kind, numbered from 1 in their accnos, each its Title then its fields in table order. */
	private static <T> void modules(List<Section> subs, Module<T> kind, List<T> all) {
		int n = 1;
		for (T m : all) subs.add(module(kind, m, n++));
	}

	private static <T> Section module(Module<T> kind, T m, int n) {
		List<Attribute> attrs = new ArrayList<>();
		add(attrs, "Title", kind.title().apply(m));
		for (Field<T> f : kind.fields()) {
			if (f.isText()) add(attrs, f.attribute(), f.value().apply(m));
			else if (m instanceof Biosample b) {
				OntologyTerm organism = organism(b.organism());
				if (organism != null) attrs.add(OntologyValues.attribute(OntologyValues.ORGANISM, organism));
			}
			else if (m instanceof ImageAcquisition a) {
				for (ImageAcquisition.ImagingMethod im : a.imagingMethods()) {
					OntologyTerm t = imagingMethod(im);
					if (t != null) attrs.add(OntologyValues.attribute(OntologyValues.IMAGING_METHOD, t));
				}
			}
		}
		return Section.of(kind.sectionType() + "-" + n, kind.sectionType(), attrs);
	}

	/**
	 * The organism as the submission tool writes it: "Homo sapiens (human)" with {@code NCBITaxon_9606}; the taxon
	 * from the table when only the scientific name is given; null when there is no name.
	 */
	static OntologyTerm organism(Biosample.Organism org) {
		if (org == null || org.scientificName() == null || org.scientificName().isBlank()) return null;
		String label = org.commonName() == null || org.commonName().isBlank() ? org.scientificName() : org
			.scientificName() + " (" + org.commonName() + ")";
		String id = OntologyTerm.taxonId(org.ncbiTaxon());
		if (id == null && (org.ncbiTaxon() == null || org.ncbiTaxon().isBlank())) {
			Ontology.Term known = Ontology.ncbiTaxonomy().labelled(org.scientificName());
			if (known != null) id = known.term().termId();
		}
		return new OntologyTerm(label, OntologyTerm.NCBI_TAXON, id);
	}

	/** The FBbi term of an imaging method: its id in any spelling, else the term the table has for its label. */
	static OntologyTerm imagingMethod(ImageAcquisition.ImagingMethod m) {
		if (m == null || m.value() == null || m.value().isBlank()) return null;
		String id = OntologyTerm.fbbiId(m.ontologyId());
		if (id == null && (m.ontologyId() == null || m.ontologyId().isBlank())) {
			Ontology.Term known = Ontology.fbbi().labelled(m.value());
			if (known != null) id = known.term().termId();
		}
		return new OntologyTerm(m.value(), OntologyTerm.FBBI, id);
	}

	private static Section component(StudyComponent c, int n) {
		List<Attribute> attrs = new ArrayList<>();
		add(attrs, "Name", c.name());
		add(attrs, "Description", c.description());
		if (c.fileList() != null) add(attrs, "File List", fileListPath(c.fileList()));
		Section s = Section.of("Study Component-" + n, "Study Component", attrs);
		List<Section> rows = new ArrayList<>();
		for (Associations a : c.associations()) {
			List<Attribute> links = new ArrayList<>();
			for (Module<?> m : RembiFields.ROW_MODULES) add(links, m.sectionType(), RembiFields.rowColumn(m).value()
				.apply(a));
			if (!links.isEmpty()) rows.add(Section.of(null, "Associations", links));
		}
		if (!rows.isEmpty()) s = s.withSubsections(rows);
		return s;
	}

	private static Section annotations(AnnotationSet a, int n) {
		Section s = module(RembiFields.ANNOTATION, a, n);
		if (a.fileList() == null) return s;
		List<Attribute> attrs = new ArrayList<>(s.attributes());
		add(attrs, "File List", fileListPath(a.fileList()));
		return Section.of(s.accno(), s.type(), attrs);
	}

	/** The remote path of a File-list: {@code filelists/<name>.json}. */
	public static String fileListPath(FileList list) {
		return FILE_LIST_FOLDER + "/" + list.name() + ".json";
	}

	/** A REMBI File-list as PageTab File objects: path, then one attribute per non-empty cell, in column order. */
	public static PageTabFileList fileList(FileList list) {
		List<FileRef> files = new ArrayList<>();
		for (FileList.Row row : list.rows()) files.add(file(list, row));
		return new PageTabFileList(files);
	}

	/** One row of a REMBI File-list as a PageTab File object (see {@link #fileList}). */
	static FileRef file(FileList list, FileList.Row row) {
		List<Attribute> attrs = new ArrayList<>();
		for (String column : list.columns()) add(attrs, column, row.values().get(column));
		return FileRef.of(row.path(), attrs);
	}

	private static void add(List<Attribute> attrs, String name, String value) {
		if (value != null && !value.isBlank()) attrs.add(Attribute.of(name, value));
	}

	/** A scalar study field as the table names it, if given. */
	private static void add(List<Attribute> attrs, Study s, Field<Study> f) {
		add(attrs, f.attribute(), f.value().apply(s));
	}
}
