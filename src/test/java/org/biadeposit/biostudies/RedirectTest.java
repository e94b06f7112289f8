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
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Issue 8 item 2: a redirect never carries the password or the session token to another origin (another scheme,
 * host or port), and nothing is sent over plain http to a host that is not loopback, whatever the server answers.
 * Two real loopback servers: the API and "another origin" (another port).
 */
class RedirectTest extends MockServerTest {

	static final String PASSWORD = "pw-redirect-secret-7";

	MockWebServer other;

	@BeforeEach
	void startOther() throws IOException {
		other = Http.server();
	}

	@AfterEach
	void stopOther() throws IOException {
		other.shutdown();
	}

	private void loggedIn() throws Exception {
		server.enqueue(new MockResponse().setBody(BioStudiesClientTest.PROFILE));
		client.login("ann@example.org", PASSWORD.toCharArray());
		server.takeRequest(2, TimeUnit.SECONDS);
	}

	private static String origin(MockWebServer s) {
		String root = s.url("/").toString();
		return root.substring(0, root.length() - 1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void aLoginRedirectedToAnotherOriginSendsNothingThere(int status) throws Exception {
		other.enqueue(new MockResponse().setBody(BioStudiesClientTest.PROFILE));
		server.enqueue(new MockResponse().setResponseCode(status)
			.setHeader("Location", other.url("/steal/login?keep=query-part")));
		BioStudiesException e = assertThrows(BioStudiesException.class,
			() -> client.login("ann@example.org", PASSWORD.toCharArray()));
		assertEquals(0, other.getRequestCount(), "the other origin received nothing");
		assertEquals(1, server.getRequestCount(), "not retried");
		assertFalse(client.isLoggedIn(), "no token taken from another host");
		assertEquals("logging in as ann@example.org: the server answered with a redirect to " + origin(other) +
			", which is another origin; the password and the session token were not sent there", e.getMessage());
		assertFalse(e.toString().contains("query-part"), "the origin only, never the query");
		assertFalse(e.toString().contains(PASSWORD));
	}

	@Test
	void aLoginRedirectedWithinTheServerIsNotFollowedEither() throws Exception {
		server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "/api/auth/login2"));
		server.enqueue(new MockResponse().setBody(BioStudiesClientTest.PROFILE));
		BioStudiesException e = assertThrows(BioStudiesException.class,
			() -> client.login("ann@example.org", PASSWORD.toCharArray()));
		assertEquals(1, server.getRequestCount(), "the password is sent once, to the address asked for");
		assertTrue(e.getMessage().contains("the password was not sent again"), e.getMessage());
		assertFalse(client.isLoggedIn());
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 307, 308 })
	void anAuthenticatedCallRedirectedToAnotherOriginSendsNoToken(int status) throws Exception {
		loggedIn();
		other.enqueue(new MockResponse().setBody("[]"));
		server.enqueue(new MockResponse().setResponseCode(status).setHeader("Location", other.url("/elsewhere")));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.list(""));
		assertEquals(0, other.getRequestCount(), "the other origin received nothing");
		assertEquals("listing the user folder: the server answered with a redirect to " + origin(other) +
			", which is another origin; the password and the session token were not sent there", e.getMessage());
		assertFalse(e.toString().contains(BioStudiesClientTest.TOKEN));
	}

	@Test
	void aRedirectToPlainHttpOnAnotherHostIsRefused() throws Exception {
		loggedIn();
		server.enqueue(new MockResponse().setResponseCode(302)
			.setHeader("Location", "http://biostudies.example.org/api/files/user/?sessid=abc"));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.list(""));
		assertTrue(e.getMessage().contains("redirect to http://biostudies.example.org, which is another origin"),
			e.getMessage());
		assertFalse(e.getMessage().contains("sessid"), e.getMessage());
	}

	@Test
	void aRedirectWithinTheServerIsFollowedWithTheToken() throws Exception {
		loggedIn();
		server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/api/files/user/moved/"));
		server.enqueue(new MockResponse().setBody("[]"));
		assertEquals(List.of(), client.list(""));
		server.takeRequest(2, TimeUnit.SECONDS);
		RecordedRequest moved = server.takeRequest(2, TimeUnit.SECONDS);
		assertEquals("/api/files/user/moved/", moved.getPath());
		assertEquals(BioStudiesClientTest.TOKEN, moved.getHeader(BioStudiesClient.TOKEN_HEADER));
	}

	@Test
	void anUploadRedirectedWithinTheServerIsSentAgainWhole(@TempDir Path tmp) throws Exception {
		Path file = Files.writeString(tmp.resolve("a.txt"), "hello");
		server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "/api/files/user/moved"));
		server.enqueue(new MockResponse());
		Checksums c = client.upload(file, "d/a.txt", null);
		assertEquals(5, c.size());
		assertEquals("/api/files/user/d", server.takeRequest(2, TimeUnit.SECONDS).getPath());
		RecordedRequest moved = server.takeRequest(2, TimeUnit.SECONDS);
		assertEquals("/api/files/user/moved", moved.getPath());
		assertEquals("hello", new String(Http.parts(moved).get(0).bytes(), StandardCharsets.UTF_8));
	}

	@Test
	void aSubmissionIsNotSentAgainToARedirectedAddress() throws Exception {
		loggedIn();
		server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "/api/submissions/async2"));
		server.enqueue(new MockResponse().setBody("{\"accNo\":\"S-BIAD9\",\"version\":1}"));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> client.submitAsync("{}"));
		assertEquals(2, server.getRequestCount(), "the login and the submission, once");
		assertTrue(e.getMessage().startsWith("submitting: the server answered with a redirect"), e.getMessage());
	}

	/**
	 * The network guard alone, in a client that would follow any redirect: a name that resolves to loopback but is
	 * not a loopback name is refused over plain http, and nothing at all (token header or not) is sent to another
	 * origin, even though the connection is made.
	 */
	@Test
	void theNetworkGuardChecksEveryAddressActuallyContacted() throws Exception {
		Server api = Http.api(server);
		OkHttpClient careless = new OkHttpClient.Builder().followRedirects(true)
			.dns(host -> List.of(InetAddress.getByName("127.0.0.1"))) //
			.addNetworkInterceptor(new OriginGuard(api)).build();
		try {
			server.enqueue(new MockResponse().setResponseCode(307)
				.setHeader("Location", "http://biostudies.example.org:" + other.getPort() + "/x"));
			IOException e = assertThrows(IOException.class, () -> careless.newCall(new Request.Builder()
				.url(server.url("/api/files/user/")).build()).execute().close());
			assertTrue(e.getMessage().startsWith("refusing plain http:// to biostudies.example.org"), e.getMessage());
			assertEquals(0, other.getRequestCount());

			server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", other.url("/x")));
			e = assertThrows(IOException.class, () -> careless.newCall(new Request.Builder()
				.url(server.url("/api/files/user/")).header(BioStudiesClient.TOKEN_HEADER, "t-1").build()).execute()
				.close());
			assertTrue(e.getMessage().contains("another origin"), e.getMessage());
			assertEquals(0, other.getRequestCount());

			e = assertThrows(IOException.class,
				() -> careless.newCall(new Request.Builder().url(other.url("/public")).build()).execute().close());
			assertEquals("refusing to send a request to " + origin(other) + ", which is another origin than the " +
				"server's (" + origin(server) + ")", e.getMessage());
			assertEquals(0, other.getRequestCount(), "the client talks to its server only");
		}
		finally {
			careless.connectionPool().evictAll();
		}
	}
}
