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
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * BioStudies refused something, or could not be reached. The message is meant for the depositor: what was being done,
 * the HTTP status, and the server's own explanation as a readable list (a ValidationTree's {@code log.message} with
 * its subnodes indented under it). It never contains the password or the session token.
 */
public class BioStudiesException extends IOException {

	private static final long serialVersionUID = 1L;
	private static final ObjectMapper JSON = new ObjectMapper();

	private final int status;
	private final List<String> serverMessage;

	/**
	 * @param status the HTTP status, or 0 when there was no answer
	 * @param serverMessage the server's explanation, one line each (indented for subnodes); empty if none
	 */
	public BioStudiesException(String what, int status, List<String> serverMessage, Throwable cause) {
		super(message(what, status, serverMessage), cause);
		this.status = status;
		this.serverMessage = List.copyOf(serverMessage);
	}

	public BioStudiesException(String what) {
		this(what, 0, List.of(), null);
	}

	public BioStudiesException(String what, Throwable cause) {
		this(what, 0, List.of(), cause);
	}

	/** The HTTP status of the answer, or 0 when there was none (network failure, or a problem found locally). */
	public int status() {
		return status;
	}

	/** The server's explanation as lines (subnodes indented with {@code "  - "}), empty if it gave none. */
	public List<String> serverMessage() {
		return serverMessage;
	}

	private static String message(String what, int status, List<String> lines) {
		StringBuilder s = new StringBuilder(what);
		if (status > 0) s.append(" (HTTP ").append(status).append(')');
		if (!lines.isEmpty()) {
			s.append(": ").append(lines.get(0));
			for (String line : lines.subList(1, lines.size())) s.append('\n').append(line);
		}
		return s.toString();
	}

	/**
	 * The server's explanation from an error body: a ValidationTree ({@code log.message} then every subnode as an
	 * indented {@code "- …"} line, recursively), a {@code {"message": …}} object, a JSON array of messages, or
	 * short plain text. HTML pages (from proxies) and empty bodies give no lines.
	 */
	static List<String> explanation(String body) {
		List<String> lines = new ArrayList<>();
		if (body == null || body.isBlank()) return lines;
		String text = body.strip();
		JsonNode tree = null;
		if (text.startsWith("{") || text.startsWith("[") || text.startsWith("\"")) {
			try {
				tree = JSON.readTree(text);
			}
			catch (IOException e) {
				tree = null;
			}
		}
		if (tree == null) {
			if (text.regionMatches(true, 0, "<", 0, 1)) return lines; // an HTML error page: the status says enough
			addMessage(lines, "", text.length() > 500 ? text.substring(0, 500) + "…" : text);
			return lines;
		}
		if (tree.isObject() && tree.path("log").isObject()) {
			tree(lines, tree.get("log"), 0);
		}
		else if (tree.isObject() && tree.hasNonNull("message")) {
			addMessage(lines, "", tree.get("message").asText());
			if (tree.path("errors").isArray()) tree.get("errors").forEach(e -> addMessage(lines, "  - ", e.asText()));
		}
		else if (tree.isArray()) {
			tree.forEach(e -> addMessage(lines, "- ", e.isTextual() ? e.asText() : e.toString()));
		}
		else if (tree.isTextual()) {
			addMessage(lines, "", tree.asText());
		}
		else if (tree.isObject() && tree.hasNonNull("error")) {
			addMessage(lines, "", tree.get("error").asText()); // Spring's default error body
		}
		return lines;
	}

	private static void tree(List<String> lines, JsonNode node, int depth) {
		String message = node.path("message").asText("");
		int childDepth = depth;
		if (!message.isBlank()) {
			addMessage(lines, depth == 0 ? "" : "  ".repeat(depth) + "- ", message);
			childDepth = depth + 1;
		}
		for (JsonNode sub : node.path("subnodes")) tree(lines, sub, childDepth);
	}

	/** Adds a message that may span lines; continuation lines are indented under the first. */
	static void addMessage(List<String> lines, String prefix, String message) {
		String[] parts = message.strip().split("\\R");
		String indent = " ".repeat(prefix.length());
		lines.add(prefix + parts[0]);
		for (int i = 1; i < parts.length; i++) {
			if (!parts[i].isBlank()) lines.add(indent + parts[i]);
		}
	}
}
