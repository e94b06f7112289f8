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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Just enough of the submission API (spec §1–3) for the biostudies unit tests, in memory: one account, a user folder
 * that only accepts uploads into folders that exist, async submissions whose status follows a script. (The real
 * stand-in, sandbox/, is tested against the client separately.)
 */
final class FakeBioStudies extends Dispatcher {

	static final String USER = "ann@example.org";
	static final String PASSWORD = "correct horse battery staple";
	static final String TOKEN = "tok-5d1f0c9e8b7a";
	private static final ObjectMapper JSON = new ObjectMapper();

	final Map<String, Long> files = Collections.synchronizedMap(new TreeMap<>());
	final Set<String> folders = Collections.synchronizedSet(new TreeSet<>(Set.of("")));
	final List<String> uploads = Collections.synchronizedList(new ArrayList<>());
	final List<String> calls = Collections.synchronizedList(new ArrayList<>());
	final List<String> submissions = Collections.synchronizedList(new ArrayList<>());
	final AtomicInteger logins = new AtomicInteger(), logouts = new AtomicInteger();
	final Map<String, Integer> versions = new HashMap<>();
	/** Statuses returned one after the other by the status endpoint; the last one repeats. */
	final Deque<String> statuses = new ArrayDeque<>(List.of("REQUESTED", "FILES_VALIDATED", "PROCESSED"));
	final List<String> errors = new ArrayList<>();
	/** A canned answer for an upload of this remote path, used once. */
	final Map<String, MockResponse> uploadFailures = new ConcurrentHashMap<>();
	/** A canned answer for the submission, or null. */
	volatile Function<JsonNode, MockResponse> submitAnswer;
	/** When set, the answer to a submission the fake accepted (and made a study of), e.g. a garbled body. */
	volatile MockResponse acceptedAnswer;
	/** The studies made, as {@code GET /submissions} lists them (newest first). */
	final List<String> studies = Collections.synchronizedList(new ArrayList<>());
	/** When set, the answer to every request (for example a dropped connection). */
	volatile MockResponse everything;
	private final AtomicInteger accessions = new AtomicInteger(100);
	private volatile boolean loggedIn;

	@Override
	public MockResponse dispatch(RecordedRequest r) {
		if (everything != null) return everything;
		try {
			return answer(r);
		}
		catch (Exception e) {
			return new MockResponse().setResponseCode(500).setBody("{\"message\":\"fake failed: " + e + "\"}");
		}
	}

	private MockResponse answer(RecordedRequest r) throws IOException {
		HttpUrl url = r.getRequestUrl();
		List<String> segments = new ArrayList<>(url.pathSegments());
		if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) segments.remove(segments.size() - 1);
		segments.remove(0); // api
		String path = String.join("/", segments);
		calls.add(r.getMethod() + " " + path);
		if (path.equals("auth/login")) {
			JsonNode body = JSON.readTree(r.getBody().readUtf8());
			if (body.path("login").asText().equals(USER) && body.path("password").asText().equals(PASSWORD)) {
				logins.incrementAndGet();
				loggedIn = true;
				return json("{\"sessid\":\"" + TOKEN + "\",\"email\":\"" + USER + "\",\"username\":\"ann\"," +
					"\"secret\":\"ab/cdefgh-a7\",\"fullname\":\"Ann Author\",\"superuser\":false,\"orcid\":\"\"," +
					"\"allow\":[],\"deny\":[],\"uploadType\":\"nfs\"}");
			}
			return tree(401, "Invalid email address or password.");
		}
		if (!TOKEN.equals(r.getHeader("X-Session-Token")) || !loggedIn) {
			return new MockResponse().setResponseCode(401).setBody("{\"message\":\"Problems authorizing user.\"}");
		}
		if (path.equals("auth/logout")) {
			logouts.incrementAndGet();
			loggedIn = false;
			return new MockResponse();
		}
		if (path.startsWith("files/user") && r.getMethod().equals("GET")) {
			String dir = rest(path, "files/user");
			if (!folders.contains(dir)) return tree(404, "no folder " + dir);
			StringBuilder s = new StringBuilder("[");
			String prefix = dir.isEmpty() ? "" : dir + "/";
			for (String f : new ArrayList<>(folders)) {
				if (!f.isEmpty() && parent(f).equals(dir)) {
					s.append(s.length() > 1 ? "," : "").append("{\"name\":\"").append(f.substring(prefix.length()))
						.append("\",\"path\":\"user/").append(dir).append("\",\"size\":4096,\"type\":\"DIR\"}");
				}
			}
			for (Map.Entry<String, Long> f : new ArrayList<>(files.entrySet())) {
				if (parent(f.getKey()).equals(dir)) {
					s.append(s.length() > 1 ? "," : "").append("{\"name\":\"")
						.append(f.getKey().substring(prefix.length())).append("\",\"path\":\"user/").append(dir)
						.append("\",\"size\":").append(f.getValue()).append(",\"type\":\"FILE\"}");
				}
			}
			return json(s.append(']').toString());
		}
		if (path.startsWith("files/user") && r.getMethod().equals("POST")) {
			String dir = rest(path, "files/user");
			if (!folders.contains(dir)) return tree(400, "no folder " + dir);
			for (Http.Part p : Http.parts(r)) {
				if (!p.name().equals("files")) continue;
				String remote = dir.isEmpty() ? p.filename() : dir + "/" + p.filename();
				MockResponse failure = uploadFailures.remove(remote);
				if (failure != null) return failure;
				files.put(remote, (long) p.bytes().length);
				uploads.add(remote);
			}
			return new MockResponse();
		}
		if (path.startsWith("folder/user") && r.getMethod().equals("POST")) {
			String dir = rest(path, "folder/user");
			String name = url.queryParameter("folder");
			if (!folders.contains(dir)) return tree(400, "no folder " + dir);
			folders.add(dir.isEmpty() ? name : dir + "/" + name);
			return new MockResponse();
		}
		if (path.equals("submissions/async")) {
			if (!"application/json".equals(r.getHeader("Submission_Type"))) return tree(400, "Submission_Type?");
			String text = r.getBody().readUtf8();
			submissions.add(text);
			JsonNode s = JSON.readTree(text);
			if (submitAnswer != null) return submitAnswer.apply(s);
			List<String> missing = new ArrayList<>();
			s.findValues("attributes").forEach(attributes -> attributes.forEach(a -> {
				if (a.path("name").asText().equals("File List") && !files.containsKey(a.path("value").asText())) {
					missing.add(a.path("value").asText());
				}
			}));
			if (!missing.isEmpty()) return tree(400, "Submission validation errors", "File list not found: " + missing);
			String acc = s.path("accno").asText("");
			if (acc.isEmpty()) acc = "S-BIAD" + accessions.incrementAndGet();
			int version = versions.merge(acc, 1, Integer::sum);
			String title = s.path("attributes").findValues("value").isEmpty() ? "" : titleOf(s);
			studies.add(0, "{\"accno\":\"" + acc + "\",\"displayAccNo\":\"" + acc + "\",\"newSubmission\":" +
				(version == 1) + ",\"title\":" + quote(title) + ",\"mtime\":\"" + java.time.OffsetDateTime.now() +
				"\",\"rtime\":null,\"status\":\"PROCESSING\",\"errors\":[]}");
			if (acceptedAnswer != null) return acceptedAnswer;
			return json("{\"accNo\":\"" + acc + "\",\"version\":" + version + "}");
		}
		if (path.equals("submissions") && r.getMethod().equals("GET")) {
			int offset = Integer.parseInt(url.queryParameter("offset")), limit = Integer.parseInt(url.queryParameter(
				"limit"));
			List<String> page = new ArrayList<>(studies).stream().skip(offset).limit(limit).toList();
			return json("[" + String.join(",", page) + "]");
		}
		if (path.startsWith("submissions/requests/") && path.endsWith("/status")) {
			String status;
			synchronized (statuses) {
				status = statuses.size() > 1 ? statuses.removeFirst() : statuses.getFirst();
			}
			return json("\"" + status + "\"");
		}
		if (path.startsWith("submissions/requests/") && path.endsWith("/errors")) {
			return json(JSON.writeValueAsString(errors));
		}
		return tree(404, "no such endpoint " + path);
	}

	static MockResponse tree(int status, String message, String... subnodes) {
		StringBuilder s = new StringBuilder("{\"status\":\"FAIL\",\"log\":{\"level\":\"ERROR\",\"message\":")
			.append(quote(message)).append(",\"subnodes\":[");
		for (int i = 0; i < subnodes.length; i++) {
			s.append(i > 0 ? "," : "").append("{\"level\":\"ERROR\",\"message\":").append(quote(subnodes[i]))
				.append(",\"subnodes\":[]}");
		}
		return new MockResponse().setResponseCode(status).setBody(s.append("]}}").toString());
	}

	private static String titleOf(JsonNode submission) {
		for (JsonNode a : submission.path("attributes")) {
			if (a.path("name").asText().equals("Title")) return a.path("value").asText();
		}
		return "";
	}

	private static String quote(String s) {
		return JSON.getNodeFactory().textNode(s).toString();
	}

	private static MockResponse json(String body) {
		return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
	}

	private static String rest(String path, String prefix) {
		return path.length() > prefix.length() ? path.substring(prefix.length() + 1) : "";
	}

	private static String parent(String p) {
		int slash = p.lastIndexOf('/');
		return slash < 0 ? "" : p.substring(0, slash);
	}
}
