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
import static org.biadeposit.validate.Draft.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point: never throws, reports everything at once, in deposition order. */
class DepositionValidatorTest {

	@TempDir
	Path root;

	@Test
	void noDepositionIsOneError() {
		Report r = DepositionValidator.validate(null, TODAY);
		Expect.only(r, ERROR, "deposit.yaml", "no deposition");
	}

	@Test
	void aDepositionOfNothingButNullsIsReportedNotThrown() {
		Study study = new Study(null, null, null, null, List.of(new Study.Author(null, null, null, null, null, null)),
			List.of(new Study.Organisation(null, null, null, null)), null, null, null, null, null, null, null);
		FileList list = new FileList(null, List.of(""), List.of(new FileList.Row(null, -1, Map.of()),
			new FileList.Row("", 0, Map.of())));
		Deposition d = new Deposition(null, Path.of("/"), study, List.of(new Biosample(null, null, null, null, null,
			null, null)), List.of(new Specimen(null, null, null)), List.of(new ImageAcquisition(null, null, null, null)),
			List.of(new ImageAnalysis(null, null)), List.of(new ImageCorrelation(null, null, null, null)), List.of(
				new StudyComponent(null, null, null, null, list), new StudyComponent(null, null, null, List.of(new Associations(
					null, null, null, null, null)), null)), List.of(new AnnotationSet(null, null, null, null, null, null,
						null, null, null, list)));
		Report r = DepositionValidator.validate(d, null);
		assertTrue(r.hasErrors());
		assertTrue(r.problems().stream().noneMatch(p -> p.where().equals("validator")), "every check finished:\n" +
			r.toText());
		Expect.at(r, ERROR, "deposit.yaml study.title", "no title");
		Expect.at(r, ERROR, "deposit.yaml study.organisations[1]", "no id");
		Expect.at(r, ERROR, "deposit.yaml biosamples[1].organism", "no organism");
		Expect.at(r, ERROR, "deposit.yaml study_component[1].name", "no name");
		Expect.at(r, ERROR, "File-list component 1 row 1 (no path)", "no path");
		Expect.at(r, ERROR, "File-list component 1 row 2 (no path)", "no path");
		Expect.at(r, ERROR, "File-list component 1 column 2 (\"\")", "no name");
		Expect.at(r, ERROR, "dataset folder", "does not say which folder");
		assertSectionOrder(r);
	}

	@Test
	void aCheckThatBreaksIsReportedAndTheOthersStillRun() {
		Draft d = Draft.good(root);
		d.title = null;
		// A dataset folder whose every method throws, standing in for a bug the checks do not expect.
		d.root = (Path) Proxy.newProxyInstance(Path.class.getClassLoader(), new Class<?>[] { Path.class },
			(proxy, method, args) -> {
				throw new IllegalStateException("broken path");
			});
		Report r = d.validate();
		Expect.at(r, ERROR, "deposit.yaml study.title", "no title");
		Expect.at(r, ERROR, "validator", "the File-list checks could not finish", "broken path", "report this as a " +
			"bug");
		assertEquals(2, r.problems().size(), r.toText());
	}

	@Test
	void problemsComeInDepositionOrderWhicheverCheckFoundThem() {
		Draft d = Draft.good(root);
		d.title = "Too short";
		d.specimens.set(0, new Specimen("Fixed embryos", null, null));
		d.biosamples.set(1, new Biosample("KO embryos", new Biosample.Organism("Homo sapiens", null,
			"NCBI:txid9606"), "organoids", null, null, null, null));
		d.setAssociations(1, new Associations("KO embryos", "Fixed embryos", "Confocal 20X", null, null));
		Draft.write(root.resolve("masks/wt_01_mask.tif"), "changed");
		Report r = d.validate();
		assertEquals(List.of("deposit.yaml study.title", "deposit.yaml biosamples.\"KO embryos\".organism",
			"deposit.yaml specimens.\"Fixed embryos\".sample_preparation",
			"deposit.yaml study_component.Knock-out.acquisition", "File-list nucleus_masks row 1 (masks/wt_01_mask.tif)"),
			r.problems().stream().map(Problem::where).toList(), r.toText());
		assertEquals("3 errors, 2 warnings", r.summary());
	}

	@Test
	void validatingTwiceGivesTheSameReport() {
		Draft d = Draft.good(root);
		d.license = "MIT";
		d.keywords = List.of();
		assertEquals(d.validate(), d.validate());
	}

	@Test
	void withoutADateTodayIsUsed() {
		Draft d = Draft.good(root);
		d.releaseDate = LocalDate.now();
		Expect.none(DepositionValidator.validate(d.build()));
		d.releaseDate = LocalDate.now().minusDays(1);
		Expect.only(DepositionValidator.validate(d.build()), ERROR, "deposit.yaml study.release_date", "in the past");
	}

	/**
	 * Problems are grouped by section: study, modules, components, annotations, File-lists (the dataset folder
	 * heads the File-lists section).
	 */
	private static void assertSectionOrder(Report r) {
		List<List<String>> order = List.of(List.of("deposit.yaml study."), List.of("deposit.yaml biosamples"), List
			.of("deposit.yaml specimens"), List.of("deposit.yaml acquisitions"), List.of("deposit.yaml analysis"),
			List.of("deposit.yaml correlations"), List.of("deposit.yaml study_component"), List.of(
				"deposit.yaml annotations"), List.of("dataset folder", "File-list"));
		List<Integer> sections = new ArrayList<>();
		for (Problem p : r.problems()) {
			int s = -1;
			for (int i = 0; i < order.size(); i++) {
				for (String prefix : order.get(i)) {
					if (p.where().startsWith(prefix)) s = i;
				}
			}
			assertTrue(s >= 0, "unexpected place " + p.where());
			sections.add(s);
		}
		assertEquals(sections.stream().sorted().toList(), sections, r.toText());
	}
}
