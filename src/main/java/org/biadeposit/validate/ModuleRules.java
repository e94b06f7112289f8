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
package org.biadeposit.validate;

import static org.biadeposit.validate.Findings.Section.ACQUISITIONS;
import static org.biadeposit.validate.Findings.Section.ANALYSES;
import static org.biadeposit.validate.Findings.Section.BIOSAMPLES;
import static org.biadeposit.validate.Findings.Section.CORRELATIONS;
import static org.biadeposit.validate.Findings.Section.SPECIMENS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.Specimen;

/**
 * The REMBI modules: biosamples, specimens, image acquisitions, analyses and correlations, with the fields the BIA
 * template requires, their ontology identifiers, and titles that tell them apart.
 */
final class ModuleRules {

	private final Places at;
	private final Findings out;
	private final OntologyRules ontology;

	ModuleRules(Places at, Findings out) {
		this.at = at;
		this.out = out;
		this.ontology = new OntologyRules(at, out);
	}

	void check(Deposition d) {
		biosamples(d.biosamples());
		specimens(d.specimens());
		acquisitions(d.acquisitions());
		analyses(d.analyses());
		correlations(d.correlations());
	}

	private void biosamples(List<Biosample> all) {
		if (all.isEmpty()) {
			out.error(BIOSAMPLES, at.yaml(Places.BIOSAMPLES), "the deposition has no biosample; describe what was " +
				"imaged under biosamples: (a title, then organism and biological_entity)");
		}
		for (int i = 0; i < all.size(); i++) {
			Biosample b = all.get(i);
			String entry = Places.entry(Places.BIOSAMPLES, b.title(), i);
			title(BIOSAMPLES, entry, b.title(), "biosample");
			organism(entry, b.organism());
			required(BIOSAMPLES, entry, RembiFields.BIOSAMPLE, b);
		}
		unique(BIOSAMPLES, Places.BIOSAMPLES, "biosample", all, Biosample::title);
	}

	private void organism(String entry, Biosample.Organism o) {
		if (o == null) {
			out.error(BIOSAMPLES, at.yaml(entry + ".organism"), "the biosample has no organism; give " +
				"organism.scientific_name (e.g. Mus musculus) and organism.ncbi_taxon (e.g. NCBI:txid10090; look it " +
				"up at https://www.ncbi.nlm.nih.gov/taxonomy)");
			return;
		}
		if (Text.isBlank(o.scientificName())) {
			out.error(BIOSAMPLES, at.yaml(entry + ".organism.scientific_name"), "the organism has no scientific " +
				"name; give organism.scientific_name, e.g. Mus musculus");
		}
		ontology.organism(entry, o);
	}

	private void specimens(List<Specimen> all) {
		if (all.isEmpty()) {
			out.error(SPECIMENS, at.yaml(Places.SPECIMENS), "the deposition has no specimen; describe how the " +
				"samples were prepared for imaging under specimens: (a title, then sample_preparation)");
		}
		for (int i = 0; i < all.size(); i++) {
			Specimen s = all.get(i);
			String entry = Places.entry(Places.SPECIMENS, s.title(), i);
			title(SPECIMENS, entry, s.title(), "specimen");
			required(SPECIMENS, entry, RembiFields.SPECIMEN, s);
		}
		unique(SPECIMENS, Places.SPECIMENS, "specimen", all, Specimen::title);
	}

	private void acquisitions(List<ImageAcquisition> all) {
		if (all.isEmpty()) {
			out.error(ACQUISITIONS, at.yaml(Places.ACQUISITIONS), "the deposition has no image acquisition; " +
				"describe how the images were taken under acquisitions: (a title, then imaging_method, " +
				"imaging_instrument and image_acquisition_parameters)");
		}
		for (int i = 0; i < all.size(); i++) {
			ImageAcquisition a = all.get(i);
			String entry = Places.entry(Places.ACQUISITIONS, a.title(), i);
			title(ACQUISITIONS, entry, a.title(), "image acquisition");
			required(ACQUISITIONS, entry, RembiFields.ACQUISITION, a);
			methods(entry, a.imagingMethods());
		}
		unique(ACQUISITIONS, Places.ACQUISITIONS, "image acquisition", all, ImageAcquisition::title);
	}

	private void methods(String entry, List<ImageAcquisition.ImagingMethod> methods) {
		if (methods.stream().allMatch(m -> Text.isBlank(m.value()))) {
			out.error(ACQUISITIONS, at.yaml(entry + ".imaging_method"), "the image acquisition has no imaging " +
				"method; give imaging_method.value, an FBbi term such as \"confocal microscopy\" or \"fluorescence " +
				"microscopy\" (https://www.ebi.ac.uk/ols4/ontologies/fbbi)");
		}
		for (int m = 0; m < methods.size(); m++) {
			ImageAcquisition.ImagingMethod method = methods.get(m);
			String place = entry + ".imaging_method" + (methods.size() > 1 ? "[" + (m + 1) + "]" : "");
			if (Text.isBlank(method.value()) && methods.stream().anyMatch(x -> !Text.isBlank(x.value()))) {
				out.error(ACQUISITIONS, at.yaml(place + ".value"), "this imaging method has no value; give the " +
					"FBbi term name, e.g. \"confocal microscopy\", or remove the entry");
			}
			ontology.imagingMethod(place, method);
		}
	}

	private void analyses(List<ImageAnalysis> all) {
		for (int i = 0; i < all.size(); i++) {
			ImageAnalysis a = all.get(i);
			String entry = Places.entry(Places.ANALYSES, a.title(), i);
			title(ANALYSES, entry, a.title(), "image analysis");
			required(ANALYSES, entry, RembiFields.ANALYSIS, a);
		}
		unique(ANALYSES, Places.ANALYSES, "image analysis", all, ImageAnalysis::title);
	}

	private void correlations(List<ImageCorrelation> all) {
		for (int i = 0; i < all.size(); i++) {
			ImageCorrelation c = all.get(i);
			String entry = Places.entry(Places.CORRELATIONS, c.title(), i);
			title(CORRELATIONS, entry, c.title(), "image correlation");
			required(CORRELATIONS, entry, RembiFields.CORRELATION, c);
		}
		unique(CORRELATIONS, Places.CORRELATIONS, "image correlation", all, ImageCorrelation::title);
	}

	/** The module's required plain-text fields left empty, each an error with the table's message. */
	private <T> void required(Findings.Section section, String entry, RembiFields.Module<T> kind, T m) {
		for (RembiFields.Field<T> f : kind.texts()) required(out, at, section, entry, f, m);
	}

	/**
	 * A required field left empty is an error, a recommended one a warning, with the table's message (a field with
	 * a rule of its own: nothing here).
	 */
	static <T> void required(Findings out, Places at, Findings.Section section, String entry, RembiFields.Field<
		T> f, T m)
	{
		if (f.missing() == null || !Text.isBlank(f.value().apply(m))) return;
		if (f.isRequired()) out.error(section, at.yaml(entry + "." + f.key()), f.missing());
		else if (f.need() == RembiFields.Need.RECOMMENDED) out.warning(section, at.yaml(entry + "." + f.key()), f
			.missing());
	}

	private void title(Findings.Section section, String entry, String title, String kind) {
		if (Text.isBlank(title)) {
			out.error(section, at.yaml(entry), "this " + kind + " has no title; give it a short descriptive title, " +
				"by which study components refer to it");
		}
	}

	/**
	 * Study components name modules by title, so two modules of a kind must not share one. Titles that differ
	 * only in case are refused too: BIA's ingest matches them ignoring case (docs/biostudies.md).
	 */
	private <T> void unique(Findings.Section section, String key, String kind, List<T> modules,
		Function<T, String> title)
	{
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < modules.size(); i++) {
			String t = title.apply(modules.get(i));
			if (Text.isBlank(t)) {
				seen.add(null);
				continue;
			}
			String norm = t.strip().toLowerCase(Locale.ROOT);
			for (int j = 0; j < seen.size(); j++) {
				String earlier = seen.get(j);
				if (earlier == null || !earlier.strip().toLowerCase(Locale.ROOT).equals(norm)) continue;
				boolean same = earlier.strip().equals(t.strip());
				out.error(section, at.yaml(Places.entry(key, t, i)), (same ? "the " + Text.ordinal(j + 1) + " " +
					kind + " has the same title, \"" + t + "\"" : "the title \"" + t + "\" differs only in case from " +
						"that of the " + Text.ordinal(j + 1) + " " + kind + ", \"" + earlier + "\", and BIA matches " +
						"titles ignoring case") + "; associations to it would be ambiguous, so give each " + kind +
					" a different title");
				break;
			}
			seen.add(t);
		}
	}
}
