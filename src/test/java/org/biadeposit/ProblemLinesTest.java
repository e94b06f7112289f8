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
package org.biadeposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.biadeposit.harvest.HarvestService;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;
import org.biadeposit.validate.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scijava.Context;

/**
 * Every problem about deposit.yaml carries the line of its key, as the README promises: those the reader finds, those
 * the validation rules find after reading, and those building the deposition finds; a value that is absent is placed
 * at the line of its parent key. One deposit.yaml with one of each kind of problem, validated as {@code bia validate}
 * does.
 */
class ProblemLinesTest {

	/** deposit.yaml, line by line (line 1 first). */
	private static final List<String> YAML = List.of(
		"study:",
		"  title: Short",
		"  description: \"\"",
		"  release_date: 2001-01-01",
		"  license: MIT",
		"  authors:",
		"    - first_name: Ada",
		"      orcid: 0000-0002-1825-0098",
		"      email: \"ada@@example\"",
		"      affiliations: [nowhere]",
		"  publications:",
		"    - doi: \"not a doi\"",
		"  colour: blue",
		"biosmaples: {}",
		"biosamples:",
		"  HeLa cells:",
		"    biological_entity: \"\"",
		"    organism:",
		"      scientific_name: Homo sapiens",
		"      ncbi_taxon: \"10090\"",
		"specimens:",
		"  Fixed:",
		"    sample_preparation: \"\"",
		"acquisitions:",
		"  Confocal:",
		"    imaging_instrument: \"\"",
		"    imaging_method:",
		"      value: confocal microscopy",
		"      ontology_id: \"FBbi:99999999\"",
		"    files: cells",
		"  Widefield:",
		"    imaging_instrument: a widefield",
		"    image_acquisition_parameters: 20x",
		"    imaging_method: widefield microscopy",
		"    files: \"cells/*.tif\"",
		"study_component:",
		"  cells:",
		"    description: \"\"",
		"    biosample: HeLa",
		"    specimen: Fixed",
		"    acquisition: [Confocal, Widefield]",
		"    files: cells",
		"  zstack:",
		"    name: Z-stack of one embryo", // problems point at the key, not at a path of the name
		"    description: a z-stack",
		"annotations:",
		"  masks:",
		"    annotation_overview: \"\"",
		"    annotation_type: blobs",
		"    files: masks");

	@TempDir
	static Path tmp;

	private static Report report;

	@BeforeAll
	static void validate() throws IOException {
		Path root = Files.createDirectories(tmp.resolve("study"));
		OddFolders.tiff(root.resolve("cells/a.tif"));
		OddFolders.tiff(root.resolve("masks/a.tif"));
		Path yaml = Files.write(root.resolve("deposit.yaml"), YAML);
		Context context = new Context(HarvestService.class);
		try {
			report = new DepositionWorkflow(context.service(HarvestService.class).harvester(), null, 1,
				ProgressListener.NONE).validate(root, yaml);
		}
		finally {
			context.dispose();
		}
	}

	@AfterAll
	static void forget() {
		report = null;
	}

	/** The problems about keys of deposit.yaml. */
	static Stream<Problem> aboutDepositYaml() {
		return report.problems().stream().filter(p -> p.place() instanceof Place.ConfigKey);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("aboutDepositYaml")
	void everyProblemAboutDepositYamlHasItsLine(Problem p) {
		Place.ConfigKey k = (Place.ConfigKey) p.place();
		assertTrue(k.line() > 0 && k.line() <= YAML.size(), p.toString());
		assertEquals("deposit.yaml", k.config());
		assertTrue(p.where().startsWith("deposit.yaml:" + k.line()), p.where());
	}

	@Test
	void thereIsOneOfEachKind() {
		assertTrue(aboutDepositYaml().count() >= 20, report.toText());
	}

	/** Samples: a phrase of the message, the key path, the line it must point at. */
	static Stream<Arguments> samples() {
		return Stream.of(Arguments.of("is not a licence BIA takes", "study.license", 5), // reading
			Arguments.of("\"colour\" is not a key", "study.colour", 13),
			Arguments.of("did you mean \"biosamples\"", "biosmaples", 14),
			Arguments.of("has no description; say what the dataset", "study.description", 3), // validation
			Arguments.of("has no keywords", "study.keywords", 1), // absent: the line of study
			Arguments.of("is in the past", "study.release_date", 4),
			Arguments.of("has no last name", "study.authors[1].last_name", 7), // absent: the author's item
			Arguments.of("has a typo", "study.authors[1].orcid", 8),
			Arguments.of("does not look like an e-mail", "study.authors[1].email", 9),
			Arguments.of("is not a DOI", "study.publications[1].doi", 12),
			Arguments.of("is Mus musculus", "biosamples.\"HeLa cells\".organism.ncbi_taxon", 20),
			Arguments.of("has no sample preparation", "specimens.Fixed.sample_preparation", 23),
			Arguments.of("has no acquisition parameters", "acquisitions.Confocal.image_acquisition_parameters", 25),
			Arguments.of("FBbi has no term", "acquisitions.Confocal.imaging_method.ontology_id", 29),
			Arguments.of("row 1 of the study component: no biosample", "study_component.cells.associations[1]" +
				".biosample", 39), // the one row is the component's own keys
			Arguments.of("names no specimen", "study_component.zstack.specimen", 43),
			Arguments.of("not an annotation type", "annotations.masks.annotation_type", 49),
			Arguments.of("which the rule of acquisition", "acquisitions.Widefield.files", 35), // building
			Arguments.of("does not say which files belong", "study_component.zstack.files", 43));
	}

	@ParameterizedTest(name = "{1} at line {2}")
	@MethodSource("samples")
	void theLineIsThatOfTheKey(String phrase, String keyPath, int line) {
		List<Problem> found = aboutDepositYaml().filter(p -> p.message().contains(phrase)).toList();
		assertEquals(1, found.size(), "one problem says \"" + phrase + "\":\n" + report.toText());
		Place.ConfigKey k = (Place.ConfigKey) found.get(0).place();
		assertEquals(Place.keys(keyPath), k.keys(), found.get(0).toString());
		assertEquals(line, k.line(), found.get(0) + "\n" + YAML.get(line - 1));
	}
}
