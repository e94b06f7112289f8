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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code OUT/.upload-journal.jsonl}: one JSON line per file the server confirmed, written as each upload completes
 * (server, remote path, local path, size, modification time, MD5, SHA-256). An interrupted run leaves the lines of
 * everything that arrived, so a run started again
 * <ul>
 * <li>takes the checksums of files it does not send again from here, instead of reading them a second time, and</li>
 * <li>notices a local file that changed since it was sent with the same size (its modification time differs), and
 * sends it again rather than trusting the size alone.</li>
 * </ul>
 * Which files are on the server is always asked of the server; the journal only adds what the server cannot tell.
 * A line cut short by a crash is ignored.
 */
final class UploadJournal implements Closeable {

	static final String NAME = ".upload-journal.jsonl";
	private static final ObjectMapper JSON = new ObjectMapper();

	/** One confirmed upload. */
	record Entry(String server, String remote, String local, long size, long modified, Checksums checksums) {}

	private final Path file;
	private final Map<String, Entry> byRemote = new HashMap<>(); // server + remote -> latest
	private final Map<String, Entry> byLocal = new HashMap<>(); // local + size + modified -> latest
	private BufferedWriter out;

	private UploadJournal(Path file) {
		this.file = file;
	}

	/** The journal in this file, with what earlier runs wrote (nothing if the file does not exist). */
	static UploadJournal open(Path file) throws IOException {
		UploadJournal journal = new UploadJournal(file);
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line; (line = in.readLine()) != null;) {
				Entry e = parse(line);
				if (e != null) journal.remember(e);
			}
		}
		catch (NoSuchFileException e) {
			// a first run
		}
		return journal;
	}

	/** The last upload of this remote path to this server, or null. */
	synchronized Entry sent(String server, String remote) {
		return byRemote.get(server + "\n" + remote);
	}

	/** The checksums recorded for this local file as it is now (same size and modification time), or null. */
	synchronized Checksums checksums(Path local, long size, long modified) {
		Entry e = byLocal.get(local.toString() + "\n" + size + "\n" + modified);
		return e == null ? null : e.checksums();
	}

	/** Appends an entry and flushes it to disk, so that it survives the run being stopped. */
	synchronized void record(Entry e) throws IOException {
		if (out == null) {
			out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		}
		ObjectNode line = JSON.createObjectNode();
		line.put("server", e.server()).put("remote", e.remote()).put("local", e.local()).put("size", e.size())
			.put("modified", e.modified()).put("md5", e.checksums().md5()).put("sha256", e.checksums().sha256())
			.put("time", Instant.now().toString());
		out.write(JSON.writeValueAsString(line));
		out.write('\n');
		out.flush();
		remember(e);
	}

	List<Entry> entries() {
		return new ArrayList<>(byRemote.values());
	}

	@Override
	public synchronized void close() throws IOException {
		if (out != null) out.close();
		out = null;
	}

	private void remember(Entry e) {
		byRemote.put(e.server() + "\n" + e.remote(), e);
		byLocal.put(e.local() + "\n" + e.size() + "\n" + e.modified(), e);
	}

	private static Entry parse(String line) {
		try {
			JsonNode n = JSON.readTree(line);
			if (n == null || !n.isObject() || !n.hasNonNull("remote") || !n.hasNonNull("sha256")) return null;
			long size = n.path("size").asLong(-1);
			return new Entry(n.path("server").asText(""), n.get("remote").asText(), n.path("local").asText(""), size,
				n.path("modified").asLong(-1), new Checksums(size, n.path("md5").asText(""), n.get("sha256").asText()));
		}
		catch (IOException e) {
			return null; // cut short by an interrupted run
		}
	}
}
