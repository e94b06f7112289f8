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

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.net.ServerSocketFactory;

import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/** What the biostudies tests share: a loopback MockWebServer, a fast client, multipart parsing, digests. */
final class Http {

	/** Retries quickly, so that tests of retries take milliseconds. */
	static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20));

	private Http() {}

	/** A MockWebServer on 127.0.0.1 (started). */
	static MockWebServer server() throws IOException {
		MockWebServer server = new MockWebServer();
		server.setServerSocketFactory(new NoDelay());
		server.start(InetAddress.getByName("127.0.0.1"), 0);
		return server;
	}

	/** The API base on the mock server: {@code http://127.0.0.1:port/api}. */
	static Server api(MockWebServer server) {
		return Server.of(server.url("/api").toString());
	}

	static BioStudiesClient client(MockWebServer server) {
		return BioStudiesClient.builder(api(server)).retry(FAST).readTimeout(Duration.ofSeconds(5)).build();
	}

	/**
	 * Server sockets whose connections send at once (TCP_NODELAY): without it, MockWebServer's separate writes of a
	 * response's head and body wait for the client's delayed ACK, 40 ms a request on Linux loopback.
	 */
	private static final class NoDelay extends ServerSocketFactory {

		@Override
		public ServerSocket createServerSocket() throws IOException {
			return new ServerSocket() {

				@Override
				public Socket accept() throws IOException {
					Socket s = super.accept();
					s.setTcpNoDelay(true);
					return s;
				}
			};
		}

		@Override
		public ServerSocket createServerSocket(int port) throws IOException {
			throw new UnsupportedOperationException();
		}

		@Override
		public ServerSocket createServerSocket(int port, int backlog) throws IOException {
			throw new UnsupportedOperationException();
		}

		@Override
		public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
			throw new UnsupportedOperationException();
		}
	}

	/** One part of a multipart request. */
	record Part(String name, String filename, byte[] bytes) {}

	/** The parts of a multipart/form-data request. */
	static List<Part> parts(RecordedRequest request) throws IOException {
		MediaType type = MediaType.get(request.getHeader("Content-Type"));
		String boundary = type.parameter("boundary");
		List<Part> parts = new ArrayList<>();
		Buffer body = request.getBody().clone();
		try (MultipartReader reader = new MultipartReader(body, boundary)) {
			for (MultipartReader.Part p; (p = reader.nextPart()) != null;) {
				Headers h = p.headers();
				String disposition = h.get("Content-Disposition");
				parts.add(new Part(param(disposition, "name"), param(disposition, "filename"),
					p.body().readByteArray()));
			}
		}
		return parts;
	}

	private static String param(String disposition, String name) {
		for (String piece : disposition.split(";")) {
			String p = piece.strip();
			if (p.startsWith(name + "=")) {
				String v = p.substring(name.length() + 1);
				return v.startsWith("\"") ? v.substring(1, v.length() - 1) : v;
			}
		}
		return null;
	}

	static String hex(String algorithm, byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
