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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's FTP endpoint, driven by Apache Commons Net in passive binary mode as BioStudies' own FTP client
 * does: files sent into {@code /<secret>} are what the API's user-folder listing shows, and an upload cut off by
 * the server resumes (REST) from the size on the server.
 */
class FtpEndpointTest {

	@TempDir
	Path data;

	SandboxServer server;
	TestApi api;
	String secret;
	FTPClient ftp = new FTPClient();

	@BeforeEach
	void start() throws Exception {
		server = SandboxServer.start(new SandboxConfig().dataDir(data).processingDelay(Duration.ZERO).ftpPort(0));
		api = new TestApi(server);
		JsonNode profile = TestApi.json(api.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD));
		api.token = profile.get("sessid").asText();
		assertEquals("ftp", profile.get("uploadType").asText());
		secret = profile.get("secret").asText();
		connect();
	}

	/** Logs in over a new control connection and goes to the user's upload folder. */
	private void connect() throws Exception {
		ftp = new FTPClient();
		ftp.setDefaultTimeout(10_000);
		ftp.connect("127.0.0.1", server.ftpPort());
		assertTrue(ftp.login(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD), ftp.getReplyString());
		ftp.enterLocalPassiveMode();
		assertTrue(ftp.setFileType(FTP.BINARY_FILE_TYPE));
		assertTrue(ftp.changeWorkingDirectory("/" + secret), ftp.getReplyString());
	}

	@AfterEach
	void stop() throws IOException {
		if (ftp.isConnected()) ftp.disconnect();
		server.stop();
	}

	private static byte[] bytes(int n) {
		byte[] b = new byte[n];
		new Random(n).nextBytes(b);
		return b;
	}

	@Test
	void filesSentByFtpAreInTheUserFolderListing() throws Exception {
		byte[] content = bytes(70_000);
		assertTrue(ftp.makeDirectory("images"), ftp.getReplyString());
		assertTrue(ftp.storeFile("images/a.tif", new ByteArrayInputStream(content)), ftp.getReplyString());

		JsonNode listing = TestApi.json(api.get("/files/user/images"));
		assertEquals(1, listing.size(), listing.toString());
		assertEquals("a.tif", listing.get(0).get("name").asText());
		assertEquals("user/images", listing.get(0).get("path").asText());
		assertEquals(content.length, listing.get(0).get("size").asLong());
		assertEquals("FILE", listing.get(0).get("type").asText());
		assertArrayEquals(content, Files.readAllBytes(server.userFolder(SandboxConfig.DEMO_EMAIL)
			.resolve("images/a.tif")));
	}

	@Test
	void aDroppedUploadResumesFromTheSizeOnTheServer() throws Exception {
		byte[] content = bytes(300_000);
		server.faults().resetFtpUploadAfter(100_000);
		try {
			assertFalse(ftp.storeFile("big.tif", new ByteArrayInputStream(content)));
			assertTrue(FTPReply.isNegativeTransient(ftp.getReplyCode()) ||
				FTPReply.isNegativePermanent(ftp.getReplyCode()), ftp.getReplyString());
		}
		catch (IOException brokenPipe) {
			// the reset can meet the client while it still writes (a broken pipe) as well as after (a refusing
			// reply), as on a real network: either way the upload was dropped, and a client logs in again to resume
			ftp.disconnect();
			connect();
		}
		assertEquals(1, server.faults().resetsInjected());

		long onServer = Long.parseLong(ftp.getSize("big.tif"));
		assertEquals(100_000, onServer);
		ftp.setRestartOffset(onServer);
		Counting rest = new Counting(new ByteArrayInputStream(content, (int) onServer, content.length));
		assertTrue(ftp.storeFile("big.tif", rest), ftp.getReplyString());
		assertEquals(content.length - onServer, rest.count);
		assertArrayEquals(content, Files.readAllBytes(server.userFolder(SandboxConfig.DEMO_EMAIL)
			.resolve("big.tif")));
		assertEquals(content.length, TestApi.json(api.get("/files/user")).get(0).get("size").asLong());
	}

	@Test
	void onlySandboxUsersLogIn() throws Exception {
		FTPClient other = new FTPClient();
		other.setDefaultTimeout(10_000);
		other.connect("127.0.0.1", server.ftpPort());
		try {
			assertFalse(other.login(SandboxConfig.DEMO_EMAIL, "wrong"));
			assertFalse(other.login("anonymous", "guest@example.org"));
		}
		finally {
			other.disconnect();
		}
	}

	private static final class Counting extends FilterInputStream {
		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) count++;
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) count += n;
			return n;
		}
	}
}
