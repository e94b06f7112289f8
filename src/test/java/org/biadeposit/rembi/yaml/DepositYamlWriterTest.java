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
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the wizard writes to deposit.yaml, DepositYaml (the scripts' reader) reads back as the same deposition. */
class DepositYamlWriterTest {

	@TempDir
	Path tmp;

	private DepositYaml.Reading roundTrip(Deposition d) throws IOException {
		Path yaml = tmp.resolve("deposit.yaml");
		Files.writeString(yaml, DepositYamlWriter.write(d));
		DepositYaml.Reading back = DepositYaml.read(yaml, tmp);
		assertNotNull(back.deposition(), back.problems().toString() + "\n" + Files.readString(yaml));
		assertEquals(List.of(), back.problems(), Files.readString(yaml));
		return back;
	}

	private static void assertSame(Deposition expected, Deposition actual) {
		assertEquals(expected.study(), actual.study());
		assertEquals(expected.biosamples(), actual.biosamples());
		assertEquals(expected.specimens(), actual.specimens());
		assertEquals(expected.acquisitions(), actual.acquisitions());
		assertEquals(expected.analyses(), actual.analyses());
		assertEquals(expected.correlations(), actual.correlations());
		assertEquals(expected.components(), actual.components());
		assertEquals(expected.annotations(), actual.annotations());
	}

	@Test
	void theExampleDepositYamlSurvivesARewrite() throws Exception {
		Path example = Path.of("examples", "deposit.yaml");
		Deposition read = DepositYaml.read(example, tmp).orThrow();
		assertSame(read, roundTrip(read).deposition());
	}

	@Test
	void everyPartTheModelHoldsSurvivesARewrite() throws IOException {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("Stain", "DAPI: nuclei");
		columns.put("Replicate", "1");
		Study study = new Study("Confocal images: zebrafish #1 embryos, \"GFP\" and more", "Line one.\nLine two " +
			"with 'quotes' and a tab\tand a backslash \\.", LocalDate.of(2027, 1, 31), List.of("true", "zebrafish",
				"12"), List.of(new Study.Author("Ada", "Lovelace", "ada@example.org", "0000-0002-1825-0097", List.of(
					"submitter", "principal investigator"), List.of("org1")), new Study.Author("Jean-Luc", "O'Neil",
						null, null, List.of(), List.of("org1", "o2"))), List.of(new Study.Organisation("org1",
							"EMBL-EBI", "Hinxton, Cambridge", "https://ror.org/02catss52"), new Study.Organisation(
								"o2", "Institute: of things", null, null)), "CC BY 4.0", List.of(new Study.Grant(
									"Wellcome", "WT-123")), "Funded by someone.", "Thanks.", List.of(
										new Study.Publication("A paper", "A. Lovelace, B. Babbage", "10.1000/xyz",
											"2024", "123456")), List.of(new Study.Link("https://example.org",
												"the lab")), "1.5");
		Deposition d = new Deposition(tmp, null, study, List.of(new Biosample("WT \"embryos\"", new Biosample.Organism(
			"Danio rerio", "zebrafish", "NCBI:txid7955"), "whole embryos", "72 hpf", "wild type", "none", "time")),
			List.of(new Specimen("Fixed", "4% PFA", null), new Specimen("Live", "mounted in agarose", "E3 medium")),
			List.of(new ImageAcquisition("Confocal", "Zeiss LSM 880, 63x/1.4 oil", "pixel 0.1 µm; z 0.5 µm", List.of(
				new ImageAcquisition.ImagingMethod("confocal microscopy", "http://purl.obolibrary.org/obo/FBbi_00000251",
					"Biological Imaging Methods Ontology (FBbi)"), new ImageAcquisition.ImagingMethod(
						"fluorescence microscopy", null, null))), new ImageAcquisition("No method yet", null, null,
							List.of())), List.of(new ImageAnalysis("Segmentation", "Cellpose 3.0")), List.of(
								new ImageCorrelation("CLEM", "landmarks", "beads", "[[1,0],[0,1]]")), List.of(
									new StudyComponent("cells", "HeLa cells", new FileSelection(List.of("cells",
										"more cells"), List.of("plate*/*.tif"), "{condition}/*.tif", null, columns),
										List.of(new Associations("WT \"embryos\"", "Fixed", "Confocal", "Segmentation",
											"CLEM")), null), new StudyComponent("Z stacks", null, new FileSelection(
												List.of("zstack"), List.of(), null, "extra.tsv"), null, null, "zstack")), List
													.of(new AnnotationSet("Masks", "nuclei masks", "segmentation_mask",
														"manual", "high", "all nuclei", "all images",
														new FileSelection(List.of("masks"), List.of(), null, null),
														"cells/{name}.tif", null)));
		Deposition back = roundTrip(d).deposition();
		assertSame(d, back);
	}
}
