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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.AcquisitionCoverage;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.Licence;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.RembiFields.Field;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.rembi.StudyFields;

/**
 * Writes the commented starter {@code deposit.yaml} of {@code bia init}: what the harvest found is filled in (study
 * components from the top-level folders, one image acquisition per distinct set of settings with its instrument,
 * parameters and FBbi imaging method); what only a person knows is left empty with a comment saying what to put.
 * The keys are bia-agent's, so the file also works with BIA's own tools.
 */
public final class DepositYamlStarter {

	private DepositYamlStarter() {}

	/**
	 * The starter text for a deposition built from a harvest (its study and modules are not yet described). It
	 * always reads back: harvested texts are the image files' own words, which a broken or crafted file can make
	 * megabytes long, so each is shortened to what deposit.yaml takes, and all of them further if the file would
	 * still be larger than deposit.yaml is read up to.
	 */
	public static String write(Deposition built, LocalDate today) {
		return write(built, Map.of(), today);
	}

	/**
	 * As {@link #write(Deposition, LocalDate)}, with a comment beside each acquisition saying which folders and how
	 * many images it covers (see {@link org.biadeposit.rembi.AcquisitionCoverage}).
	 *
	 * @param coverage by acquisition title
	 */
	public static String write(Deposition built, Map<String, AcquisitionCoverage.Coverage> coverage, LocalDate today) {
		String text = null;
		for (int limit : new int[] { DepositYaml.MAX_VALUE_CHARS, 2_000, 200, 60 }) {
			text = write(built, coverage, today, new Harvested(built.acquisitions(), limit));
			if (text.getBytes(StandardCharsets.UTF_8).length <= DepositYaml.MAX_FILE_BYTES) break;
		}
		return text;
	}

	private static String write(Deposition built, Map<String, AcquisitionCoverage.Coverage> coverage, LocalDate today,
		Harvested harvested)
	{
		StringBuilder y = new StringBuilder();
		y.append("# deposit.yaml: the description of this dataset for the BioImage Archive (REMBI).\n");
		y.append("# Written by `bia init` on ").append(today).append(" from what the image files say.\n");
		y.append("# Fill in every field marked REQUIRED, then run `bia validate` to see what is still missing.\n");
		y.append("# Keys follow BIA's bia-agent template, so this file also works with BIA's own tools.\n\n");

		y.append("study:\n");
		study(y, StudyFields.TITLE, null, StudyFields.TITLE.example());
		study(y, StudyFields.DESCRIPTION, null, StudyFields.DESCRIPTION.example());
		study(y, StudyFields.RELEASE_DATE, null, "YYYY-MM-DD, from today up to " + today.plusYears(2) +
			" (BIA publishes within two years).");
		y.append("  keywords: # REQUIRED. One per line.\n  - \n");
		study(y, StudyFields.LICENSE, Licence.DEFAULT.label(), StudyFields.LICENSE.example());
		y.append("  authors: # REQUIRED. Repeat the block for every author.\n");
		y.append("  - first_name: # REQUIRED\n");
		y.append("    last_name: # REQUIRED\n");
		y.append("    email:\n");
		y.append("    orcid: # e.g. 0000-0002-1825-0097\n");
		y.append("    role: submitter # e.g. submitter, principal investigator, corresponding author\n");
		y.append("    affiliations: [org1] # ids from organisations below\n");
		y.append("  organisations: # Shared by the authors that name them.\n");
		y.append("    org1:\n");
		y.append("      name: # REQUIRED\n");
		y.append("      address:\n");
		y.append("      ror: # e.g. https://ror.org/03mstc592\n");
		y.append("  ").append(StudyFields.parent(StudyFields.FUNDING_STATEMENT)).append(":\n");
		field(y, 2, StudyFields.FUNDING_STATEMENT.key(), null, null);
		y.append("    grant_references: # Repeat for every grant.\n");
		y.append("    - funder:\n");
		y.append("      identifier:\n");
		study(y, StudyFields.ACKNOWLEDGEMENTS, null, null);
		y.append("  publications: []\n");
		y.append("  links: []\n");
		y.append("  ").append(StudyFields.REMBI_VERSION.key()).append(": '1.5'\n\n");

		y.append("biosamples: # What was imaged. Add one block per distinct sample.\n");
		y.append("  Biosample 1: # A descriptive title; components below refer to it.\n");
		y.append("    organism:\n");
		y.append("      scientific_name: # REQUIRED, e.g. Mus musculus\n");
		y.append("      common_name: # e.g. house mouse\n");
		y.append("      ncbi_taxon: # e.g. NCBI:txid10090 (https://www.ncbi.nlm.nih.gov/taxonomy)\n");
		texts(y, RembiFields.BIOSAMPLE);

		y.append("specimens: # How the samples were prepared for imaging.\n");
		y.append("  Specimen 1:\n");
		texts(y, RembiFields.SPECIMEN);

		y.append("acquisitions: # One per distinct set of microscope settings found in the files; check the text.\n");
		if (built.acquisitions().isEmpty()) {
			y.append("  Acquisition 1:\n");
			y.append("    imaging_method:\n      value: # REQUIRED, an FBbi term, e.g. confocal microscopy\n");
			y.append("      ontology_id:\n      ontology_name:\n");
			y.append("    imaging_instrument: # REQUIRED\n    image_acquisition_parameters: # REQUIRED\n");
		}
		for (ImageAcquisition a : built.acquisitions()) {
			String title = harvested.title(a.title());
			y.append("  ").append(YamlScalar.key(title, 2)).append(title.equals(a.title()) ? "" : " # " + harvested
				.shortened(a.title())).append("\n");
			AcquisitionCoverage.Coverage covers = coverage.get(a.title());
			if (covers != null) y.append("    # ").append(harvested.text(covers.comment()).replace('\n', ' ')).append(
				"\n");
			List<ImageAcquisition.ImagingMethod> methods = a.imagingMethods();
			if (methods.isEmpty()) {
				y.append("    imaging_method: # REQUIRED: the files do not say how they were acquired\n");
				y.append("      value: # an FBbi term, e.g. wide-field microscopy? confocal microscopy?\n");
				y.append("      ontology_id:\n      ontology_name:\n");
			}
			else {
				ImageAcquisition.ImagingMethod m = methods.get(0);
				y.append("    imaging_method:\n");
				field(y, 3, "value", m.value(), null);
				field(y, 3, "ontology_id", m.ontologyId(), null);
				field(y, 3, "ontology_name", m.ontologyName(), null);
			}
			String instrument = a.imagingInstrument();
			String parameters = a.imageAcquisitionParameters();
			field(y, 2, "imaging_instrument", harvested.text(instrument), instrument == null
				? "REQUIRED: the files do not name the microscope" : harvested.note(instrument));
			field(y, 2, "image_acquisition_parameters", harvested.text(parameters), parameters == null ? "REQUIRED"
				: harvested.note(parameters));
			if (covers != null && !covers.rule().isEmpty() && coverage.size() > 1) {
				y.append("    files: # which files it took, folders or files: the File-lists' Image acquisition " +
					"column\n");
				for (String f : covers.rule()) y.append("    - ").append(YamlScalar.value(f, 6)).append("\n");
			}
			else if (covers != null && coverage.size() > 1) {
				y.append("    # files: which files it took, as folders or globs\n");
			}
		}
		y.append("\n");

		y.append("study_component: # One per part of the study, each with its own File-list.\n");
		for (StudyComponent c : built.components()) {
			y.append("  ").append(YamlScalar.key(c.name(), 2)).append("\n");
			field(y, 2, "name", c.name(), null);
			field(y, 2, "description", c.description(), "REQUIRED. What these images show.");
			FileSelection s = c.files();
			if (s != null && s.folders().size() == 1 && s.globs().isEmpty()) {
				field(y, 2, "files", s.folders().get(0), "a folder, or a list of folders and glob patterns");
			}
			else if (s != null && !s.globs().isEmpty()) {
				y.append("    files:\n");
				for (String g : s.globs()) y.append("    - ").append(YamlScalar.value(g, 6)).append("\n");
			}
			y.append("    # pattern: \"{condition}/{replicate}/*.tif\" # path parts that become File-list columns\n");
			y.append("    # columns: extra-columns.tsv # a table: Files, then one column per attribute\n");
			y.append("    # constant_columns: true # also list the harvested values every image shares as columns\n");
			field(y, 2, "biosample", "Biosample 1", null);
			field(y, 2, "specimen", "Specimen 1", null);
			List<String> used = c.associations().stream().map(Associations::acquisition).filter(t -> t != null)
				.map(harvested::title).toList();
			if (used.size() > 1) {
				// one association row per set-up; the File-list's "Image acquisition" column says which file is which
				y.append("    acquisition: # one association row each; the File-list's Image acquisition column " +
					"says which file is which\n");
				for (String t : used) y.append("    - ").append(YamlScalar.value(t, 6)).append("\n");
			}
			else {
				field(y, 2, "acquisition", used.isEmpty() ? built.acquisitions().isEmpty() ? "Acquisition 1"
					: harvested.title(built.acquisitions().get(0).title()) : used.get(0), null);
			}
			y.append("    # several association rows: a list of titles per key, one per row, e.g. biosample: [A, B]\n");
		}
		y.append("\n# analysis:      # Optional: title -> analysis_overview\n");
		y.append("# correlations:  # Optional: title -> spatial_and_temporal_alignment, fiducials_used, " +
			"transformation_matrix\n");
		y.append("# annotations:   # Optional (MIFA): title -> annotation_overview, annotation_type, " +
			"annotation_method, files, source_image\n");
		return y.toString();
	}

	/** A module's plain-text fields, empty, each with what the table says of it; then a blank line. */
	private static void texts(StringBuilder y, RembiFields.Module<?> module) {
		for (RembiFields.Field<?> f : module.texts()) field(y, 2, f.key(), null, f.starterComment());
		y.append('\n');
	}

	/**
	 * A scalar study field with its value (null: left empty) and what to say of it: a required field left empty
	 * says REQUIRED first.
	 */
	private static void study(StringBuilder y, Field<Study> f, String value, String example) {
		String comment = f.isRequired() && value == null ? "REQUIRED" + (example == null ? "" : ". " + example)
			: example;
		field(y, 1, f.key(), value, comment);
	}

	private static void field(StringBuilder y, int depth, String key, String value, String comment) {
		y.append("  ".repeat(depth)).append(key).append(":");
		if (value != null) y.append(' ').append(YamlScalar.value(value, 2 * depth + 2));
		if (comment != null) y.append(" # ").append(comment);
		y.append('\n');
	}

	/** The harvested texts as written: each at most {@code limit} characters, titles still distinct. */
	private static final class Harvested {

		private final int limit;
		private final Map<String, String> titles = new HashMap<>();

		Harvested(List<ImageAcquisition> acquisitions, int limit) {
			this.limit = limit;
			Set<String> taken = new HashSet<>();
			for (ImageAcquisition a : acquisitions) {
				String t = text(a.title());
				for (int n = 2; !taken.add(t); n++) {
					t = text(a.title(), limit - 4 - String.valueOf(n).length()) + " (" + n + ")";
				}
				titles.put(a.title(), t);
			}
		}

		/** An acquisition's title as written (the same wherever it is named). */
		String title(String title) {
			return titles.getOrDefault(title, title);
		}

		String text(String text) {
			return text(text, limit);
		}

		/** The text, or its start and "…" if it is longer than {@code max} characters. */
		private static String text(String text, int max) {
			if (text == null || text.length() <= max) return text;
			int end = max - 1;
			if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
			return text.substring(0, end) + "\u2026";
		}

		/** The comment for a harvested text. */
		String note(String text) {
			return text.length() <= limit ? "from the files; complete it" : "from the files, " + shortened(text) +
				"; complete it";
		}

		String shortened(String text) {
			return "shortened from " + String.format(Locale.ROOT, "%,d", text.length()) + " characters (the most " +
				"deposit.yaml takes here is " + String.format(Locale.ROOT, "%,d", limit) + ")";
		}
	}
}
