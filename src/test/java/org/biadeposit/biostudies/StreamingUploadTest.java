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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Uploads stream from disk: a 64 MB file goes up from a JVM limited to a 24 MB heap (so the check does not depend on
 * the heap of the JVM running the tests), with the checksums computed on the way equal to those of the file.
 */
class StreamingUploadTest {

	static final int MB = 1024 * 1024;

	@TempDir
	Path tmp;

	@Test
	void aFileLargerThanTheHeapIsStreamed() throws Exception {
		Path file = tmp.resolve("big.raw");
		MessageDigest md5 = MessageDigest.getInstance("MD5"), sha256 = MessageDigest.getInstance("SHA-256");
		byte[] block = new byte[MB];
		new Random(5).nextBytes(block);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int i = 0; i < 64; i++) {
				block[i] ^= (byte) i; // no two megabytes alike
				out.write(block);
				md5.update(block);
				sha256.update(block);
			}
		}
		MockWebServer server = Http.server();
		server.setBodyLimit(0); // this JVM need not keep the 64 MB either
		server.enqueue(new MockResponse());
		try {
			String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
			Path java = Path.of(System.getProperty("java.home"), "bin", "java");
			Process child = new ProcessBuilder(java.toString(), "-Xmx24m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
				UploadInSmallHeap.class.getName(), server.url("/api").toString(), file.toString(), "raw/big.raw")
				.redirectErrorStream(true).start();
			String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			assertTrue(child.waitFor(60, TimeUnit.SECONDS));
			assertEquals(0, child.exitValue(), output);
			List<String> words = List.of(output.substring(output.lastIndexOf('\n') + 1).split(" "));
			HexFormat hex = HexFormat.of();
			assertEquals(List.of(String.valueOf(64L * MB), hex.formatHex(md5.digest()), hex.formatHex(sha256.digest())),
				words.subList(0, 3));
			long heap = Long.parseLong(words.get(3));
			assertTrue(heap < 32L * MB, "the child's heap is small: " + heap);

			RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
			assertEquals("/api/files/user/raw", r.getPath());
			assertTrue(r.getBodySize() > 64L * MB, "the whole file arrived: " + r.getBodySize());
		}
		finally {
			server.shutdown();
		}
	}
}
