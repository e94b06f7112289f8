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
package org.biadeposit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.biadeposit.TestData;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.pagetab.Attribute;
import org.biadeposit.pagetab.Entry;
import org.biadeposit.pagetab.FileRef;
import org.biadeposit.pagetab.PageTabFileList;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Qualifier;
import org.biadeposit.pagetab.Section;
import org.biadeposit.pagetab.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bia init, filelists, validate and package end to end on a dataset our example generator writes: two study
 * components, a path pattern, a companion OME-TIFF set.
 */
class PackageVerbTest {

	@TempDir
	Path tmp;

	private Bia cli;

	private int bia(String... args) {
		if (cli == null) cli = new Bia("--cache", tmp.resolve("cache.jsonl").toString());
		return cli.run(args);
	}

	private String stdout() {
		return cli.stdout();
	}

	private String stderr() {
		return cli.stderr();
	}

	/**
	 * cells/{condition}/{replicate}/: two ImageJ TIFFs of different sizes, one calibrated; lifetime/: an OME-TIFF
	 * and a companion OME-TIFF set of 8 TIFFs. All written by our example generator.
	 */
	private Path arrange() throws IOException {
		Path root = tmp.resolve("study");
		ExampleDataset.writeImageJTiff(root.resolve("cells/control/rep1/control-cells.tif"), 56, 30, 0.125);
		ExampleDataset.writeImageJTiff(root.resolve("cells/treated/rep2/treated-cells.tif"), 40, 24, 0);
		ExampleDataset.writeOmeTiff(root.resolve("lifetime/lifetime.ome.tif"));
		ExampleDataset.writeOmeTiffSet(root.resolve("lifetime/zstack"), "zstack");
		return root;
	}

	private Path config(Path root, LocalDate release) throws IOException {
		Path yaml = tmp.resolve("deposit.yaml");
		Files.writeString(yaml, String.join("\n", //
			"study:", //
			"  title: HeLa cells and FLIM test images from generated sample files", //
			"  description: Images assembled to test deposition end to end.", //
			"  release_date: " + release, //
			"  keywords: [HeLa, FLIM]", //
			"  license: CC BY 4.0", //
			"  authors:", //
			"  - first_name: Ada", //
			"    last_name: Lovelace", //
			"    email: ada@example.org", //
			"    orcid: 0000-0002-1825-0097", //
			"    role: submitter", //
			"    affiliations: [embl]", //
			"  organisations:", //
			"    embl: {name: European Molecular Biology Laboratory, address: Heidelberg}", //
			"biosamples:", //
			"  HeLa cells:", //
			"    organism: {scientific_name: Homo sapiens, common_name: human, ncbi_taxon: NCBI:txid9606}", //
			"    biological_entity: HeLa cell line", //
			"specimens:", //
			"  Fixed cells:", //
			"    sample_preparation: Fixed in 4% PFA and stained.", //
			"acquisitions:", //
			"  Widefield:", //
			"    imaging_method: {value: fluorescence microscopy, ontology_id: " +
				"http://purl.obolibrary.org/obo/FBbi_00000246, ontology_name: Biological Imaging Methods Ontology " +
				"(FBbi)}", //
			"    imaging_instrument: Widefield microscope, 60x oil objective", //
			"    image_acquisition_parameters: Three channels, 16 bit.", //
			"study_component:", //
			"  Cells:", //
			"    description: HeLa cells, control and treated.", //
			"    files: cells", //
			"    pattern: \"{condition}/{replicate}/*.tif\"", //
			"    biosample: HeLa cells", //
			"    specimen: Fixed cells", //
			"    acquisition: Widefield", //
			"  Lifetime:", //
			"    description: Fluorescence lifetime and a z-stack.", //
			"    files: lifetime", //
			"    biosample: HeLa cells", //
			"    specimen: Fixed cells", //
			"    acquisition: Widefield", //
			""));
		return yaml;
	}

	@Test
	void packageWritesASubmissionBioStudiesCanReadWithEveryFileListed() throws IOException {
		Path root = arrange();
		Path yaml = config(root, LocalDate.now().plusMonths(6));
		Path pkg = tmp.resolve("out");
		assertEquals(0, bia("package", root.toString(), "--config", yaml.toString(), "--out", pkg.toString()),
			stderr());
		assertTrue(stderr().contains("Homo sapiens") || stderr().contains("identif"), "human-data warning: " +
			stderr());

		Submission s = PageTabJson.read(pkg.resolve("submission.json"));
		assertEquals("HeLa cells and FLIM test images from generated sample files", s.attribute("Title"));
		assertEquals(LocalDate.now().plusMonths(6).toString(), s.attribute("ReleaseDate"));
		assertEquals("BioImages", s.attribute("AttachTo"));
		Section study = s.section();
		assertEquals("Study", study.type());
		assertEquals(List.of("HeLa", "FLIM"), study.attributes("Keywords"));
		assertEquals("CC BY 4.0", study.attribute("License"));
		Section author = study.subsections("author").get(0);
		assertEquals("Ada Lovelace", author.attribute("Name"));
		String org = author.attributes().stream().filter(a -> a.named("affiliation")).findFirst().orElseThrow()
			.value();
		assertTrue(author.attributes().stream().anyMatch(a -> a.named("affiliation") && a.reference()));
		assertEquals("European Molecular Biology Laboratory", s.find(org).attribute("Name"), "reference resolves");
		assertEquals("HeLa cells", study.subsections("Biosample").get(0).attribute("Title"));
		// BioImages.v5, as the submission tool writes it: ontology values are labels with Ontology and TermId
		assertEquals("BioImages.v5", s.attribute("Template"));
		assertEquals(List.of("Title", "ReleaseDate", "Description", "Keywords", "Keywords", "License"), study
			.attributes().stream().map(Attribute::name).toList(), "the Study section as published v5 studies have it");
		assertEquals(LocalDate.now().plusMonths(6).toString(), study.attribute("ReleaseDate"));
		Section biosample = study.subsections("Biosample").get(0);
		assertEquals(List.of(new Attribute("Organism", "Homo sapiens (human)", false, List.of(), List.of(
			new Qualifier("Ontology", "NCBITaxon"), new Qualifier("TermId", "NCBITaxon_9606")))), biosample.attributes()
				.stream().filter(a -> a.named("Organism")).toList());
		assertEquals(List.of(), Entry.flatten(biosample.subsections()), "no bia-agent Organism subsection");
		Section acquisition = study.subsections("Image acquisition").get(0);
		assertEquals(List.of("Title", "Imaging instrument", "Image acquisition parameters", "Imaging method"),
			acquisition.attributes().stream().map(Attribute::name).toList());
		assertEquals(new Attribute("Imaging method", "fluorescence microscopy", false, List.of(), List.of(
			new Qualifier("Ontology", "FBbi"), new Qualifier("TermId", "FBbi_00000246"))), acquisition.attributes().get(
				3));
		assertEquals(List.of(), Entry.flatten(acquisition.subsections()), "no bia-agent Imaging Method subsection");

		List<Section> components = study.subsections("Study Component");
		assertEquals(List.of("Cells", "Lifetime"), components.stream().map(c -> c.attribute("Name")).toList());
		for (Section c : components) {
			Section assoc = c.subsections("Associations").get(0);
			assertEquals("HeLa cells", assoc.attribute("Biosample"), "associations name modules by title");
			assertEquals("Widefield", assoc.attribute("Image acquisition"));
			Path list = pkg.resolve(c.attribute("File List"));
			assertTrue(Files.isRegularFile(list), "the File List attribute names a written list: " + list);
		}

		PageTabFileList cells = PageTabFileList.read(pkg.resolve("filelists/cells.json"));
		assertEquals(List.of("cells/control/rep1/control-cells.tif", "cells/treated/rep2/treated-cells.tif"), cells
			.files().stream().map(FileRef::path).toList());
		assertEquals("control", cells.files().get(0).attribute("condition"));
		assertEquals("rep2", cells.files().get(1).attribute("replicate"));
		assertEquals("56", cells.files().get(0).attribute("Size X"), "harvested field that varies");
		assertEquals(PageTabFileList.read(pkg.resolve("filelists/cells.tsv")).asSubmitted(), cells.asSubmitted(),
			"TSV and JSON say the same");
		List<String> tsvHeader = Arrays.asList(Files.readAllLines(pkg.resolve("filelists/cells.tsv")).get(0).split(
			"\t"));
		assertEquals("Files", tsvHeader.get(0));

		PageTabFileList lifetime = PageTabFileList.read(pkg.resolve("filelists/lifetime.json"));
		assertEquals(10, lifetime.files().size(), "the OME-TIFF, the companion and its eight TIFFs");

		List<String> plan = Files.readAllLines(pkg.resolve("upload-plan.tsv"));
		assertEquals("local\tremote\tsize", plan.get(0));
		assertEquals(1 + 12 + 2, plan.size(), "12 data files and 2 File-lists");
		for (String row : plan.subList(1, plan.size())) {
			String[] cells3 = row.split("\t");
			assertEquals(Files.size(Path.of(cells3[0])), Long.parseLong(cells3[2]), row);
		}
		long listSize = Files.size(pkg.resolve("filelists/cells.json"));
		assertTrue(plan.stream().anyMatch(r -> r.endsWith("\tfilelists/cells.json\t" + listSize)), plan.toString());
	}

	@Test
	void packageRefusesADepositionWithErrorsAndWritesNothing() throws IOException {
		Path root = arrange();
		Path yaml = config(root, LocalDate.now().minusDays(1));
		Path pkg = tmp.resolve("out");
		assertEquals(1, bia("package", root.toString(), "--config", yaml.toString(), "--out", pkg.toString()));
		assertTrue(stderr().contains("study.release_date"), stderr());
		assertTrue(stderr().contains("nothing written"), stderr());
		assertFalse(Files.exists(pkg.resolve("submission.json")));
	}

	@Test
	void validateExitsZeroWithWarningsAndOneWithErrors() throws IOException {
		Path root = arrange();
		Path yaml = config(root, LocalDate.now().plusMonths(1));
		assertEquals(0, bia("validate", root.toString(), "--config", yaml.toString()), stdout());
		assertTrue(stdout().contains("0 errors"), stdout());
		Files.writeString(yaml, Files.readString(yaml).replace("title: HeLa cells and FLIM test images from " +
			"generated sample files", "title: Too short"));
		assertEquals(1, bia("validate", root.toString(), "--config", yaml.toString(), "--format", "json"));
		assertTrue(stdout().contains("\"errors\" : 1") || stdout().contains("\"errors\":1"), stdout());
		assertTrue(stdout().contains("study.title"), stdout());
	}

	@Test
	void initWritesAStarterThatNamesWhatIsMissing() throws IOException {
		Path root = arrange();
		assertEquals(0, bia("init", root.toString()));
		String yaml = Files.readString(root.resolve("deposit.yaml"));
		assertTrue(yaml.contains("\n  cells:\n    name: cells\n"), yaml);
		assertTrue(yaml.contains("files: lifetime"));
		assertTrue(yaml.contains("title: # REQUIRED"));
		assertEquals(1, bia("init", root.toString()), "an existing deposit.yaml is not overwritten");
		assertTrue(stderr().contains("--force"));
		assertEquals(1, bia("validate", root.toString()), "the starter is not complete yet");
		assertTrue(stdout().contains("study.title"), stdout());
		assertTrue(stdout().contains("study_component.cells.description"), stdout());
	}

	@Test
	void fileListsWritesOnlyTheLists() throws IOException {
		Path root = arrange();
		Path yaml = config(root, LocalDate.now().plusMonths(6));
		Path lists = tmp.resolve("lists");
		assertEquals(0, bia("filelists", root.toString(), "--out", lists.toString(), "--config", yaml.toString()),
			stderr());
		try (var files = Files.list(lists)) {
			assertEquals(List.of("cells.json", "cells.tsv", "lifetime.json", "lifetime.tsv"), files.map(p -> p
				.getFileName().toString()).sorted().toList());
		}
		assertNotNull(PageTabFileList.read(lists.resolve("lifetime.tsv")));
	}

	/** A name BioStudies refuses: validate proposes the safe one, rename applies it, the package records it. */
	@Test
	void renameGivesRefusedNamesTheSafeOnesAndThePackageRecordsThem() throws IOException {
		Path root = arrange();
		ExampleDataset.writeImageJTiff(root.resolve("cells/control/rep1/control cells+1 [b].tif"), 20, 10, 0);
		Path yaml = config(root, LocalDate.now().plusMonths(6));
		assertEquals(1, bia("validate", root.toString(), "--config", yaml.toString()));
		assertTrue(stdout().contains("Rename it to the safe name \"cells/control/rep1/control cells--1 (b).tif\""),
			stdout());

		assertEquals(0, bia("rename", root.toString(), "--dry-run"), stderr());
		assertEquals("cells/control/rep1/control cells+1 [b].tif\tcells/control/rep1/control cells--1 (b).tif\n",
			stdout());
		assertTrue(Files.exists(root.resolve("cells/control/rep1/control cells+1 [b].tif")), "a dry run changes nothing");
		assertFalse(Files.exists(root.resolve(".bia-renamed.tsv")));

		assertEquals(0, bia("rename", root.toString()), stderr());
		assertTrue(Files.isRegularFile(root.resolve("cells/control/rep1/control cells--1 (b).tif")));
		assertEquals(List.of("old_path\tnew_path", "cells/control/rep1/control cells+1 [b].tif\t" +
			"cells/control/rep1/control cells--1 (b).tif"), Files.readAllLines(root.resolve(".bia-renamed.tsv")));
		assertEquals(0, bia("rename", root.toString()), "nothing left to rename");
		assertTrue(stderr().contains("nothing to rename"), stderr());

		Path pkg = tmp.resolve("out");
		assertEquals(0, bia("package", root.toString(), "--config", yaml.toString(), "--out", pkg.toString()),
			stderr());
		assertEquals(Files.readAllLines(root.resolve(".bia-renamed.tsv")), Files.readAllLines(pkg.resolve(
			"renamed.tsv")));
		assertTrue(PageTabFileList.read(pkg.resolve("filelists/cells.json")).files().stream().anyMatch(f -> f.path()
			.equals("cells/control/rep1/control cells--1 (b).tif")));
	}

	/**
	 * Every attribute we write in the REMBI sections is one the published BioImages.v5 studies use for that section
	 * type (S-BIAD2808, S-BIAD2235), spelled the same.
	 */
	@Test
	void attributeNamesAreThoseOfPublishedV5Studies() throws IOException {
		Map<String, Set<String>> published = new HashMap<>();
		for (String acc : List.of("S-BIAD2808", "S-BIAD2235")) {
			Submission p = PageTabJson.read(TestData.file("bia-integrator/bia-ingest/submission_overrides/biostudies/" +
				acc + "/" + acc + "_original.json"));
			assertEquals("BioImages.v5", p.attribute("Template"));
			for (Section x : p.section().tree()) {
				if (x.type() == null) continue;
				published.computeIfAbsent(x.type().toLowerCase(Locale.ROOT), k -> new HashSet<>()).addAll(x.attributes()
					.stream().map(Attribute::name).toList());
			}
		}
		Path root = arrange();
		Path pkg = tmp.resolve("out");
		assertEquals(0, bia("package", root.toString(), "--config", config(root, LocalDate.now().plusMonths(6))
			.toString(), "--out", pkg.toString()), stderr());
		Submission ours = PageTabJson.read(pkg.resolve("submission.json"));
		for (String type : List.of("Study", "Biosample", "Specimen", "Image acquisition", "Study Component",
			"Associations"))
		{
			for (Section x : ours.sections(type)) {
				for (Attribute a : x.attributes()) {
					assertTrue(published.get(type.toLowerCase(Locale.ROOT)).contains(a.name()), type + " attribute " + a
						.name() + " is not among " + published.get(type.toLowerCase(Locale.ROOT)));
				}
			}
		}
	}
}
