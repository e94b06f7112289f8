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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several association rows per study component: in deposit.yaml's own form, in bia-agent's, and written back. */
class AssociationRowsTest {

	private static final Associations DMSO = new Associations("DNA FISH DMSO", "Figure 3 Specimen",
		"Figure 3 Image acquisition", null, null);
	private static final Associations AUXIN = new Associations("DNA FISH AUXIN", "Figure 3 Specimen",
		"Figure 3 Image acquisition", "Spot counting", "Overlay");

	/** A component with two rows (as S-BIAD1043's), in the component's own associations: list. */
	private static final String FIGURE_3 = """
			study_component:
			  Figure 3:
			    description: DNA FISH
			    associations:
			    - biosample: DNA FISH DMSO
			      specimen: Figure 3 Specimen
			      acquisition: Figure 3 Image acquisition
			    - biosample: DNA FISH AUXIN
			      specimen: Figure 3 Specimen
			      acquisition: Figure 3 Image acquisition
			      analysis: Spot counting
			      correlation: Overlay
			""";

	@TempDir
	Path tmp;

	private DepositYaml.Reading read(String yaml) throws IOException {
		Path file = tmp.resolve("deposit.yaml");
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return DepositYaml.read(file, tmp);
	}

	private List<Associations> rowsOfTheOnlyComponent(String yaml) throws IOException {
		DepositYaml.Reading r = read(yaml);
		// bia-agent's form gives no description: the one written from the rows is the only thing said
		assertEquals(List.of(), r.problems().stream().filter(p -> !p.message().contains("has no description, so one " +
			"was written")).toList());
		assertEquals(1, r.deposition().components().size());
		return r.deposition().components().get(0).associations();
	}

	@Test
	void aComponentListsItsRowsUnderAssociations() throws IOException {
		assertEquals(List.of(DMSO, AUXIN), rowsOfTheOnlyComponent(FIGURE_3));
	}

	@Test
	void aListOfTitlesPerKeyGivesOneRowPerItemAndASingleTitleIsShared() throws IOException {
		assertEquals(List.of(DMSO, AUXIN), rowsOfTheOnlyComponent("""
			study_component:
			  Figure 3:
			    biosample: [DNA FISH DMSO, DNA FISH AUXIN]
			    specimen: Figure 3 Specimen
			    acquisition: Figure 3 Image acquisition
			    analysis: [null, Spot counting]
			    correlation: ["", Overlay]
			"""));
	}

	@Test
	void listsOfDifferentLengthsAreAnErrorAtTheShorterOne() throws IOException {
		DepositYaml.Reading r = read("""
			study_component:
			  Figure 3:
			    biosample: [A, B, C]
			    specimen: [S1, S2]
			    acquisition: Confocal
			""");
		assertEquals(1, r.problems().size(), r.problems()::toString);
		Problem p = r.problems().get(0);
		assertTrue(p.isError());
		assertEquals("deposit.yaml:4 study_component.\"Figure 3\".specimen", p.where());
		assertTrue(p.message().contains("lists 2 titles but biosample lists 3"), p.message());
	}

	@Test
	void rowsInTheComponentAndSingleValuedKeysTooAreAnError() throws IOException {
		DepositYaml.Reading r = read("""
			study_component:
			  Figure 3:
			    biosample: A
			    associations:
			    - biosample: B
			""");
		assertEquals(1, r.problems().size(), r.problems()::toString);
		assertEquals("deposit.yaml:4 study_component.\"Figure 3\".associations", r.problems().get(0).where());
	}

	/** bia-agent's template: no study_component, an associations entry per component; lists and analysis_id. */
	@Test
	void biaAgentAssociationsTakeAListPerKeyAndAnalysisAndCorrelationIds() throws IOException {
		assertEquals(List.of(DMSO, AUXIN), rowsOfTheOnlyComponent("""
			associations:
			  Figure 3:
			    biosample_id: [DNA FISH DMSO, DNA FISH AUXIN]
			    specimen_id: Figure 3 Specimen
			    acquisition_id: Figure 3 Image acquisition
			    analysis_id: [null, Spot counting]
			    correlation_id: [null, Overlay]
			"""));
	}

	@Test
	void aBiaAgentEntryMayAlsoBeAListOfRows() throws IOException {
		assertEquals(List.of(DMSO, AUXIN), rowsOfTheOnlyComponent("""
			study_component:
			  Figure 3:
			    description: DNA FISH
			associations:
			  Figure 3:
			  - biosample_id: DNA FISH DMSO
			    specimen_id: Figure 3 Specimen
			    acquisition_id: Figure 3 Image acquisition
			  - biosample_id: DNA FISH AUXIN
			    specimen_id: Figure 3 Specimen
			    acquisition_id: Figure 3 Image acquisition
			    analysis_id: Spot counting
			    correlation_id: Overlay
			"""));
	}

	@Test
	void theWriterWritesEveryRowSoThatTheyReadBack() throws IOException {
		Deposition d = read(FIGURE_3 + """
			  One row:
			    biosample: DNA FISH DMSO
			""").deposition();
		String written = DepositYamlWriter.write(d);
		List<Associations> one = List.of(new Associations("DNA FISH DMSO", null, null, null, null));
		DepositYaml.Reading back = read(written);
		assertEquals(List.of(), back.problems(), written);
		assertEquals(List.of(DMSO, AUXIN), back.deposition().components().get(0).associations(), written);
		assertEquals(one, back.deposition().components().get(1).associations(), written);
		assertTrue(written.contains("    biosample: DNA FISH DMSO\n"), "one row stays the component's own keys: " +
			written);
	}

	/** An acquisition's files: and pattern: rule reads, is checked like a component's, and the writer keeps it. */
	@Test
	void anAcquisitionsFilesRuleReadsAndWritesBack() throws IOException {
		Deposition d = read("""
			acquisitions:
			  Confocal:
			    imaging_instrument: Leica SP8
			    files: [native/confocal, "native/**/*_lsm.tif"]
			  Widefield:
			    imaging_instrument: Nikon Ti2
			    pattern: "native/{donor}/widefield/*.tif"
			  Bad:
			    files: ../elsewhere
			""").deposition();
		assertEquals(new FileSelection(List.of("native/confocal"), List.of("native/**/*_lsm.tif"), null, null), d
			.acquisitions().get(0).files());
		assertEquals(new FileSelection(List.of(), List.of(), "native/{donor}/widefield/*.tif", null), d.acquisitions()
			.get(1).files());
		DepositYaml.Reading bad = read("""
			acquisitions:
			  Bad:
			    files: ../elsewhere
			""");
		assertEquals(1, bad.problems().size(), bad.problems().toString());
		assertTrue(bad.problems().get(0).toString().contains("deposit.yaml:3 acquisitions.Bad.files"), bad.problems()
			.toString());
		String written = DepositYamlWriter.write(d);
		assertEquals(d.acquisitions().subList(0, 2), read(written).deposition().acquisitions().subList(0, 2), written);
	}
}
