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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import okhttp3.mockwebserver.MockResponse;

/**
 * Issue 8 item 12: HTTP 429 (too many requests) is retried after the server's {@code Retry-After} (seconds or an
 * HTTP date), up to a cap; beyond it the client gives up and says when to try again. A 429 means the server did not
 * process the request, so even a submission is sent again.
 */
class TooManyRequestsTest extends MockServerTest {

	@Test
	void retriedAfterTheSecondsAsked() throws Exception {
		server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
		server.enqueue(new MockResponse().setBody("\"PROCESSED\""));
		assertEquals(SubmissionStatus.PROCESSED, client.status("S-BIAD1", 1));
		assertEquals(2, server.getRequestCount());
	}

	@Test
	void retriedAfterTheDateAsked() throws Exception {
		String soon = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1));
		server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", soon));
		server.enqueue(new MockResponse().setBody("[]"));
		client.list("");
		assertEquals(2, server.getRequestCount());
	}

	@Test
	void aSubmissionRefusedWith429IsSentAgain() throws Exception {
		server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
		server.enqueue(new MockResponse().setBody("{\"accNo\":\"S-BIAD9\",\"version\":1}"));
		assertEquals(new SubmissionRequest("S-BIAD9", 1), client.submitAsync("{}"));
		assertEquals(2, server.getRequestCount());
	}

	@Test
	void aWaitBeyondTheCapIsNotWaitedButExplained() {
		server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));
		server.enqueue(new MockResponse().setBody("\"PROCESSED\""));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.status("S-BIAD1", 1));
		assertEquals(1, server.getRequestCount());
		assertEquals(429, e.status());
		assertEquals("asking for the status of S-BIAD1 version 1: the server is busy and asks to wait 60 min: " +
			"try again after that (HTTP 429)", e.getMessage());
	}

	@Test
	void withoutRetryAfterTheBackoffIsUsed() throws Exception {
		server.enqueue(new MockResponse().setResponseCode(429));
		server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "soon"));
		server.enqueue(new MockResponse().setBody("\"PROCESSED\""));
		assertEquals(SubmissionStatus.PROCESSED, client.status("S-BIAD1", 1));
		assertEquals(3, server.getRequestCount());
	}

	@Test
	void retryAfterIsReadAsSecondsOrAnHttpDate() {
		ZonedDateTime now = ZonedDateTime.of(2026, 12, 1, 19, 0, 0, 0, ZoneOffset.UTC);
		assertEquals(java.time.Duration.ofSeconds(120), RetryAfter.parse("120", now.toInstant()));
		assertEquals(java.time.Duration.ofSeconds(90),
			RetryAfter.parse("Tue, 01 Dec 2026 19:01:30 GMT", now.toInstant()));
		assertEquals(java.time.Duration.ZERO, RetryAfter.parse("Tue, 01 Dec 2026 18:00:00 GMT", now.toInstant()));
		assertEquals(null, RetryAfter.parse("soon", now.toInstant()));
		assertEquals(null, RetryAfter.parse("-5", now.toInstant()));
		assertTrue(RetryAfter.LONGEST.compareTo(java.time.Duration.ofMinutes(5)) <= 0);
	}
}
