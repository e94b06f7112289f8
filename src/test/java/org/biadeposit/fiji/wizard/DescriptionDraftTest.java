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
package org.biadeposit.fiji.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.biadeposit.rembi.yaml.DepositYamlWriter;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Description step's model with no window: deposit.yaml read, edited as a person would in the forms (authors
 * added, reordered, removed; a biosample added and one renamed; an organism picked from the table), written and read
 * back with the scripts' reader.
 */
class DescriptionDraftTest {

	@TempDir
	Path tmp;

	private Deposition example() throws Exception {
		Path yaml = tmp.resolve("deposit.yaml");
		Files.writeString(yaml, ExampleDataset.depositYaml(LocalDate.now().plusMonths(3)));
		return DepositYaml.read(yaml, tmp).orThrow();
	}

	/** Issue 9, §4: a component's constant_columns, which the form does not show, outlive an edit of its files. */
	@Test
	void constantColumnsOutliveAnEditOfTheComponentsFiles() throws Exception {
		Path yaml = tmp.resolve("deposit.yaml");
		Files.writeString(yaml, ExampleDataset.depositYaml(LocalDate.now().plusMonths(3)).replace(
			"    files: wild-type\n", "    files: wild-type\n    constant_columns: [Channels]\n"));
		DescriptionDraft draft = new DescriptionDraft(DepositYaml.read(yaml, tmp).orThrow());
		draft.set(draft.components, 0, "pattern", "donor-{Donor}/**");
		Files.writeString(yaml, DepositYamlWriter.write(draft.edited()));
		Deposition back = DepositYaml.read(yaml, tmp).orThrow();
		assertEquals("donor-{Donor}/**", back.components().get(0).files().pattern());
		assertEquals(List.of("Channels"), back.components().get(0).files().constantColumns());
	}

	/** The form edits a component's first association row; renaming a module renames it in every row. */
	@Test
	void theFormEditsTheFirstRowAndARenameReachesEveryRow() throws Exception {
		Path yaml = twoRows("");
		DescriptionDraft draft = new DescriptionDraft(DepositYaml.read(yaml, tmp).orThrow());
		assertEquals("DMSO", draft.components.get(0, "biosample"));
		draft.set(draft.components, 0, "acquisition", "Widefield");
		draft.set(draft.biosamples, 1, "title", "Auxin 2h");
		Files.writeString(yaml, DepositYamlWriter.write(draft.edited()));
		assertEquals(List.of(new Associations("DMSO", "Fixed", "Widefield", null, null), new Associations("Auxin 2h",
			"Fixed", "Confocal", null, null)), DepositYaml.read(yaml, tmp).orThrow().components().get(0)
				.associations());
	}

	/** A deposit.yaml whose one component has two association rows, the second ending with {@code more}. */
	private Path twoRows(String more) throws Exception {
		return Files.writeString(tmp.resolve("deposit.yaml"), """
			biosamples:
			  DMSO: {}
			  Auxin: {}
			study_component:
			  Figure 3:
			    associations:
			    - {biosample: DMSO, specimen: Fixed, acquisition: Confocal}
			    - {biosample: Auxin, specimen: Fixed, acquisition: Confocal%s}
			""".formatted(more));
	}

	/** Issue 13: components with their association rows, every one of them, not only the first. */
	@Test
	void theFormEditsEveryAssociationRow() throws Exception {
		Path yaml = twoRows(", analysis: Counting");
		DescriptionDraft draft = new DescriptionDraft(DepositYaml.read(yaml, tmp).orThrow());
		assertEquals("Auxin; Fixed; Confocal; Counting", draft.components.get(0, "more_associations"));
		draft.set(draft.components, 0, "more_associations", "Auxin; Fixed; Widefield\n\nDMSO; Live;  Confocal ;; Fig 2");
		Files.writeString(yaml, DepositYamlWriter.write(draft.edited()));
		assertEquals(List.of(new Associations("DMSO", "Fixed", "Confocal", null, null), new Associations("Auxin",
			"Fixed", "Widefield", null, null), new Associations("DMSO", "Live", "Confocal", null, "Fig 2")), DepositYaml
				.read(yaml, tmp).orThrow().components().get(0).associations(), "rows added, changed, a title removed");
		draft.set(draft.components, 0, "more_associations", "");
		assertEquals(1, draft.edited().components().get(0).associations().size(), "back to one row");
	}

	@Test
	void editsEveryListAndTheScriptsReaderReadsBackWhatTheFormsSay() throws Exception {
		Deposition before = example();
		DescriptionDraft draft = new DescriptionDraft(before);
		assertEquals(List.of("Ada", "Grace"), before.study().authors().stream().map(Study.Author::firstName).toList());

		// a third author, moved to the front; Grace removed
		int added = draft.authors.add();
		draft.set(draft.authors, added, "first_name", "Rosalind");
		draft.set(draft.authors, added, "last_name", "Franklin");
		draft.set(draft.authors, added, "orcid", "0000-0002-1825-0097");
		draft.set(draft.authors, added, "email", "rosalind@example.org");
		assertEquals("demo", draft.authors.get(added, "affiliations"), "a new author is in the first organisation");
		draft.authors.move(added, 0);
		draft.authors.remove(2);

		// a biosample added, its organism picked from the table; the first one renamed
		int b = draft.biosamples.add();
		draft.set(draft.biosamples, b, "title", "Mouse trachea");
		draft.set(draft.biosamples, b, "scientific_name", "Mus musculus");
		draft.set(draft.biosamples, b, "biological_entity", "tracheal epithelium");
		assertEquals("NCBI:txid10090", draft.biosamples.get(b, "ncbi_taxon"), "the taxon comes with the organism");
		String old = before.biosamples().get(0).title();
		draft.set(draft.biosamples, 0, "title", "Airway epithelium, wild type");

		Path yaml = tmp.resolve("deposit.yaml");
		Files.writeString(yaml, DepositYamlWriter.write(draft.edited()));
		Deposition after = DepositYaml.read(yaml, tmp).orThrow();

		assertEquals(List.of("Rosalind Franklin", "Ada Example"), after.study().authors().stream().map(a -> a
			.firstName() + " " + a.lastName()).toList());
		assertEquals("0000-0002-1825-0097", after.study().authors().get(0).orcid());
		assertEquals(List.of("demo"), after.study().authors().get(0).affiliations());
		assertEquals(before.biosamples().size() + 1, after.biosamples().size());
		Biosample mouse = after.biosamples().get(after.biosamples().size() - 1);
		assertEquals(new Biosample.Organism("Mus musculus", "house mouse", "NCBI:txid10090"), mouse.organism());
		assertEquals("tracheal epithelium", mouse.biologicalEntity());
		assertEquals("Airway epithelium, wild type", after.biosamples().get(0).title());
		assertTrue(after.components().stream().noneMatch(c -> old.equals(c.firstAssociations().biosample())),
			"the renamed biosample is renamed in the components");
		assertTrue(after.components().stream().anyMatch(c -> "Airway epithelium, wild type".equals(c.firstAssociations()
			.biosample())));
		// what the forms did not touch is as it was
		assertEquals(before.acquisitions(), after.acquisitions());
		assertEquals(before.specimens(), after.specimens());
		assertEquals(before.study().organisations(), after.study().organisations());
		assertEquals(before.components().stream().map(c -> c.files()).toList(), after.components().stream().map(c -> c
			.files()).toList());
	}

	@Test
	void orcidAndEmailAreCheckedAsTypedAtTheirFields() throws Exception {
		DescriptionDraft draft = new DescriptionDraft(example());
		assertTrue(draft.problems().keySet().stream().noneMatch(k -> k.startsWith("authors.")), draft.problems()
			.toString());
		draft.set(draft.authors, 1, "orcid", "0000-0002-1825-0096");
		draft.set(draft.authors, 0, "email", "ada at example");
		Map<String, Problem> problems = draft.problems();
		assertTrue(problems.get("authors.1.orcid").message().contains("has a typo"), problems.toString());
		assertTrue(problems.get("authors.1.orcid").isError());
		assertFalse(problems.get("authors.0.email").isError(), "a doubtful e-mail is a warning");
		draft.set(draft.authors, 1, "orcid", "0000-0002-1825-0097");
		assertNull(draft.problems().get("authors.1.orcid"));
	}

	@Test
	void organismsAndImagingMethodsAreSearchableOffline() {
		assertEquals("Danio rerio", Terms.ORGANISMS.search("zebrafish").get(0).label());
		assertEquals("NCBI:txid9606", Terms.ORGANISMS.named("homo sapiens").id());
		Terms.Term confocal = Terms.IMAGING_METHODS.search("confocal").get(0);
		assertEquals("confocal microscopy", confocal.label());
		assertEquals("http://purl.obolibrary.org/obo/FBbi_00000251", confocal.id());
	}
}
