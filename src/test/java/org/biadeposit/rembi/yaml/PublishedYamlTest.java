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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.Published;
import org.biadeposit.rembi.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deposit.yaml's published: block reads back as it was written, and a hand edit that breaks it is an error. */
class PublishedYamlTest {

	@TempDir
	Path tmp;

	@Test
	void everyKindOfKeptThingReadsBackTheSame() throws IOException {
		Published.Attribute ontology = new Published.Attribute("Study type", "time-lapse imaging: \"live\"\nand " +
			"fixed", false, List.of(new Published.Qualifier("Display", "true")), List.of(new Published.Qualifier(
				"Ontology", "OMIT"), new Published.Qualifier("TermId", "OMIT_0027490")));
		Published.Section experiment = new Published.Section("Experiment", "exp-1", List.of(Published.Attribute.of(
			"File List", "file_list.json"), new Published.Attribute("affiliation", "o1", true, List.of(), List.of())),
			List.of(new Published.Link("https://idr.openmicroscopy.org/", List.of(Published.Attribute.of("Type",
				"IDR")))), List.of(new Published.File("readme.txt", List.of(Published.Attribute.of("Description",
					"what")))), List.of(new Published.Section("Version", null, List.of(Published.Attribute.of(
						"Annotation version", "2")), List.of(), List.of(), List.of())));
		Published p = new Published("S-BIAD15", List.of(Published.Attribute.of("DOI", "10.6019/S-BIAD15"),
			Published.Attribute.of("RootPath", "S-IMDR0067")), Map.of(Published.STUDY, new Published.Kept(List.of(
				ontology), List.of(experiment), null), "component:Cells: fixed", new Published.Kept(List.of(), List
					.of(), "M25/Figure 1.json")));
		Study study = new Study("A study of published things kept", null, null, null, null, null, "CC0", null, null,
			null, null, null, null);
		Deposition d = new Deposition(tmp, null, study, List.of(), List.of(), List.of(), List.of(), List.of(), List
			.of(), List.of(), p);
		Path yaml = tmp.resolve("deposit.yaml");
		Files.writeString(yaml, DepositYamlWriter.write(d));
		DepositYaml.Reading back = DepositYaml.read(yaml, tmp);
		assertEquals(List.of(), back.problems(), Files.readString(yaml));
		assertEquals(p, back.deposition().published());
	}

	@Test
	void aKeptLinkWithoutUrlIsAnErrorAtItsLine() throws IOException {
		Path yaml = tmp.resolve("deposit.yaml");
		Files.writeString(yaml, String.join("\n", "study:", "  title: A study whose kept link lost its url", "published:",
			"  accession: S-BIAD1", "  sections:", "    study:", "      subsections:", "      - type: Experiment",
			"        links:", "        - attributes:", "          - name: Type", "            value: IDR", ""));
		DepositYaml.Reading r = DepositYaml.read(yaml, tmp);
		List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
		assertEquals(1, errors.size(), r.problems().toString());
		assertTrue(errors.get(0).toString().contains("deposit.yaml:10") && errors.get(0).message().contains(
			"no url"), errors.toString());
	}
}
