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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the server checks when a JSON PageTab submission arrives, with its status codes and messages as BioStudies
 * has them (spec 2026-12 §A, §B 3–9): what fails while the PageTab is read (a missing ReleaseDate, an attribute
 * without a name, a File List not found or with a bad name) is a 500 with the message alone; a File List that cannot
 * be parsed is a 400 "Problem processing file list '…'" ({@link FileListReader}); what fails once the request is
 * processed (dates, empty lists, file paths, missing files) is a 400 "Submission validation errors" with exactly one
 * sub-node, the first problem found. Written from the spec with plain Jackson trees, independently of the client.
 */
final class PageTabCheck {

	static final String VALIDATION_ERRORS = "Submission validation errors";
	static final String NO_ATTRIBUTE_NAME = "Attribute name is required. Element was not created.";
	static final Pattern VALID_PATH = Pattern.compile("^(?!\\./)(?!.*/$)(?!.*\\.\\./)[0-9A-Za-z!\\-_*'(). /]+$");
	static final String HELP = "For more information check https://www.ebi.ac.uk/bioimage-archive/help-file-list";
	private static final int MAX_MISSING = 1000;

	/** A file the submission refers to, resolved in the user folder. */
	record Resolved(String path, Path source) {}

	/** A checked submission. */
	record Result(String accNo, LocalDate releaseDate, String title, List<Resolved> files, List<Resolved> fileLists) {}

	/** A path the submission refers to, and the base name of the File List that lists it (null: a section's). */
	private record FileRef(String path, String fileList) {}

	private final Path root;
	private final Path attached;
	private final String email;
	/** Whether files are looked for in the user folder (preferredSources USER_SPACE). */
	private final boolean userSpace;
	/** The replaced version's stored files and File Lists (preferredSources SUBMISSION), or null. */
	private final Path keptFiles, keptLists;
	private final String keptFrom;
	private final List<FileRef> refs = new ArrayList<>();
	private final List<String> fileListNames = new ArrayList<>();

	private PageTabCheck(Path root, Path attached, String email, List<String> sources, Submissions.Version previous) {
		this.root = root;
		this.attached = attached;
		this.email = email;
		this.userSpace = sources.contains(USER_SPACE);
		boolean kept = sources.contains(SUBMISSION) && previous != null;
		this.keptFiles = kept ? previous.folder.resolve("files") : null;
		this.keptLists = kept ? previous.folder.resolve("filelists") : null;
		this.keptFrom = kept ? previous.accNo + " version " + previous.version : null;
	}

	/** The file sources BioStudies searches after the files sent with the request, in its default order. */
	static final String USER_SPACE = "USER_SPACE", SUBMISSION = "SUBMISSION";
	static final List<String> DEFAULT_SOURCES = List.of(USER_SPACE, SUBMISSION);

	/**
	 * Checks {@code submission} for the user whose folder is {@code root}; {@code previous} is the version it
	 * replaces, or null; {@code attached} is the folder of the files sent with the submission (searched first, by
	 * path), or null; {@code sources} the request's preferredSources ({@link #DEFAULT_SOURCES} when it names none):
	 * {@code SUBMISSION} alone is a metadata update, every file taken from the replaced version. Throws the server's
	 * error at the first failing stage.
	 */
	static Result check(JsonNode submission, Path root, Path attached, String email, Submissions.Version previous,
		List<String> sources, LocalDate today) throws IOException {
		return new PageTabCheck(root, attached, email, sources, previous).run(submission, previous, today);
	}

	private Result run(JsonNode submission, Submissions.Version previous, LocalDate today) throws IOException {
		if (submission == null || !submission.isObject()) throw wrapped("The submission must be a JSON object");

		// 1. Reading the PageTab: every element must be complete; the ReleaseDate is looked for in any case.
		JsonNode attributeList = submission.get("attributes");
		Map<String, String> attributes = attributes(attributeList);
		if (!hasAttribute(attributeList, "ReleaseDate")) throw unwrapped("ReleaseDate is required. " +
			"Element was not created.");
		JsonNode section = submission.get("section");
		if (section == null || !section.isObject()) throw unwrapped("The submission has no root 'section' object");
		section(section);

		// 2. File Lists, read against RootPath in the user folder.
		String rootPath = attributes.get("rootpath");
		String sources = (userSpace ? "  - " + email + " user files" + (rootPath == null ? "" : " in /" + rootPath
			.trim()) : "") + (keptFrom == null ? "" : (userSpace ? "\n" : "") + "  - the files of " + keptFrom);
		Path base = UserFiles.resolve(root, rootPath == null ? "" : rootPath.trim());
		List<Resolved> lists = new ArrayList<>();
		List<String> emptyLists = new ArrayList<>();
		for (String name : fileListNames) {
			Resolved list = fileList(base, name, sources);
			if (list == null) emptyLists.add(baseName(name));
			else lists.add(list);
		}

		// 3. Processing the request: the release date (case-sensitive: "releasedate" means now), then the files.
		LocalDate releaseDate = releaseDate(exactValue(attributeList, "ReleaseDate"), previous, today);
		for (String name : emptyLists) throw wrapped(badList(name, "A file list should contain at least one file"));
		List<Resolved> files = files(base, sources);

		String title = attributes.get("title");
		if (title == null) title = attributes(section.get("attributes")).get("title");
		String accNo = Json.text(submission, "accno");
		return new Result(accNo == null ? "" : accNo.trim(), releaseDate, title == null ? "" : title, files, lists);
	}

	/** Thrown before the request is processed: the message alone, 500 (BioStudies' GeneralExceptionHandler). */
	private static ApiError unwrapped(String message) {
		return ApiError.tree(500, message);
	}

	/** Thrown while the request is processed: 400, "Submission validation errors" and this one problem. */
	private static ApiError wrapped(String problem) {
		return ApiError.tree(400, VALIDATION_ERRORS, List.of(problem));
	}

	/**
	 * A date in {@code YYYY-MM-DD} or an ISO instant; without one (or under another spelling of the name) the study
	 * is released now. A new study's date may not have passed; a released study's date may not change.
	 */
	private static LocalDate releaseDate(String text, Submissions.Version previous, LocalDate today) {
		if (text == null || text.isBlank()) return today;
		LocalDate date = parseDate(text.trim());
		if (date == null) throw wrapped("Provided date " + text + " could not be parsed. Expected format is " +
			"YYYY-MM-DD");
		if (previous == null) {
			if (date.isBefore(today)) throw wrapped("Release date cannot be in the past");
		}
		else if (previous.releaseDate != null && !previous.releaseDate.isAfter(today) &&
			!date.equals(previous.releaseDate)) {
			throw wrapped("The release date of a public study cannot be changed");
		}
		return date;
	}

	static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			// try an ISO date-time, which the server accepts too
		}
		try {
			return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
		}
		catch (DateTimeParseException e) {
			// try an instant
		}
		try {
			return Instant.parse(text).atOffset(ZoneOffset.UTC).toLocalDate();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The attributes' values by lower-cased name (first wins); an attribute without a name is refused. */
	private static Map<String, String> attributes(JsonNode list) {
		Map<String, String> out = new LinkedHashMap<>();
		if (list == null || !list.isArray()) return out;
		for (JsonNode a : list) {
			String name = Json.text(a, "name");
			if (name == null || name.isBlank()) throw unwrapped(NO_ATTRIBUTE_NAME);
			String value = Json.text(a, "value");
			out.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), value == null || value.isBlank() ? null : value);
		}
		return out;
	}

	private static boolean hasAttribute(JsonNode list, String name) {
		if (list == null || !list.isArray()) return false;
		for (JsonNode a : list) {
			String n = Json.text(a, "name");
			if (n != null && n.trim().equalsIgnoreCase(name)) return true;
		}
		return false;
	}

	/** The value of the first attribute named exactly {@code name} (BioStudies' Attributable.find), or null. */
	private static String exactValue(JsonNode list, String name) {
		if (list == null || !list.isArray()) return null;
		for (JsonNode a : list) {
			if (name.equals(Json.text(a, "name"))) return Json.text(a, "value");
		}
		return null;
	}

	private void section(JsonNode section) {
		JsonNode attributes = section.get("attributes");
		attributes(attributes);
		if (attributes != null && attributes.isArray()) {
			for (JsonNode a : attributes) {
				String name = Json.text(a, "name");
				String value = Json.text(a, "value");
				if (name != null && name.trim().equalsIgnoreCase("File List") && value != null && !value.isBlank()) {
					fileListNames.add(value.trim());
				}
			}
		}
		for (JsonNode file : entries(section.get("files"))) {
			String path = Json.text(file, "path");
			if (path == null || path.isBlank()) throw unwrapped("File Path is required. Element was not created.");
			refs.add(new FileRef(path, null));
			attributes(file.get("attributes"));
		}
		for (JsonNode link : entries(section.get("links"))) {
			String url = Json.text(link, "url");
			if (url == null || url.isBlank()) throw unwrapped("Link Url is required. Element was not created.");
			attributes(link.get("attributes"));
		}
		for (JsonNode sub : entries(section.get("subsections"))) section(sub);
	}

	/** The objects of a files/links/subsections list, where an entry is an object or a table (array) of them. */
	private static List<JsonNode> entries(JsonNode list) {
		List<JsonNode> out = new ArrayList<>();
		if (list == null || !list.isArray()) return out;
		for (JsonNode entry : list) {
			if (entry.isObject()) out.add(entry);
			else if (entry.isArray()) {
				for (JsonNode row : entry) {
					if (row.isObject()) out.add(row);
				}
			}
		}
		return out;
	}

	/** Reads a File List; null when it lists no file (an error reported later, once the request is processed). */
	private Resolved fileList(Path base, String name, String sources) throws IOException {
		int dot = name.lastIndexOf('.');
		String extension = name.substring(dot + 1);
		String format = extension.toLowerCase(Locale.ROOT);
		if (!format.equals("json") && !format.equals("tsv")) {
			throw ApiError.tree(415, "Unsupported pagetab format: " + extension);
		}
		if (!VALID_PATH.matcher(name).matches()) throw unwrapped(invalidPath(name, null));
		Path file = source(base, name, keptLists);
		if (file == null) throw unwrapped(notFound(name, null, sources));
		if (Files.isDirectory(file)) throw wrapped(badList(baseName(name), "A directory can't be used as File List"));
		List<String> paths = FileListReader.read(file, name, format.equals("json"));
		if (paths.isEmpty()) return null;
		for (String p : paths) refs.add(new FileRef(p, baseName(name)));
		return new Resolved(name, file);
	}

	private static String baseName(String name) {
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static String badList(String name, String message) {
		return "Problem processing file list '" + name + "': " + message;
	}

	/**
	 * Where {@code path} is: among the files sent with the submission, else in the user folder under {@code base},
	 * else among the replaced version's files in {@code kept}, as the sources allow; null when in none.
	 */
	private Path source(Path base, String path, Path kept) {
		if (attached != null) {
			Path sent = UserFiles.resolve(attached, path);
			if (Files.isRegularFile(sent)) return sent;
		}
		if (userSpace) {
			Path user = UserFiles.resolve(root, base, path);
			if (Files.exists(user)) return user;
		}
		if (kept != null) {
			Path stored = UserFiles.resolve(kept, path);
			if (Files.exists(stored)) return stored;
		}
		return null;
	}

	/** Resolves every path, in order; the first invalid or missing one fails the submission. */
	private List<Resolved> files(Path base, String sources) {
		Map<String, Resolved> found = new LinkedHashMap<>();
		for (FileRef ref : refs) {
			if (!VALID_PATH.matcher(ref.path()).matches()) throw wrapped(invalidPath(ref.path(), ref.fileList()));
			Path file;
			try {
				file = source(base, ref.path(), keptFiles);
			}
			catch (ApiError e) {
				throw wrapped(e.getMessage());
			}
			if (file == null) throw wrapped(notFound(ref.path(), ref.fileList(), sources));
			found.putIfAbsent(ref.path(), new Resolved(ref.path(), file));
		}
		return new ArrayList<>(found.values());
	}

	static String invalidPath(String path, String fileList) {
		StringBuilder m = new StringBuilder("The given file path contains invalid characters: ").append(path)
			.append('\n');
		if (fileList != null) m.append("Referenced in file list: ").append(fileList).append('\n');
		return m.append(HELP).toString();
	}

	/** BioStudies' message for a file not found in any of the {@code sources} (lines "  - …"). */
	private static String notFound(String path, String fileList, String sources) {
		StringBuilder m = new StringBuilder("The following files could not be found:\n  - ").append(path)
			.append('\n');
		if (fileList != null) m.append("Referenced in file list: ").append(fileList).append('\n');
		return m.append("List of available sources:\n").append(sources).toString();
	}

	/**
	 * The message of a request made INVALID later (a file gone before it was stored), as the backend's
	 * FILES_VALIDATED stage lists them: at most {@value #MAX_MISSING} names.
	 */
	static String notFound(List<String> paths, String email) {
		Set<String> unique = new LinkedHashSet<>(paths);
		StringBuilder m = new StringBuilder("The following files could not be found:\n");
		int n = 0;
		for (String p : unique) {
			if (n++ == MAX_MISSING) {
				m.append("  - … and ").append(unique.size() - MAX_MISSING).append(" more\n");
				break;
			}
			m.append("  - ").append(p).append('\n');
		}
		return m.append("List of available sources:\n  - ").append(email).append(" user files").toString();
	}
}
