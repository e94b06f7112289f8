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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.biadeposit.ProgressListener;
import org.biadeposit.sandbox.ReceivedRequest;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a whole deposit by the Aspera route, against the sandbox, with the stand-in for IBM's {@code ascp}
 * ({@link AscpStandIn}) copying into the user folder: through {@link SubmissionRun}, and through {@code bia submit
 * --via aspera} in another JVM whose PATH starts with the stand-in's folder.
 */
class AsperaSubmissionTest {

	private static final String USER = SandboxConfig.DEMO_EMAIL;
	private static final String PASSWORD = SandboxConfig.DEMO_PASSWORD;
	private static final String ASPERA_PASSWORD = "the aspera password";

	@TempDir
	Path tmp;

	private SandboxServer sandbox;
	private PackageFolder pkg;
	private AscpStandIn ascp;

	@BeforeEach
	void start() throws IOException {
		assumeTrue(AscpStandIn.canRun(), "the ascp stand-in is a POSIX shell script");
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).processingDelay(
			Duration.ofMillis(50)).log(null));
		pkg = PackageFolder.write(tmp);
		String secret;
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).build()) {
			secret = client.login(USER, PASSWORD.toCharArray()).secret();
			client.logout();
		}
		ascp = AscpStandIn.write(tmp.resolve("ascp"), sandbox.userFolder(USER), secret, AsperaUploadAreaTest.USER,
			ASPERA_PASSWORD);
	}

	@AfterEach
	void stop() {
		if (sandbox != null) sandbox.close();
	}

	/** The remote paths ascp was given, without the account and secret folder. */
	private Set<String> sentByAscp() throws IOException {
		return ascp.calls().stream().map(c -> c.args().get(c.args().size() - 1).replaceAll("^[^:]*:[^/]*/[^/]*/", ""))
			.collect(Collectors.toSet());
	}

	private void assertAllArrivedIdentical() throws IOException {
		for (Map.Entry<String, Path> f : pkg.files.entrySet()) {
			Path remote = sandbox.userFolder(USER).resolve(f.getKey());
			assertTrue(Files.isRegularFile(remote), f.getKey() + " arrived");
			assertEquals(-1L, Files.mismatch(f.getValue(), remote), f.getKey() + " arrived byte for byte");
		}
	}

	@Test
	void viaAsperaEveryFileGoesByAscpAndTheStudyIsAccepted() throws IOException {
		ascp.cutNextAfter(500); // the first file is cut off: the run stops, the next one resumes it with -k 1
		List<String> said = new ArrayList<>();
		ProgressListener listener = new ProgressListener() {

			@Override
			public void progress(org.biadeposit.Progress p) {}

			@Override
			public void message(String text) {
				said.add(text);
			}
		};
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).build()) {
			IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> run(client,
				listener));
			assertTrue(e.getMessage().contains("by Aspera to fasp.ebi.ac.uk:33001 failed: ascp ended with status 1"),
				e.getMessage());
			Receipt r = run(client, listener);
			assertTrue(r.processed(), r.status().name());
		}
		assertEquals(1, ascp.cutsMade());
		assertTrue(said.stream().anyMatch(m -> m.startsWith("sending by Aspera (--via aspera) with " + ascp.bin
			.resolve("ascp"))), said.toString());
		assertTrue(said.stream().anyMatch(m -> m.endsWith(": 500 bytes are already on the server; ascp -k 1 resumes " +
			"after them when they are from this file")), said.toString());
		assertEquals(pkg.files.keySet(), sentByAscp());
		assertEquals(0, sandbox.received().stream().filter(ReceivedRequest::isUpload).count(), "nothing by HTTP");
		assertAllArrivedIdentical();
	}

	private Receipt run(BioStudiesClient client, ProgressListener listener) throws IOException {
		AsperaLogin login = new AsperaLogin(AsperaUploadAreaTest.USER, ASPERA_PASSWORD.toCharArray()).searchPath(ascp
			.searchPath());
		return new SubmissionRun(client, pkg.out).parallel(1).pollInterval(Duration.ofMillis(50)).uploadRecords(tmp
			.resolve("records")).via(UploadRoute.ASPERA).aspera(login).listener(listener).run(USER, PASSWORD
				.toCharArray());
	}

	/** {@code bia submit --via aspera} finds ascp on its PATH, and the Aspera password reaches only ascp. */
	@Test
	void bySubmitViaAsperaTheStudyIsAccepted() throws Exception {
		Path passwordFile = Files.writeString(tmp.resolve("password"), PASSWORD + "\n");
		Path asperaPassword = Files.writeString(tmp.resolve("aspera-password"), ASPERA_PASSWORD + "\n");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
			"-Dbia.cache.dir=" + tmp.resolve("cache"), "-cp", classpath, "org.biadeposit.cli.Main", "submit", pkg.out
				.toString(), "--server", sandbox.baseUrl(), "--user", USER, "--password-file", passwordFile.toString(),
			"--via", "aspera", "--aspera-user", AsperaUploadAreaTest.USER, "--aspera-password-file", asperaPassword
				.toString(), "--aspera-rate", "50m", "--poll", "1").redirectErrorStream(true).redirectOutput(tmp
					.resolve("child.log").toFile());
		child.environment().put("PATH", ascp.searchPath());
		Process p = child.start();
		boolean ended = p.waitFor(90, TimeUnit.SECONDS);
		if (!ended) p.destroyForcibly();
		String log = Files.readString(tmp.resolve("child.log"));
		assertTrue(ended, "bia submit --via aspera ended: " + log);
		assertEquals(0, p.exitValue(), log);
		assertTrue(log.contains("by Aspera fasp.ebi.ac.uk:33001"), log);
		assertTrue(Receipt.read(pkg.out.resolve(Receipt.NAME)).processed());
		assertAllArrivedIdentical();
		assertEquals(pkg.files.keySet(), sentByAscp());
		for (AscpStandIn.Call c : ascp.calls()) {
			assertEquals(List.of("-k", "1", "-QT", "-l", "50M", "-P33001"), c.args().subList(0, 6));
			assertEquals(ASPERA_PASSWORD, c.password());
			assertFalse(c.args().stream().anyMatch(a -> a.contains(ASPERA_PASSWORD) || a.contains(PASSWORD)));
		}
		assertFalse(log.contains(ASPERA_PASSWORD), log);
		assertFalse(Files.readString(pkg.out.resolve(Receipt.NAME)).contains(ASPERA_PASSWORD));
	}
}
