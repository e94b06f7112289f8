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

/**
 * A PageTab document or file list that BioStudies would not accept as written; the message names the file, the
 * line (or the place in the JSON) and what is wrong, e.g.
 * {@code file_list.tsv line 1: the first header cell must be 'Files', found 'File'}.
 */
public class PageTabSyntaxException extends IOException {

	private final String source;
	private final long line;
	private final String problem;

	/**
	 * @param source the file name, or what the text came from
	 * @param line the 1-based line, or 0 when the problem is not on one line
	 */
	public PageTabSyntaxException(String source, long line, String problem) {
		this(source, line, problem, null);
	}

	public PageTabSyntaxException(String source, long line, String problem, Throwable cause) {
		super(source + (line > 0 ? " line " + line : "") + ": " + problem, cause);
		this.source = source;
		this.line = line;
		this.problem = problem;
	}

	public String source() {
		return source;
	}

	/** The 1-based line, or 0 when the problem is not on one line. */
	public long line() {
		return line;
	}

	/** What is wrong, without the file and line. */
	public String problem() {
		return problem;
	}
}
