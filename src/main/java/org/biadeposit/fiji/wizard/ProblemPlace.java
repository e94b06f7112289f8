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

import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;

/**
 * Where in the wizard a problem's place is: the step, and the form field that holds the value. It follows the
 * problem's typed {@link Problem#place()} (a key path in deposit.yaml, a File-list, a study component or a file): a
 * key path through the sections of the {@link DescriptionDraft}, an entry by its title (or its id, for
 * organisations) or its position, then the last key of the path that is one of the entry's fields.
 *
 * @param step the step to show
 * @param field the form field's key in the Description step ({@code authors.0.orcid}), or null
 * @param fileList the File-list to show in the File-lists step, or null
 */
record ProblemPlace(WizardStep step, String field, String fileList) {

	/** Keys deposit.yaml (or its readers' messages) use for a field under another name. */
	private static final Map<String, String> ALIASES = Map.of("organism", "scientific_name", "private_until_date",
		"release_date", "licence", "license", "affiliation", "affiliations", "organizations", "organisations");

	static ProblemPlace of(Place where, DescriptionDraft draft) {
		if (where instanceof Place.FileListPlace l) return new ProblemPlace(WizardStep.FILE_LISTS, null, l.list());
		if (where instanceof Place.Component c) {
			int i = index(draft.components, c.name(), "name");
			return new ProblemPlace(WizardStep.DESCRIPTION, i < 0 ? null : draft.components.formKey(i, "description"),
				null);
		}
		if (!(where instanceof Place.ConfigKey k)) return new ProblemPlace(WizardStep.IMAGES, null, null); // a file
		List<String> path = k.keys().stream().map(key -> ALIASES.getOrDefault(key, key)).toList();
		return new ProblemPlace(WizardStep.DESCRIPTION, field(path, draft), null);
	}

	private static String field(List<String> path, DescriptionDraft draft) {
		if (path.isEmpty()) return null;
		String section = path.get(0).equals("associations") ? draft.components.key : path.get(0);
		List<String> rest = path.subList(1, path.size());
		if (section.equals("study")) {
			if (!rest.isEmpty() && (rest.get(0).equals("authors") || rest.get(0).equals("organisations"))) {
				DraftSection<?> people = rest.get(0).equals("authors") ? draft.authors : draft.organisations;
				return entryField(people, rest.subList(1, rest.size()), people == draft.authors ? "first_name" : "name");
			}
			return fieldOf(draft.study, 0, rest, "title");
		}
		DraftSection<?> s = draft.section(section);
		if (s == null) return null;
		return entryField(s, rest, s.fields.get(0).key());
	}

	/** {@code [entry, key...]}: the entry by title or position, then its field (or the default one). */
	private static String entryField(DraftSection<?> s, List<String> rest, String otherwise) {
		if (s.size() == 0) return null;
		int i = rest.isEmpty() ? 0 : index(s, rest.get(0), s.fields.get(0).key());
		if (i < 0) i = 0;
		return fieldOf(s, i, rest.isEmpty() ? rest : rest.subList(1, rest.size()), otherwise);
	}

	private static String fieldOf(DraftSection<?> s, int i, List<String> keys, String otherwise) {
		for (int k = keys.size() - 1; k >= 0; k--) {
			if (s.field(keys.get(k)) != null) return s.formKey(i, keys.get(k));
		}
		return s.formKey(i, otherwise);
	}

	/** An entry by its first field (title, name, id), or by position ({@code [2]}, counted from 1); -1 if none. */
	private static int index(DraftSection<?> s, String entry, String titleField) {
		if (entry.startsWith("[") && entry.endsWith("]")) {
			try {
				int i = Integer.parseInt(entry.substring(1, entry.length() - 1)) - 1;
				return i >= 0 && i < s.size() ? i : -1;
			}
			catch (NumberFormatException e) {
				return -1;
			}
		}
		for (int i = 0; i < s.size(); i++) {
			if (s.get(i, titleField).equals(entry)) return i;
		}
		return -1;
	}
}
