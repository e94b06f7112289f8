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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the File-list readers, TSV and JSON (seeds in FileListFuzzTestInputs, written by
 * {@link org.biadeposit.FuzzSeeds}). Contract: a list is read, or a {@link PageTabSyntaxException} names the file
 * and line; what is read is written in the same format and reads back as the same list.
 */
class FileListFuzzTest {

	@TempDir
	static Path folder;

	@FuzzTest(maxDuration = "60s")
	void tsv(byte[] input) throws IOException {
		readWriteRead(input, FileListFormat.TSV);
	}

	@FuzzTest(maxDuration = "60s")
	void json(byte[] input) throws IOException {
		readWriteRead(input, FileListFormat.JSON);
	}

	private static void readWriteRead(byte[] input, FileListFormat format) throws IOException {
		Path file = folder.resolve("files." + format.extension());
		Files.write(file, input);
		PageTabFileList list;
		try {
			list = format.read(file);
		}
		catch (PageTabSyntaxException e) {
			return;
		}
		format.write(list, file);
		assertEquals(byName(list), byName(format.read(file)));
	}

	/**
	 * The list with each file's attributes in name order (those of one name in their own order): a table writes
	 * the columns of one name side by side, so a TSV whose header repeats a name further apart comes back with
	 * those columns together, every value kept.
	 */
	private static PageTabFileList byName(PageTabFileList list) {
		return new PageTabFileList(
			list.files().stream().map(f -> new FileRef(f.path(), f.type(), f.size(), f.attributes()
			.stream().sorted(Comparator.comparing(Attribute::name)).toList())).toList());
	}
}
