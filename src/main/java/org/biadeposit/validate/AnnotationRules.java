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

import static org.biadeposit.validate.Findings.Section.ANNOTATIONS;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.StudyComponent;

/** Annotation sets (MIFA, BIA template bia.mifa.template.v1): title, overview, type, method, File-list. */
final class AnnotationRules {

	private final Places at;
	private final Findings out;

	private boolean files = true;

	AnnotationRules(Places at, Findings out) {
		this.at = at;
		this.out = out;
	}

	/** Leaves out the File-lists: a metadata-only update names the published ones and builds none. */
	AnnotationRules withoutFiles() {
		files = false;
		return this;
	}

	void check(List<AnnotationSet> all) {
		for (int i = 0; i < all.size(); i++) {
			AnnotationSet a = all.get(i);
			String entry = Places.entry(Places.ANNOTATIONS, a.title(), i);
			if (Text.isBlank(a.title())) {
				out.error(ANNOTATIONS, at.yaml(entry), "this annotation set has no title; give it a short " +
					"descriptive title, e.g. \"Nucleus segmentation masks\"");
			}
			for (RembiFields.Field<AnnotationSet> f : RembiFields.ANNOTATION.texts()) {
				if (f == RembiFields.ANNOTATION_TYPE) type(entry, a.type());
				else ModuleRules.required(out, at, ANNOTATIONS, entry, f, a);
			}
			if (!files) continue;
			if (a.fileList() == null) {
				out.error(ANNOTATIONS, at.yaml(entry + ".files"), "the annotation set has no File-list; say which " +
					"files are its own (files: a folder or glob) and build the deposition from the dataset folder");
			}
			else if (a.fileList().rows().isEmpty()) {
				out.error(ANNOTATIONS, at.yaml(entry + ".files"), "the annotation set's File-list is empty: its " +
					"files: selection matches no file in the dataset folder. Fix files:, or remove the annotation set");
			}
		}
	}

	/**
	 * Every {@code Source Image} value of an annotation File-list names a path listed in a study component's
	 * File-list, exactly: BIA's ingest links an annotation to its image only then ("Annotation image could not find
	 * source image"). The column is found under the spellings the ingest reads (any case, {@code _} for space).
	 */
	void sourceImages(Deposition d, ListedPaths listed) {
		List<FileListRules.Listed> lists = FileListRules.listsOf(d);
		int components = (int) d.components().stream().filter(c -> c.fileList() != null).count();
		// the components' lists come first, so a path a component lists is first listed there
		int componentRows = listed.ref(components, 0);
		if (componentRows == 0) return;
		for (FileListRules.Listed l : lists.subList(components, lists.size())) {
			List<String> columns = l.list().columns();
			for (int c = 0; c < columns.size(); c++) {
				String column = columns.get(c);
				if (column == null || !column.strip().replace('_', ' ').equalsIgnoreCase("source image")) continue;
				List<FileList.Row> rows = l.list().rows();
				for (int r = 0, n = rows.size(); r < n; r++) {
					FileList.Row row = rows.get(r);
					String value = row.values().get(column);
					if (Text.isBlank(value)) continue;
					int at = listed.find(value.strip());
					if (at != ListedPaths.NONE && at < componentRows) continue;
					out.error(ANNOTATIONS, Places.row(l.name(), r, row.path()), "its " + column + " \"" + value +
						"\" is not a path listed in any study component's File-list, so BIA " +
						"cannot link the annotation to its image; " + nearest(value, listed, lists.subList(0,
							components), componentRows));
				}
			}
		}
	}

	private static String nearest(String value, ListedPaths listed, List<FileListRules.Listed> components,
		int componentRows)
	{
		String v = value.strip().replace('\\', '/');
		while (v.startsWith("./") || v.startsWith("/")) v = v.substring(v.startsWith("/") ? 1 : 2);
		int same = listed.findIgnoringCase(v);
		if (same != ListedPaths.NONE && same < componentRows) return "write it exactly as \"" + listed.rowAt(same)
			.path() + "\"";
		String name = v.substring(v.lastIndexOf('/') + 1);
		Set<String> sameName = new TreeSet<>();
		for (FileListRules.Listed c : components) {
			for (FileList.Row row : c.list().rows()) {
				String p = row.path();
				if (p != null && p.regionMatches(true, p.lastIndexOf('/') + 1, name, 0, name.length()) && p.length() - p
					.lastIndexOf('/') - 1 == name.length()) sameName.add(p);
			}
		}
		if (sameName.size() == 1) return "did you mean \"" + sameName.iterator().next() + "\"? Give the path from " +
			"the dataset folder, as the File-list has it";
		return "give the path of the image from the dataset folder, exactly as its study component's File-list " +
			"has it, or add the image to a study component";
	}

	private void type(String entry, String type) {
		Place where = at.yaml(entry + ".annotation_type");
		List<String> allowed = DepositionValidator.ANNOTATION_TYPES;
		if (Text.isBlank(type)) {
			out.error(ANNOTATIONS, where, "the annotation set has no type; give one of " + String.join(", ",
				allowed));
			return;
		}
		if (allowed.contains(type)) return;
		String squeezed = type.strip().replaceAll("[\\s-]+", "_");
		String near = Text.sameIgnoringCase(allowed, squeezed);
		if (near == null) near = Text.sameIgnoringCase(allowed, squeezed + "s");
		if (near == null && squeezed.endsWith("s")) near = Text.sameIgnoringCase(allowed, squeezed.substring(0,
			squeezed.length() - 1));
		out.error(ANNOTATIONS, where, "\"" + type + "\" is not an annotation type BIA knows; " + (near != null
			? "did you mean " + near + "?" : "give one of " + String.join(", ", allowed)));
	}
}
