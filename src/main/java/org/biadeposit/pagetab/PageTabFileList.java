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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BioStudies file list: the files of one study component or annotation set, in order, each with its attributes
 * (the columns of the TSV form). The section that owns it names it in its {@code File List} attribute. This is
 * the list as PageTab writes and reads it; the REMBI model's File-list, rows and columns built from the dataset, is
 * {@link org.biadeposit.rembi.FileList}, which {@link DepositionPageTab#fileList} turns into this.
 */
public record PageTabFileList(List<FileRef> files) {

	public PageTabFileList {
		files = List.copyOf(files);
	}

	/** Reads a file list in the format its extension names ({@code .json} or {@code .tsv}). */
	public static PageTabFileList read(Path file) throws IOException {
		return FileListFormat.of(file).read(file);
	}

	/** Writes this file list in the format the extension names ({@code .json} or {@code .tsv}). */
	public void write(Path file) throws IOException {
		FileListFormat.of(file).write(this, file);
	}

	/**
	 * The attribute columns of the table form: the attribute names in the order first seen. A name that occurs
	 * more than once in one file is that many columns, side by side.
	 */
	public List<String> columns() {
		List<String> columns = new ArrayList<>();
		Map<String, Integer> most = new HashMap<>();
		for (FileRef f : files) {
			Map<String, Integer> seen = new HashMap<>();
			for (Attribute a : f.attributes()) {
				int n = seen.merge(a.name(), 1, Integer::sum);
				if (n > most.getOrDefault(a.name(), 0)) {
					most.put(a.name(), n);
					columns.add(n == 1 ? columns.size() : columns.lastIndexOf(a.name()) + 1, a.name());
				}
			}
		}
		return columns;
	}

	/** This list as it is submitted: without the {@code type} and {@code size} that only BioStudies writes. */
	public PageTabFileList asSubmitted() {
		return new PageTabFileList(files.stream().map(FileRef::asSubmitted).toList());
	}
}
