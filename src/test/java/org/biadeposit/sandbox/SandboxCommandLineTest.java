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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bia sandbox} options, defaults from system properties, and the banner. */
class SandboxCommandLineTest {

	@TempDir
	Path data;

	@Test
	void optionsMakeTheConfig() throws Exception {
		SandboxConfig config = SandboxCommandLine.parse(List.of("--port", "0", "--data", data.toString(),
			"--user", "lab@example.org:pa:ss", "--processing-delay", "0", "--fail-request", "2:502", "--quiet",
			"--base-path=/api"), new Properties());
		assertEquals(0, config.port());
		assertEquals(data, config.dataDir());
		assertEquals("/api", config.basePath());
		assertEquals(Duration.ZERO, config.processingDelay());
		assertEquals("pa:ss", config.users().get(0).password());
		try (SandboxServer server = SandboxServer.start(config)) {
			assertTrue(server.baseUrl().endsWith("/api"));
			TestApi api = new TestApi(server);
			assertEquals(200, api.login("lab@example.org", "pa:ss").statusCode());
			assertEquals(502, api.login("lab@example.org", "pa:ss").statusCode());
			String banner = SandboxCommandLine.banner(server);
			assertTrue(banner.contains(server.baseUrl()), banner);
			assertTrue(banner.contains(SandboxConfig.DEMO_EMAIL + "  password: " + SandboxConfig.DEMO_PASSWORD),
				banner);
			assertTrue(banner.contains("lab@example.org"), banner);
			assertFalse(banner.contains("pa:ss"), "a given password is never printed: " + banner);
		}
	}

	@Test
	void optionsBoundSlowAndGreedyClients() {
		SandboxConfig config = SandboxCommandLine.parse(List.of("--threads", "6", "--threads-per-client=2",
			"--header-timeout", "2500", "--idle-timeout", "30000"), new Properties());
		assertEquals(6, config.threads());
		assertEquals(2, config.threadsPerClient());
		assertEquals(Duration.ofMillis(2500), config.headerTimeout());
		assertEquals(Duration.ofSeconds(30), config.idleTimeout());
		assertEquals(3, SandboxCommandLine.parse(List.of("--threads", "6"), new Properties()).threadsPerClient());
		assertTrue(SandboxCommandLine.usage().contains("--header-timeout"));
	}

	@Test
	void systemPropertiesGiveDefaults() throws Exception {
		Properties p = new Properties();
		p.setProperty("bia.sandbox.port", "1");
		p.setProperty("bia.sandbox.data", data.toString());
		p.setProperty("bia.sandbox.failRequest", "1, 2:500");
		p.setProperty("bia.sandbox.resetUploadAfter", "3000000000");
		SandboxConfig config = SandboxCommandLine.parse(List.of("--port", "0", "--quiet"), p);
		assertEquals(0, config.port());
		try (SandboxServer server = SandboxServer.start(config)) {
			TestApi api = new TestApi(server);
			assertEquals(503, api.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD).statusCode());
			assertEquals(500, api.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD).statusCode());
			assertEquals(200, api.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD).statusCode());
			assertTrue(server.faults().pending(), "the upload reset waits for an upload");
		}
	}

	@Test
	void badOptionsAreExplained() {
		Properties none = new Properties();
		assertEquals("--port takes a number, not 'x'", assertThrows(IllegalArgumentException.class,
			() -> SandboxCommandLine.parse(List.of("--port", "x"), none)).getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> SandboxCommandLine.parse(List.of("--bogus"),
			none)).getMessage().contains("--bogus"));
		assertThrows(IllegalArgumentException.class, () -> SandboxCommandLine.parse(List.of("--user", "nocolon"),
			none));
		assertThrows(IllegalArgumentException.class, () -> SandboxCommandLine.parse(List.of("--data"), none));
		assertTrue(SandboxCommandLine.usage().contains("--reset-upload-after"));
	}

	/** {@code --ftp-port 0} starts the FTP endpoint on a free port, which the banner prints. */
	@Test
	void theFtpPortOptionStartsTheFtpEndpoint() throws Exception {
		SandboxConfig config = SandboxCommandLine.parse(List.of("--port", "0", "--ftp-port", "0", "--data",
			data.toString(), "--quiet", "--reset-ftp-upload-after=10"), new Properties());
		assertEquals(0, config.ftpPort());
		assertEquals(-1, SandboxCommandLine.parse(List.of(), new Properties()).ftpPort());
		try (SandboxServer server = SandboxServer.start(config)) {
			assertTrue(server.ftpPort() > 0);
			assertTrue(server.faults().pending());
			assertTrue(SandboxCommandLine.banner(server).contains("FTP: ftp://127.0.0.1:" + server.ftpPort() + "/"),
				SandboxCommandLine.banner(server));
			try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.ftpPort())) {
				String greeting = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
					java.nio.charset.StandardCharsets.US_ASCII)).readLine();
				assertTrue(greeting.startsWith("220"), greeting);
			}
		}
		Properties p = new Properties();
		p.setProperty("bia.sandbox.ftpPort", "2121");
		assertEquals(2121, SandboxCommandLine.parse(List.of(), p).ftpPort());
		assertTrue(SandboxCommandLine.usage().contains("--ftp-port"));
	}
}
