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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File-lists a study component's files give, built from files in a temporary dataset folder. */
class FileListBuilderTest {

	@TempDir
	Path tmp;

	/** Issue 8, item 3: a side table outside the dataset (named so, or through a link) is never read. */
	@Test
	void theFileListBuilderNeverOpensASideTableOutsideTheDataset() throws IOException {
		Path secret = tmp.resolve("outside/secret.tsv");
		Files.createDirectories(secret.getParent());
		Files.writeString(secret, "Files\tSecret\ncells/a.tif\tpassword\n");
		Path dataset = Files.createDirectories(tmp.resolve("dataset/cells")).getParent();
		Files.writeString(dataset.resolve("cells/a.tif"), "not really an image");
		Files.createSymbolicLink(dataset.resolve("extra.tsv"), secret);
		for (String table : List.of("extra.tsv", "../outside/secret.tsv", secret.toAbsolutePath().toString())) {
			List<Problem> problems = new ArrayList<>();
			FileList list = FileListBuilder.build("cells", List.of(new DatasetFile("cells/a.tif", 19)), Map.of(),
				new FileSelection(List.of("cells"), List.of(), null, table), dataset, problems);
			assertEquals(List.of(), list.columns(), table);
			assertFalse(list.rows().get(0).values().containsValue("password"), table);
			assertEquals(1, problems.size(), problems.toString());
			assertTrue(problems.get(0).isError());
			assertTrue(problems.get(0).message().contains("outside the dataset folder"), problems.get(0).message());
		}
	}
}
