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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox over real loopback HTTP: login, tokens, the user folder, uploads, faults, binding. */
class SandboxServerTest {

	@TempDir
	Path data;

	SandboxServer server;
	TestApi api;

	@BeforeEach
	void start() throws IOException {
		server = SandboxServer.start(new SandboxConfig().dataDir(data).processingDelay(Duration.ZERO)
			.user("second@example.org", "other secret", "Second Depositor"));
		api = new TestApi(server);
	}

	@AfterEach
	void stop() {
		server.stop();
	}

	private Path home() {
		return server.userFolder(SandboxConfig.DEMO_EMAIL);
	}

	private static byte[] bytes(int size, long seed) {
		byte[] b = new byte[size];
		new Random(seed).nextBytes(b);
		return b;
	}

	// ---- authentication

	@Test
	void loginGivesTheProfileAndAToken() throws Exception {
		HttpResponse<String> r = api.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD);
		assertEquals(200, r.statusCode(), r.body());
		JsonNode profile = TestApi.json(r);
		String token = profile.get("sessid").asText();
		assertFalse(token.isBlank());
		assertEquals(SandboxConfig.DEMO_EMAIL, profile.get("email").asText());
		assertEquals(SandboxConfig.DEMO_NAME, profile.get("fullname").asText());
		assertTrue(profile.get("secret").asText().matches("[0-9a-f]{2}/[0-9a-f]{30}-a[0-9]+"), profile.toString());
		assertFalse(profile.get("superuser").asBoolean());
		assertEquals("nfs", profile.get("uploadType").asText());
		assertEquals(List.of(SandboxConfig.DEMO_EMAIL, "Public"),
			List.of(profile.get("allow").get(0).asText(), profile.get("allow").get(1).asText()));
		assertEquals(data.toRealPath().resolve("users").resolve(profile.get("secret").asText()), home());

		// The header name is case-insensitive; the client sends X-SESSION-TOKEN.
		api.token = token;
		HttpResponse<String> again = api.get("/auth/profile");
		assertEquals(200, again.statusCode(), again.body());
		assertEquals(profile.get("secret"), TestApi.json(again).get("secret"));
		assertEquals(token, TestApi.json(again).get("sessid").asText());
	}

	@Test
	void badCredentialsAre401WithAValidationTree() throws Exception {
		HttpResponse<String> r = api.login(SandboxConfig.DEMO_EMAIL, "wrong");
		assertEquals(401, r.statusCode());
		assertEquals(TestApi.JSON.readTree("{\"status\":\"FAIL\",\"log\":{\"level\":\"ERROR\"," +
			"\"message\":\"Invalid email address or password.\",\"subnodes\":[]}}"), TestApi.json(r));
		assertEquals(401, api.login("nobody@example.org", SandboxConfig.DEMO_PASSWORD).statusCode());
		assertEquals(401, api.login("second@example.org", SandboxConfig.DEMO_PASSWORD).statusCode());
		assertEquals(200, api.login("SECOND@example.org", "other secret").statusCode());
	}

	@Test
	void protectedEndpointsNeedAValidToken() throws Exception {
		HttpResponse<String> none = api.get("/files/user/");
		assertEquals(401, none.statusCode());
		assertEquals("Problems authorizing user.", TestApi.json(none).get("message").asText());

		api.token = "not-a-token";
		HttpResponse<String> unknown = api.get("/auth/profile");
		assertEquals(401, unknown.statusCode());
		assertEquals("Could not find an active session for the provided security token.",
			TestApi.json(unknown).get("message").asText());

		api.loginDemo();
		assertEquals(200, api.get("/files/user/").statusCode());
		// Fallbacks: the BIOSTDSESS parameter and cookie.
		String token = api.token;
		api.token = null;
		assertEquals(200, api.get("/auth/profile?BIOSTDSESS=" + token).statusCode());
		assertEquals(200, api.send(api.request("/auth/profile").header("Cookie", "BIOSTDSESS-sandbox=" + token)
			.GET()).statusCode());

		// Logout ends the session.
		assertEquals(200, api.postJson("/auth/logout", "{\"sessid\":\"" + token + "\"}").statusCode());
		api.token = token;
		assertEquals(401, api.get("/auth/profile").statusCode());
	}

	// ---- user folder

	@Test
	void createFolderUploadListAndCompareBytes() throws Exception {
		api.loginDemo();
		assertEquals(200, api.post("/folder/user/?folder=assay%20A").statusCode());
		assertTrue(Files.isDirectory(home().resolve("assay A")));

		byte[] a = bytes(100_000, 1);
		byte[] b = bytes(12_345, 2);
		HttpResponse<String> r = api.upload("/files/user/assay%20A", new Multipart().file("a.tif", a)
			.file("sub/dir/b.bin", b));
		assertEquals(200, r.statusCode(), r.body());
		assertArrayEquals(a, Files.readAllBytes(home().resolve("assay A/a.tif")));
		assertArrayEquals(b, Files.readAllBytes(home().resolve("assay A/sub/dir/b.bin")));

		JsonNode list = TestApi.json(api.get("/files/user/assay%20A"));
		assertEquals(2, list.size(), list.toString());
		assertEquals("a.tif", list.get(0).get("name").asText());
		assertEquals("user/assay A", list.get(0).get("path").asText());
		assertEquals(100_000, list.get(0).get("size").asLong());
		assertEquals("FILE", list.get(0).get("type").asText());
		assertEquals("sub", list.get(1).get("name").asText());
		assertEquals("DIR", list.get(1).get("type").asText());

		JsonNode deeper = TestApi.json(api.postJson("/files/user/query", "{\"path\":\"assay A/sub/dir\"}"));
		assertEquals("b.bin", deeper.get(0).get("name").asText());
		assertEquals("user/assay A/sub/dir", deeper.get(0).get("path").asText());
		assertEquals(12_345, deeper.get(0).get("size").asLong());

		JsonNode top = TestApi.json(api.get("/files/user"));
		assertEquals("user", top.get(0).get("path").asText());
		assertEquals(0, TestApi.json(api.get("/files/user/no/such/folder")).size());

		// Uploading again replaces the file.
		byte[] a2 = bytes(10, 3);
		assertEquals(200, api.upload("/files/user/assay%20A", new Multipart().file("a.tif", a2)).statusCode());
		assertArrayEquals(a2, Files.readAllBytes(home().resolve("assay A/a.tif")));

		ReceivedRequest last = server.received().get(server.received().size() - 1);
		assertTrue(last.isUpload());
		assertEquals(List.of("assay A/a.tif"), last.storedFiles());
		assertEquals(SandboxConfig.DEMO_EMAIL, last.user());

		// Delete a file, then a folder.
		assertEquals(200, api.delete("/files/user/assay%20A?fileName=a.tif").statusCode());
		assertFalse(Files.exists(home().resolve("assay A/a.tif")));
		assertEquals(200, api.postJson("/files/user/delete", "{\"path\":\"\",\"fileName\":\"assay A\"}")
			.statusCode());
		assertFalse(Files.exists(home().resolve("assay A")));
	}

	@Test
	void bodyStyleUploadTakesTheFolderFromFilePath() throws Exception {
		api.loginDemo();
		byte[] content = "hello".getBytes(StandardCharsets.UTF_8);
		// The folder part may come after the files: they wait in the temporary folder.
		HttpResponse<String> r = api.upload("/files/user/upload", new Multipart().file("x/hello.txt", content)
			.field("filePath", "inbox"));
		assertEquals(200, r.statusCode(), r.body());
		assertArrayEquals(content, Files.readAllBytes(home().resolve("inbox/x/hello.txt")));
		assertEquals(200, api.postJson("/folder/user/create", "{\"path\":\"inbox\",\"fileName\":\"new\"}")
			.statusCode());
		assertTrue(Files.isDirectory(home().resolve("inbox/new")));

		HttpResponse<String> missing = api.upload("/files/user/upload", new Multipart().field("filePath", "x"));
		assertEquals(400, missing.statusCode());
		assertTrue(missing.body().contains("Required request part 'files' is not present"), missing.body());

		HttpResponse<String> notMultipart = api.postJson("/files/user/inbox", "{}");
		assertEquals(400, notMultipart.statusCode());
	}

	@Test
	void uploadsRunInParallel() throws Exception {
		api.loginDemo();
		// Each upload waits for the others: only a server handling them at the same time lets them finish.
		server.faults().delay(Duration.ofMillis(300));
		List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> running = new java.util.ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < 6; i++) {
			Multipart body = new Multipart().file("parallel/f" + i + ".bin", bytes(200_000, 10 + i));
			running.add(api.http.sendAsync(api.request("/files/user/").header("Content-Type", body.contentType())
				.POST(BodyPublishers.ofByteArray(body.bytes())).build(),
				HttpResponse.BodyHandlers.ofString()));
		}
		for (java.util.concurrent.CompletableFuture<HttpResponse<String>> r : running) {
			assertEquals(200, r.get().statusCode());
		}
		assertTrue(System.nanoTime() - start < Duration.ofMillis(6 * 300).toNanos(), "uploads ran one by one");
		for (int i = 0; i < 6; i++) {
			assertArrayEquals(bytes(200_000, 10 + i), Files.readAllBytes(home().resolve("parallel/f" + i + ".bin")));
		}
	}

	@Test
	void usersHaveTheirOwnFolders() throws Exception {
		api.loginDemo();
		assertEquals(200, api.upload("/files/user/", new Multipart().file("mine.txt", new byte[] { 1 }))
			.statusCode());
		TestApi other = new TestApi(server).loginAs("second@example.org", "other secret");
		assertEquals(0, TestApi.json(other.get("/files/user/")).size());
		assertFalse(home().equals(server.userFolder("second@example.org")));
	}

	@Test
	void pathsCannotLeaveTheUserFolder() throws Exception {
		api.loginDemo();
		String message = "The user does not have permission for accessing path '../..'";
		HttpResponse<String> list = api.get("/files/user/..%2F..");
		assertEquals(400, list.statusCode());
		assertEquals(message, TestApi.json(list).get("log").get("message").asText());

		HttpResponse<String> up = api.upload("/files/user/", new Multipart().file("../escaped.txt", new byte[] { 1 }));
		assertEquals(400, up.statusCode());
		assertTrue(up.body().contains("does not have permission for accessing path '../escaped.txt'"), up.body());
		assertFalse(Files.exists(home().getParent().resolve("escaped.txt")));

		assertEquals(400, api.upload("/files/user/", new Multipart().file("/etc/evil", new byte[] { 1 }))
			.statusCode());
		assertEquals(400, api.post("/folder/user/?folder=..%2F..%2Fout").statusCode());
		assertEquals(400, api.delete("/files/user/?fileName=..").statusCode());
		assertEquals(400, api.delete("/files/user/?fileName=").statusCode());
		assertTrue(Files.isDirectory(home()));
		try (Stream<Path> tmp = Files.list(data.resolve("tmp"))) {
			assertEquals(0, tmp.count());
		}
	}

	// ---- faults

	/**
	 * As on the real server, where Spring spools the whole multipart request before the controller stores its files:
	 * a request cut off stores none of its files, not even those whose parts had arrived whole.
	 */
	@Test
	void aResetUploadBreaksTheConnectionAndStoresNoFileOfTheRequest() throws Exception {
		api.loginDemo();
		byte[] first = bytes(10_000, 4);
		byte[] big = bytes(2_000_000, 5);
		server.faults().resetUploadAfter(500_000);
		Multipart body = new Multipart().file("done.bin", first).file("big.bin", big);
		IOException e = assertThrows(IOException.class, () -> api.upload("/files/user/cut", body));
		assertNotNull(e);
		assertEquals(1, server.faults().resetsInjected());
		// Neither the part finished before the cut nor the one cut off is there, nor half-written.
		assertFalse(Files.exists(home().resolve("cut/done.bin")));
		assertFalse(Files.exists(home().resolve("cut/big.bin")));
		try (Stream<Path> tmp = Files.list(data.resolve("tmp"))) {
			assertEquals(0, tmp.count());
		}
		ReceivedRequest cut = server.received().get(server.received().size() - 1);
		assertEquals(ReceivedRequest.NO_RESPONSE, cut.status());
		assertEquals(500_000, cut.bodyBytes());
		assertEquals(List.of(), cut.storedFiles());

		// The fault is used up: the retry goes through, and stores both, in the order sent.
		assertEquals(200, api.upload("/files/user/cut", body).statusCode());
		assertArrayEquals(first, Files.readAllBytes(home().resolve("cut/done.bin")));
		assertArrayEquals(big, Files.readAllBytes(home().resolve("cut/big.bin")));
		assertEquals(List.of("cut/done.bin", "cut/big.bin"), server.received().get(server.received().size() - 1)
			.storedFiles());
	}

	/** The real server's Tomcat takes at most 2,000 parts per request ({@code max-part-count}); nothing is stored. */
	@Test
	void aRequestOfMoreThan2000PartsIsRefusedWhole() throws Exception {
		api.loginDemo();
		Multipart tooMany = new Multipart();
		for (int i = 0; i <= 2000; i++) tooMany.file("g" + i + ".txt", new byte[] { (byte) i });
		HttpResponse<String> refused = api.upload("/files/user/many", tooMany);
		assertEquals(500, refused.statusCode(), refused.body());
		assertTrue(refused.body().contains("Failed to parse multipart servlet request"), refused.body());
		assertFalse(Files.exists(home().resolve("many/g0.txt")));
		try (Stream<Path> tmp = Files.list(data.resolve("tmp"))) {
			assertEquals(0, tmp.count());
		}
	}

	@Test
	void theNthRequestFailsWithTheInjectedStatus() throws Exception {
		api.loginDemo();
		server.faults().failRequest(2, 503);
		assertEquals(200, api.get("/files/user/").statusCode());
		HttpResponse<String> failed = api.get("/files/user/");
		assertEquals(503, failed.statusCode());
		assertTrue(TestApi.json(failed).get("message").asText().contains("Injected"), failed.body());
		assertEquals(200, api.get("/files/user/").statusCode());
		assertEquals(1, server.faults().failuresInjected());

		// An upload answered with 503 stores nothing, and the client reads the answer after sending it all.
		server.faults().failRequest(1, 503);
		HttpResponse<String> up = api.upload("/files/user/", new Multipart().file("x.bin", bytes(300_000, 6)));
		assertEquals(503, up.statusCode());
		assertFalse(Files.exists(home().resolve("x.bin")));
		assertFalse(server.faults().pending());
	}

	@Test
	void delayHoldsEveryRequest() throws Exception {
		server.faults().delay(Duration.ofMillis(150));
		long start = System.nanoTime();
		api.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD);
		assertTrue(System.nanoTime() - start >= Duration.ofMillis(150).toNanos());
		server.faults().clear();
	}

	// ---- the server itself

	@Test
	void listensOnLoopbackOnly() throws Exception {
		assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
		assertTrue(server.baseUrl().startsWith("http://127.0.0.1:" + server.port() + "/biostudies/submissions/api"));
		InetAddress external = null;
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			for (InetAddress a : Collections.list(nic.getInetAddresses())) {
				if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address) external = a;
			}
		}
		assumeTrue(external != null, "no non-loopback address to try");
		InetAddress target = external;
		assertThrows(ConnectException.class, () -> {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(target, server.port()), 2000);
			}
		});
	}

	@Test
	void theApiLivesUnderTheBasePath() throws Exception {
		HttpResponse<String> outside = api.http.send(java.net.http.HttpRequest.newBuilder(
			java.net.URI.create("http://127.0.0.1:" + server.port() + "/auth/login"))
			.POST(BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(404, outside.statusCode());
		assertTrue(outside.body().contains(server.baseUrl()), outside.body());

		try (SandboxServer root = SandboxServer.start(new SandboxConfig().dataDir(data.resolve("root"))
			.basePath("/"))) {
			assertEquals("http://127.0.0.1:" + root.port(), root.baseUrl());
			assertEquals(200, new TestApi(root).login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD)
				.statusCode());
		}
	}

	@Test
	void aLargeStreamedUploadArrivesWhole() throws Exception {
		api.loginDemo();
		long size = 200L * 1024 * 1024;
		MessageDigest expected = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new Generated(size)) {
			byte[] buffer = new byte[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) expected.update(buffer, 0, n);
		}
		Multipart body = new Multipart().file("files", "large/stack.tif", size, () -> new Generated(size));
		HttpResponse<String> r = api.uploadStreaming("/files/user/", body);
		assertEquals(200, r.statusCode(), r.body());
		Path stored = home().resolve("large/stack.tif");
		assertEquals(size, Files.size(stored));
		MessageDigest actual = MessageDigest.getInstance("SHA-256");
		try (InputStream in = Files.newInputStream(stored)) {
			byte[] buffer = new byte[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) actual.update(buffer, 0, n);
		}
		assertEquals(HexFormat.of().formatHex(expected.digest()), HexFormat.of().formatHex(actual.digest()));
	}

	@Test
	void usersComeFromAUsersFile() throws Exception {
		server.stop();
		Path dir = data.resolve("with-users");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("users.json"), "[{\"email\":\"lab@example.org\",\"password\":\"pw\"," +
			"\"fullName\":\"Lab Member\"}]");
		server = SandboxServer.start(new SandboxConfig().dataDir(dir).demoUser(false));
		api = new TestApi(server);
		HttpResponse<String> r = api.login("lab@example.org", "pw");
		assertEquals(200, r.statusCode());
		assertEquals("Lab Member", TestApi.json(r).get("fullname").asText());
		assertEquals(401, api.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD).statusCode());
		// The secret, and so the folder, is the same after a restart.
		String secret = TestApi.json(r).get("secret").asText();
		server.stop();
		server = SandboxServer.start(new SandboxConfig().dataDir(dir).demoUser(false));
		assertEquals(secret, TestApi.json(new TestApi(server).login("lab@example.org", "pw")).get("secret")
			.asText());
	}

	/** A deterministic byte stream of a given length, generated on the fly. */
	static final class Generated extends InputStream {
		private final long size;
		private long position;

		Generated(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (position >= size) return -1;
			return value(position++);
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (position >= size) return -1;
			int n = (int) Math.min(len, size - position);
			for (int i = 0; i < n; i++) b[off + i] = (byte) value(position++);
			return n;
		}

		private static int value(long p) {
			long x = p * 0x9E3779B97F4A7C15L;
			return (int) ((x >>> 56) ^ (p >>> 13)) & 0xff;
		}
	}
}
