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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The tests' client: JDK HttpClient against a running sandbox, nothing shared with the real client. */
final class TestApi {

	static final ObjectMapper JSON = new ObjectMapper();

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();
	final String base;
	String token;

	TestApi(SandboxServer server) {
		this.base = server.baseUrl();
	}

	HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (token != null) b.header("X-SESSION-TOKEN", token);
		return b;
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
		String body = JSON.createObjectNode().put("login", email).put("password", password).toString();
		return send(request("/auth/login").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body)));
	}

	/** Logs in as the demo user and keeps the token. */
	TestApi loginDemo() throws IOException, InterruptedException {
		return loginAs(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD);
	}

	TestApi loginAs(String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> r = login(email, password);
		if (r.statusCode() != 200) throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
		token = json(r).get("sessid").asText();
		return this;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	HttpResponse<String> delete(String path) throws IOException, InterruptedException {
		return send(request(path).DELETE());
	}

	HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	HttpResponse<String> post(String path) throws IOException, InterruptedException {
		return send(request(path).POST(BodyPublishers.noBody()));
	}

	/** Posts a multipart body with a known length. */
	HttpResponse<String> upload(String path, Multipart body) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", body.contentType())
			.POST(BodyPublishers.ofByteArray(body.bytes())));
	}

	/** Posts a multipart body streamed (chunked), never held in memory. */
	HttpResponse<String> uploadStreaming(String path, Multipart body) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", body.contentType())
			.POST(BodyPublishers.ofInputStream(body::stream)));
	}

	HttpResponse<String> submit(String pageTab) throws IOException, InterruptedException {
		return send(request("/submissions/async").header("Submission_Type", "application/json")
			.header("Content-Type", "application/json").POST(BodyPublishers.ofString(pageTab)));
	}

	/** Polls the request status until it is PROCESSED or INVALID. */
	String awaitStatus(String accNo, int version) throws IOException, InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (true) {
			HttpResponse<String> r = get("/submissions/requests/" + accNo + "/" + version + "/status");
			if (r.statusCode() != 200) throw new AssertionError("status: " + r.statusCode() + " " + r.body());
			String status = json(r).asText();
			if (status.equals("PROCESSED") || status.equals("INVALID")) return status;
			if (System.nanoTime() > end) throw new AssertionError("still " + status);
			Thread.sleep(20);
		}
	}

	static JsonNode json(HttpResponse<String> r) throws IOException {
		return JSON.readTree(r.body());
	}
}
