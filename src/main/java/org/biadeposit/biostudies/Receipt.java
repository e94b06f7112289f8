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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What was deposited, kept as {@code OUT/receipt.json}: the accession and version, the server and user, the study's
 * title, the time, every file with its size and checksums (SHA-256, and MD5 only when asked for; computed locally
 * while it was sent), and the submission exactly as sent.
 * <p>
 * Written first just before the submission is sent ({@link SubmissionStatus#SENDING}, no accession yet: should the
 * answer be lost or the process die, a run started again asks the server whether the study was made, instead of
 * making a second one), then when the server has accepted it ({@code SUBMITTED}, with the accession), and again when
 * it has processed it. Always through a temporary file, so that it is never half written. Statuses are written by
 * name and file states in their words ({@link FileState}), as every version has written them.
 * </p>
 *
 * @param accession null while the submission is being sent (or when the server refused it)
 * @param status the submission's last known status: {@code SENDING} while it is being sent, {@code REFUSED} when the
 *   server refused it at once, {@code SUBMITTED} right after the server accepted it, then the request's status
 *   ({@code PROCESSED} when stored, {@code INVALID} when rejected) or, when found in the server's list of the user's
 *   studies, that list's status ({@code PROCESSING}, {@code PROCESSED}, {@code INVALID})
 * @param user the BioStudies login that submitted it
 * @param title the study's title as sent
 * @param time when this status was reached; for {@link SubmissionStatus#SENDING}, when the submission was sent
 * @param errors the server's reasons when the status is {@code INVALID} or {@code REFUSED}, otherwise empty
 * @param submission the PageTab JSON as sent
 */
public record Receipt(String accession, int version, SubmissionStatus status, String server, String user,
	String title, String studyUrl, Instant time, List<File> files, List<String> errors, String submission)
{

	public static final String NAME = "receipt.json";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/**
	 * One file of the deposit; sha256 is null when not known for the bytes on the server; md5 is null then too, and
	 * when it was not asked for ({@code --md5}; receipts written before that option always have it).
	 *
	 * @param uploaded when its bytes reached the user folder (this run, or the earlier one the upload record names);
	 *   null when not known (not sent from here, or a receipt written before this was recorded). BIA empties the
	 *   user folder three months after an upload ({@link UploadAge}).
	 */
	public record File(String remote, String local, long size, String md5, String sha256, FileState state,
		Instant uploaded)
	{

		/** A file whose upload time is not known. */
		public File(String remote, String local, long size, String md5, String sha256, FileState state) {
			this(remote, local, size, md5, sha256, state, null);
		}
	}

	public Receipt {
		files = List.copyOf(files);
		errors = List.copyOf(errors);
	}

	/** Whether the study is stored. */
	public boolean processed() {
		return status != null && status.stored();
	}

	/** Whether the receipt names a study (the server accepted the submission, or it was found on the server). */
	public boolean hasAccession() {
		return accession != null && !accession.isBlank();
	}

	/** The same receipt with another status, accession and version (found on the server), at {@code when}. */
	Receipt withStudy(String accNo, int number, SubmissionStatus newStatus, String url, Instant when) {
		return new Receipt(accNo, number, newStatus, server, user, title, url, when, files, errors, submission);
	}

	/** Writes the receipt as JSON, replacing the file (through a temporary file, so it is never half written). */
	public void write(Path file) throws IOException {
		ObjectNode root = JSON.createObjectNode();
		root.put("accession", accession).put("version", version).put("status", status == null ? null : status
			.name()).put("server", server)
			.put("user", user).put("title", title).put("studyUrl", studyUrl).put("time", time.toString());
		ArrayNode list = root.putArray("files");
		for (File f : files) {
			ObjectNode entry = list.addObject().put("remote", f.remote()).put("local", f.local()).put("size", f.size());
			if (f.md5() != null) entry.put("md5", f.md5());
			entry.put("sha256", f.sha256()).put("state", f.state() == null ? null : f.state().text());
			if (f.uploaded() != null) entry.put("uploaded", f.uploaded().toString());
		}
		if (!errors.isEmpty()) errors.forEach(root.putArray("errors")::add);
		root.set("submission", JSON.readTree(submission));
		Path temporary = file.resolveSibling(file.getFileName() + ".part");
		JSON.writeValue(temporary.toFile(), root);
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Reads a receipt written by {@link #write}.
	 *
	 * @throws DamagedReceiptException when the file is not a receipt (cut short, not JSON, a field of the wrong
	 *   type), with a message that names the file and the place
	 */
	public static Receipt read(Path file) throws IOException {
		return ReceiptReader.read(file);
	}

	/** The receipt in this file, or null when there is none. */
	static Receipt readIfPresent(Path file) throws IOException {
		try {
			return read(file);
		}
		catch (NoSuchFileException e) {
			return null;
		}
	}

	static List<String> texts(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach(e -> out.add(e.asText()));
		return out;
	}
}
