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

import java.util.List;

import org.junit.jupiter.api.Test;

import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

/**
 * Issue 8 item 12: every answer is read with a size limit (a 1 GB login answer once used 3.5 GB of memory). A few
 * MiB stand in for the gigabyte: over the limit, the client stops reading and says so.
 */
class AnswerLimitTest extends MockServerTest {

	/** A JSON login answer of about {@code mib} MiB whose session token comes last. */
	private static Buffer hugeProfile(int mib) {
		Buffer b = new Buffer().writeUtf8("{\"padding\":\"");
		byte[] line = "x".repeat(1024).getBytes();
		for (int i = 0; i < mib * 1024; i++) b.write(line);
		return b.writeUtf8("\",\"sessid\":\"" + BioStudiesClientTest.TOKEN + "\"}");
	}

	@Test
	void aHugeLoginAnswerWithItsLengthIsRefusedBeforeReading() {
		server.enqueue(new MockResponse().setBody(hugeProfile(3)));
		BioStudiesException e = assertThrows(BioStudiesException.class,
			() -> client.login("ann@example.org", "pw-limit-secret".toCharArray()));
		assertEquals("logging in as ann@example.org: the server's answer is larger than 1 MiB; refusing to read it",
			e.getMessage());
		assertFalse(client.isLoggedIn());
		assertEquals(1, server.getRequestCount(), "not retried");
	}

	@Test
	void aHugeStreamedAnswerIsCutOffAtTheLimit() {
		server.enqueue(new MockResponse().setChunkedBody(hugeProfile(3), 64 * 1024));
		BioStudiesException e = assertThrows(BioStudiesException.class,
			() -> client.login("ann@example.org", "pw-limit-secret".toCharArray()));
		assertEquals("logging in as ann@example.org: the server's answer is larger than 1 MiB; refusing to read it",
			e.getMessage());
		assertFalse(client.isLoggedIn());
	}

	@Test
	void aHugeErrorAnswerStillGivesTheStatus() {
		server.enqueue(new MockResponse().setResponseCode(400).setChunkedBody(hugeProfile(2), 64 * 1024));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.status("S-BIAD1", 1));
		assertEquals(400, e.status());
		assertTrue(e.getMessage().startsWith("asking for the status of S-BIAD1 version 1: the server refused it " +
			"(HTTP 400)"), e.getMessage());
		assertTrue(e.getMessage().length() < 2000, "the explanation is cut short");
	}

	@Test
	void aLongListingIsReadWithTheLargerLimit() throws Exception {
		StringBuilder s = new StringBuilder("[");
		int n = 20_000; // about 1.6 MB, over the limit of a small answer
		for (int i = 0; i < n; i++) {
			s.append(i > 0 ? "," : "").append("{\"name\":\"image-").append(String.format("%06d", i))
				.append(".tif\",\"path\":\"user/assayA\",\"size\":123456,\"type\":\"FILE\"}");
		}
		server.enqueue(new MockResponse().setChunkedBody(s.append("]").toString(), 64 * 1024));
		List<UserFile> files = client.list("assayA");
		assertEquals(n, files.size());
		assertEquals(new UserFile("assayA/image-019999.tif", 123456, false), files.get(n - 1));
	}
}
