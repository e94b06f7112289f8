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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ShortProcessor;

import org.biadeposit.pagetab.FileRef;
import org.biadeposit.pagetab.PageTabFileList;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.biadeposit.rembi.yaml.DepositYamlWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 8: a file that looks like an image but cannot be read is an error at validate and package, unless
 * deposit.yaml lists it as non-image data; then it is deposited as it is.
 */
class UnreadableImageTest {

	@TempDir
	Path tmp;

	private Bia cli;

	private int bia(String... args) {
		if (cli == null) cli = new Bia("--no-cache");
		return cli.run(args);
	}

	private String stdout() {
		return cli.stdout();
	}

	private String stderr() {
		return cli.stderr();
	}

	/** A dataset of two 16-bit TIFFs written by ImageJ, the second cut in half (an interrupted copy). */
	private Path dataset() throws IOException {
		Path root = tmp.resolve("study");
		Path images = Files.createDirectories(root.resolve("images"));
		for (String name : List.of("good.tif", "broken.tif")) {
			ShortProcessor ip = new ShortProcessor(64, 48);
			for (int i = 0; i < 64 * 48; i++) ip.set(i, i % 4096);
			IJ.saveAsTiff(new ImagePlus(name, ip), images.resolve(name).toString());
		}
		Path broken = images.resolve("broken.tif");
		byte[] whole = Files.readAllBytes(broken);
		Files.write(broken, Arrays.copyOf(whole, whole.length / 2));
		return root;
	}

	private Path config(Path root, String nonImage) throws IOException {
		Path yaml = root.resolve("deposit.yaml");
		Files.writeString(yaml, String.join("\n", //
			"study:", //
			"  title: Two generated test images, one of them cut short", //
			"  description: Images written by the test to check unreadable files.", //
			"  release_date: " + LocalDate.now().plusMonths(3), //
			"  keywords: [test]", //
			"  license: CC0", //
			"  authors:", //
			"  - first_name: Ada", //
			"    last_name: Lovelace", //
			"    email: ada@example.org", //
			"    role: submitter", //
			"    affiliations: [embl]", //
			"  organisations:", //
			"    embl: {name: European Molecular Biology Laboratory, address: Heidelberg}", //
			"biosamples:", //
			"  Yeast:", //
			"    organism: {scientific_name: Saccharomyces cerevisiae, common_name: yeast, ncbi_taxon: " +
				"NCBI:txid4932}", //
			"    biological_entity: budding yeast", //
			"specimens:", //
			"  Live:", //
			"    sample_preparation: Grown in YPD.", //
			"acquisitions:", //
			"  Widefield:", //
			"    imaging_method: {value: fluorescence microscopy, ontology_id: " +
				"http://purl.obolibrary.org/obo/FBbi_00000246, ontology_name: Biological Imaging Methods Ontology " +
				"(FBbi)}", //
			"    imaging_instrument: Widefield microscope", //
			"    image_acquisition_parameters: One channel, 16 bit.", //
			"study_component:", //
			"  Images:", //
			"    description: The two images.", //
			"    files: images", //
			nonImage == null ? "" : "    non_image_files: " + nonImage, //
			"    biosample: Yeast", //
			"    specimen: Live", //
			"    acquisition: Widefield", //
			""));
		return yaml;
	}

	@Test
	void aTruncatedTiffIsAnErrorThatNamesTheFileAndTheWayOut() throws IOException {
		Path root = dataset();
		config(root, null);
		assertEquals(1, bia("validate", root.toString()), stdout());
		String report = stdout();
		assertTrue(report.contains("error: images/broken.tif: cannot be read as an image: "), report);
		assertTrue(report.contains("truncated"), "the reason: " + report);
		assertTrue(report.contains("non_image_files"), "the way to declare it: " + report);
		assertFalse(report.contains("good.tif"), report);

		Path pkg = tmp.resolve("out");
		assertEquals(1, bia("package", root.toString(), "--out", pkg.toString()), stderr());
		assertTrue(stderr().contains("images/broken.tif"), stderr());
		assertFalse(Files.exists(pkg), "nothing written");
	}

	@Test
	void aFileListedAsNonImageDataIsDepositedAsItIs() throws IOException {
		Path root = dataset();
		config(root, "[images/broken.tif]");
		assertEquals(0, bia("validate", root.toString()), stdout());
		assertFalse(stdout().contains("broken.tif"), stdout());

		Path pkg = tmp.resolve("out");
		assertEquals(0, bia("package", root.toString(), "--out", pkg.toString()), stderr());
		PageTabFileList list = PageTabFileList.read(pkg.resolve("filelists/images.json"));
		assertEquals(List.of("images/broken.tif", "images/good.tif"), list.files().stream().map(FileRef::path)
			.toList());
		assertTrue(Files.readString(pkg.resolve("upload-plan.tsv")).contains("\timages/broken.tif\t" + Files.size(
			root.resolve("images/broken.tif")) + "\n"));
	}

	@Test
	void aGlobOfNonImageFilesCoversEveryFileItMatches() throws IOException {
		Path root = dataset();
		config(root, "\"images/b*.tif\"");
		assertEquals(0, bia("validate", root.toString()), stdout());
		config(root, "[images/good.tif]");
		assertEquals(1, bia("validate", root.toString()), "another file listed does not cover it: " + stdout());
		assertTrue(stdout().contains("error: images/broken.tif: "), stdout());
	}

	@Test
	void nonImageFilesAreReadAtTheirLineAndWrittenBack() throws IOException {
		Path root = dataset();
		Path yaml = config(root, "[\"images/[b.tif\", ../elsewhere/*.csv]");
		assertEquals(1, bia("validate", root.toString()), stdout());
		assertTrue(stdout().contains("deposit.yaml:31 study_component.Images.non_image_files"), stdout());
		assertTrue(stdout().contains("\"images/[b.tif\" is not a glob"), stdout());
		assertTrue(stdout().contains("\"../elsewhere/*.csv\" leads out of the dataset folder"), stdout());

		config(root, "[images/broken.tif, \"tables/*.tif\"]");
		Deposition d = DepositYaml.read(yaml, root).deposition();
		assertEquals(List.of("images/broken.tif", "tables/*.tif"), d.components().get(0).files().nonImage());
		Files.writeString(yaml, DepositYamlWriter.write(d));
		assertEquals(d.components().get(0).files(), DepositYaml.read(yaml, root).deposition().components().get(0)
			.files(), "the wizard's rewrite of deposit.yaml keeps non_image_files: " + Files.readString(yaml));
	}
}
