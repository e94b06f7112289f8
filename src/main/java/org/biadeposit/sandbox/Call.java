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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/** One request and its answer: what an endpoint reads and how it responds. */
final class Call {

	final HttpExchange exchange;
	final long sequence;
	final String method;
	/** The raw path below the base path, starting with "/". */
	final String path;
	final String query;
	final BodyStream body;
	final List<String> storedFiles = new ArrayList<>();
	String user;
	int status = ReceivedRequest.NO_RESPONSE;
	/** Runs just before the answer leaves, so that whatever the client does next sees this call logged. */
	Runnable beforeAnswer = () -> {};

	Call(HttpExchange exchange, long sequence, String path) {
		this.exchange = exchange;
		this.sequence = sequence;
		this.method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
		this.path = path;
		this.query = exchange.getRequestURI().getRawQuery();
		this.body = new BodyStream(exchange.getRequestBody());
	}

	boolean responded() {
		return status != ReceivedRequest.NO_RESPONSE;
	}

	String header(String name) {
		return exchange.getRequestHeaders().getFirst(name);
	}

	/** The first value of a query parameter, decoded, or null. */
	String param(String name) {
		if (query == null) return null;
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String key = decode(eq < 0 ? pair : pair.substring(0, eq));
			if (key.equals(name)) return eq < 0 ? "" : decode(pair.substring(eq + 1));
		}
		return null;
	}

	/** A cookie's value, or the value of the first cookie whose name starts with {@code prefix}. */
	String cookieStartingWith(String prefix) {
		List<String> cookies = exchange.getRequestHeaders().get("Cookie");
		if (cookies == null) return null;
		for (String header : cookies) {
			for (String c : header.split(";")) {
				int eq = c.indexOf('=');
				if (eq > 0 && c.substring(0, eq).trim().startsWith(prefix)) return c.substring(eq + 1).trim();
			}
		}
		return null;
	}

	static String decode(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw ApiError.tree(400, "Malformed percent-encoding in '" + s + "'");
		}
	}

	/** The body, at most {@code limit} bytes (else 413). */
	byte[] readBody(int limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int n;
		while ((n = body.read(buffer, 0, buffer.length)) >= 0) {
			if (out.size() + n > limit) throw ApiError.tree(413, "The request body is larger than the sandbox " +
				"accepts here (" + limit + " bytes)");
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/** The body as JSON (400 when it is not). */
	JsonNode readJson(int limit) throws IOException {
		byte[] bytes = readBody(limit);
		if (bytes.length == 0) throw ApiError.tree(400, "Required request body is missing");
		try {
			return Json.MAPPER.readTree(bytes);
		}
		catch (JsonProcessingException e) {
			throw ApiError.tree(400, "JSON parse error: " + e.getOriginalMessage());
		}
	}

	void respondJson(int code, Object value) throws IOException {
		byte[] bytes = Json.MAPPER.writeValueAsBytes(value);
		respond(code, "application/json", bytes);
	}

	void respondEmpty(int code) throws IOException {
		body.drain();
		status = code;
		beforeAnswer.run();
		exchange.sendResponseHeaders(code, -1);
	}

	void respond(int code, String contentType, byte[] bytes) throws IOException {
		body.drain();
		exchange.getResponseHeaders().set("Content-Type", contentType);
		status = code;
		beforeAnswer.run();
		exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	void respondFile(Path file) throws IOException {
		body.drain();
		long size = Files.size(file);
		exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
		exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" +
			file.getFileName().toString().replace("\"", "%22") + "\"");
		status = 200;
		beforeAnswer.run();
		exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
		if (size > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				Files.copy(file, out);
			}
		}
	}
}
