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
package org.biadeposit.rembi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.pagetab.SubmissionPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, §4: {@code bia package} makes each File-list row once (it was made four times: to check multi-file
 * images, for the JSON, for the TSV, for the upload plan), and its File-lists and plan list every file.
 */
class PackageRowsTest {

	@TempDir
	Path tmp;

	@Test
	void aPackageMakesEachRowOnce() throws IOException {
		Path root = tmp.resolve("data");
		int perFolder = 700;
		for (String folder : List.of("cells", "tissue")) {
			for (int i = 0; i < perFolder; i++) {
				Path f = root.resolve(String.format("%s/plate-%d/well-%04d.tif", folder, i / 100, i));
				Files.createDirectories(f.getParent());
				Files.writeString(f, "bytes of " + i + "\n");
			}
		}
		DatasetHarvest files = new HarvestRun(new Harvester(List.of()), null, 1).dataset(root);
		Deposition d = DepositionBuilder.build(files, null).deposition();
		List<FileListRows> rows = d.components().stream().map(c -> (FileListRows) c.fileList().rows()).toList();
		assertEquals(2, rows.size());

		SubmissionPackage.Written w = SubmissionPackage.write(d, tmp.resolve("out"));

		for (FileListRows r : rows) assertEquals(perFolder, r.made(), "each row made once");
		assertEquals(2 * perFolder + 2, w.files(), "every file and the two JSON File-lists");
		List<String> plan = Files.readAllLines(w.uploadPlan());
		assertEquals(2 * perFolder + 3, plan.size());
		assertEquals(root.toAbsolutePath().normalize() + "/cells/plate-0/well-0000.tif\tcells/plate-0/well-0000.tif\t" +
			Files.size(root.resolve("cells/plate-0/well-0000.tif")), plan.get(1));
		List<String> tsv = Files.readAllLines(tmp.resolve("out/filelists/tissue.tsv"));
		assertEquals(perFolder + 1, tsv.size());
		assertEquals("tissue/plate-6/well-0699.tif", tsv.get(perFolder).split("\t", -1)[0]);
		SubmissionPackage.verify(tmp.resolve("out"));
	}
}
