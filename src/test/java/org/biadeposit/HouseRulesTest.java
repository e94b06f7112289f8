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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, "the house": every Java file carries the licence header pom-scijava's license plugin writes
 * ({@code mvn license:update-file-header}), and no file in src/main is over 400 lines below that header unless it
 * says at its top why ("longer than 400 lines because …"). Reads the source tree of this clone.
 */
class HouseRulesTest {

	private static final int MOST_LINES = 400;

	@Test
	void everyJavaFileHasTheLicenceHeader() throws IOException {
		List<String> without = new ArrayList<>();
		for (Path f : javaFiles(Path.of("src"))) {
			String head = Files.readString(f, StandardCharsets.UTF_8);
			if (!head.startsWith("/*-\n * #%" + "L\n * bia-deposit") || !head.contains("Redistribution and use in source and " +
				"binary forms")) without.add(f.toString());
		}
		assertEquals(List.of(), without, "run: mvn license:update-file-header");
	}

	@Test
	void noMainFileIsOver400LinesWithoutSayingWhy() throws IOException {
		List<String> long_ = new ArrayList<>();
		List<Path> files = javaFiles(Path.of("src/main/java"));
		assertTrue(files.size() > 100, "the source tree is read: " + files.size());
		for (Path f : files) {
			List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
			int header = lines.indexOf(" */") + 1; // the licence header's end
			int code = lines.size() - header;
			String top = String.join("\n", lines.subList(header, Math.min(lines.size(), header + 60)));
			if (code > MOST_LINES && !top.contains("longer than 400 lines because")) long_.add(f + " (" + code + ")");
		}
		assertEquals(List.of(), long_, "split these, or say at the top why they are longer");
	}

	private static List<Path> javaFiles(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}
}
