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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.TestData;
import org.biadeposit.pagetab.FileRef;
import org.biadeposit.pagetab.PageTabFileList;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.PageTabTsvWriter;
import org.biadeposit.pagetab.Section;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bia import then bia package --metadata-only on a published study (S-BIAD1388: BioImages.v4, one component of six
 * association rows, a DOI), without any of its data files: the package names the study, keeps its DOI, release
 * date and File List, and plans no upload.
 */
class ImportVerbTest {

	private static final String STUDY = "bia-integrator/bia-ingest/submission_overrides/biostudies/S-BIAD1388/" +
		"S-BIAD1388_original.json";

	@TempDir
	Path tmp;

	@Test
	void importThenPackageMetadataOnlyNeedsNoDataFiles() throws IOException {
		Path published = TestData.file(STUDY);
		Path dir = tmp.resolve("edit");
		Bia cli = new Bia();
		assertEquals(0, cli.run("import", published.toString(), "--out", dir.toString()), cli.stderr());
		assertTrue(cli.stdout().contains("deposit.yaml for S-BIAD1388"), cli.stdout());
		String yaml = Files.readString(dir.resolve("deposit.yaml"));
		assertTrue(yaml.contains("release_date: \"2024-12-02\""), yaml);

		// a publication added later, as the BIA FAQ allows
		Files.writeString(dir.resolve("deposit.yaml"), yaml.replace("  publications:\n", "  publications:\n  - title: " +
			"A later article about these tissues\n    doi: 10.1234/later\n"));
		Path out = tmp.resolve("package");
		cli = new Bia();
		assertEquals(0, cli.run("package", dir.toString(), "--out", out.toString(), "--metadata-only"), cli
			.stderr());
		Submission written = PageTabJson.read(out.resolve(SubmissionPackage.SUBMISSION));
		Submission original = PageTabJson.read(published);
		assertEquals("S-BIAD1388", written.accno());
		assertEquals(original.attribute("DOI"), written.attribute("DOI"));
		assertEquals(original.attribute("ReleaseDate"), written.attribute("ReleaseDate"));
		assertEquals(names(original), names(written), "File List names kept");
		assertTrue(written.sections("Publication").stream().anyMatch(p -> "10.1234/later".equals(p.attribute(
			"DOI"))));
		assertEquals(1, Files.readAllLines(out.resolve(SubmissionPackage.UPLOAD_PLAN)).size(), "nothing to upload");
		SubmissionPackage.verify(out);
	}

	/**
	 * --metadata-only checks the description: an association row naming no module is an error, and a release date
	 * that has passed is allowed only for a study that was published (its accession kept under published:).
	 */
	@Test
	void metadataOnlyValidatesTheDescription() throws IOException {
		Path dir = tmp.resolve("edit");
		Bia cli = new Bia();
		assertEquals(0, cli.run("import", TestData.file(STUDY).toString(), "--out", dir.toString()), cli.stderr());
		Path yaml = dir.resolve("deposit.yaml");
		String imported = Files.readString(yaml);
		Files.writeString(yaml, imported.replaceFirst("- biosample: Healthy synovial tissue\n",
			"- biosample: Healthy synovial tisue\n"));
		assertEquals(1, cli.run("package", dir.toString(), "--out", tmp.resolve("a").toString(), "--metadata-only"));
		assertTrue(cli.stderr().contains("Healthy synovial tisue"), cli.stderr());

		Files.writeString(yaml, imported.replace("  accession: S-BIAD1388\n", ""));
		assertEquals(1, cli.run("package", dir.toString(), "--out", tmp.resolve("b").toString(), "--metadata-only"));
		assertTrue(cli.stderr().contains("release date 2024-12-02 is in the past"), cli.stderr());
		assertFalse(Files.exists(tmp.resolve("b")));
	}

	@Test
	void anExistingDepositYamlIsNotReplaced() throws IOException {
		Path dir = Files.createDirectories(tmp.resolve("edit"));
		Files.writeString(dir.resolve("deposit.yaml"), "study: {title: mine}\n");
		Bia cli = new Bia();
		assertEquals(1, cli.run("import", TestData.file(STUDY).toString(), "--out", dir.toString()));
		assertTrue(cli.stderr().contains("exists already"), cli.stderr());
		assertEquals("study: {title: mine}\n", Files.readString(dir.resolve("deposit.yaml")));
	}

	/** A TSV PageTab without its study section is refused naming the file and line; nothing is written. */
	@Test
	void aTsvPageTabWithoutItsStudySectionIsRefusedNamingTheLine() throws IOException {
		Path tsv = Files.writeString(tmp.resolve("S-BIAD1.tsv"), "Submission\tS-BIAD1\nTitle\tA study\n");
		Bia cli = new Bia();
		assertEquals(1, cli.run("import", tsv.toString(), "--out", tmp.resolve("edit").toString()));
		assertTrue(cli.stderr().contains("S-BIAD1.tsv line 2: no study section"), cli.stderr());
		assertFalse(cli.stderr().contains("Exception"), cli.stderr());
		assertFalse(Files.exists(tmp.resolve("edit/deposit.yaml")));
	}

	/** The bia-agent example study has its two File Lists beside it: each becomes a side table of deposit.yaml. */
	@Test
	void fileListsBesideTheStudyBecomeSideTables() throws IOException {
		Path published = TestData.file("bia-integrator/bia-ingest/test/data/example_bia_agent_study/input/" +
			"S-BIAD1492/S-BIAD1492.json");
		Path dir = tmp.resolve("edit");
		Bia cli = new Bia();
		assertEquals(0, cli.run("import", published.toString(), "--out", dir.toString()), cli.stderr());
		assertTrue(cli.stderr().contains("CC BY 3.0"), "the licence BIA no longer takes is named: " + cli.stderr());
		String yaml = Files.readString(dir.resolve("deposit.yaml"));
		for (String list : List.of("bbc024_images", "bbc024_masks")) {
			assertTrue(yaml.contains("columns: " + list + ".columns.tsv"), yaml);
			PageTabFileList theirs = PageTabFileList.read(published.resolveSibling(list + ".json"));
			PageTabFileList table = PageTabFileList.read(dir.resolve(list + ".columns.tsv"));
			assertEquals(theirs.files().stream().map(FileRef::path).toList(), table.files().stream().map(FileRef::path)
				.toList());
			assertEquals(theirs.columns(), table.columns());
		}
	}

	/**
	 * The same study served as TSV, its File Lists beside it as TSV though it names them .json (our TSV and TSV File
	 * Lists, written from the published JSON): the same deposit.yaml and side tables as from the JSON.
	 */
	@Test
	void aTsvStudyWithTsvFileListsImportsAsItsJson() throws IOException {
		Path published = TestData.file("bia-integrator/bia-ingest/test/data/example_bia_agent_study/input/" +
			"S-BIAD1492/S-BIAD1492.json");
		Path served = Files.createDirectories(tmp.resolve("served"));
		Files.writeString(served.resolve("S-BIAD1492.tsv"), PageTabTsvWriter.write(PageTabJson.read(published)));
		for (String list : List.of("bbc024_images", "bbc024_masks")) {
			PageTabFileList.read(published.resolveSibling(list + ".json")).write(served.resolve(list + ".tsv"));
		}
		Bia cli = new Bia();
		assertEquals(0, cli.run("import", published.toString(), "--out", tmp.resolve("json").toString()), cli
			.stderr());
		cli = new Bia();
		assertEquals(0, cli.run("import", served.resolve("S-BIAD1492.tsv").toString(), "--out", tmp.resolve("tsv")
			.toString()), cli.stderr());
		assertTrue(cli.stdout().contains("deposit.yaml for S-BIAD1492"), cli.stdout());
		assertEquals(Files.readString(tmp.resolve("json/deposit.yaml")), Files.readString(tmp.resolve(
			"tsv/deposit.yaml")));
		for (String list : List.of("bbc024_images", "bbc024_masks")) {
			assertEquals(Files.readString(tmp.resolve("json/" + list + ".columns.tsv")), Files.readString(tmp.resolve(
				"tsv/" + list + ".columns.tsv")));
		}
	}

	/**
	 * S-BIAD2808 was deposited with the v5 form, whose annotation set is a section of type "Annotation"; the new
	 * version writes it as "Annotations", the only spelling BIA's ingest reads, under Template BioImages.v5.
	 */
	@Test
	void aV5AnnotationSectionIsWrittenAsAnnotations() throws IOException {
		Path published = TestData.file("bia-integrator/bia-ingest/submission_overrides/biostudies/S-BIAD2808/" +
			"S-BIAD2808_original.json");
		assertEquals(List.of("Annotation"), PageTabJson.read(published).sections("Annotation").stream().map(
			Section::type).toList());
		Path dir = tmp.resolve("edit");
		Bia cli = new Bia();
		assertEquals(0, cli.run("import", published.toString(), "--out", dir.toString()), cli.stderr());
		// as the new version is written (its package is refused: the study's rows name biosamples it does not have)
		Submission written = org.biadeposit.pagetab.DepositionPageTab.submission(org.biadeposit.rembi.yaml.DepositYaml
			.read(dir.resolve("deposit.yaml"), dir).deposition());
		assertEquals("BioImages.v5", written.attribute("Template"));
		assertEquals(List.of("Annotations"), written.sections().stream().map(Section::type).filter(t -> t
			.toLowerCase(java.util.Locale.ROOT).startsWith("annotation")).toList());
	}

	private static List<String> names(Submission s) {
		return s.sections().stream().map(Section::attributes).map(a -> a.stream().filter(x -> x.named("File List"))
			.map(x -> x.value()).toList()).filter(l -> !l.isEmpty()).flatMap(List::stream).sorted().toList();
	}
}
