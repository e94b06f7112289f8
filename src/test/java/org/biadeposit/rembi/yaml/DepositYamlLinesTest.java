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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line of a deposit.yaml key, for problems found after reading: the key's own, else its nearest parent's. */
class DepositYamlLinesTest {

	@TempDir
	Path tmp;

	private DepositYamlLines lines(String... yaml) throws IOException {
		return DepositYamlLines.of(Files.write(tmp.resolve("rembi.yaml"), List.of(yaml)), "deposit.yaml");
	}

	@Test
	void aKeyItsOtherSpellingAndAnAbsentValue() throws IOException {
		DepositYamlLines l = lines("study:", "  title: A", "  licence: CC0", "  authors:", "    - first_name: Ada",
			"      last_name: L", "associations:", "  Live cells:", "    biosample_id: HeLa");
		assertEquals("rembi.yaml", l.config());
		assertEquals(2, l.line(List.of("study", "title")));
		assertEquals(3, l.line(List.of("study", "license")), "licence is the same key");
		assertEquals(6, l.line(Place.keys("study.authors[1].last_name")));
		assertEquals(5, l.line(Place.keys("study.authors[1].orcid")), "absent: the author's item");
		assertEquals(1, l.line(Place.keys("study.keywords")), "absent: study");
		assertEquals(1, l.line(Place.keys("biosamples.HeLa.organism")), "no section at all: line 1");
		assertEquals(8, l.line(Place.keys("study_component.\"Live cells\".description")), "bia-agent's " +
			"associations are its components");
		assertEquals("rembi.yaml:2 study.title", l.place("study.title").text());
	}

	@Test
	void problemsFoundWhileBuildingArePlacedAtTheirLine() throws IOException {
		DepositYamlLines l = lines("acquisitions:", "  Confocal:", "    files: cells");
		Problem built = Problem.warning(Place.yaml("deposit.yaml", 0, List.of("acquisitions", "Confocal", "files")),
			"takes a.tif");
		assertEquals("warning: rembi.yaml:3 acquisitions.Confocal.files: takes a.tif", l.placed(built).toString());
		Problem row = Problem.error(Place.fileListRow("cells", 2, "a.tif"), "x");
		assertSame(row, l.placed(row), "not about deposit.yaml: as it is");
	}

	@Test
	void noFileNoLines() throws IOException {
		assertEquals(0, DepositYamlLines.of(null, "deposit.yaml").line(List.of("study", "title")));
		assertEquals(0, DepositYamlLines.of(tmp.resolve("gone.yaml"), "deposit.yaml").line(List.of("study")));
		assertEquals(0, lines("study: [unclosed").line(List.of("study")), "not YAML: no lines");
		assertEquals("deposit.yaml study.title", DepositYamlLines.of(null, "deposit.yaml").place("study.title")
			.text());
	}
}
