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
import static org.biadeposit.rembi.Problem.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.biadeposit.pagetab.DepositionPageTab;
import org.biadeposit.pagetab.Section;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Doi;
import org.biadeposit.rembi.EmailAddress;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What BIA curators most often fix by hand, caught before upload, each with the fix. */
class CuratorFixesTest {

	@TempDir
	Path root;

	/** The forms curators normalised in published studies' overrides (docs: biostudies-2026-12 pain point 5). */
	@ParameterizedTest
	@ValueSource(strings = { "https://doi.org/10.1038/s41592-021-01262-9", "DOI: 10.1038/s41592-021-01262-9",
		"doi:10.1038/s41592-021-01262-9", "DOI: https://doi.org/10.1038/s41592-021-01262-9",
		"https://doi.org/DOI: 10.1038/s41592-021-01262-9", "doi.org/10.1038/s41592-021-01262-9",
		"http://dx.doi.org/10.1038/s41592-021-01262-9", "10.1038/s41592-021-01262-9." })
	void doiIsNormalised(String written) {
		assertEquals("10.1038/s41592-021-01262-9", Doi.bare(written));
		Draft d = Draft.good(root);
		d.publications.add(new Study.Publication("A paper", "A. Lovelace", written, "2026", null));
		Expect.only(d.validate(), WARNING, "deposit.yaml study.publications[1].doi", "BIA keeps DOIs bare",
			"the submission will say 10.1038/s41592-021-01262-9");
		Section pub = DepositionPageTab.submission(d.build()).sections("Publication").get(0);
		assertEquals("10.1038/s41592-021-01262-9", pub.attribute("DOI"));
	}

	@Test
	void bareDoiIsQuiet() {
		Draft d = Draft.good(root);
		d.publications.add(new Study.Publication("A paper", null, "10.1101/2022.01.01.474716", null, null));
		Expect.none(d.validate());
	}

	@Test
	void articleAddressIsNotADoi() {
		assertNull(Doi.bare("https://www.nature.com/articles/s41592-021-01262-9"));
		Draft d = Draft.good(root);
		d.publications.add(new Study.Publication("A paper", null, "https://www.nature.com/articles/x", null, null));
		Expect.only(d.validate(), ERROR, "deposit.yaml study.publications[1].doi", "is not a DOI", "starts with 10.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mailto:ada@example.org", "<ada@example.org>", "Ada Lovelace <ada@example.org>",
		"ada@example.org.", " ada@example.org;", "\"ada@example.org\"", "ada@example.org\u00a0" })
	void emailWithStrayCharacters(String written) {
		assertEquals("ada@example.org", EmailAddress.cleaned(written));
		Draft d = Draft.good(root);
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), written, a.orcid(), a.roles(), a
			.affiliations()));
		Expect.only(d.validate(), WARNING, "deposit.yaml study.authors[1].email", "stray characters",
			"the submission will say ada@example.org");
		Submission s = DepositionPageTab.submission(d.build());
		assertEquals("ada@example.org", s.sections("author").get(0).attribute("E-mail"));
	}

	@Test
	void notAnEmailAtAll() {
		Draft d = Draft.good(root);
		Study.Author a = d.authors.get(0);
		d.authors.set(0, new Study.Author(a.firstName(), a.lastName(), "+44 1223 494444", a.orcid(), a.roles(), a
			.affiliations()));
		Expect.only(d.validate(), WARNING, "deposit.yaml study.authors[1].email", "does not look like an e-mail");
	}

	@Test
	void associationTitleSpacedOtherwise() {
		Draft d = Draft.good(root);
		StudyComponent c = d.components.get(0);
		d.components.set(0, new StudyComponent(c.name(), c.description(), c.files(), List.of(new Associations(
			"WT  embryos", "fixed embryos", "Confocal 20x ", "Nucleus segmentation", null)), c.fileList()));
		var r = d.validate();
		Expect.at(r, ERROR, "deposit.yaml study_component.\"Wild type\".biosample", "did you mean \"WT embryos\"?",
			"exactly as written, including case and spaces");
		Expect.at(r, ERROR, "deposit.yaml study_component.\"Wild type\".specimen", "did you mean \"Fixed embryos\"?");
		Expect.at(r, ERROR, "deposit.yaml study_component.\"Wild type\".acquisition",
			"did you mean \"Confocal 20x\"?");
		assertEquals(3, r.problems().size(), r.toText());
	}

	@Test
	void sourceImageThatIsNotListed() {
		Draft d = Draft.good(root);
		AnnotationSet a = d.annotations.get(0);
		FileList.Row row = d.row("masks/wt_01_mask.tif");
		for (String[] bad : new String[][] { { "./embryos/wt/wt 02 (repeat).tif", "write it exactly as" }, {
			"wt 02 (repeat).tif", "did you mean \"embryos/wt/wt 02 (repeat).tif\"?" }, { "embryos/wt/gone.tif",
				"add the image to a study component" } })
		{
			FileList list = new FileList("nucleus_masks", List.of("Source Image"), List.of(new FileList.Row(row
				.path(), row.size(), Map.of("Source Image", bad[0]))));
			d.annotations.set(0, new AnnotationSet(a.title(), a.overview(), a.type(), a.method(), null, null, null, a
				.files(), a.sourceImage(), list));
			Expect.only(d.validate(), ERROR, "File-list nucleus_masks row 1 (masks/wt_01_mask.tif)",
				"its Source Image \"" + bad[0] + "\" is not a path listed in any study component's File-list",
				bad[1]);
		}
	}
}
