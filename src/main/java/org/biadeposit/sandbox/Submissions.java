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
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Accepted submissions: accession numbers (a counter kept in the data folder, so a restart goes on counting), the
 * versions of every study, their request status, and the stored copy of what was submitted:
 * {@code submissions/<accNo>/v<version>/submission.json}, {@code request.json}, {@code files/<path>} (every file
 * the submission refers to, hard-linked or copied from the user folder when processed) and
 * {@code filelists/<path>} (its File Lists).
 */
final class Submissions implements AutoCloseable {

	static final String REQUESTED = "REQUESTED";
	static final String FILES_COPIED = "FILES_COPIED";
	static final String PROCESSED = "PROCESSED";
	static final String INVALID = "INVALID";
	private static final String COUNTER = ".accession-counter";
	private static final Pattern VERSION_FOLDER = Pattern.compile("v([0-9]+)");

	/** One version of a study and the state of its request. */
	static final class Version {
		final String accNo;
		final int version;
		final String owner;
		final Instant mtime;
		final LocalDate releaseDate;
		final String title;
		final Path folder;
		private final List<PageTabCheck.Resolved> files;
		private final List<PageTabCheck.Resolved> fileLists;
		private volatile String status;
		private volatile List<String> errors = List.of();

		Version(String accNo, int version, String owner, Instant mtime, LocalDate releaseDate, String title,
			Path folder, List<PageTabCheck.Resolved> files, List<PageTabCheck.Resolved> fileLists, String status) {
			this.accNo = accNo;
			this.version = version;
			this.owner = owner;
			this.mtime = mtime;
			this.releaseDate = releaseDate;
			this.title = title;
			this.folder = folder;
			this.files = files;
			this.fileLists = fileLists;
			this.status = status;
		}

		String status() {
			return status;
		}

		List<String> errors() {
			return errors;
		}

		boolean isFinal() {
			return PROCESSED.equals(status) || INVALID.equals(status);
		}

		boolean ownedBy(String email) {
			return owner.equalsIgnoreCase(email);
		}
	}

	private final Path root;
	private final String prefix;
	private final Duration delay;
	private final ScheduledExecutorService worker;
	private final Map<String, NavigableMap<Integer, Version>> studies = new HashMap<>();
	private long lastNumber;

	Submissions(Path root, String prefix, Duration delay) throws IOException {
		this.root = root;
		this.prefix = prefix;
		this.delay = delay;
		this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "bia-sandbox-processing");
			t.setDaemon(true);
			return t;
		});
		Files.createDirectories(root);
		load();
	}

	@Override
	public void close() {
		worker.shutdownNow();
	}

	// ---- queries

	synchronized Version latest(String accNo) {
		NavigableMap<Integer, Version> versions = studies.get(accNo);
		return versions == null ? null : versions.lastEntry().getValue();
	}

	synchronized Version version(String accNo, int version) {
		NavigableMap<Integer, Version> versions = studies.get(accNo);
		return versions == null ? null : versions.get(version);
	}

	/** The newest PROCESSED version, or null. */
	synchronized Version latestProcessed(String accNo) {
		NavigableMap<Integer, Version> versions = studies.get(accNo);
		if (versions == null) return null;
		for (Version v : versions.descendingMap().values()) {
			if (PROCESSED.equals(v.status)) return v;
		}
		return null;
	}

	/** The newest version of every study the user owns, newest first. */
	synchronized List<Version> of(String email) {
		List<Version> out = new ArrayList<>();
		for (NavigableMap<Integer, Version> versions : studies.values()) {
			Version v = versions.lastEntry().getValue();
			if (v.ownedBy(email)) out.add(v);
		}
		out.sort(Comparator.comparing((Version v) -> v.mtime).reversed());
		return out;
	}

	/**
	 * The version a submission with {@code accNo} replaces: null for a blank accession (a new study); refuses an
	 * accession the user may not use and a study whose last request is still being processed.
	 */
	synchronized Version replaced(String accNo, String email) {
		if (accNo == null || accNo.isBlank()) return null;
		Version latest = latest(accNo);
		if (latest == null) throw ApiError.tree(403, "The user " + email +
			" is not allowed to provide accession number directly");
		if (!latest.ownedBy(email)) throw ApiError.tree(403, "The user " + email +
			" is not allowed to update the submission " + accNo);
		if (!latest.isFinal()) throw ApiError.tree(400, "Submission request can't be accepted. Submission with '" +
			accNo + "' is currently being processed.");
		return latest;
	}

	// ---- submitting

	/** Accepts a checked submission: assigns accession and version, stores it, and starts processing. */
	synchronized Version accept(PageTabCheck.Result checked, String email, ObjectNode pageTab) throws IOException {
		Version previous = replaced(checked.accNo(), email);
		String accNo;
		int number;
		if (previous == null) {
			accNo = nextAccession();
			number = 1;
		}
		else {
			accNo = previous.accNo;
			number = previous.version + 1;
		}
		Path folder = root.resolve(accNo).resolve("v" + number);
		Files.createDirectories(folder);
		pageTab.put("accno", accNo);
		pageTab.put("type", "submission");
		Files.write(folder.resolve("submission.json"), Json.MAPPER.writerWithDefaultPrettyPrinter()
			.writeValueAsBytes(pageTab));
		Version v = new Version(accNo, number, email, Instant.now(), checked.releaseDate(), checked.title(), folder,
			checked.files(), checked.fileLists(), REQUESTED);
		save(v);
		studies.computeIfAbsent(accNo, k -> new TreeMap<>()).put(number, v);
		long half = delay.toMillis() / 2;
		worker.schedule(() -> copyFiles(v, delay.toMillis() - half), half, TimeUnit.MILLISECONDS);
		return v;
	}

	/** Waits until the request is PROCESSED or INVALID; false on time-out. */
	boolean awaitFinal(Version v, Duration timeout) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (!v.isFinal()) {
			if (System.nanoTime() > end) return false;
			Thread.sleep(10);
		}
		return true;
	}

	private String nextAccession() throws IOException {
		lastNumber++;
		Path counter = root.resolve(COUNTER);
		Path tmp = root.resolve(COUNTER + ".tmp");
		Files.writeString(tmp, Long.toString(lastNumber) + "\n");
		Files.move(tmp, counter, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return prefix + lastNumber;
	}

	private void copyFiles(Version v, long rest) {
		try {
			List<String> gone = new ArrayList<>();
			for (PageTabCheck.Resolved f : v.files) {
				if (!Files.exists(f.source())) gone.add(f.path());
			}
			if (!gone.isEmpty()) {
				finish(v, INVALID, List.of(PageTabCheck.notFound(gone, v.owner)));
				return;
			}
			for (PageTabCheck.Resolved f : v.files) store(f, v.folder.resolve("files"));
			for (PageTabCheck.Resolved f : v.fileLists) store(f, v.folder.resolve("filelists"));
			finish(v, FILES_COPIED, List.of());
			worker.schedule(() -> finish(v, PROCESSED, List.of()), rest, TimeUnit.MILLISECONDS);
		}
		catch (IOException | RuntimeException e) {
			finish(v, INVALID, List.of("The sandbox could not store the submission's files: " + e));
		}
	}

	private static void store(PageTabCheck.Resolved f, Path into) throws IOException {
		Path target = into.resolve(f.path()).normalize();
		if (!target.startsWith(into)) throw new IOException("the path leaves the submission folder: " + f.path());
		if (Files.isDirectory(f.source())) {
			try (Stream<Path> walk = Files.walk(f.source())) {
				for (Path p : (Iterable<Path>) walk::iterator) {
					Path t = target.resolve(f.source().relativize(p).toString());
					if (Files.isDirectory(p)) Files.createDirectories(t);
					else linkOrCopy(p, t);
				}
			}
		}
		else linkOrCopy(f.source(), target);
	}

	private static void linkOrCopy(Path source, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.deleteIfExists(target);
		try {
			Files.createLink(target, source);
		}
		catch (IOException | UnsupportedOperationException e) {
			// Another file system, or no hard links here: copy.
			Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void finish(Version v, String status, List<String> errors) {
		v.errors = List.copyOf(errors);
		v.status = status;
		try {
			save(v);
		}
		catch (IOException e) {
			// The state in memory is what the API reports; the file only helps a restart.
		}
	}

	// ---- JSON shapes

	/** The SubmissionDto of spec §3. */
	static ObjectNode dto(Version v) {
		ObjectNode dto = Json.object();
		dto.put("accno", v.accNo);
		dto.put("displayAccNo", v.accNo);
		dto.put("newSubmission", false);
		dto.put("title", v.title);
		dto.put("mtime", OffsetDateTime.ofInstant(v.mtime, ZoneOffset.UTC).toString());
		dto.put("rtime", v.releaseDate == null ? null : v.releaseDate.atStartOfDay().atOffset(ZoneOffset.UTC)
			.toString());
		String status = v.status;
		dto.put("status", PROCESSED.equals(status) || INVALID.equals(status) ? status : "PROCESSING");
		ArrayNode errors = dto.putArray("errors");
		v.errors.forEach(errors::add);
		return dto;
	}

	/** The request object of {@code GET /submissions/requests/{accNo}/{version}}. */
	static ObjectNode request(Version v) throws IOException {
		ObjectNode r = Json.object();
		r.put("accNo", v.accNo);
		r.put("version", v.version);
		r.put("owner", v.owner);
		r.put("status", v.status);
		r.put("modificationTime", OffsetDateTime.ofInstant(v.mtime, ZoneOffset.UTC).toString());
		ArrayNode errors = r.putArray("errors");
		v.errors.forEach(errors::add);
		Path pageTab = v.folder.resolve("submission.json");
		if (Files.isRegularFile(pageTab)) r.set("submission", Json.MAPPER.readTree(pageTab.toFile()));
		return r;
	}

	// ---- persistence

	private void save(Version v) throws IOException {
		ObjectNode r = Json.object();
		r.put("accNo", v.accNo);
		r.put("version", v.version);
		r.put("owner", v.owner);
		r.put("status", v.status);
		ArrayNode errors = r.putArray("errors");
		v.errors.forEach(errors::add);
		r.put("mtime", v.mtime.toString());
		r.put("releaseDate", v.releaseDate == null ? null : v.releaseDate.toString());
		r.put("title", v.title);
		Path tmp = v.folder.resolve("request.json.tmp");
		Files.write(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(r));
		Files.move(tmp, v.folder.resolve("request.json"), StandardCopyOption.REPLACE_EXISTING,
			StandardCopyOption.ATOMIC_MOVE);
	}

	private void load() throws IOException {
		Path counter = root.resolve(COUNTER);
		if (Files.isRegularFile(counter)) {
			try {
				lastNumber = Long.parseLong(Files.readString(counter, StandardCharsets.UTF_8).trim());
			}
			catch (NumberFormatException e) {
				throw new IOException(counter + " should hold the last accession number, not '" +
					Files.readString(counter).trim() + "'", e);
			}
		}
		Pattern own = Pattern.compile(Pattern.quote(prefix) + "([0-9]{1,18})");
		try (DirectoryStream<Path> accessions = Files.newDirectoryStream(root, Files::isDirectory)) {
			for (Path study : accessions) {
				String accNo = study.getFileName().toString();
				Matcher m = own.matcher(accNo);
				if (m.matches()) lastNumber = Math.max(lastNumber, Long.parseLong(m.group(1)));
				try (DirectoryStream<Path> versions = Files.newDirectoryStream(study, Files::isDirectory)) {
					for (Path folder : versions) {
						Matcher vm = VERSION_FOLDER.matcher(folder.getFileName().toString());
						Path request = folder.resolve("request.json");
						if (!vm.matches() || !Files.isRegularFile(request)) continue;
						Version v = loadVersion(accNo, Integer.parseInt(vm.group(1)), folder, request);
						studies.computeIfAbsent(accNo, k -> new TreeMap<>()).put(v.version, v);
					}
				}
			}
		}
	}

	private Version loadVersion(String accNo, int number, Path folder, Path request) throws IOException {
		JsonNode r = Json.MAPPER.readTree(request.toFile());
		String release = Json.text(r, "releaseDate");
		String mtime = Json.text(r, "mtime");
		String owner = Json.text(r, "owner");
		String title = Json.text(r, "title");
		Version v = new Version(accNo, number, owner == null ? "" : owner,
			mtime == null ? Instant.EPOCH : Instant.parse(mtime), release == null ? null : LocalDate.parse(release),
			title == null ? "" : title, folder, List.of(), List.of(), Json.text(r, "status"));
		List<String> errors = new ArrayList<>();
		JsonNode e = r.get("errors");
		if (e != null && e.isArray()) e.forEach(n -> errors.add(n.asText()));
		v.errors = List.copyOf(errors);
		if (!v.isFinal()) finish(v, INVALID, List.of("The sandbox stopped before this request was processed"));
		return v;
	}
}
