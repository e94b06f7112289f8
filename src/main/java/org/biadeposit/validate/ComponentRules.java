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

import static org.biadeposit.validate.Findings.Section.COMPONENTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.StudyComponent;

/**
 * Study components: named, described, with a File-list, and associated with the biosample, specimen and image
 * acquisition (and optionally the analysis and correlation) their images come from, each named by its exact title.
 */
final class ComponentRules {

	private static final Associations NONE = new Associations(null, null, null, null, null);

	private final Places at;
	private final Findings out;

	private boolean files = true;

	ComponentRules(Places at, Findings out) {
		this.at = at;
		this.out = out;
	}

	/** Leaves out the File-lists: a metadata-only update names the published ones and builds none. */
	ComponentRules withoutFiles() {
		files = false;
		return this;
	}

	void check(Deposition d) {
		List<StudyComponent> all = d.components();
		if (all.isEmpty()) {
			out.error(COMPONENTS, at.yaml(Places.COMPONENTS), "the deposition has no study component; add one " +
				"under study_component: with a description, its files and the biosample, specimen and acquisition " +
				"its images come from");
		}
		List<String> biosamples = d.biosamples().stream().map(Biosample::title).toList();
		List<String> specimens = d.specimens().stream().map(Specimen::title).toList();
		List<String> acquisitions = d.acquisitions().stream().map(ImageAcquisition::title).toList();
		List<String> analyses = d.analyses().stream().map(ImageAnalysis::title).toList();
		List<String> correlations = d.correlations().stream().map(ImageCorrelation::title).toList();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			StudyComponent c = all.get(i);
			String entry = Places.entry(Places.COMPONENTS, c.listName(), i); // its key in deposit.yaml
			if (Text.isBlank(c.name())) {
				out.error(COMPONENTS, at.yaml(entry + ".name"), "this study component has no name; give it a short " +
					"name, e.g. the experiment or assay it holds");
			}
			else {
				unique(c.name(), entry, names);
			}
			names.add(c.name());
			if (Text.isBlank(c.description())) {
				out.error(COMPONENTS, at.yaml(entry + ".description"), "the study component has no description; " +
					"say what its images show and how they differ from the other components'");
			}
			if (files && c.fileList() == null) {
				out.error(COMPONENTS, at.yaml(entry + ".files"), "the study component has no File-list; say which " +
					"files are its own (files: a folder or glob) and build the deposition from the dataset folder");
			}
			else if (files && c.fileList().rows().isEmpty()) {
				out.error(COMPONENTS, at.yaml(entry + ".files"), "the study component's File-list is empty: its " +
					"files: selection (" + (c.files() == null ? "no selection" : c.files().describe()) + ") matches " +
					"no file in the dataset folder. Fix files:, or remove the component");
			}
			List<Associations> rows = c.associations().isEmpty() ? List.of(NONE) : c.associations();
			for (int r = 0; r < rows.size(); r++) {
				Associations a = rows.get(r);
				// One row is the component's own keys; several are the items of its associations: list.
				String row = rows.size() == 1 ? entry : entry + ".associations[" + (r + 1) + "]";
				String who = rows.size() == 1 ? "the study component" : "association row " + (r + 1) + " of the " +
					"study component";
				link(row, who, "biosample", a.biosample(), biosamples, Places.BIOSAMPLES, true);
				link(row, who, "specimen", a.specimen(), specimens, Places.SPECIMENS, true);
				link(row, who, "acquisition", a.acquisition(), acquisitions, Places.ACQUISITIONS, true);
				link(row, who, "analysis", a.analysis(), analyses, Places.ANALYSES, false);
				link(row, who, "correlation", a.correlation(), correlations, Places.CORRELATIONS, false);
			}
		}
	}

	private void unique(String name, String entry, List<String> earlier) {
		for (int j = 0; j < earlier.size(); j++) {
			String e = earlier.get(j);
			if (e == null || !e.strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
				continue;
			}
			out.error(COMPONENTS, at.yaml(entry + ".name"), (e.strip().equals(name.strip()) ? "the " + Text.ordinal(j +
				1) + " study component has the same name, \"" + name + "\"" : "the name \"" + name + "\" differs " +
					"only in case from that of the " + Text.ordinal(j + 1) + " study component, \"" + e + "\"") +
				"; give each component a different name (their File-lists are named after them)");
			return;
		}
	}

	/**
	 * @param row the key path of the association row: the component's entry, or an item of its associations
	 * @param who the row in messages: "the study component", "association row 2 of the study component"
	 * @param key the association's key in the row, also the kind of module in messages
	 * @param section the deposit.yaml section that holds modules of that kind
	 */
	private void link(String row, String who, String key, String title, List<String> titles, String section,
		boolean required)
	{
		Place where = at.yaml(row + "." + key);
		String kind = key.equals("acquisition") ? "image acquisition" : key.equals("analysis") ? "image analysis"
			: key.equals("correlation") ? "image correlation" : key;
		List<String> known = titles.stream().filter(t -> !Text.isBlank(t)).toList();
		if (Text.isBlank(title)) {
			if (required) {
				out.error(COMPONENTS, where, who + " names no " + kind + "; BIA needs one. Give " + key +
					": " + (known.isEmpty() ? "<title>, and describe the " + kind + " under " + section + ":"
						: "with the title of one of the " + section + ": " + Text.quoted(known)));
			}
			return;
		}
		if (known.contains(title)) return;
		String near = Text.sameIgnoringCase(known, title);
		if (near == null) {
			// "Confocal  imaging" or " confocal imaging" for "Confocal imaging": the same words, spaced otherwise
			String words = title.strip().replaceAll("\\s+", " ");
			for (String t : known) {
				if (t.strip().replaceAll("\\s+", " ").equalsIgnoreCase(words)) near = t;
			}
		}
		out.error(COMPONENTS, where, (row.endsWith("]") ? who + ": " : "") + "no " + kind + " is titled \"" + title +
			"\"; " + (near != null ? "did you mean \"" + near + "\"? BIA needs the title exactly as written, " +
				"including case and spaces" : known.isEmpty() ? "there are no " + section + " in " + at.config() +
					"; describe it under " + section + ":" : "the " + section + " are " + Text.quoted(known)));
	}
}
