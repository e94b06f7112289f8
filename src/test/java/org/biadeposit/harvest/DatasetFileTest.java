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
package org.biadeposit.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file's path relative to its dataset folder, cut from the text when it can be, as relativizing would give it. */
class DatasetFileTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/data/study|/data/study/a/b.tif|a/b.tif",
		"/data/study|/data/study/x.zarr/.zattrs|x.zarr/.zattrs", "/data/study|/data/study/...|...",
		"/data/study|/data/study/a/./b.tif|a/b.tif", "/data/study|/data/study/a/../b.tif|b.tif",
		"/data/study|/data/study/../other/c.tif|../other/c.tif", "/data/study|/data/study2/c.tif|../study2/c.tif",
		"/data/./study|/data/./study/a.tif|a.tif", "study|study/a/b.tif|a/b.tif", "/|/a/b.tif|a/b.tif" })
	void relativeIsWhatRelativizingGives(String root, String path, String want) {
		Path r = Path.of(root), p = Path.of(path);
		assertEquals(want, DatasetFile.relative(r, p));
		assertEquals(r.relativize(p).toString(), DatasetFile.relative(r, p));
	}
}
