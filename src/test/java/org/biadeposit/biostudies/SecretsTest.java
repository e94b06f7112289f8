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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.biadeposit.cli.ProgressBar;
import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * The session token and the password appear in nothing the deposit leaves behind or shows: standard output and error,
 * java.util.logging at every level (OkHttp's and MockWebServer's loggers included), the progress bar and messages,
 * exception messages and stack traces, the receipt, the journal and every other file written.
 */
class SecretsTest {

	static final String WRONG_PASSWORD = "wrong horse battery staple";

	@TempDir
	Path tmp;

	private final StringBuilder captured = new StringBuilder();

	@Test
	void theTokenAndThePasswordAppearNowhere() throws Exception {
		PrintStream stdout = System.out, stderr = System.err;
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
		Logger root = Logger.getLogger("");
		Level rootLevel = root.getLevel();
		List<Logger> loud = List.of(Logger.getLogger("okhttp3"), Logger.getLogger("okhttp3.mockwebserver"),
			Logger.getLogger("okhttp3.OkHttpClient"), Logger.getLogger("okhttp3.internal.http2.Http2"));
		List<LogRecord> records = new ArrayList<>();
		Handler handler = new Handler() {

			@Override
			public synchronized void publish(LogRecord r) {
				records.add(r);
			}

			@Override
			public void flush() {}

			@Override
			public void close() {}
		};
		handler.setLevel(Level.ALL);
		root.addHandler(handler);
		root.setLevel(Level.ALL);
		loud.forEach(l -> l.setLevel(Level.ALL));
		System.setOut(capture);
		System.setErr(capture);
		MockWebServer server = Http.server();
		FakeBioStudies fake = new FakeBioStudies();
		server.setDispatcher(fake);
		try {
			scenarios(server, fake, capture);
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
			root.removeHandler(handler);
			root.setLevel(rootLevel);
			loud.forEach(l -> l.setLevel(null));
			server.shutdown();
		}

		captured.append(console.toString(StandardCharsets.UTF_8));
		for (LogRecord r : records) {
			captured.append(r.getLoggerName()).append(' ').append(r.getMessage()).append(' ');
			if (r.getParameters() != null) for (Object p : r.getParameters()) captured.append(p).append(' ');
			if (r.getThrown() != null) captured.append(trace(r.getThrown()));
			captured.append('\n');
		}
		try (Stream<Path> files = Files.walk(tmp)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(f) && Files.size(f) < 1_000_000) {
					String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
					captured.append(f).append(":\n").append(text);
				}
			}
		}

		String all = captured.toString();
		assertTrue(all.contains("deposited: S-BIAD101"), "the capture saw the deposit");
		assertTrue(all.contains("\"accession\" : \"S-BIAD101\""), "the capture saw the receipt");
		assertTrue(all.contains("received request: POST /api/auth/login"), "the capture saw the server's log");
		assertTrue(all.contains(Redaction.TOKEN), "an echoed token was replaced, so the capture did see it");
		assertTrue(all.contains("waiting for the server's answer"), "the capture saw the waiting messages");
		assertTrue(all.contains("which is another origin"), "the capture saw the refused redirects");
		assertTrue(fake.logins.get() >= 2, "the token was really in use");
		assertFalse(all.contains(FakeBioStudies.TOKEN), "the session token leaked");
		assertFalse(all.contains(FakeBioStudies.PASSWORD), "the password leaked");
		assertFalse(all.contains(WRONG_PASSWORD), "the wrong password leaked");
	}

	private void scenarios(MockWebServer server, FakeBioStudies fake, PrintStream console) throws Exception {
		PackageFolder pkg = PackageFolder.write(tmp.resolve("one"));
		Path records = tmp.resolve("cache");
		ProgressBar bar = new ProgressBar(console, true), lines = new ProgressBar(console, false, Duration.ZERO);
		ProgressListener both = new ProgressListener() {

			@Override
			public void progress(Progress p) {
				bar.progress(p);
				lines.progress(p);
			}

			@Override
			public void message(String text) {
				bar.message(text);
			}
		};
		try (BioStudiesClient client = Http.client(server)) {
			// A whole deposit.
			Receipt receipt = new SubmissionRun(client, pkg.out).uploadRecords(records)
				.pollInterval(Duration.ofMillis(1)).listener(both)
				.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
			captured.append(receipt).append('\n').append(client).append('\n');

			// The wrong password.
			expectFailure(() -> new SubmissionRun(client, pkg.out).uploadRecords(records)
				.pollInterval(Duration.ofMillis(1)).listener(both).run(
				FakeBioStudies.USER,
				WRONG_PASSWORD.toCharArray()));

			// A server that echoes the token in an error, and in the reasons for INVALID.
			fake.uploadFailures.put("cells/control/a.tif", FakeBioStudies.tree(400, "Could not find an active " +
				"session for the provided security token " + FakeBioStudies.TOKEN));
			PackageFolder two = PackageFolder.write(tmp.resolve("two"));
			fake.files.clear();
			BioStudiesException e = expectFailure(() -> new SubmissionRun(client, two.out).uploadRecords(records)
				.pollInterval(Duration.ofMillis(1))
				.listener(both)
				.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray()));
			assertTrue(e.getMessage().contains("security token " + Redaction.TOKEN), e.getMessage());
			fake.statuses.clear();
			fake.statuses.add("INVALID");
			fake.errors.add("session " + FakeBioStudies.TOKEN + " may not submit");
			expectFailure(() -> new SubmissionRun(client, two.out).uploadRecords(records)
				.pollInterval(Duration.ofMillis(1)).listener(both)
				.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray()));

			try (var files = Files.list(records)) { // the upload record, kept in the user's cache folder
				for (Path f : (Iterable<Path>) files::iterator) captured.append(Files.readString(f)).append('\n');
			}

			// The connection drops in the middle of a session, again and again.
			UserProfile profile = client.login(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
			captured.append(profile).append('\n').append(client).append('\n');
			fake.everything = new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
			e = expectFailure(() -> client.list("cells"));
			assertTrue(e.getMessage().contains("could not reach"), e.getMessage());
			fake.everything = null;
		}

		hostileTransport(both);

		// A login refused by a server that echoes the password.
		MockWebServer echo = Http.server();
		echo.enqueue(new MockResponse().setResponseCode(400).setBody("{\"message\":\"cannot parse " +
			"{\\\"password\\\": \\\"" + FakeBioStudies.PASSWORD + "\\\"}\"}"));
		try (BioStudiesClient client = Http.client(echo)) {
			expectFailure(() -> client.login("ann", FakeBioStudies.PASSWORD.toCharArray()));
		}
		finally {
			echo.shutdown();
		}
	}

	/**
	 * Issue 8 items 2 and 12: redirects to another origin (login and authenticated), a silent server (with waiting
	 * messages), a huge answer that echoes the token, a 429 whose wait is too long.
	 */
	private void hostileTransport(ProgressListener both) throws Exception {
		MockWebServer hostile = Http.server(), other = Http.server();
		String echo = "{\"message\":\"too many requests for session " + FakeBioStudies.TOKEN + "\"}";
		try (BioStudiesClient client = BioStudiesClient.builder(Http.api(hostile)).retry(Http.FAST)
			.readTimeout(Duration.ofMillis(300)).waitingNotice(Duration.ofMillis(50)).build())
		{
			client.listener(both);
			hostile.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", other.url("/login")));
			expectFailure(() -> client.login(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray()));
			hostile.enqueue(new MockResponse().setBody("{\"sessid\":\"" + FakeBioStudies.TOKEN + "\"}"));
			client.login(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
			hostile.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", other.url("/files")));
			expectFailure(() -> client.list(""));
			hostile.enqueue(new MockResponse().setResponseCode(308).setHeader("Location", other.url("/submit")));
			expectFailure(() -> client.submitAsync("{}"));
			for (int i = 0; i < Http.FAST.attempts(); i++) {
				hostile.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
			}
			expectFailure(() -> client.status("S-BIAD1", 1));
			hostile.enqueue(new MockResponse().setChunkedBody("[\"" + ("session " + FakeBioStudies.TOKEN + " ")
				.repeat(80_000) + "\"]", 8192));
			expectFailure(() -> client.errors("S-BIAD1", 1));
			hostile.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600").setBody(echo));
			expectFailure(() -> client.status("S-BIAD1", 1));
			assertEquals(0, other.getRequestCount(), "the other origin received nothing");
		}
		finally {
			hostile.shutdown();
			other.shutdown();
		}
	}

	private BioStudiesException expectFailure(Executable run) {
		BioStudiesException e = assertThrows(BioStudiesException.class, run);
		captured.append(e.getMessage()).append('\n').append(e).append('\n').append(trace(e));
		return e;
	}

	private static String trace(Throwable t) {
		StringWriter s = new StringWriter();
		t.printStackTrace(new PrintWriter(s));
		return s.toString();
	}

	/**
	 * Issue 10: on the FTP route, the FTP password and the user folder's secret name appear in no message, exception
	 * (message or trace), receipt, upload record or other file: a refused FTP login, a file cut off and resumed.
	 */
	@Test
	void theFtpPasswordAndTheSecretFolderAppearNowhere() throws Exception {
		String ftpPassword = "correct ftp horse";
		try (SandboxServer sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0)
			.ftpPort(0).processingDelay(Duration.ZERO).log(null)))
		{
			String secret;
			try (BioStudiesClient client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).build()) {
				secret = client.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD.toCharArray()).secret();
			}
			ProgressListener said = new ProgressListener() {

				@Override
				public void progress(Progress p) {
					captured.append(p).append('\n');
				}

				@Override
				public void message(String text) {
					captured.append(text).append('\n');
				}
			};
			PackageFolder pkg = PackageFolder.write(tmp.resolve("ftp"));
			Path records = tmp.resolve("ftp-cache");
			String ftpHost = "127.0.0.1:" + sandbox.ftpPort();
			expectFailure(() -> ftpRun(sandbox, pkg, records, said, new FtpLogin(ftpHost, SandboxConfig.DEMO_EMAIL,
				ftpPassword.toCharArray())));
			sandbox.faults().resetFtpUploadAfter(500);
			for (int run = 0; run < 2; run++) {
				try {
					captured.append(ftpRun(sandbox, pkg, records, said, new FtpLogin(ftpHost, SandboxConfig
						.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD.toCharArray()))).append('\n');
				}
				catch (IOException e) {
					captured.append(e.getMessage()).append('\n').append(trace(e));
				}
			}
			assertEquals(1, sandbox.faults().resetsInjected(), "a file was cut off");
			try (Stream<Path> files = Files.walk(tmp)) {
				for (Path f : (Iterable<Path>) files::iterator) {
					if (Files.isRegularFile(f) && !f.startsWith(tmp.resolve("server"))) {
						captured.append(f).append(":\n").append(Files.readString(f, StandardCharsets.ISO_8859_1));
					}
				}
			}
			String all = captured.toString();
			assertTrue(all.contains("did not accept the FTP user name or password"), all);
			assertTrue(all.contains("resuming after the 500 bytes"), all);
			assertFalse(all.contains(ftpPassword), "the FTP password leaked");
			assertFalse(all.contains(SandboxConfig.DEMO_PASSWORD), "the password leaked");
			assertFalse(all.contains(secret), "the secret folder leaked");
		}
	}

	private static Receipt ftpRun(SandboxServer sandbox, PackageFolder pkg, Path records, ProgressListener said,
		FtpLogin ftp) throws IOException
	{
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).retry(Http.FAST)
			.build())
		{
			return new SubmissionRun(client, pkg.out).uploadRecords(records).pollInterval(Duration.ofMillis(1))
				.via(UploadRoute.FTP).ftp(ftp).listener(said).run(SandboxConfig.DEMO_EMAIL, SandboxConfig
					.DEMO_PASSWORD.toCharArray());
		}
	}

	@Test
	void redaction() throws IOException {
		assertEquals("a [session token] b", Redaction.token("a tok-1 b", "tok-1"));
		assertEquals("x [password] y [password]",
			Redaction.password("x hunter22 y hunter22", "hunter22".toCharArray()));
		assertEquals("short", Redaction.password("short", "sh".toCharArray()));
	}
}
