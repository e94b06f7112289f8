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
package org.biadeposit.rembi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A problem's place is values; the text reports print is made from them, in the forms other tools read. */
class PlaceTest {

	@Test
	void aKeyOfDepositYamlPrintsItsLineAndKeyPath() {
		Problem p = Problem.error(Place.yaml("deposit.yaml", 12, List.of("study", "authors", "[2]", "orcid")), "a typo");
		assertEquals("deposit.yaml:12 study.authors[2].orcid", p.where());
		assertEquals("error: deposit.yaml:12 study.authors[2].orcid: a typo", p.toString());
		assertEquals(new Place.ConfigKey("deposit.yaml", 12, 0, List.of("study", "authors", "[2]", "orcid")), p
			.place());
		assertEquals("deposit.yaml biosamples.\"WT embryos\".organism", Place.yaml("deposit.yaml", 0, List.of(
			"biosamples", "WT embryos", "organism")).text());
		assertEquals("deposit.yaml:3:21", Place.yaml("deposit.yaml", 3, 21).text());
		assertEquals("deposit.yaml:3", Place.yaml("deposit.yaml", 3, List.of()).text());
		assertEquals("deposit.yaml", Place.config("deposit.yaml").text());
	}

	@Test
	void keyPathsReadBackToTheirKeys() {
		List<String> odd = List.of("biosamples", "WT \"embryos\"", "a.b", "", "organism");
		assertEquals(odd, Place.keys(Place.path(odd)));
		assertEquals(List.of("study", "authors", "[2]", "orcid"), Place.keys("study.authors[2].orcid"));
		// the deposit.yaml reader leaves a title with spaces unquoted
		assertEquals(List.of("study_component", "Figure 3", "specimen"), Place.keys(
			"study_component.Figure 3.specimen"));
		assertEquals("study_component.\"Figure 3\".specimen", Place.path(List.of("study_component", "Figure 3",
			"specimen")));
	}

	@Test
	void fileListsComponentsAndFiles() {
		assertEquals("File-list cells row 4 (cells/a b.tif)", Place.fileListRow("cells", 4, "cells/a b.tif").text());
		assertEquals("File-list cells row 4 (no path)", Place.fileListRow("cells", 4, " ").text());
		assertEquals("File-list zstack column 3 (\"Dose\")", Place.fileListColumn("zstack", 3, "Dose").text());
		assertEquals("File-list zstack column 3", Place.fileListColumn("zstack", 3, null).text());
		assertEquals("File-list zstack", Place.fileList("zstack").text());
		assertEquals("study component cells of day 7", Place.component("cells of day 7").text());
		assertEquals("cells/broken.tif", Place.datasetFile("cells/broken.tif").text());
		assertEquals("tables/dose.tsv:2", Place.datasetFile("tables/dose.tsv", 2).text());
		assertEquals("validator", Place.described("validator").text());
	}
}
