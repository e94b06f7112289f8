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
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, §4: {@code constant_columns:} of a study component is read, written back, and checked by name. */
class ConstantColumnsYamlTest {

	@TempDir
	Path tmp;

	@Test
	void constantColumnsAreReadAndWrittenBack() throws Exception {
		Deposition example = DepositYaml.read(Path.of("examples", "deposit.yaml"), tmp).orThrow();
		List<StudyComponent> components = new ArrayList<>();
		List<List<String>> asked = List.of(List.of(FileSelection.EVERY_COLUMN), List.of("Pixel size X (µm)",
			"Channels"));
		for (int i = 0; i < example.components().size(); i++) {
			StudyComponent c = example.components().get(i);
			FileSelection s = c.files();
			components.add(new StudyComponent(c.name(), c.description(), new FileSelection(s.folders(), s.globs(), s
				.pattern(), s.columnsTable(), s.columnValues(), s.nonImage(), asked.get(i % 2)), c.associations(),
				null));
		}
		Deposition d = new Deposition(example.root(), example.config(), example.study(), example.biosamples(),
			example.specimens(), example.acquisitions(), example.analyses(), example.correlations(), components,
			example.annotations(), example.published());
		Path yaml = tmp.resolve("deposit.yaml");
		String written = DepositYamlWriter.write(d);
		assertTrue(written.contains("constant_columns: true"), written);
		Files.writeString(yaml, written);
		DepositYaml.Reading back = DepositYaml.read(yaml, tmp);
		assertEquals(List.of(), back.problems(), written);
		for (int i = 0; i < components.size(); i++) {
			assertEquals(asked.get(i % 2), back.deposition().components().get(i).files().constantColumns());
		}
	}

	@Test
	void aConstantColumnThatIsNoHarvestedColumnIsAnErrorAtItsLine() throws IOException {
		Path yaml = tmp.resolve("deposit.yaml");
		Files.writeString(yaml, "study:\n  title: Constant columns asked for by name in one component\n" +
			"study_component:\n  cells:\n    description: Cells.\n    files: cells\n    constant_columns:\n" +
			"    - pixel size x (µm)\n    - Magnification\n");
		DepositYaml.Reading read = DepositYaml.read(yaml, tmp);
		List<Problem> about = read.problems().stream().filter(p -> p.message().contains("constant_columns"))
			.toList();
		assertEquals(1, about.size(), read.problems().toString());
		assertTrue(about.get(0).isError());
		assertTrue(about.get(0).where().contains("deposit.yaml:9"), about.get(0).where());
		assertTrue(about.get(0).message().contains("\"Magnification\" is not a harvested File-list column"), about
			.get(0).message());
		assertEquals(List.of("Pixel size X (µm)"), read.deposition().components().get(0).files().constantColumns());
	}
}
