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
package org.biadeposit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.biadeposit.biostudies.FileState;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 10: {@code bia status} says how old the uploads of a package are that no study took, and warns from 60 days
 * on (BIA empties the user folder three months after an upload), in text and in {@code --json}.
 */
class StatusUploadAgeTest {

	@TempDir
	Path tmp;

	/** A package folder whose receipt records a refused submission of two files uploaded that many days ago. */
	private Path refused(long days1, long days2) throws IOException {
		Path out = Files.createDirectories(tmp.resolve("out"));
		Instant now = Instant.now();
		new Receipt(null, 0, SubmissionStatus.REFUSED, "http://127.0.0.1:1", "me@example.org", "A study", null, now,
			List.of(new Receipt.File("a.tif", "/data/a.tif", 12, null, "ab", FileState.SENT, now.minus(days1,
				ChronoUnit.DAYS).minusSeconds(60)), new Receipt.File("b.tif", "/data/b.tif", 12, null, "cd",
					FileState.ON_SERVER, now.minus(days2, ChronoUnit.DAYS).minusSeconds(60)), new Receipt.File(
						"c.tif", "/data/c.tif", 12, null, null, FileState.NOT_VERIFIED)), List.of("no ReleaseDate"),
			"{}").write(out.resolve(Receipt.NAME));
		return out;
	}

	@Test
	void uploadsOfARefusedSubmissionOlderThan60DaysAreWarnedAbout() throws IOException {
		Path out = refused(3, 61);
		Bia bia = new Bia();
		assertEquals(1, bia.run("status", out.toString()));
		assertTrue(bia.stderr().contains("BioStudies refused the submission"), bia.stderr());
		assertTrue(bia.stderr().contains("warning: 2 files uploaded for this deposit but not submitted, the oldest on " +
			Instant.now().minus(Duration.ofDays(61)).minusSeconds(60).toString().substring(0, 10) + " (61 days ago): " +
			"BIA empties the user folder three months after an upload"), bia.stderr());

		assertEquals(1, bia.run("status", out.toString(), "--json"));
		JsonNode doc = new ObjectMapper().readTree(bia.stdout());
		assertEquals("REFUSED", doc.get("status").asText());
		JsonNode uploads = doc.get("unsubmittedUploads");
		assertEquals(2, uploads.get("files").asInt());
		assertEquals(61, uploads.get("days").asInt());
		assertTrue(uploads.get("warning").asText().contains("BIA empties the user folder"), uploads.toString());
		assertEquals(Instant.parse(uploads.get("oldest").asText()), Receipt.read(out.resolve(Receipt.NAME)).files()
			.get(1).uploaded());
	}

	@Test
	void youngerUploadsAreShownWithoutAWarning() throws IOException {
		Path out = refused(3, 59);
		Bia bia = new Bia();
		assertEquals(1, bia.run("status", out.toString(), "--json"));
		JsonNode uploads = new ObjectMapper().readTree(bia.stdout()).get("unsubmittedUploads");
		assertEquals(59, uploads.get("days").asInt());
		assertTrue(uploads.get("warning").isNull(), uploads.toString());
		assertFalse(bia.stderr().contains("warning"), bia.stderr());
	}

	@Test
	void theUploadTimeIsKeptByTheReceipt() throws IOException {
		Path out = refused(1, 2);
		Receipt r = Receipt.read(out.resolve(Receipt.NAME));
		assertTrue(r.files().get(0).uploaded().isBefore(Instant.now().minus(Duration.ofDays(1))));
		assertEquals(null, r.files().get(2).uploaded(), "not known: none written");
		assertFalse(Files.readString(out.resolve(Receipt.NAME)).contains("\"uploaded\" : null"));
	}
}
