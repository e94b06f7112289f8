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
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives multipart uploads into a user folder. Each {@code files} part streams into a temporary file next to the
 * user folders (same file system) and is moved to its final name only when the part is complete, so a broken upload
 * never leaves a partial file under the name a client would take for "already uploaded".
 */
final class Uploads {

	private static final int MAX_TEXT_PART = 64 * 1024;
	/** The most parts of one request: the real server's Tomcat {@code max-part-count}. */
	static final int MOST_PARTS = 2000;

	private final Path tmpDir;
	private final Path attachedDir;

	/** Parts stream into {@code tmpDir}; files sent with a submission are kept in {@code attachedDir}. */
	Uploads(Path tmpDir, Path attachedDir) {
		this.tmpDir = tmpDir;
		this.attachedDir = attachedDir;
	}

	/** A new, empty folder for the files sent with one submission. */
	Path newAttachedFolder() throws IOException {
		Files.createDirectories(attachedDir);
		return Files.createTempDirectory(attachedDir, "request-").toRealPath();
	}

	private record Held(Path tmp, String name) {}

	/**
	 * A multipart submission ({@code POST /submissions/async} or {@code /submissions/async/direct}): the PageTab of
	 * part {@code submission} (as its bytes, and the file name it was sent under, or null for a text part); the
	 * {@code files} parts sent with it are stored in a folder of their own (the request's file source, searched
	 * before the user folder).
	 */
	record Submission(byte[] pageTab, String filename) {}

	/** Reads a multipart submission; {@code attached} is a new, empty folder for its {@code files} parts. */
	Submission receiveSubmission(Call call, Path attached, int limit) throws IOException {
		String boundary = MultipartStream.boundaryOf(call.header("Content-Type"));
		if (boundary == null) throw ApiError.tree(400, "Current request is not a multipart request");
		MultipartStream parts = new MultipartStream(call.body, boundary);
		byte[] pageTab = null;
		String filename = null;
		try {
			while (parts.next()) {
				String name = parts.name();
				if ("submission".equals(name)) {
					filename = parts.filename();
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					parts.copyTo(bounded(bytes, limit, "The part 'submission'"));
					pageTab = bytes.toByteArray();
				}
				else if ("files".equals(name) && parts.filename() != null) {
					Path file = UserFiles.resolve(attached, checkFilename(parts.filename()));
					checkPlace(attached, file);
					place(receivePart(parts), file);
				}
				// Any other part (the SubmitParameters: preferredSources, storageMode, …) is skipped by next().
			}
		}
		catch (MultipartStream.MalformedException e) {
			throw ApiError.tree(400, "Failed to parse multipart servlet request: " + e.getMessage());
		}
		if (pageTab == null) throw ApiError.tree(400, "Required request part 'submission' is not present");
		return new Submission(pageTab, filename);
	}

	/**
	 * Reads the multipart body of {@code call} into the user folder {@code root}: into {@code folder} (path-style,
	 * {@code POST /files/user/{folder}}), or, when {@code folder} is null, into the folder a {@code filePath} text part
	 * names (body-style, {@code POST /files/user/upload}). As on the real server (Spring spools the whole multipart
	 * request before the controller stores its {@code files} one after the other), every part is held until the
	 * request has arrived whole: a request cut off stores none of its files. More than {@link #MOST_PARTS} parts are
	 * refused, as the real server's Tomcat ({@code max-part-count}) does.
	 */
	void receive(Call call, Path root, String folder) throws IOException {
		String boundary = MultipartStream.boundaryOf(call.header("Content-Type"));
		if (boundary == null) throw ApiError.tree(400, "Current request is not a multipart request");
		Path target = folder == null ? null : UserFiles.resolve(root, folder);
		MultipartStream parts = new MultipartStream(call.body, boundary);
		List<Held> held = new ArrayList<>();
		String filePath = null;
		int count = 0;
		try {
			while (parts.next()) {
				if (++count > MOST_PARTS) continue; // the rest is read (and dropped), so that the client gets the answer
				String name = parts.name();
				String filename = parts.filename();
				if ("files".equals(name) && filename != null) {
					String relative = checkFilename(filename);
					held.add(new Held(receivePart(parts), relative));
				}
				else if ("filePath".equals(name) && folder == null) filePath = readText(parts);
				// Any other part is skipped by next().
			}
			// The real server answers 500: Spring's "Failed to parse multipart servlet request" through the backend's
			// GeneralExceptionHandler (inferred from the code, not observed).
			if (count > MOST_PARTS) throw ApiError.tree(500, "Failed to parse multipart servlet request");
			if (held.isEmpty()) throw ApiError.tree(400, "Required request part 'files' is not present");
			Path into = target != null ? target : UserFiles.resolve(root, filePath == null ? "" : filePath.trim());
			for (Held h : held) {
				Path file = UserFiles.resolve(root, into, h.name());
				checkPlace(root, file);
				place(h.tmp(), file);
				call.storedFiles.add(UserFiles.relative(root, file));
			}
		}
		catch (MultipartStream.MalformedException e) {
			throw ApiError.tree(400, "Failed to parse multipart servlet request: " + e.getMessage());
		}
		finally {
			for (Held h : held) Files.deleteIfExists(h.tmp());
		}
	}

	/** A part's file name may name sub-folders, but no absolute path and no "..". */
	private static String checkFilename(String filename) {
		if (filename.isEmpty()) throw ApiError.tree(400, "A 'files' part has an empty file name");
		if (filename.startsWith("/") || filename.matches("^[A-Za-z]:[\\\\/].*")) throw ApiError.noPermission(filename);
		for (String segment : filename.split("/", -1)) {
			if (segment.equals("..")) throw ApiError.noPermission(filename);
		}
		if (filename.endsWith("/")) throw ApiError.tree(400, "The file name '" + filename + "' names a folder, " +
			"not a file");
		return filename;
	}

	private static void checkPlace(Path root, Path file) {
		if (file.equals(root) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) throw ApiError.tree(400,
			"'" + UserFiles.relative(root, file) + "' is a folder; a file cannot replace it");
		for (Path p = file.getParent(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
			if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) throw ApiError.tree(400,
				"'" + UserFiles.relative(root, p) + "' is a file, not a folder");
		}
	}

	private Path receivePart(MultipartStream parts) throws IOException {
		Path tmp = Files.createTempFile(tmpDir, "upload-", ".part");
		try (OutputStream out = Files.newOutputStream(tmp)) {
			parts.copyTo(out);
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(tmp);
			throw e;
		}
		return tmp;
	}

	private static void place(Path tmp, Path file) throws IOException {
		try {
			Files.createDirectories(file.getParent());
		}
		catch (FileAlreadyExistsException e) {
			Files.deleteIfExists(tmp);
			throw ApiError.tree(400, "A file is in the way of the folder '" + e.getFile() + "'");
		}
		try {
			Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			Files.deleteIfExists(tmp);
			throw e;
		}
	}

	private static String readText(MultipartStream parts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		parts.copyTo(bounded(bytes, MAX_TEXT_PART, "A text part"));
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** {@code bytes}, refusing with a 400 to grow past {@code limit}. */
	private static OutputStream bounded(ByteArrayOutputStream bytes, int limit, String what) {
		return new OutputStream() {
			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				if (bytes.size() + len > limit) throw ApiError.tree(400, what + " is longer than " + limit + " bytes");
				bytes.write(b, off, len);
			}
		};
	}
}
