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
package org.biadeposit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.UploadLimits;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule 6: file sizes, taken from the File-list rows. The rows claim sizes the small files on disk do not have, so
 * each also gets the "changed since the File-list was built" warning; these tests look at the size problems only.
 */
class SizeRulesTest {

	@TempDir
	Path root;

	private static List<Problem> about(Report r, String phrase) {
		return r.problems().stream().filter(p -> p.message().contains(phrase)).toList();
	}

	/** The good deposition with the Knock-out file claiming the given size. */
	private Report knockOutFileOf(long size) {
		Draft d = Draft.good(root);
		FileList ko = d.components.get(1).fileList();
		FileList.Row r = ko.rows().get(0);
		d.setList(1, new FileList(ko.name(), ko.columns(), List.of(new FileList.Row(r.path(), size, r.values()))));
		return d.validate();
	}

	/** Issue 10: a file over 20 GB is no error: FTP takes it, and the warning says so. */
	@Test
	void aFileOver20GbIsAWarningNamingTheRoute() {
		Report r = knockOutFileOf(UploadLimits.HTTP_FILE + 1);
		List<Problem> big = about(r, "over HTTP");
		assertEquals(1, big.size(), r.toText());
		Problem p = big.get(0);
		assertEquals(Problem.Severity.WARNING, p.severity());
		assertEquals("File-list knock-out row 1 (embryos/ko/18x24y5z1t1c8b-text-split-Z2.ome.tiff)", p.where());
		assertTrue(p.message().contains("the file is 20.0 GB (20000000001 bytes), more than the 20.0 GB " +
			"(20000000000 bytes) a file can have over HTTP, so 'bia submit' sends this deposition by FTP (give the " +
			"FTP account"), p.message());
		assertTrue(p.message().contains("see https://www.ebi.ac.uk/bioimage-archive/help-file-upload/"), p
			.message());
		assertFalse(r.hasErrors(), r.toText());
	}

	/** A real (sparse) 20 GB + 1 byte file in the dataset, listed with its true size: a warning, not an error. */
	@Test
	void aSparseFileOver20GbOnDiskIsAWarning() throws IOException {
		Draft d = Draft.good(root);
		Path huge = root.resolve("embryos/ko/whole embryo stack.tif");
		try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
			f.setLength(UploadLimits.HTTP_FILE + 1); // sparse: takes no space
		}
		FileList ko = d.components.get(1).fileList();
		List<FileList.Row> rows = new ArrayList<>(ko.rows());
		rows.add(new FileList.Row("embryos/ko/whole embryo stack.tif", Files.size(huge), ko.rows().get(0).values()));
		d.setList(1, new FileList(ko.name(), ko.columns(), rows));
		Report r = d.validate();
		assertFalse(r.hasErrors(), r.toText());
		assertEquals(1, r.problems().size(), r.toText());
		Problem p = r.problems().get(0);
		assertEquals(Problem.Severity.WARNING, p.severity());
		assertEquals("File-list knock-out row 2 (embryos/ko/whole embryo stack.tif)", p.where());
		assertTrue(p.message().contains("'bia submit' sends this deposition by FTP"), p.message());
	}

	/** Above 1 TB in all, the warning names Aspera (FTP without ascp). */
	@Test
	void aFileOver20GbInADepositionOver1TbGoesByAspera() {
		Draft d = Draft.good(root);
		FileList ko = d.components.get(1).fileList();
		List<FileList.Row> rows = new ArrayList<>();
		for (int i = 0; i < 40; i++) rows.add(new FileList.Row("embryos/ko/plane " + i + ".tif", 25_000_000_001L,
			Map.of()));
		d.setList(1, new FileList(ko.name(), ko.columns(), rows));
		Report r = d.validate();
		List<Problem> big = about(r, "over HTTP");
		assertEquals(40, big.size(), r.toText());
		for (Problem p : big) {
			assertEquals(Problem.Severity.WARNING, p.severity());
			assertTrue(p.message().contains("sends this deposition by Aspera when IBM's ascp is installed " +
				"(--aspera-user NAME and --aspera-password-file F), else by FTP"), p.message());
		}
	}

	@Test
	void exactly20GbIsFine() throws java.io.IOException {
		Report r = knockOutFileOf(UploadLimits.HTTP_FILE);
		assertEquals(List.of(), about(r, "over HTTP"), r.toText());
		assertEquals(1, r.problems().size(), "only the size-changed warning: " + r.toText());
		long real = java.nio.file.Files.size(root.resolve("embryos/ko/18x24y5z1t1c8b-text-split-Z2.ome.tiff"));
		assertTrue(r.problems().get(0).message().contains("is now " + real + " bytes, but the File-list says " +
			"20000000000"), r.toText());
	}

	@Test
	void over1TbInAllSuggestsContactingBia() {
		Draft d = Draft.good(root);
		FileList ko = d.components.get(1).fileList();
		List<FileList.Row> rows = new ArrayList<>();
		for (int i = 0; i < 60; i++) rows.add(new FileList.Row("embryos/ko/plane " + i + ".tif", 19_000_000_000L, Map
			.of()));
		// Listed twice, counted once.
		rows.add(new FileList.Row("embryos/ko/plane 0.tif", 19_000_000_000L, Map.of()));
		d.setList(1, new FileList(ko.name(), ko.columns(), rows));
		Report r = d.validate();
		assertEquals(List.of(), about(r, "over HTTP"), "no single file is too big");
		List<Problem> total = about(r, "contact the BioImage Archive");
		assertEquals(1, total.size(), r.toText());
		assertEquals(Problem.Severity.WARNING, total.get(0).severity());
		assertEquals(root.toString(), total.get(0).where());
		assertTrue(total.get(0).message().contains("holds 1.1 TB in 63 files"), total.get(0).message());
		assertTrue(total.get(0).message().contains("'bia submit' sends it by Aspera when IBM's ascp is installed"),
			total.get(0).message());
	}

	@Test
	void aGoodDepositionIsFarBelowBothLimits() {
		Report r = Draft.good(root).validate();
		assertEquals(List.of(), about(r, "GB"));
		assertEquals(List.of(), about(r, "TB"));
	}
}
