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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * Issue 8 item 12: a server that accepts connections and then never answers is given up on within a bound (a read
 * time-out per attempt, a bounded number of attempts, a bound on the whole call), with a message that says the
 * server did not answer and what to do; while the client waits, the depositor is told so.
 */
class SilentServerTest {

	@TempDir
	Path tmp;
	MockWebServer server;

	@BeforeEach
	void start() throws IOException {
		server = Http.server();
	}

	@AfterEach
	void stop() throws IOException {
		server.shutdown();
	}

	private static ProgressListener messagesTo(List<String> messages) {
		return new ProgressListener() {

			@Override
			public void progress(Progress p) {}

			@Override
			public void message(String text) {
				messages.add(text);
			}
		};
	}

	private void silent(int answers) {
		for (int i = 0; i < answers; i++) server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
	}

	@Test
	void eachAttemptTimesOutAndTheAttemptsAreBounded() throws Exception {
		silent(10);
		try (BioStudiesClient client = BioStudiesClient.builder(Http.api(server)).retry(Http.FAST)
			.readTimeout(Duration.ofMillis(250)).build())
		{
			BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.status("S-BIAD1", 1));
			assertEquals(Http.FAST.attempts(), server.getRequestCount());
			assertEquals("asking for the status of S-BIAD1 version 1: the server at " + Http.api(server).url() +
				" did not answer within 250 ms (tried " + Http.FAST.attempts() + " times); it may be down or " +
				"overloaded: try again later", e.getMessage());
		}
	}

	@Test
	void theWholeCallIsBoundedRetriesIncluded() throws Exception {
		silent(10);
		RetryPolicy patient = new RetryPolicy(10, Duration.ofMillis(5), Duration.ofMillis(20));
		try (BioStudiesClient client = BioStudiesClient.builder(Http.api(server)).retry(patient)
			.readTimeout(Duration.ofMillis(400)).callTimeout(Duration.ofMillis(900)).build())
		{
			BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.createFolder("", "assayA"));
			assertTrue(server.getRequestCount() < patient.attempts(), "gave up before all the attempts");
			assertTrue(e.getMessage().startsWith("creating the folder assayA: the server at " +
				Http.api(server).url() + " did not answer within 900 ms"), e.getMessage());
			assertTrue(e.getMessage().endsWith("it may be down or overloaded: try again later"), e.getMessage());
		}
	}

	@Test
	void theDepositorIsToldWhileTheClientWaits() throws Exception {
		silent(1);
		List<String> messages = new CopyOnWriteArrayList<>();
		try (BioStudiesClient client = BioStudiesClient.builder(Http.api(server)).retry(RetryPolicy.NONE)
			.readTimeout(Duration.ofMillis(1500)).waitingNotice(Duration.ofMillis(100)).build())
		{
			client.listener(messagesTo(messages));
			assertThrows(BioStudiesException.class, () -> client.errors("S-BIAD1", 1));
		}
		assertFalse(messages.isEmpty(), "a message while waiting");
		assertTrue(messages.get(0).startsWith("asking why S-BIAD1 version 1 was rejected: waiting for the server's " +
			"answer ("), messages.get(0));
	}

	@Test
	void anUploadsWaitForTheAnswerIsReportedToItsListener() throws Exception {
		silent(1);
		List<String> messages = new CopyOnWriteArrayList<>();
		Path file = Files.writeString(tmp.resolve("a.txt"), "hello");
		try (BioStudiesClient client = BioStudiesClient.builder(Http.api(server)).retry(RetryPolicy.NONE)
			.readTimeout(Duration.ofMillis(1500)).waitingNotice(Duration.ofMillis(100)).build())
		{
			BioStudiesException e = assertThrows(BioStudiesException.class,
				() -> client.upload(file, "d/a.txt", messagesTo(messages)));
			assertTrue(e.getMessage().startsWith("uploading d/a.txt: the server at"), e.getMessage());
		}
		assertFalse(messages.isEmpty(), "a message while waiting");
		assertTrue(messages.get(0).startsWith("uploading d/a.txt: waiting for the server's answer ("), messages.get(0));
	}

	@Test
	void anUploadWaitsLongerForItsAnswerTheLargerTheFileButBounded() {
		Timeouts t = Timeouts.DEFAULT;
		assertEquals(t.read(), t.uploadAnswer(0));
		assertTrue(t.uploadAnswer(5_000_000_000L).compareTo(t.uploadAnswer(50_000_000L)) > 0);
		assertEquals(t.uploadAnswerCap(), t.uploadAnswer(Long.MAX_VALUE));
		assertTrue(t.call().compareTo(Duration.ofMinutes(2)) <= 0, "a small call is given up within 2 minutes");
	}
}
