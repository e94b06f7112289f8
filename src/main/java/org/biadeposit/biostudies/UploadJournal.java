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

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The record of what this computer sent into one user folder (one server and user): one JSON line per file the
 * server confirmed, written as each upload completes (server, remote path, local path, size, modification time,
 * SHA-256, MD5 when it was computed, when). It lives in the user's cache folder ({@code bia.cache.dir},
 * {@code $XDG_CACHE_HOME} or {@code ~/.cache}, then {@code bia-deposit/uploads/}), not in a package folder: the user folder is shared by every
 * package sent to it, so only a record per user folder knows which bytes were sent last to a path, whichever
 * package sent them.
 * <p>
 * A file the server already has with the same size is skipped only when this record <em>vouches</em> for it: the
 * last upload to that path had the same size and either the same local file and modification time, or (after a
 * touch, a copy, another local path) the same SHA-256 as the local file now. A same-size file the record does not
 * vouch for (changed here at the same size, or sent some other way) is sent again. The record cannot see a file
 * replaced on the server by another tool at the same size. A line cut short by a crash is ignored. A record that
 * cannot be read or written costs no deposit: files it does not vouch for are sent again by a later run.
 * </p>
 */
final class UploadJournal implements Closeable {

	private static final String SUFFIX = ".uploads.jsonl";
	private static final ObjectMapper JSON = new ObjectMapper();

	/** One confirmed upload. */
	/** @param time when the upload completed (null in lines that have none) */
	record Entry(String server, String remote, String local, long size, long modified, Checksums checksums,
		Instant time) {}

	private final Path file;
	private final Map<String, Entry> byRemote = new HashMap<>(); // server + remote -> latest
	private BufferedWriter out;
	private String problem;

	private UploadJournal(Path file) {
		this.file = file;
	}

	/** The folder of the upload records: {@code bia.cache.dir}, {@code $XDG_CACHE_HOME} or {@code ~/.cache}. */
	static Path defaultFolder() {
		String own = System.getProperty("bia.cache.dir");
		String base = System.getenv("XDG_CACHE_HOME");
		Path folder = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"),
			".cache");
		if (own != null && !own.isBlank()) folder = Path.of(own);
		return folder.resolve("bia-deposit").resolve("uploads");
	}

	/** The record of one user folder, with what earlier runs wrote (nothing if none yet). */
	static UploadJournal open(Path folder, String server, String user) throws IOException {
		String key = server + "\n" + (user == null ? "" : user.strip().toLowerCase(Locale.ROOT));
		UploadJournal journal = new UploadJournal(folder.resolve(hex(key) + SUFFIX));
		try (BufferedReader in = Files.newBufferedReader(journal.file, StandardCharsets.UTF_8)) {
			for (String line; (line = in.readLine()) != null;) {
				Entry e = parse(line);
				if (e != null) journal.remember(e);
			}
		}
		catch (NoSuchFileException e) {
			// nothing sent from here to this user folder yet
		}
		catch (IOException e) {
			journal.problem = "could not read the upload record " + journal.file + " (" + e.getMessage() + ")";
		}
		return journal;
	}

	/** Where the record is kept. */
	Path file() {
		return file;
	}

	/** The last upload of this remote path to this server, or null. */
	synchronized Entry sent(String server, String remote) {
		return byRemote.get(server + "\n" + remote);
	}

	/**
	 * The checksums of the bytes on the server at {@code remote}, when the last upload there was this local file as it
	 * is now (same size, and same path and modification time or else the same SHA-256, read again here); null when
	 * nothing vouches for it. Only SHA-256 vouches; MD5 is never compared.
	 *
	 * @param md5 whether the answer has MD5 too: when the record has none, the local file is read again for it (and
	 *   its SHA-256 must still match); when false, the answer has none
	 */
	Checksums vouched(String server, String remote, Path local, long size, long modified, boolean md5)
		throws IOException
	{
		Entry e = sent(server, remote);
		if (e == null || e.size() != size) return null;
		Checksums recorded = e.checksums();
		if (e.modified() == modified && e.local().equals(local.toString()) && (!md5 || recorded.md5() != null)) {
			return md5 ? recorded : recorded.withoutMd5();
		}
		Checksums now = Checksums.of(local, md5);
		return now.size() == size && now.sha256().equals(recorded.sha256()) ? now : null;
	}

	/**
	 * Appends an entry and flushes it to disk, so that it survives the run being stopped. When the record cannot be
	 * written, the entry is kept for this run only and {@link #problem} says so.
	 */
	synchronized void record(Entry e) {
		remember(e);
		if (problem != null) return;
		try {
			if (out == null) {
				Files.createDirectories(file.getParent());
				out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			}
			ObjectNode line = JSON.createObjectNode();
			line.put("server", e.server()).put("remote", e.remote()).put("local", e.local()).put("size", e.size())
				.put("modified", e.modified());
			if (e.checksums().md5() != null) line.put("md5", e.checksums().md5());
			line.put("sha256", e.checksums().sha256()).put("time", (e.time() == null ? Instant.now() : e.time())
				.toString());
			out.write(JSON.writeValueAsString(line));
			out.write('\n');
			out.flush();
		}
		catch (IOException x) {
			problem = "could not write the upload record " + file + " (" + x.getMessage() + ")";
		}
	}

	/**
	 * What went wrong with the record file, for the depositor, or null: a later run sends again the files it does not
	 * vouch for.
	 */
	synchronized String problem() {
		return problem == null ? null : problem + "; a later run sends again the files it cannot vouch for";
	}

	@Override
	public synchronized void close() throws IOException {
		if (out != null) out.close();
		out = null;
	}

	private synchronized void remember(Entry e) {
		byRemote.put(e.server() + "\n" + e.remote(), e);
	}

	private static Entry parse(String line) {
		try {
			JsonNode n = JSON.readTree(line);
			if (n == null || !n.isObject() || !n.path("remote").isTextual() || !n.path("sha256").isTextual()) {
				return null;
			}
			long size = n.path("size").asLong(-1);
			String md5 = n.path("md5").isTextual() ? n.get("md5").asText() : null; // absent unless asked for
			Instant time = null;
			try {
				if (n.path("time").isTextual()) time = Instant.parse(n.get("time").asText());
			}
			catch (java.time.format.DateTimeParseException e) {
				time = null; // a line written by hand: the rest still vouches
			}
			return new Entry(n.path("server").asText(""), n.get("remote").asText(), n.path("local").asText(""), size,
				n.path("modified").asLong(-1), new Checksums(size, md5, n.get("sha256").asText()), time);
		}
		catch (IOException e) {
			return null; // cut short by an interrupted run
		}
	}

	private static String hex(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
