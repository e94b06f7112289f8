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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.biostudies.UploadPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload plan's one format: what the package writes, the uploader reads, and bad lines are named. */
class UploadPlanTsvTest {

	@TempDir
	Path tmp;

	@Test
	void whatIsWrittenReadsBackThroughTheUploadersPlan() throws IOException {
		List<UploadPlanTsv.Row> rows = List.of(new UploadPlanTsv.Row("/data/a b.tif", "cells/a b.tif", 12),
			new UploadPlanTsv.Row("filelists/cells.json", "filelists/cells.json", 3));
		StringWriter text = new StringWriter();
		UploadPlanTsv.write(text, rows);
		assertEquals("local\tremote\tsize\n/data/a b.tif\tcells/a b.tif\t12\nfilelists/cells.json\t" +
			"filelists/cells.json\t3\n", text.toString());
		Path plan = Files.writeString(tmp.resolve("upload-plan.tsv"), text.toString());
		assertEquals(List.of(new UploadPlanTsv.Row("/data/a b.tif", "cells/a b.tif", 12, 2), new UploadPlanTsv.Row(
			"filelists/cells.json", "filelists/cells.json", 3, 3)), UploadPlanTsv.read(plan));
		UploadPlan read = UploadPlan.read(plan);
		assertEquals(Path.of("/data/a b.tif"), read.items().get(0).local());
		assertEquals(tmp.resolve("filelists/cells.json").toAbsolutePath(), read.items().get(1).local(),
			"a relative local path is taken from the plan's folder");
		assertEquals(15, read.bytes());
	}

	@Test
	void badLinesAreNamedByFileAndLine() throws IOException {
		Path plan = tmp.resolve("upload-plan.tsv");
		Files.writeString(plan, "local\tremote\n");
		assertTrue(assertThrows(IOException.class, () -> UploadPlanTsv.read(plan)).getMessage().contains(
			"not an upload plan"));
		Files.writeString(plan, "local\tremote\tsize\na\tb\t1\n\nc\td\tlots\n");
		String message = assertThrows(IOException.class, () -> UploadPlanTsv.read(plan)).getMessage();
		assertTrue(message.contains("upload-plan.tsv line 4") && message.contains("'lots' is not a number"), message);
		Files.writeString(plan, "local\tremote\tsize\na\tb\t1\nc\tb\t2\n");
		message = assertThrows(IOException.class, () -> UploadPlan.read(plan)).getMessage();
		assertTrue(message.contains("upload-plan.tsv line 3: b is listed twice"), message);
	}
}
