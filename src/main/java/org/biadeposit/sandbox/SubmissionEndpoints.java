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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.biadeposit.sandbox.Accounts.Account;

/** The {@code /submissions…} endpoints: submitting (raw JSON or multipart), the user's studies, request status. */
final class SubmissionEndpoints {

	private static final int SUBMISSION_JSON = 256 * 1024 * 1024;
	private static final Duration SYNC_WAIT = Duration.ofMinutes(10);

	private final Submissions submissions;
	private final Uploads uploads;

	SubmissionEndpoints(Submissions submissions, Uploads uploads) {
		this.submissions = submissions;
		this.uploads = uploads;
	}


	/**
	 * {@code POST /submissions} (sync), {@code /submissions/async} (raw JSON, or multipart with a {@code submission}
	 * text part and {@code files}) and {@code /submissions/async/direct} ({@code direct}: multipart whose
	 * {@code submission} part is a file, its format named by its extension, as BioStudies' own CLI always sends).
	 */
	void submit(Call call, Account account, boolean sync, boolean direct) throws IOException,
		InterruptedException {
		String contentType = call.header("Content-Type");
		boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		if (direct && !multipart) throw ApiError.tree(415, "Content-Type '" + contentType + "' is not supported: " +
			"/submissions/async/direct takes multipart/form-data with a 'submission' file part");
		if (!direct) checkSubmissionType(call.header("Submission_Type"));
		Path attached = multipart ? uploads.newAttachedFolder() : null;
		Submissions.Version v;
		try {
			v = accept(call, account, direct, attached);
		}
		catch (IOException | RuntimeException e) {
			if (attached != null) UserFiles.deleteRecursively(attached);
			throw e;
		}
		if (!sync) {
			ObjectNode answer = Json.object();
			answer.put("accNo", v.accNo);
			answer.put("version", v.version);
			call.respondJson(200, answer);
			return;
		}
		if (!submissions.awaitFinal(v, SYNC_WAIT)) throw ApiError.tree(500, "The sandbox did not finish " +
			"processing " + v.accNo + " in time");
		if (Submissions.INVALID.equals(v.status())) throw ApiError.tree(400, PageTabCheck.VALIDATION_ERRORS,
			v.errors());
		call.respond(200, "application/json", Files.readAllBytes(v.folder.resolve("submission.json")));
	}

	/** Reads, checks and accepts the submission; {@code attached}: multipart, its files go there. */
	private Submissions.Version accept(Call call, Account account, boolean direct, Path attached) throws IOException {
		JsonNode pageTab;
		if (attached != null) {
			Uploads.Submission sent = uploads.receiveSubmission(call, attached, SUBMISSION_JSON);
			if (direct) checkSubmissionFile(sent.filename());
			pageTab = parseJson(sent.pageTab());
		}
		else pageTab = call.readJson(SUBMISSION_JSON);
		if (!pageTab.isObject()) throw ApiError.tree(400, PageTabCheck.VALIDATION_ERRORS,
			List.of("The submission must be a JSON object"));
		Submissions.Version replaced = submissions.replaced(Json.text(pageTab, "accno"), account.email());
		PageTabCheck.Result checked = PageTabCheck.check(pageTab, account.folder(), attached, account.email(),
			replaced, preferredSources(call.param("preferredSources")), LocalDate.now(ZoneOffset.UTC));
		return submissions.accept(checked, account.email(), (ObjectNode) pageTab);
	}

	/** The request's preferredSources (a comma list), or BioStudies' default order when it names none. */
	private static List<String> preferredSources(String param) {
		if (param == null || param.isBlank()) return PageTabCheck.DEFAULT_SOURCES;
		List<String> sources = new java.util.ArrayList<>();
		for (String s : param.split(",")) {
			String source = s.trim();
			if (!source.equals(PageTabCheck.USER_SPACE) && !source.equals(PageTabCheck.SUBMISSION)) {
				throw ApiError.tree(400, "Unknown preferredSources value '" + source + "': give " + PageTabCheck
					.USER_SPACE + " or " + PageTabCheck.SUBMISSION);
			}
			sources.add(source);
		}
		return sources;
	}

	private static void checkSubmissionType(String type) {
		if (type == null) throw ApiError.tree(415, "Missing header Submission_Type; the sandbox reads JSON PageTab " +
			"sent with Submission_Type: application/json");
		if (!type.trim().equals("application/json")) throw ApiError.tree(415, "The sandbox reads only JSON PageTab " +
			"(Submission_Type: application/json), not Submission_Type: " + type);
	}

	/** The format of a submission sent as a file is its extension (BioStudies' SubFormat.fromFile). */
	private static void checkSubmissionFile(String filename) {
		String name = filename == null ? "" : filename;
		String extension = name.substring(name.lastIndexOf('.') + 1);
		String format = extension.toLowerCase(Locale.ROOT);
		if (format.equals("json")) return;
		if (format.equals("tsv") || format.equals("xlsx") || format.equals("xml")) throw ApiError.tree(415,
			"The sandbox reads only JSON PageTab, not the " + extension + " file '" + name + "'");
		throw ApiError.tree(415, "Unsupported pagetab format: " + extension);
	}

	private static JsonNode parseJson(byte[] bytes) {
		if (bytes.length == 0) throw ApiError.tree(400, "The submission is empty");
		try {
			return Json.MAPPER.readTree(bytes);
		}
		catch (IOException e) {
			throw ApiError.tree(400, "JSON parse error: " + (e instanceof JsonProcessingException j
				? j.getOriginalMessage() : e.getMessage()));
		}
	}

	/**
	 * {@code GET /submissions?accNo=&limit=15&offset=0}: the user's studies as SubmissionDto, newest change first
	 * (the backend's {@code SubmissionQueryResource.getSubmissions}: its active requests first, then stored studies by
	 * modification time; here one list by modification time, which keeps requests just made at the top). Only
	 * {@code accNo} (exact), {@code limit} and {@code offset} filter, as in the backend since November 2025: other
	 * parameters, {@code keywords} among them, are ignored.
	 */
	void list(Call call, Account account) throws IOException {
		String filter = call.param("accNo");
		int offset = intParam(call, "offset", 0);
		int limit = intParam(call, "limit", 15);
		ArrayNode out = Json.array();
		int skipped = 0;
		for (Submissions.Version v : submissions.of(account.email())) {
			if (filter != null && !filter.isBlank() && !v.accNo.equals(filter.trim())) continue;
			if (skipped++ < offset) continue;
			if (out.size() >= limit) break;
			out.add(Submissions.dto(v));
		}
		call.respondJson(200, out);
	}

	void request(Call call, Account account, String rest) throws IOException {
		String[] segments = rest.split("/");
		if (segments.length < 2 || segments.length > 3) throw ApiError.plain(404, "The sandbox has no endpoint " +
			call.method + " " + call.path);
		String accNo = Call.decode(segments[0]);
		int number;
		try {
			number = Integer.parseInt(segments[1]);
		}
		catch (NumberFormatException e) {
			throw ApiError.tree(400, "Not a version number: " + segments[1]);
		}
		Submissions.Version v = submissions.version(accNo, number);
		if (v == null || !v.ownedBy(account.email())) throw ApiError.tree(404, "The submission request '" + accNo +
			"', version: " + number + " was not found");
		if (segments.length == 2) call.respondJson(200, Submissions.request(v));
		else if (segments[2].equals("status")) call.respondJson(200, TextNode.valueOf(v.status()));
		else if (segments[2].equals("errors")) {
			ArrayNode errors = Json.array();
			v.errors().forEach(errors::add);
			call.respondJson(200, errors);
		}
		else throw ApiError.plain(404, "The sandbox has no endpoint " + call.method + " " + call.path);
	}

	void submission(Call call, Account account, String rest) throws IOException {
		if (rest.contains("/")) throw ApiError.plain(404, "The sandbox has no endpoint " + call.method + " " +
			call.path);
		if (rest.endsWith(".json")) {
			String accNo = rest.substring(0, rest.length() - ".json".length());
			Submissions.Version v = submissions.latestProcessed(accNo);
			if (v == null || !v.ownedBy(account.email())) throw notFound(accNo);
			call.respond(200, "application/json", Files.readAllBytes(v.folder.resolve("submission.json")));
			return;
		}
		if (rest.endsWith(".tsv")) throw ApiError.tree(406, "The sandbox does not write TSV PageTab; ask for " +
			rest.substring(0, rest.length() - 4) + ".json");
		Submissions.Version v = submissions.latest(rest);
		if (v == null || !v.ownedBy(account.email())) throw notFound(rest);
		call.respondJson(200, Submissions.dto(v));
	}

	private static ApiError notFound(String accNo) {
		return ApiError.tree(404, "The submission '" + accNo + "' was not found");
	}

	private static int intParam(Call call, String name, int fallback) {
		String v = call.param(name);
		if (v == null || v.isBlank()) return fallback;
		try {
			return Math.max(0, Integer.parseInt(v.trim()));
		}
		catch (NumberFormatException e) {
			throw ApiError.tree(400, "Not a number: " + name + "=" + v);
		}
	}
}
