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

import static org.biadeposit.rembi.Problem.Severity.ERROR;

import java.nio.file.Path;
import java.util.List;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.FileList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 4: annotation sets (MIFA). */
class AnnotationRulesTest {

	@TempDir
	Path root;

	private static AnnotationSet with(AnnotationSet a, String title, String overview, String type, String method) {
		return new AnnotationSet(title, overview, type, method, a.confidenceLevel(), a.criteria(), a.coverage(), a
			.files(), a.sourceImage(), a.fileList());
	}

	@Test
	void titleOverviewTypeAndMethodAreRequired() {
		Draft d = Draft.good(root);
		AnnotationSet a = d.annotations.get(0);
		d.annotations.set(0, with(a, a.title(), " ", a.type(), a.method()));
		Expect.only(d.validate(), ERROR, "deposit.yaml annotations.\"Nucleus masks\".annotation_overview",
			"no overview");
		d.annotations.set(0, with(a, a.title(), a.overview(), null, a.method()));
		Expect.only(d.validate(), ERROR, "deposit.yaml annotations.\"Nucleus masks\".annotation_type", "no type",
			"segmentation_mask", "weak_annotations");
		d.annotations.set(0, with(a, a.title(), a.overview(), a.type(), ""));
		Expect.only(d.validate(), ERROR, "deposit.yaml annotations.\"Nucleus masks\".annotation_method",
			"no method");
		d.annotations.set(0, with(a, null, a.overview(), a.type(), a.method()));
		Expect.only(d.validate(), ERROR, "deposit.yaml annotations[1]", "no title");
	}

	@Test
	void typeIsOneOfBias() {
		Draft d = Draft.good(root);
		AnnotationSet a = d.annotations.get(0);
		d.annotations.set(0, with(a, a.title(), a.overview(), "segmentation masks", a.method()));
		Expect.only(d.validate(), ERROR, "deposit.yaml annotations.\"Nucleus masks\".annotation_type",
			"\"segmentation masks\" is not an annotation type", "did you mean segmentation_mask?");
		d.annotations.set(0, with(a, a.title(), a.overview(), "polygons", a.method()));
		Expect.only(d.validate(), ERROR, "deposit.yaml annotations.\"Nucleus masks\".annotation_type",
			"give one of class_labels, bounding_boxes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "class_labels", "bounding_boxes", "counts", "derived_annotations",
		"geometrical_annotations", "graphs", "point_annotations", "segmentation_mask", "tracks", "weak_annotations",
		"other" })
	void everyBiaTypeIsAccepted(String type) {
		Draft d = Draft.good(root);
		AnnotationSet a = d.annotations.get(0);
		d.annotations.set(0, with(a, a.title(), a.overview(), type, a.method()));
		Expect.none(d.validate());
	}

	@Test
	void theFileListHasRows() {
		Draft d = Draft.good(root);
		d.annotations.set(0, d.annotations.get(0).withFileList(new FileList("nucleus_masks", List.of(), List.of())));
		Expect.only(d.validate(), ERROR, "deposit.yaml annotations.\"Nucleus masks\".files", "File-list is empty");
		d.annotations.set(0, d.annotations.get(0).withFileList(null));
		Expect.only(d.validate(), ERROR, "deposit.yaml annotations.\"Nucleus masks\".files", "no File-list");
	}
}
