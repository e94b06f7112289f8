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
package org.biadeposit.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What BioStudies' own command-line client (client/bio-commandline) sends and reads: the full UserProfile at login,
 * and {@code POST /submissions/async/direct}, multipart with the PageTab as a file part {@code submission} and the
 * data as {@code files} parts.
 */
class RealClientTest {

	private static final String FUTURE = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
	private static final byte[] PIXELS = "direct pixels".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path data;

	SandboxServer server;
	TestApi api;

	@BeforeEach
	void start() throws Exception {
		server = SandboxServer.start(new SandboxConfig().dataDir(data).processingDelay(Duration.ZERO));
		api = new TestApi(server);
	}

	@AfterEach
	void stop() {
		server.stop();
	}

	/** The real UserProfile has these fields, {@code lastActivity} a non-null LocalDateTime. */
	@Test
	void theProfileHasEveryFieldTheRealClientReads() throws Exception {
		LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);
		JsonNode login = TestApi.json(api.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD));
		api.token = login.get("sessid").asText();
		JsonNode profile = TestApi.json(api.get("/auth/profile"));
		for (JsonNode p : new JsonNode[] { login, profile }) {
			for (String field : new String[] { "sessid", "email", "username", "secret", "fullname", "superuser",
				"orcid", "allow", "deny", "uploadType", "lastActivity" }) {
				assertTrue(p.has(field), "no " + field + " in " + p);
			}
			LocalDateTime last = LocalDateTime.parse(p.get("lastActivity").asText());
			assertTrue(!last.isBefore(before) && !last.isAfter(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(1)),
				p.toString());
		}
	}

	private static ObjectNode pageTab(String path) {
		ObjectNode s = TestApi.JSON.createObjectNode();
		s.put("accno", "");
		ArrayNode attributes = s.putArray("attributes");
		attributes.addObject().put("name", "Title").put("value", "Sent directly");
		attributes.addObject().put("name", "ReleaseDate").put("value", FUTURE);
		ObjectNode study = s.putObject("section").put("type", "Study");
		study.putArray("files").addObject().put("path", path);
		return s;
	}

	@Test
	void theDirectMultipartSubmissionTakesThePageTabAndItsFiles() throws Exception {
		api.loginDemo();
		Multipart body = new Multipart().file("submission", "study.json", pageTab("images/direct.tif").toString()
			.getBytes(StandardCharsets.UTF_8)).file("files", "images/direct.tif", PIXELS)
			.field("preferredSources", "SUBMISSION").field("storageMode", "NFS");
		HttpResponse<String> r = api.upload("/submissions/async/direct", body);
		assertEquals(200, r.statusCode(), r.body());
		JsonNode id = TestApi.json(r);
		assertEquals("S-BIAD1", id.get("accNo").asText());
		assertEquals(1, id.get("version").asInt());
		assertEquals("PROCESSED", api.awaitStatus("S-BIAD1", 1));
		assertArrayEquals(PIXELS, Files.readAllBytes(server.submissionFolder("S-BIAD1", 1)
			.resolve("files/images/direct.tif")));
		// The files sent with a submission are its own, not the user folder's.
		assertEquals(0, TestApi.json(api.get("/files/user")).size());
	}

	@Test
	void theDirectSubmissionFindsFilesInTheUserFolderToo() throws Exception {
		api.loginDemo();
		assertEquals(200, api.upload("/files/user/images", new Multipart().file("up.tif", PIXELS)).statusCode());
		HttpResponse<String> r = api.upload("/submissions/async/direct", new Multipart().file("submission",
			"study.json", pageTab("images/up.tif").toString().getBytes(StandardCharsets.UTF_8)));
		assertEquals(200, r.statusCode(), r.body());
		assertEquals("PROCESSED", api.awaitStatus("S-BIAD1", 1));
	}

	@Test
	void theDirectSubmissionNamesItsFormatByExtension() throws Exception {
		api.loginDemo();
		HttpResponse<String> csv = api.upload("/submissions/async/direct", new Multipart().file("submission",
			"study.csv", "x".getBytes(StandardCharsets.UTF_8)));
		assertEquals(415, csv.statusCode(), csv.body());
		assertEquals("Unsupported pagetab format: csv", TestApi.json(csv).get("log").get("message").asText());
		HttpResponse<String> none = api.upload("/submissions/async/direct", new Multipart().file("files", "a.tif",
			PIXELS));
		assertEquals(400, none.statusCode(), none.body());
		// A refused submission keeps none of the files sent with it.
		try (java.util.stream.Stream<Path> left = Files.list(data.resolve("attached"))) {
			assertEquals(0, left.count());
		}
	}

	/** The real server takes multipart on {@code /submissions/async} too: a text part {@code submission}. */
	@Test
	void theAsyncEndpointTakesMultipartWithATextSubmission() throws Exception {
		api.loginDemo();
		Multipart body = new Multipart().field("submission", pageTab("d.tif").toString()).file("files", "d.tif",
			PIXELS);
		HttpResponse<String> r = api.send(api.request("/submissions/async").header("Submission_Type",
			"application/json").header("Content-Type", body.contentType())
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
		assertEquals(200, r.statusCode(), r.body());
		assertEquals("PROCESSED", api.awaitStatus("S-BIAD1", 1));
	}
}
