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

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one path rule (the backend's, plus the submission tool's double spaces) and the safe names it proposes. */
class BioStudiesPathTest {

	/** The backend's own pattern (FileSourcesList.kt), to hold our rule against. */
	private static final Pattern BACKEND = Pattern.compile("^(?!\\./)(?!.*/$)(?!.*\\.\\./)[0-9A-Za-z!\\-_*'(). /]+$");

	@ParameterizedTest
	@ValueSource(strings = { "a.tif", "cells/hela cells (1).tif", "x/y/z!-_*'().tif", "a.b/c..d.tif",
		"store.zarr/.zattrs", "a/.hidden/b.tif", "..a/b.tif", "a..b/c.tif", "x/a..", "...a/b" })
	void accepted(String path) {
		assertTrue(BioStudiesPath.accepted(path), path);
		assertTrue(BACKEND.matcher(path).matches(), path);
		assertEquals(path, BioStudiesPath.safe(path));
	}

	/** Every path the backend refuses, we refuse; and double spaces, which the submission tool refuses. */
	@ParameterizedTest
	@ValueSource(strings = { "./a.tif", "a/", "a../b.tif", "../a.tif", "a/../b.tif", "filé.txt", "a+b.tif",
		"a&b.tif", "a#1.tif", "[x].tif", "a:b.tif", "a\tb.tif", "two  spaces.tif", "a\\b.tif", "/abs.tif", "a//b.tif",
		"a/.../b.tif", "a/./b.tif", "a/..", "a/.", "x.../b.tif", "a /  b.tif", "a/b.tif/" })
	void refused(String path) {
		assertFalse(BioStudiesPath.accepted(path), path);
		String safe = BioStudiesPath.safe(path);
		assertTrue(BioStudiesPath.accepted(safe), path + " -> " + safe);
		assertTrue(BACKEND.matcher(safe).matches(), safe);
	}

	/** The BIA submission tool's substitutions (frontend/src/services/sanitize.utils.ts), and ours beyond them. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Cells & nuclei.tif|Cells Et nuclei.tif", "user@lab.tif|userAlab.tif",
		"a+b.tif|a--b.tif", "[x]{y}<z>.tif|(x)(y)(z).tif", "a=b;c:d,e?f^g%h~i#j.tif|a-b-c-d-e-f-g-h-i-j.tif",
		"back\\slash.tif|back-slash.tif", "price$.tif|priceS.tif",
		"two  spaces.tif|two spaces.tif", "a + b.tif|a -- b.tif", "filé.tif|file.tif",
		"Straße.tif|Strasse.tif", "µm.tif|-m.tif", "tab\there.tif|tabhere.tif" })
	void safeNames(String name, String safe) {
		assertEquals(safe, BioStudiesPath.safeName(name));
	}

	@Test
	void safePathsKeepTheirFolders() {
		assertEquals("run 1/a-b.tif", BioStudiesPath.safe("./run 1/a:b.tif"));
		assertEquals("x-/b.tif", BioStudiesPath.safe("x../b.tif"));
		assertEquals("a/b.tif", BioStudiesPath.safe("a//b.tif"));
		assertEquals("pipeIx.tif", BioStudiesPath.safeName("pipe|x.tif"));
		assertEquals("quote'.tif", BioStudiesPath.safeName("quote\".tif"));
	}

	@Test
	void faultsSayWhat() {
		List<BioStudiesPath.Fault> f = BioStudiesPath.faults("./a  b#.tif");
		assertEquals(3, f.size(), f.toString());
		assertTrue(f.get(0).structural());
		assertTrue(f.get(1).message().contains("'#'"), f.get(1).message());
		assertTrue(f.get(2).message().contains("two spaces in a row"), f.get(2).message());
	}
}
