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

/**
 * A submission's PageTab as BioStudies serves it ({@code S-BIAD1234.json} or {@code S-BIAD1234.tsv}), read from a
 * file.
 */
public final class PageTabFile {

	private PageTabFile() {}

	/**
	 * Reads a PageTab file: JSON when it is named {@code .json} or starts with '{', TSV otherwise.
	 *
	 * @throws PageTabSyntaxException naming the file, the line and what is wrong
	 */
	public static Submission read(Path file) throws IOException {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) return PageTabJson.read(file);
		int first;
		try (Reader in = PageTabJson.utf8(file)) {
			do first = in.read();
			while (first == ' ' || first == '\t' || first == '\r' || first == '\n');
		}
		catch (java.nio.charset.CharacterCodingException e) {
			throw new PageTabSyntaxException(name, 0, "not UTF-8 text; save the submission as UTF-8", e);
		}
		return first == '{' ? PageTabJson.read(file) : PageTabTsv.read(file);
	}
}
