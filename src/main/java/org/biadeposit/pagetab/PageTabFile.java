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
import java.io.Reader;
import java.nio.file.Path;

/** A submission's PageTab as BioStudies serves it ({@code S-BIAD1234.json}), read from a file. */
public final class PageTabFile {

	private PageTabFile() {}

	/**
	 * Reads a PageTab JSON file.
	 *
	 * @throws PageTabSyntaxException naming the file and what is wrong; for TSV PageTab, saying to fetch the JSON
	 */
	public static Submission read(Path file) throws IOException {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		int first;
		try (Reader in = PageTabJson.utf8(file)) {
			do first = in.read();
			while (first == ' ' || first == '\t' || first == '\r' || first == '\n');
		}
		if (first != '{' && first != -1) {
			throw new PageTabSyntaxException(name, 1, "this is not PageTab JSON (it does not start with '{'); " +
				"bia import reads the study as JSON: download it as " + (name.endsWith(".tsv") ? name.substring(0, name
					.length() - 4) : name) + ".json from BioStudies, or give its accession with --server");
		}
		return PageTabJson.read(file);
	}
}
