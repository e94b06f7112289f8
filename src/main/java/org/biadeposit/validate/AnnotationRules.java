package org.biadeposit.validate;

import static org.biadeposit.validate.Findings.Section.ANNOTATIONS;

import java.util.List;

import org.biadeposit.rembi.AnnotationSet;

/** Annotation sets (MIFA, BIA template bia.mifa.template.v1): title, overview, type, method, File-list. */
final class AnnotationRules {

	private final Places at;
	private final Findings out;

	AnnotationRules(Places at, Findings out) {
		this.at = at;
		this.out = out;
	}

	void check(List<AnnotationSet> all) {
		for (int i = 0; i < all.size(); i++) {
			AnnotationSet a = all.get(i);
			String entry = Places.entry(Places.ANNOTATIONS, a.title(), i);
			if (Text.isBlank(a.title())) {
				out.error(ANNOTATIONS, at.yaml(entry), "this annotation set has no title; give it a short " +
					"descriptive title, e.g. \"Nucleus segmentation masks\"");
			}
			if (Text.isBlank(a.overview())) {
				out.error(ANNOTATIONS, at.yaml(entry + ".annotation_overview"), "the annotation set has no " +
					"overview; say what was annotated and what the annotations are for");
			}
			type(entry, a.type());
			if (Text.isBlank(a.method())) {
				out.error(ANNOTATIONS, at.yaml(entry + ".annotation_method"), "the annotation set has no method; " +
					"say how the annotations were made, e.g. \"drawn by hand in napari by one expert\" or \"Cellpose " +
					"2.2, model cyto2, corrected by hand\"");
			}
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

	private void type(String entry, String type) {
		String where = at.yaml(entry + ".annotation_type");
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
