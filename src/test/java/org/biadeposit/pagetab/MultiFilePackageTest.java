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
package org.biadeposit.pagetab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.DepositionBuilder;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.FileListBuilder;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package never holds part of a multi-file image without the file it is named by (the companion file of an
 * OME-TIFF set): whatever built the deposition, writing such a package is refused and nothing is written. Every file
 * the File-lists list, hidden ones too, is in the upload plan.
 */
class MultiFilePackageTest {

	@TempDir
	Path tmp;

	private static final String IMAGE = "set/zstack.companion.ome";

	/**
	 * The File-list of a dataset with a companion set's files (a few bytes each: the package does not read them), with
	 * the Multi-file image column as the deposition builder writes it, and only the rows {@code kept}.
	 */
	private Deposition withSet(List<String> kept) throws IOException {
		Path root = tmp.resolve("data");
		for (String f : List.of(IMAGE, "set/zstack_Z0.ome.tif", "set/.zstack_Z1.ome.tif")) {
			Files.createDirectories(root.resolve(f).getParent());
			Files.writeString(root.resolve(f), "bytes of " + f + "\n");
		}
		Deposition d = DepositionBuilder.build(new HarvestRun(new Harvester(List.of()), null, 1).dataset(root), null)
			.deposition();
		List<FileList.Row> rows = new ArrayList<>();
		for (String path : kept) {
			rows.add(new FileList.Row(path, Files.size(root.resolve(path)), Map.of(FileListBuilder.MULTI_FILE_IMAGE,
				IMAGE)));
		}
		StudyComponent c = d.components().get(0);
		FileList list = new FileList(c.fileList().name(), List.of(FileListBuilder.MULTI_FILE_IMAGE), rows);
		return new Deposition(root, null, d.study(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
			new StudyComponent(c.name(), c.description(), c.files(), c.associations(), list)), List.of());
	}

	@Test
	void aPackageWithoutTheCompanionFileOfItsSetIsRefusedAndNothingIsWritten() throws IOException {
		Path out = tmp.resolve("out");
		IOException e = assertThrows(IOException.class, () -> SubmissionPackage.write(withSet(List.of(
			"set/zstack_Z0.ome.tif", "set/.zstack_Z1.ome.tif")), out));
		assertEquals("set/zstack_Z0.ome.tif (File-list set) is part of the multi-file image " + IMAGE + ", which no " +
			"File-list lists, so the package would hold the image without the file that describes it; select every " +
			"file of the image in deposit.yaml, then validate and package again (nothing was written)", e
				.getMessage());
		assertFalse(Files.exists(out));
	}

	@Test
	void everyFileOfTheSetHiddenOrNotIsInTheUploadPlan() throws IOException {
		Path out = tmp.resolve("out");
		SubmissionPackage.write(withSet(List.of(IMAGE, "set/.zstack_Z1.ome.tif", "set/zstack_Z0.ome.tif")), out);
		SubmissionPackage.verify(out);
		List<String> remote = UploadPlanTsv.read(out.resolve(SubmissionPackage.UPLOAD_PLAN)).stream().map(
			UploadPlanTsv.Row::remote).toList();
		assertTrue(remote.containsAll(List.of(IMAGE, "set/.zstack_Z1.ome.tif", "set/zstack_Z0.ome.tif")), remote
			.toString());
	}
}
