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
package org.biadeposit.biostudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * receipt.json written and read back, and damaged ones (issue 8 item 16): a message with the file, never a parser's.
 */
class ReceiptTest {

	@TempDir
	Path tmp;

	private static Receipt sending() {
		return new Receipt(null, 0, SubmissionStatus.SENDING, "https://example.org/api", "ann@example.org", "Cells",
			null, Instant.parse("2026-12-01T19:30:00Z"), List.of(new Receipt.File("a/b.tif", "/data/b.tif", 12, null,
				null, FileState.NOT_VERIFIED)), List.of(), "{\"accno\":\"\",\"section\":{\"type\":\"Study\"}}");
	}

	@Test
	void aReceiptWithoutAccessionIsWrittenAndReadBack() throws IOException {
		Path file = tmp.resolve(Receipt.NAME);
		sending().write(file);
		Receipt read = Receipt.read(file);
		assertEquals(sending(), read);
		assertFalse(read.hasAccession());
		assertNull(read.files().get(0).sha256());
		assertFalse(Files.exists(tmp.resolve(Receipt.NAME + ".part")), "no temporary file left");
	}

	@Test
	void aReceiptWithoutMd5HasNoMd5FieldAndAnOldOneWithMd5StillReads() throws IOException {
		Path file = tmp.resolve(Receipt.NAME);
		String sha = "ab".repeat(32), md5 = "cd".repeat(16);
		Receipt sent = new Receipt("S-BIAD1", 1, SubmissionStatus.PROCESSED, "https://example.org/api",
			"ann@example.org", "Cells", "https://example.org/studies/S-BIAD1", Instant.parse("2026-12-01T19:30:00Z"),
			List.of(new Receipt.File("a/b.tif", "/data/b.tif", 12, null, sha, FileState.SENT)), List.of(),
			"{\"accno\":\"S-BIAD1\"}");
		sent.write(file);
		assertFalse(Files.readString(file).contains("md5"), "no MD5 unless asked for: " + Files.readString(file));
		assertEquals(sent, Receipt.read(file));

		// as receipts were written before --md5: every file with "md5", null when unknown
		Files.writeString(file, """
			{"accession": "S-BIAD1", "version": 1, "status": "PROCESSED", "server": "https://example.org/api",
			 "time": "2026-12-01T19:30:00Z", "files": [
			  {"remote": "a/b.tif", "local": "/data/b.tif", "size": 12, "md5": "%s", "sha256": "%s", "state": "sent"},
			  {"remote": "a/c.tif", "size": 5, "md5": null, "sha256": null, "state": "on server, not verified"}],
			 "submission": {"accno": "S-BIAD1"}}
			""".formatted(md5, sha));
		Receipt old = Receipt.read(file);
		assertEquals(new Receipt.File("a/b.tif", "/data/b.tif", 12, md5, sha, FileState.SENT), old.files().get(0));
		assertNull(old.files().get(1).md5());
		assertNull(old.files().get(1).sha256());
	}

	/**
	 * A receipt as the versions before statuses and file states were enums wrote it (every state, a status found in
	 * the list of studies): it reads, and is written back byte for byte.
	 */
	@Test
	void anOldReceiptReadsAndIsWrittenBackTheSame() throws IOException {
		String sha = "ab".repeat(32);
		String old = """
			{
			  "accession" : "S-BIAD7",
			  "version" : 1,
			  "status" : "PROCESSING",
			  "server" : "https://example.org/api",
			  "user" : "ann@example.org",
			  "title" : "Cells",
			  "studyUrl" : "https://example.org/studies/S-BIAD7",
			  "time" : "2026-11-30T08:00:00Z",
			  "files" : [ {
			    "remote" : "a/1.tif",
			    "local" : "/data/1.tif",
			    "size" : 1,
			    "sha256" : "%1$s",
			    "state" : "sent"
			  }, {
			    "remote" : "a/2.tif",
			    "local" : "/data/2.tif",
			    "size" : 2,
			    "sha256" : "%1$s",
			    "state" : "already on server"
			  }, {
			    "remote" : "a/3.tif",
			    "local" : "/data/3.tif",
			    "size" : 3,
			    "sha256" : null,
			    "state" : "on server, not verified"
			  }, {
			    "remote" : "a/4.tif",
			    "local" : "/data/4.tif",
			    "size" : 4,
			    "sha256" : null,
			    "state" : "not sent (metadata only)"
			  } ],
			  "submission" : {
			    "accno" : "S-BIAD7"
			  }
			}""".formatted(sha);
		Path file = tmp.resolve(Receipt.NAME);
		Files.writeString(file, old);
		Receipt read = Receipt.read(file);
		assertEquals(SubmissionStatus.PROCESSING, read.status());
		assertFalse(read.processed());
		assertEquals(List.of(FileState.SENT, FileState.ON_SERVER, FileState.NOT_VERIFIED, FileState.NOT_SENT), read
			.files().stream().map(Receipt.File::state).toList());
		Path again = tmp.resolve("again.json");
		read.write(again);
		assertEquals(old, Files.readString(again));
	}

	@Test
	void aStatusOrFileStateNoVersionWroteIsDamage() throws IOException {
		Path file = tmp.resolve(Receipt.NAME);
		sending().write(file);
		String whole = Files.readString(file);
		assertEquals(": the field 'status' should be a status such as SUBMITTED or PROCESSED, not 'sending'", damaged(
			whole.replace("\"SENDING\"", "\"sending\"")));
		assertEquals(": the field 'files[0].state' should be one of 'sent', 'already on server', 'on server, not " +
			"verified', 'not sent (metadata only)', not 'lost'", damaged(whole.replace("on server, not verified",
				"lost")));
	}

	private String damaged(String content) throws IOException {
		Path file = tmp.resolve(Receipt.NAME);
		Files.writeString(file, content);
		String message = assertThrows(DamagedReceiptException.class, () -> Receipt.read(file)).getMessage();
		assertTrue(message.startsWith("receipt.json in " + tmp.toAbsolutePath() + " is damaged"), message);
		assertTrue(message.endsWith("; fix it, or move it aside to start over (if the study was submitted, give its " +
			"accession with --accession so that no second study is made)"), message);
		for (String raw : List.of("Exception", "fasterxml", "Jackson", "Source:", "token")) {
			assertFalse(message.contains(raw), "no parser message: " + message);
		}
		return message.substring(message.indexOf(" is damaged") + " is damaged".length(), message.indexOf("; fix it"));
	}

	@Test
	void aDamagedReceiptIsNamedWithThePlaceAndWhatToDo() throws IOException {
		Path file = tmp.resolve(Receipt.NAME);
		sending().write(file);
		String whole = Files.readString(file);
		assertEquals(" (line 5, column 1): the file ends in the middle (cut short?)", damaged(whole.substring(0, whole
			.indexOf("\"server\"") - 2)));
		assertEquals(" (line 1, column 11): this is not JSON", damaged("accession: S-BIAD1\n"));
		assertEquals(": the file is empty", damaged(""));
		assertEquals(": the whole file should be a JSON object {…}", damaged("[1, 2]"));
		assertEquals(": the field 'files' should be a list […]", damaged(whole.replaceFirst("\"files\" : \\[",
			"\"files\" : 7, \"x\" : [")));
		assertEquals(": the field 'files[0].size' should be a whole number", damaged(whole.replace("\"size\" : 12",
			"\"size\" : \"twelve\"")));
		assertEquals(": the field 'time' should be a time such as 2026-12-01T19:30:00Z, not 'yesterday'", damaged(
			whole.replace("2026-12-01T19:30:00Z", "yesterday")));
		assertEquals(": the field 'status' should be text in quotes", damaged(whole.replace("\"SENDING\"", "{}")));
		assertEquals(": the field 'submission' should be the submission as sent, a JSON object {…}", damaged(whole
			.replaceFirst("\"submission\" : \\{", "\"submission\" : 1, \"y\" : {")));
		assertEquals(" (line 1, column 6): this is not JSON", damagedBytes(new byte[] { '{', '"', (byte) 0xff,
			(byte) 0xfe, '"', ':', '1', '}' }));
	}

	private String damagedBytes(byte[] content) throws IOException {
		Path file = tmp.resolve(Receipt.NAME);
		Files.write(file, content);
		String message = assertThrows(DamagedReceiptException.class, () -> Receipt.read(file)).getMessage();
		return message.substring(message.indexOf(" is damaged") + " is damaged".length(), message.indexOf("; fix it"));
	}

	@Test
	void biaStatusNamesTheDamagedReceipt() throws IOException {
		Files.writeString(tmp.resolve(Receipt.NAME), "{\"accession\": \"S-BIAD1\", ");
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int status = org.biadeposit.cli.Main.run(List.of("status", tmp.toString(), "--user", "ann@example.org"),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String said = err.toString(StandardCharsets.UTF_8);
		assertEquals(1, status, said);
		assertTrue(said.startsWith("bia status: receipt.json in " + tmp.toAbsolutePath() + " is damaged (line 1, " +
			"column 26): the file ends in the middle (cut short?)"), said);
	}

	/** Whatever the bytes, a receipt or the damaged-receipt message; nothing else (regression mode replays seeds). */
	@FuzzTest(maxDuration = "60s")
	void readGivesAReceiptOrSaysItIsDamaged(byte[] content) throws IOException {
		Path file = Files.createTempFile("receipt", ".json");
		try {
			Files.write(file, content);
			try {
				Receipt.read(file);
			}
			catch (DamagedReceiptException e) {
				assertTrue(e.getMessage().contains(" is damaged"), e.getMessage());
			}
		}
		finally {
			Files.delete(file);
		}
	}
}
