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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8 item 13: clients that send their request head slowly, or hold many requests open, must not block the
 * sandbox for others. Raw sockets on loopback; a second client is a socket bound to 127.0.0.2.
 */
class SlowClientsTest {

	/** How long a test waits for an answer or a close before it fails; the server needs far less. */
	private static final int PATIENCE_MS = 30_000;
	private static final String LOGIN = "{\"login\":\"" + SandboxConfig.DEMO_EMAIL + "\",\"password\":\"" +
		SandboxConfig.DEMO_PASSWORD + "\"}";

	@TempDir
	Path data;

	private SandboxServer server;
	private final List<Socket> sockets = new ArrayList<>();

	@AfterEach
	void stop() throws IOException {
		for (Socket s : sockets) s.close();
		if (server != null) server.stop();
	}

	private SandboxServer start(SandboxConfig config) throws IOException {
		server = SandboxServer.start(config.dataDir(data).processingDelay(Duration.ZERO));
		return server;
	}

	@ParameterizedTest
	@ValueSource(ints = { 8, 20 })
	void connectionsSendingPartialHeadersDoNotBlockALogin(int idle) throws Exception {
		start(new SandboxConfig());
		for (int i = 0; i < idle; i++) partialHead(InetAddress.getLoopbackAddress());

		assertEquals(200, login(connect(InetAddress.getLoopbackAddress())));
	}

	@Test
	void connectionsSendingPartialHeadersAreClosedAfterTheHeaderTimeout() throws Exception {
		start(new SandboxConfig().headerTimeout(Duration.ofMillis(300)));
		List<Socket> idle = new ArrayList<>();
		for (int i = 0; i < 8; i++) idle.add(partialHead(InetAddress.getLoopbackAddress()));

		for (Socket s : idle) assertClosedByServer(s);
	}

	@Test
	void aHeadThatTricklesInBeforeTheTimeoutIsServed() throws Exception {
		start(new SandboxConfig().headerTimeout(Duration.ofSeconds(5)));
		Socket s = connect(InetAddress.getLoopbackAddress());
		byte[] request = loginRequest(LOGIN.length(), "close").getBytes(StandardCharsets.ISO_8859_1);
		OutputStream out = s.getOutputStream();
		for (int i = 0; i < request.length; i += 16) {
			out.write(request, i, Math.min(16, request.length - i));
			out.flush();
			Thread.sleep(2);
		}
		out.write(LOGIN.getBytes(StandardCharsets.UTF_8));
		out.flush();
		assertEquals(200, status(s));
	}

	@Test
	void aSlowBodyIsNotCutOffByTheHeaderTimeout() throws Exception {
		start(new SandboxConfig().headerTimeout(Duration.ofSeconds(1)));
		assertEquals(200, login(connect(InetAddress.getLoopbackAddress())), "the server's classes are loaded");
		Socket s = connect(InetAddress.getLoopbackAddress());
		OutputStream out = s.getOutputStream();
		out.write(loginRequest(LOGIN.length(), "close").getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		byte[] body = LOGIN.getBytes(StandardCharsets.UTF_8);
		int third = body.length / 3;
		for (int from = 0; from < body.length; from += third) {
			Thread.sleep(500);
			out.write(body, from, Math.min(third, body.length - from));
			out.flush();
		}
		assertEquals(200, status(s));
	}

	@Test
	void aStalledBodyIsClosedAfterTheIdleTimeoutAndFreesItsThread() throws Exception {
		start(new SandboxConfig().threads(1).idleTimeout(Duration.ofMillis(300)));
		Socket stalled = stalledUpload(InetAddress.getLoopbackAddress());

		assertClosedByServer(stalled);
		assertEquals(200, login(connect(InetAddress.getLoopbackAddress())));
	}

	@Test
	void aBodyThatKeepsComingOutlastsTheIdleTimeout() throws Exception {
		start(new SandboxConfig().idleTimeout(Duration.ofSeconds(1)));
		Socket s = connect(InetAddress.getLoopbackAddress());
		String padded = LOGIN.substring(0, LOGIN.length() - 1) + ",\"padding\":\"" + "x".repeat(60) + "\"}";
		send(s, loginRequest(padded.length(), "close"));
		for (int i = 0; i < padded.length(); i++) {
			send(s, padded.substring(i, i + 1));
			Thread.sleep(15);
		}
		assertEquals(200, status(s), "about 2 s of body, a byte every 15 ms, with an idle time-out of 1 s");
	}

	@Test
	void oneClientHoldingEveryThreadDoesNotStarveAnother() throws Exception {
		start(new SandboxConfig());
		InetAddress other = secondLoopbackAddress();
		for (int i = 0; i < SandboxConfig.DEFAULT_THREADS; i++) stalledUpload(InetAddress.getLoopbackAddress());

		assertEquals(200, login(connect(other)));
	}

	@Test
	void aClientBeyondItsBoundWaitsForItsOwnRequestsWhileAnotherIsServed() throws Exception {
		start(new SandboxConfig().threads(4).threadsPerClient(2));
		InetAddress other = secondLoopbackAddress();
		Socket first = stalledUpload(InetAddress.getLoopbackAddress());
		stalledUpload(InetAddress.getLoopbackAddress());
		awaitHandling(2);
		Socket third = connect(InetAddress.getLoopbackAddress());
		send(third, loginRequest(LOGIN.length(), "close") + LOGIN);

		assertEquals(200, login(connect(other)));
		third.setSoTimeout(500);
		assertThrows(SocketTimeoutException.class, () -> third.getInputStream().read(),
			"a third request of a client bound to two at a time must wait");
		first.close();
		assertEquals(200, status(third));
	}

	@Test
	void aMethodWithAnEscapeSequenceCannotDriveTheOperatorsTerminal() throws Exception {
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		start(new SandboxConfig().log(new java.io.PrintStream(log, true, StandardCharsets.UTF_8)));
		Socket s = connect(InetAddress.getLoopbackAddress());
		send(s, "GET\u001b[2J\u009b31m " + path("/auth/profile") + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
		status(s);

		String logged = log.toString(StandardCharsets.UTF_8);
		assertTrue(logged.contains("[2J"), "the request is logged: " + logged);
		assertTrue(logged.chars().noneMatch(c -> c == 0x1b || c == 0x9b), "no raw control character: " + logged);
	}

	@Test
	void boundsAreChecked() {
		SandboxConfig config = new SandboxConfig();
		assertThrows(IllegalArgumentException.class, () -> config.headerTimeout(Duration.ZERO));
		assertThrows(IllegalArgumentException.class, () -> config.idleTimeout(Duration.ofSeconds(-1)));
		assertThrows(IllegalArgumentException.class, () -> config.threadsPerClient(0));
		assertThrows(IllegalArgumentException.class, () -> config.maxOpenRequests(0));
		config.threads(2).threadsPerClient(5);
		assertEquals(2, config.threadsPerClient(), "a client never gets more threads than there are");
	}

	/** Waits (boundedly) until the server handles {@code n} requests, so that what comes next arrives after them. */
	private void awaitHandling(int n) throws InterruptedException {
		for (int i = 0; i < PATIENCE_MS / 10 && server.handling() < n; i++) Thread.sleep(10);
		assertEquals(n, server.handling(), "requests in the handler");
	}

	// ---- raw HTTP

	private Socket connect(InetAddress from) throws IOException {
		Socket s = new Socket();
		sockets.add(s);
		s.bind(new InetSocketAddress(from, 0));
		s.connect(server.address(), PATIENCE_MS);
		s.setSoTimeout(PATIENCE_MS);
		return s;
	}

	/** A connection that sent the request line and one header, and then nothing. */
	private Socket partialHead(InetAddress from) throws IOException {
		Socket s = connect(from);
		send(s, "GET " + path("/auth/profile") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
		return s;
	}

	/** A login whose head is complete but whose body stops after a few bytes: it holds a thread. */
	private Socket stalledUpload(InetAddress from) throws IOException {
		Socket s = connect(from);
		send(s, loginRequest(100_000, "keep-alive") + "{\"login\":");
		return s;
	}

	private int login(Socket s) throws IOException {
		send(s, loginRequest(LOGIN.length(), "close") + LOGIN);
		return status(s);
	}

	private String loginRequest(int contentLength, String connection) {
		return "POST " + path("/auth/login") + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
			"Content-Length: " + contentLength + "\r\nConnection: " + connection + "\r\n\r\n";
	}

	private String path(String endpoint) {
		return SandboxConfig.DEFAULT_BASE_PATH + endpoint;
	}

	private static void send(Socket s, String text) throws IOException {
		s.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
		s.getOutputStream().flush();
	}

	/** The status code of the answer's status line. */
	private static int status(Socket s) throws IOException {
		InputStream in = s.getInputStream();
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) >= 0 && c != '\n') line.write(c);
		String status = line.toString(StandardCharsets.ISO_8859_1);
		assertTrue(status.startsWith("HTTP/1.1 "), "no status line: '" + status + "'");
		return Integer.parseInt(status.substring(9, 12));
	}

	private static void assertClosedByServer(Socket s) throws IOException {
		try {
			assertEquals(-1, s.getInputStream().read(), "the server should close the connection, not answer");
		}
		catch (SocketException e) {
			// reset: closed too
		}
	}

	/** Another address of this host's loopback interface, so that the server sees a second client. */
	private static InetAddress secondLoopbackAddress() throws IOException {
		InetAddress other = InetAddress.getByName("127.0.0.2");
		try (Socket probe = new Socket()) {
			probe.bind(new InetSocketAddress(other, 0));
		}
		catch (IOException e) {
			assumeTrue(false, "127.0.0.2 is not usable here: " + e.getMessage());
		}
		return other;
	}
}
