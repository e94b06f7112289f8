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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.biadeposit.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

class BioStudiesClientTest extends MockServerTest {

	static final String TOKEN = "3f9c1e0d-token-7a61b2";
	static final String PROFILE = "{\"sessid\":\"" + TOKEN + "\",\"email\":\"ann@example.org\",\"username\":\"ann\"," +
		"\"secret\":\"ab/cdef-a12\",\"fullname\":\"Ann Author\",\"superuser\":false,\"orcid\":\"\",\"allow\":[]," +
		"\"deny\":[],\"uploadType\":\"nfs\"}";
	static final String VALIDATION_TREE = "{\"status\":\"FAIL\",\"log\":{\"level\":\"ERROR\",\"message\":" +
		"\"Submission validation errors\",\"subnodes\":[{\"level\":\"ERROR\",\"message\":" +
		"\"The following files could not be found:\\n  - assayA/emb01.tif\",\"subnodes\":[{\"level\":\"ERROR\"," +
		"\"message\":\"Referenced in file list: filelists/assayA.json\",\"subnodes\":[]}]}," +
		"{\"level\":\"ERROR\",\"message\":\"Release date cannot be in the past\",\"subnodes\":[]}]}}";

	@TempDir
	Path tmp;

	private RecordedRequest take() throws InterruptedException {
		RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
		assertTrue(r != null, "expected a request");
		return r;
	}

	private void loggedIn() throws Exception {
		server.enqueue(new MockResponse().setBody(PROFILE));
		client.login("ann@example.org", "pw-secret-42".toCharArray());
		take();
	}

	@Test
	void loginSendsCredentialsAsJsonAndTheTokenGoesOnEveryLaterCall() throws Exception {
		server.enqueue(new MockResponse().setBody(PROFILE));
		UserProfile profile = client.login("ann@example.org", "pa\"ss\\wörd".toCharArray());
		assertEquals("ann@example.org", profile.email());
		assertEquals("ab/cdef-a12", profile.secret());
		assertFalse(profile.toString().contains("ab/cdef"), "the folder secret is not printed");
		RecordedRequest login = take();
		assertEquals("POST", login.getMethod());
		assertEquals("/api/auth/login", login.getPath());
		assertNull(login.getHeader(BioStudiesClient.TOKEN_HEADER));
		JsonNode body = new ObjectMapper().readTree(login.getBody().readUtf8());
		assertEquals("ann@example.org", body.get("login").asText());
		assertEquals("pa\"ss\\wörd", body.get("password").asText());

		server.enqueue(new MockResponse().setBody("[{\"name\":\"a.tif\",\"path\":\"user\",\"size\":3," +
			"\"type\":\"FILE\"},{\"name\":\"assayA\",\"path\":\"user\",\"size\":4096,\"type\":\"DIR\"}]"));
		server.enqueue(new MockResponse());
		server.enqueue(new MockResponse().setBody("{\"accNo\":\"S-BIAD1\",\"version\":1}"));
		server.enqueue(new MockResponse().setBody("\"REQUESTED\""));
		server.enqueue(new MockResponse());
		assertEquals(List.of(new UserFile("a.tif", 3, false), new UserFile("assayA", 4096, true)), client.list(""));
		client.createFolder("assayA", "sub dir");
		client.submitAsync("{}");
		client.status("S-BIAD1", 1);
		client.logout();
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			RecordedRequest r = take();
			paths.add(r.getMethod() + " " + r.getPath());
			assertEquals(TOKEN, r.getHeader("X-Session-Token"), r.getPath());
		}
		assertEquals(List.of("GET /api/files/user/", "POST /api/folder/user/assayA?folder=sub%20dir",
			"POST /api/submissions/async", "GET /api/submissions/requests/S-BIAD1/1/status", "POST /api/auth/logout"),
			paths);
		assertFalse(client.isLoggedIn());
	}

	@Test
	void logoutSendsTheSessionAndForgetsIt() throws Exception {
		loggedIn();
		server.enqueue(new MockResponse().setResponseCode(503));
		server.enqueue(new MockResponse());
		client.logout();
		take();
		RecordedRequest r = take();
		assertEquals("/api/auth/logout", r.getPath());
		assertEquals(TOKEN, new ObjectMapper().readTree(r.getBody().readUtf8()).get("sessid").asText());
		client.logout(); // not logged in: nothing sent
		assertEquals(3, server.getRequestCount());
	}

	@Test
	void wrongPasswordGivesAClearMessageWithoutThePassword() {
		server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"status\":\"FAIL\",\"log\":{\"level\":" +
			"\"ERROR\",\"message\":\"Invalid email address or password.\",\"subnodes\":[]}}"));
		BioStudiesException e = assertThrows(BioStudiesException.class,
			() -> client.login("ann@example.org", "hunter2-secret".toCharArray()));
		assertEquals(401, e.status());
		assertEquals("the server did not accept the e-mail or password for ann@example.org (HTTP 401): " +
			"Invalid email address or password.", e.getMessage());
		assertFalse(e.toString().contains("hunter2"));
		assertEquals(1, server.getRequestCount(), "a 401 is not retried");
		assertFalse(client.isLoggedIn());
	}

	@Test
	void aServerThatEchoesThePasswordIsRedacted() {
		server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"message\":\"bad request " +
			"{login=ann, password=hunter2-secret}\"}"));
		BioStudiesException e = assertThrows(BioStudiesException.class,
			() -> client.login("ann", "hunter2-secret".toCharArray()));
		assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
		assertTrue(e.getMessage().contains("password=[password]"), e.getMessage());
	}

	@Test
	void uploadIsMultipartPartFilesStreamedWithChecksums() throws Exception {
		loggedIn();
		byte[] content = new byte[300_000];
		new Random(7).nextBytes(content);
		Path file = Files.write(tmp.resolve("emb 01.tif"), content);
		server.enqueue(new MockResponse());
		List<Progress> seen = new ArrayList<>();
		Checksums c = client.upload(file, "assayA/day 1/emb 01.tif", seen::add);

		RecordedRequest r = take();
		assertEquals("POST", r.getMethod());
		assertEquals("/api/files/user/assayA/day%201", r.getPath());
		assertEquals(TOKEN, r.getHeader("X-Session-Token"));
		assertTrue(r.getHeader("Content-Type").startsWith("multipart/form-data; boundary="));
		assertTrue(r.getHeader("Content-Length") != null, "a known length, not chunked");
		List<Http.Part> parts = Http.parts(r);
		assertEquals(1, parts.size());
		assertEquals("files", parts.get(0).name());
		assertEquals("emb 01.tif", parts.get(0).filename());
		assertArrayEquals(content, parts.get(0).bytes());
		assertEquals(new Checksums(content.length, null, Http.hex("SHA-256", content)), c, "no MD5 unless asked for");
		Progress last = seen.get(seen.size() - 1);
		assertEquals(content.length, last.done());
		assertEquals(1, last.filesDone());
		assertTrue(last.complete());
	}

	@Test
	void uploadToTheRootFolder() throws Exception {
		Path file = Files.writeString(tmp.resolve("a.txt"), "abc");
		server.enqueue(new MockResponse());
		client.upload(file, "a.txt", null);
		assertEquals("/api/files/user/", take().getPath());
	}

	@Test
	void transient503IsRetriedAndSucceeds() throws Exception {
		Path file = Files.writeString(tmp.resolve("a.txt"), "hello");
		server.enqueue(new MockResponse().setResponseCode(503).setBody("<html>busy</html>"));
		server.enqueue(new MockResponse().setResponseCode(502));
		server.enqueue(new MockResponse());
		Checksums c = client.upload(file, "a.txt", null, true);
		assertEquals(3, server.getRequestCount());
		assertEquals(Http.hex("MD5", "hello".getBytes(StandardCharsets.UTF_8)), c.md5());
		for (int i = 0; i < 3; i++) {
			assertEquals("hello", new String(Http.parts(take()).get(0).bytes(), StandardCharsets.UTF_8));
		}
	}

	@Test
	void connectionResetDuringTheBodyIsRetriedAndTheDigestsStartAgain() throws Exception {
		byte[] content = new byte[2_000_000];
		new Random(3).nextBytes(content);
		Path file = Files.write(tmp.resolve("big.bin"), content);
		server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_REQUEST_BODY));
		server.enqueue(new MockResponse());
		List<Progress> seen = new ArrayList<>();
		Checksums c = client.upload(file, "x/big.bin", seen::add, true);
		assertEquals(new Checksums(content.length, Http.hex("MD5", content), Http.hex("SHA-256", content)), c);
		assertEquals(2, server.getRequestCount());
		take(); // the broken one
		assertArrayEquals(content, Http.parts(take()).get(0).bytes());
		assertEquals(content.length, seen.get(seen.size() - 1).done(),
			"the failed attempt's bytes are taken back");
	}

	@Test
	void retriesAreBounded() throws Exception {
		Path file = Files.writeString(tmp.resolve("a.txt"), "hello");
		for (int i = 0; i < 10; i++) server.enqueue(new MockResponse().setResponseCode(503));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.upload(file, "a.txt", null));
		assertEquals(503, e.status());
		assertEquals(Http.FAST.attempts(), server.getRequestCount());
	}

	@Test
	void aValidationTreeStopsAtOnceWithAReadableList() throws Exception {
		server.enqueue(new MockResponse().setResponseCode(400).setBody(VALIDATION_TREE));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.submitAsync("{}"));
		assertEquals(1, server.getRequestCount());
		assertEquals(400, e.status());
		assertEquals(String.join("\n", //
			"submitting: the server refused it (HTTP 400): Submission validation errors", //
			"  - The following files could not be found:", //
			"      - assayA/emb01.tif", //
			"    - Referenced in file list: filelists/assayA.json", //
			"  - Release date cannot be in the past"), e.getMessage());
	}

	@Test
	void a500ValidationTreeIsTheServersAnswerNotRetried() throws Exception {
		Path file = Files.writeString(tmp.resolve("a.txt"), "hello");
		server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"status\":\"FAIL\",\"log\":{\"level\":" +
			"\"ERROR\",\"message\":\"The user does not have permission for accessing path '../x'\",\"subnodes\":[]}}"));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.upload(file, "a.txt", null));
		assertEquals(1, server.getRequestCount());
		assertTrue(e.getMessage().endsWith("(HTTP 500): The user does not have permission for accessing path '../x'"));
	}

	@Test
	void aMessageBodyAndAnExpiredSession() throws Exception {
		server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"message\":\"Problems authorizing user.\"}"));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.list("assayA"));
		assertEquals("listing the user folder assayA: the server did not accept the session (log in again) " +
			"(HTTP 401): Problems authorizing user.", e.getMessage());
	}

	@Test
	void submitSendsPageTabJsonWithItsTypeAndIsNotRetriedAfterItWasSent() throws Exception {
		server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
		server.enqueue(new MockResponse().setBody("{\"accNo\":\"S-BIAD9\",\"version\":1}"));
		assertThrows(BioStudiesException.class, () -> client.submitAsync("{\"accno\":\"\"}"));
		assertEquals(1, server.getRequestCount(), "a submission whose answer was lost is not sent twice");
		RecordedRequest r = take();
		assertEquals("/api/submissions/async", r.getPath());
		assertEquals("application/json", r.getHeader("Submission_Type"));
		assertEquals("application/json", r.getHeader("Content-Type"));
		assertEquals("{\"accno\":\"\"}", r.getBody().readUtf8());

		server.enqueue(new MockResponse().setResponseCode(503)); // refused before processing: safe to send again
		server.enqueue(new MockResponse().setBody("{\"accNo\":\"S-BIAD9\",\"version\":1}"));
		assertEquals(new SubmissionRequest("S-BIAD9", 1), client.submitAsync("{}"));
	}

	@Test
	void submitANewVersionSetsTheAccession() throws Exception {
		String json = "{\"accno\":\"\",\"attributes\":[{\"name\":\"ReleaseDate\",\"value\":\"2030-01-01\"}]," +
			"\"section\":{\"type\":\"Study\"},\"type\":\"submission\"}";
		server.enqueue(new MockResponse().setBody("{\"accNo\":\"S-BIAD77\",\"version\":3}"));
		assertEquals(new SubmissionRequest("S-BIAD77", 3), client.submitAsync(json, "S-BIAD77"));
		JsonNode sent = new ObjectMapper().readTree(take().getBody().readUtf8());
		assertEquals("S-BIAD77", sent.get("accno").asText());
		assertEquals("2030-01-01", sent.get("attributes").get(0).get("value").asText());
	}

	@Test
	void statusAndErrors() throws Exception {
		server.enqueue(new MockResponse().setBody("\"INVALID\""));
		server.enqueue(new MockResponse().setBody("[\"The following files could not be found:\\n  - a.tif\"]"));
		assertEquals(SubmissionStatus.INVALID, client.status(new SubmissionRequest("S-BIAD2", 2)));
		assertEquals(List.of("The following files could not be found:\n  - a.tif"), client.errors("S-BIAD2", 2));
		take();
		assertEquals("/api/submissions/requests/S-BIAD2/2/errors", take().getPath());
	}

	@Test
	void listTreeDescends() throws Exception {
		server.enqueue(new MockResponse().setBody("[{\"name\":\"d\",\"path\":\"user\",\"size\":0,\"type\":\"DIR\"}]"));
		server.enqueue(new MockResponse().setBody("[{\"name\":\"f.tif\",\"path\":\"user/d\",\"size\":5," +
			"\"type\":\"FILE\"}]"));
		assertEquals(List.of(new UserFile("d", 0, true), new UserFile("d/f.tif", 5, false)), client.listTree(""));
		take();
		assertEquals("/api/files/user/d", take().getPath());
	}

	@Test
	void remotePathsStayInsideTheUserFolder() {
		assertThrows(IllegalArgumentException.class, () -> UserPath.of("a/../../etc"));
		assertThrows(IllegalArgumentException.class, () -> UserPath.of("a//b"));
		assertThrows(IllegalArgumentException.class, () -> UserPath.of("a\\b"));
		assertEquals("a/b", UserPath.of("/a/b/"));
		assertEquals("", UserPath.of(null));
	}

	@Test
	void explanationsOfOtherBodies() {
		assertEquals(List.of(), BioStudiesException.explanation("<html><body>Bad gateway</body></html>"));
		assertEquals(List.of("- one", "- two"), BioStudiesException.explanation("[\"one\",\"two\"]"));
		assertEquals(List.of("plain words"), BioStudiesException.explanation("plain words"));
		assertEquals(List.of("Unsupported pagetab format: txt"),
			BioStudiesException.explanation("{\"message\":\"Unsupported pagetab format: txt\"}"));
	}
}
