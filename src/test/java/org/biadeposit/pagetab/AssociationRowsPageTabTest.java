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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.TestData;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Published BIA studies give a study component several Associations subsections (S-BIAD1043: three components of
 * two rows each; S-BIAD1388: one component of six rows). Read in place, every row is seen; written from the model,
 * each row is an Associations subsection of the same shape, attribute for attribute.
 */
class AssociationRowsPageTabTest {

	private static final String OVERRIDES = "bia-integrator/bia-ingest/submission_overrides/biostudies/";

	@ParameterizedTest
	@CsvSource({ "S-BIAD1043, 3, 6", "S-BIAD1388, 1, 6" })
	void everyPublishedRowIsReadAndWrittenBackAsAnAssociationsSubsection(String accno, int components, int rows)
		throws IOException
	{
		Submission published = PageTabJson.read(TestData.file(OVERRIDES + accno + "/" + accno + "_original.json"));
		List<Section> theirs = published.sections("Study Component");
		assertEquals(components, theirs.size());
		assertEquals(rows, theirs.stream().mapToInt(c -> c.subsections("Associations").size()).sum());

		List<StudyComponent> model = new ArrayList<>();
		for (Section c : theirs) {
			List<Associations> own = c.subsections("Associations").stream().map(a -> new Associations(a.attribute(
				"Biosample"), a.attribute("Specimen"), a.attribute("Image acquisition"), a.attribute("Image analysis"), a
					.attribute("Image correlation"))).toList();
			model.add(new StudyComponent(c.attribute("Name"), c.attribute("Description"), null, own, null));
		}
		Study study = new Study(null, null, null, null, null, null, null, null, null, null, null, null, null);
		Deposition d = new Deposition(null, null, study, List.of(), List.of(), List.of(), List.of(), List.of(), model,
			List.of());
		List<Section> ours = DepositionPageTab.submission(d).sections("Study Component");
		assertEquals(components, ours.size());
		for (int i = 0; i < components; i++) {
			assertEquals(shape(theirs.get(i)), shape(ours.get(i)), "study component " + theirs.get(i).attribute(
				"Name"));
		}
	}

	/** A component's Associations subsections, each as its attributes' names and values in order. */
	private static List<List<String>> shape(Section component) {
		return component.subsections("Associations").stream().map(a -> a.attributes().stream().map(x -> x.name() +
			"=" + x.value()).toList()).toList();
	}
}
