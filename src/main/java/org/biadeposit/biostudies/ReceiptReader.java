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

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code receipt.json} and checks every field, so that a damaged file (cut short, edited by hand, not a receipt)
 * gives a message that names the file, the line and column or the field, and what to do, never a parser's message.
 */
final class ReceiptReader {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path file;

	private ReceiptReader(Path file) {
		this.file = file;
	}

	static Receipt read(Path file) throws IOException {
		return new ReceiptReader(file).read();
	}

	private Receipt read() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		JsonNode root;
		try {
			root = JSON.readTree(bytes);
		}
		catch (JsonProcessingException e) {
			// Nothing but blanks after where the parser stopped: the file was cut short.
			boolean cut = e instanceof JsonEOFException || onlyBlanksAfter(bytes, e.getLocation());
			throw damaged(e.getLocation(), cut ? "the file ends in the middle (cut short?)" : "this is not JSON");
		}
		catch (CharConversionException e) {
			throw damaged(null, "this is not text (not UTF-8)");
		}
		if (root == null || root.isMissingNode()) throw damaged(null, "the file is empty");
		if (!root.isObject()) throw field("", "should be a JSON object {…}");
		List<Receipt.File> files = new ArrayList<>();
		JsonNode list = root.path("files");
		if (!list.isMissingNode() && !list.isArray()) throw field("files", "should be a list […]");
		for (int i = 0; i < list.size(); i++) {
			JsonNode f = list.get(i);
			String at = "files[" + i + "]";
			if (!f.isObject()) throw field(at, "should be a JSON object {…}");
			files.add(new Receipt.File(text(f, "remote", at, true), text(f, "local", at, false), number(f, "size", at),
				text(f, "md5", at, false), text(f, "sha256", at, false), state(f, at), time(f, "uploaded", at, false)));
		}
		List<String> errors = new ArrayList<>();
		JsonNode e = root.path("errors");
		if (!e.isMissingNode() && !e.isNull()) {
			if (!e.isArray()) throw field("errors", "should be a list […]");
			errors.addAll(Receipt.texts(e));
		}
		JsonNode submission = root.path("submission");
		if (!submission.isObject()) throw field("submission", "should be the submission as sent, a JSON object {…}");
		Instant time = time(root, "time", "", true);
		long version = number(root, "version", "");
		if (version < 0 || version > Integer.MAX_VALUE) throw field("version", "should be a version number");
		return new Receipt(text(root, "accession", "", false), (int) version, status(root),
			text(root, "server", "", true), text(root, "user", "", false), text(root, "title", "", false),
			text(root, "studyUrl", "", false), time, files, errors, JSON.writeValueAsString(submission));
	}

	private static boolean onlyBlanksAfter(byte[] bytes, JsonLocation where) {
		long from = where == null ? -1 : where.getByteOffset();
		if (from < 0) return false;
		for (long i = from; i < bytes.length; i++) {
			if (!Character.isWhitespace(bytes[(int) i])) return false;
		}
		return true;
	}

	private String text(JsonNode node, String name, String at, boolean required) throws DamagedReceiptException {
		JsonNode v = node.get(name);
		if (v == null || v.isNull()) {
			if (required) throw field(path(at, name), "is missing");
			return null;
		}
		if (!v.isTextual()) throw field(path(at, name), "should be text in quotes");
		return v.asText();
	}

	private Instant time(JsonNode node, String name, String at, boolean required) throws DamagedReceiptException {
		String when = text(node, name, at, required);
		if (when == null) return null;
		try {
			return Instant.parse(when);
		}
		catch (DateTimeParseException x) {
			throw field(path(at, name), "should be a time such as 2026-12-01T19:30:00Z, not '" + when + "'");
		}
	}

	private SubmissionStatus status(JsonNode root) throws DamagedReceiptException {
		String name = text(root, "status", "", true);
		SubmissionStatus status = SubmissionStatus.named(name);
		if (status == null) {
			throw field("status", "should be a status such as SUBMITTED or PROCESSED, not '" + name + "'");
		}
		return status;
	}

	private FileState state(JsonNode file, String at) throws DamagedReceiptException {
		String text = text(file, "state", at, false);
		if (text == null) return null;
		FileState state = FileState.of(text);
		if (state == null) {
			throw field(path(at, "state"), "should be one of " + String.join(", ", Arrays.stream(FileState.values())
				.map(s -> "'" + s.text() + "'").toList()) + ", not '" + text + "'");
		}
		return state;
	}

	private long number(JsonNode node, String name, String at) throws DamagedReceiptException {
		JsonNode v = node.get(name);
		if (v == null || v.isNull()) return 0;
		if (!v.isIntegralNumber() || !v.canConvertToLong()) throw field(path(at, name), "should be a whole number");
		return v.asLong();
	}

	private static String path(String at, String name) {
		return at.isEmpty() ? name : at + "." + name;
	}

	private DamagedReceiptException field(String name, String problem) {
		return damaged(null, (name.isEmpty() ? "the whole file " : "the field '" + name + "' ") + problem);
	}

	private DamagedReceiptException damaged(JsonLocation where, String problem) {
		String place = where == null || where.getLineNr() < 1 ? "" : " (line " + where.getLineNr() + ", column " +
			where.getColumnNr() + ")";
		Path folder = file.toAbsolutePath().getParent();
		return new DamagedReceiptException(file.getFileName() + " in " + folder + " is damaged" + place + ": " +
			problem + "; fix it, or move it aside to start over (if the study was submitted, give its accession " +
			"with --accession so that no second study is made)");
	}
}
