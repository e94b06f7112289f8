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

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes path patterns: the input is a pattern, a line break, and a path (seeds in PathPatternFuzzTestInputs,
 * written by {@link org.biadeposit.FuzzSeeds}). Contract: a pattern compiles or is refused with a
 * {@link PathPatternException}; a compiled pattern matches any path or not, without throwing.
 */
class PathPatternFuzzTest {

	@FuzzTest(maxDuration = "60s")
	void compileAndMatch(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		int newline = text.indexOf('\n');
		String pattern = newline < 0 ? text : text.substring(0, newline);
		String path = newline < 0 ? "" : text.substring(newline + 1);
		PathPattern compiled;
		try {
			compiled = PathPattern.compile(pattern);
		}
		catch (PathPatternException e) {
			if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("no message", e);
			return;
		}
		compiled.match(path);
		compiled.names();
	}
}
