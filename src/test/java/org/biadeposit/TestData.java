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
package org.biadeposit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The real files in ../shared/testdata (read-only: tests copy them into temporary folders to arrange datasets). */
public final class TestData {

	private static JsonNode groundTruth;

	private TestData() {}

	/** The start of the reason given for every test skipped because the corpus is not there (counted at the end). */
	public static final String SKIPPED = "the third-party test corpus is not there";

	/**
	 * The testdata folder, found from the project directory (tests run there) or named by BIA_TESTDATA. When it is
	 * not there the calling test is skipped (a fresh clone runs the core suite alone), unless BIA_REQUIRE_TESTDATA
	 * is set, as CI does, which makes it a failure.
	 */
	public static Path root() {
		String env = System.getenv("BIA_TESTDATA");
		Path root = env != null ? Path.of(env) : Path.of("..", "shared", "testdata");
		if (!Files.isDirectory(root)) {
			String where = "test data not found at " + root.toAbsolutePath() +
				" (set BIA_TESTDATA to the shared/testdata folder)";
			String required = System.getenv("BIA_REQUIRE_TESTDATA");
			if (required != null && !required.isBlank() && !required.equals("0")) {
				throw new AssertionError(where + "; BIA_REQUIRE_TESTDATA is set, so this is a failure");
			}
			Assumptions.abort(SKIPPED + ": " + where);
		}
		return root;
	}

	/** A test file by its path in the MANIFEST, e.g. "ome-types/tests/data/small.ome.xml". */
	public static Path file(String relative) {
		Path p = root().resolve(relative);
		assertTrue(Files.exists(p), "missing test file " + p);
		return p;
	}

	/** Copies a test file into a folder (created if needed) and returns the copy. */
	public static Path copy(String relative, Path folder) {
		try {
			Files.createDirectories(folder);
			Path target = folder.resolve(file(relative).getFileName().toString());
			return Files.copy(file(relative), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** ground_truth.json: per file, the metadata read from the file bytes by independent parsers. */
	public static synchronized JsonNode groundTruth() {
		if (groundTruth == null) {
			try {
				groundTruth = new ObjectMapper().readTree(file("ground_truth.json").toFile());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return groundTruth;
	}
}
