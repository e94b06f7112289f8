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
