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
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.biadeposit.sandbox.Accounts.Account;

/** The BioStudies endpoints the sandbox answers, below the base path (spec §1–§3). */
final class Endpoints {

	private static final int SMALL_JSON = 1024 * 1024;
	static final String TOKEN_HEADER = "X-Session-Token";

	private final Accounts accounts;
	private final SubmissionEndpoints submissions;
	private final Uploads uploads;
	private final Faults faults;

	Endpoints(Accounts accounts, Submissions submissions, Uploads uploads, Faults faults) {
		this.accounts = accounts;
		this.submissions = new SubmissionEndpoints(submissions, uploads);
		this.uploads = uploads;
		this.faults = faults;
	}

	void handle(Call call) throws IOException, InterruptedException {
		String p = call.path;
		if (p.equals("/auth/login") || p.equals("/auth/signin")) {
			only(call, "POST");
			login(call);
			return;
		}
		if (p.equals("/auth/logout") || p.equals("/auth/signout")) {
			only(call, "POST");
			logout(call);
			return;
		}
		String token = token(call);
		if (token == null) throw ApiError.plain(401, "Problems authorizing user.");
		Account account = accounts.session(token);
		if (account == null) throw ApiError.plain(401,
			"Could not find an active session for the provided security token.");
		call.user = account.email();
		Path root = account.folder();

		if (p.equals("/auth/profile")) {
			only(call, "GET");
			call.respondJson(200, profile(account, token));
		}
		else if (p.equals("/files/user/query")) {
			only(call, "POST");
			JsonNode body = call.readJson(SMALL_JSON);
			call.respondJson(200, UserFiles.list(root, UserFiles.resolve(root, orEmpty(Json.text(body, "path")))));
		}
		else if (p.equals("/files/user/upload")) {
			only(call, "POST");
			upload(call, root, null);
		}
		else if (p.equals("/files/user/delete")) {
			only(call, "POST");
			JsonNode body = call.readJson(SMALL_JSON);
			delete(call, root, orEmpty(Json.text(body, "path")), Json.text(body, "fileName"));
		}
		else if (p.equals("/files/user/rename")) {
			only(call, "POST");
			rename(call, root, call.readJson(SMALL_JSON));
		}
		else if (p.equals("/files/user/download")) {
			only(call, "POST");
			JsonNode body = call.readJson(SMALL_JSON);
			download(call, root, orEmpty(Json.text(body, "path")), Json.text(body, "fileName"));
		}
		else if (under(p, "/files/user")) {
			String folder = remainder(p, "/files/user");
			switch (call.method) {
				case "GET" -> call.respondJson(200, UserFiles.list(root, UserFiles.resolve(root, folder)));
				case "POST" -> upload(call, root, folder);
				case "DELETE" -> delete(call, root, folder, call.param("fileName"));
				default -> throw notSupported(call);
			}
		}
		else if (p.equals("/folder/user/create")) {
			only(call, "POST");
			JsonNode body = call.readJson(SMALL_JSON);
			createFolder(call, root, orEmpty(Json.text(body, "path")), Json.text(body, "fileName"), "fileName");
		}
		else if (under(p, "/folder/user")) {
			only(call, "POST");
			createFolder(call, root, remainder(p, "/folder/user"), call.param("folder"), "folder");
		}
		else if (p.equals("/submissions/async")) {
			only(call, "POST");
			submissions.submit(call, account, false, false);
		}
		else if (p.equals("/submissions/async/direct")) {
			only(call, "POST");
			submissions.submit(call, account, false, true);
		}
		else if (p.equals("/submissions")) {
			if (call.method.equals("POST")) submissions.submit(call, account, true, false);
			else if (call.method.equals("GET")) submissions.list(call, account);
			else throw notSupported(call);
		}
		else if (p.startsWith("/submissions/requests/")) {
			only(call, "GET");
			submissions.request(call, account, p.substring("/submissions/requests/".length()));
		}
		else if (p.startsWith("/submissions/")) {
			only(call, "GET");
			submissions.submission(call, account, Call.decode(p.substring("/submissions/".length())));
		}
		else throw ApiError.plain(404, "The sandbox has no endpoint " + call.method + " " + p);
	}

	// ---- authentication

	/** The session token: header X-Session-Token (any case), else a BIOSTDSESS… cookie, else parameter BIOSTDSESS. */
	private static String token(Call call) {
		String token = call.header(TOKEN_HEADER);
		if (token == null || token.isBlank()) token = call.cookieStartingWith("BIOSTDSESS");
		if (token == null || token.isBlank()) token = call.param("BIOSTDSESS");
		return token == null || token.isBlank() ? null : token.trim();
	}

	private void login(Call call) throws IOException {
		JsonNode body = call.readJson(SMALL_JSON);
		Account account = accounts.check(Json.text(body, "login"), Json.text(body, "password"));
		if (account == null) throw ApiError.tree(401, "Invalid email address or password.");
		call.user = account.email();
		call.respondJson(200, profile(account, accounts.open(account)));
	}

	private void logout(Call call) throws IOException {
		byte[] bytes = call.readBody(SMALL_JSON);
		String token = null;
		if (bytes.length > 0) {
			try {
				token = Json.text(Json.MAPPER.readTree(bytes), "sessid");
			}
			catch (IOException e) {
				throw ApiError.tree(400, "JSON parse error: " + e.getMessage());
			}
		}
		if (token == null) token = token(call);
		accounts.close(token);
		call.respondEmpty(200);
	}

	/**
	 * The UserProfile of spec §1, with every field BioStudies' own client needs to read it ({@code lastActivity}, a
	 * LocalDateTime without zone, is not nullable there).
	 */
	private ObjectNode profile(Account account, String token) {
		ObjectNode p = Json.object();
		p.put("sessid", token);
		p.put("email", account.email());
		p.putNull("username");
		p.put("secret", account.secret());
		p.put("fullname", account.user().fullName());
		p.put("superuser", false);
		p.put("orcid", "");
		ArrayNode allow = p.putArray("allow");
		allow.add(account.email());
		allow.add("Public");
		p.putArray("deny");
		p.put("uploadType", accounts.uploadType());
		p.put("lastActivity", accounts.lastActivity(account).toString());
		return p;
	}

	// ---- user folder

	private void upload(Call call, Path root, String folder) throws IOException {
		long reset = faults.takeUploadReset();
		if (reset >= 0) call.body.resetAfter(reset);
		uploads.receive(call, root, folder);
		call.respondEmpty(200);
	}

	private static void delete(Call call, Path root, String folder, String fileName) throws IOException {
		if (fileName == null) throw missingParameter("fileName");
		Path target = UserFiles.resolve(root, UserFiles.resolve(root, folder), fileName);
		if (target.equals(root)) throw ApiError.tree(400, "Can not delete user root folder");
		UserFiles.deleteRecursively(target);
		call.respondEmpty(200);
	}

	private static void createFolder(Call call, Path root, String folder, String name, String parameter)
		throws IOException {
		if (name == null || name.isBlank()) throw missingParameter(parameter);
		Path target = UserFiles.resolve(root, UserFiles.resolve(root, folder), name);
		for (Path q = target; q != null && q.startsWith(root) && !q.equals(root); q = q.getParent()) {
			if (Files.exists(q, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(q)) throw ApiError.tree(400,
				"'" + UserFiles.relative(root, q) + "' is a file, not a folder");
		}
		Files.createDirectories(target);
		call.respondEmpty(200);
	}

	private static void rename(Call call, Path root, JsonNode body) throws IOException {
		String folder = orEmpty(Json.text(body, "path"));
		String original = Json.text(body, "originalName");
		String name = Json.text(body, "newName");
		if (original == null || original.isBlank()) throw missingParameter("originalName");
		if (name == null || name.isBlank()) throw missingParameter("newName");
		Path dir = UserFiles.resolve(root, folder);
		Path source = UserFiles.resolve(root, dir, original);
		Path target = UserFiles.resolve(root, dir, name);
		if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS) || source.equals(root)) throw ApiError.tree(400,
			"The file to be renamed does not exist: " + UserFiles.relative(root, source));
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw ApiError.tree(400, "The new name for the file " +
			"already exists at " + folder + ", please choose a different name than " + name);
		Files.createDirectories(target.getParent());
		Files.move(source, target);
		call.respondJson(200, Boolean.TRUE);
	}

	private static void download(Call call, Path root, String folder, String fileName) throws IOException {
		if (fileName == null) throw missingParameter("fileName");
		Path file = UserFiles.resolve(root, UserFiles.resolve(root, folder), fileName);
		if (!Files.isRegularFile(file)) throw ApiError.tree(400, "Invalid request " + folder +
			" is not a valid user file");
		call.respondFile(file);
	}

	// ---- helpers

	private static void only(Call call, String method) {
		if (!call.method.equals(method)) throw notSupported(call);
	}

	private static ApiError notSupported(Call call) {
		return ApiError.plain(405, "Request method '" + call.method + "' is not supported");
	}

	private static ApiError missingParameter(String name) {
		return ApiError.tree(400, "Required request parameter '" + name + "' for method parameter type String is " +
			"not present");
	}

	private static boolean under(String path, String prefix) {
		return path.equals(prefix) || path.startsWith(prefix + "/");
	}

	/** The folder after {@code prefix}, '/'-trimmed and URL-decoded as BioStudies does ('+' is a space). */
	private static String remainder(String path, String prefix) {
		String rest = path.substring(prefix.length());
		int start = 0;
		int end = rest.length();
		while (start < end && rest.charAt(start) == '/') start++;
		while (end > start && rest.charAt(end - 1) == '/') end--;
		return Call.decode(rest.substring(start, end));
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s;
	}
}
