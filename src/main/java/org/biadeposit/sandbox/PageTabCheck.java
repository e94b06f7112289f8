package org.biadeposit.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the server checks when a JSON PageTab submission arrives, with its messages (spec §3, §4, §6): the
 * ReleaseDate, the structure, every File List, and every file path. Written from the spec with plain Jackson trees,
 * independently of the client's PageTab code.
 */
final class PageTabCheck {

	static final String VALIDATION_ERRORS = "Submission validation errors";
	static final Pattern VALID_PATH = Pattern.compile("^(?!\\./)(?!.*/$)(?!.*\\.\\./)[0-9A-Za-z!\\-_*'(). /]+$");
	static final String HELP = "For more information check https://www.ebi.ac.uk/bioimage-archive/help-file-list";
	private static final int MAX_MISSING = 1000;

	/** A file the submission refers to, resolved in the user folder. */
	record Resolved(String path, Path source) {}

	/** A checked submission. */
	record Result(String accNo, LocalDate releaseDate, String title, List<Resolved> files, List<Resolved> fileLists) {}

	private record FileRef(String path, String fileList) {}

	private final Path root;
	private final Path attached;
	private final String email;
	private final List<String> problems = new ArrayList<>();
	private final List<FileRef> refs = new ArrayList<>();
	private final List<String> fileListNames = new ArrayList<>();

	private PageTabCheck(Path root, Path attached, String email) {
		this.root = root;
		this.attached = attached;
		this.email = email;
	}

	/**
	 * Checks {@code submission} for the user whose folder is {@code root}; {@code previousReleaseDate} is that of
	 * the version it replaces (a resubmission may keep a date that has passed), or null; {@code attached} is the
	 * folder of the files sent with the submission (searched first, by path), or null. Throws the server's error
	 * (400, or 415 for a File List in a format the sandbox does not read) at the first failing stage.
	 */
	static Result check(JsonNode submission, Path root, Path attached, String email, LocalDate previousReleaseDate,
		LocalDate today) throws IOException {
		return new PageTabCheck(root, attached, email).run(submission, previousReleaseDate, today);
	}

	private Result run(JsonNode submission, LocalDate previousReleaseDate, LocalDate today) throws IOException {
		if (submission == null || !submission.isObject()) fail(List.of("The submission must be a JSON object"));

		// 1. Submission attributes and the release date.
		Map<String, String> attributes = attributes(submission.get("attributes"));
		String releaseText = attributes.get("releasedate");
		LocalDate releaseDate = null;
		if (releaseText == null || releaseText.isBlank()) {
			problems.add("ReleaseDate is required. Element was not created.");
		}
		else {
			releaseDate = parseDate(releaseText.trim());
			if (releaseDate == null) problems.add("Provided date " + releaseText +
				" could not be parsed. Expected format is YYYY-MM-DD");
			else if (releaseDate.isBefore(today) && !releaseDate.equals(previousReleaseDate)) {
				problems.add("Release date cannot be in the past");
			}
		}

		// 2. Structure: sections, attributes, files, links; collect File Lists and file paths.
		JsonNode section = submission.get("section");
		if (section == null || !section.isObject()) problems.add("The submission has no root 'section' object");
		else section(section);
		if (!problems.isEmpty()) fail(problems);

		String title = attributes.get("title");
		if (title == null && section != null) title = attributes(section.get("attributes")).get("title");

		// 3. File lists, then files, resolved against RootPath in the user folder.
		String rootPath = attributes.get("rootpath");
		Path base = UserFiles.resolve(root, rootPath == null ? "" : rootPath.trim());
		List<Resolved> lists = new ArrayList<>();
		for (String name : fileListNames) {
			Resolved list = fileList(base, name);
			if (list != null) lists.add(list);
		}
		List<Resolved> files = files(base);
		if (!problems.isEmpty()) fail(problems);

		String accNo = Json.text(submission, "accno");
		return new Result(accNo == null ? "" : accNo.trim(), releaseDate, title == null ? "" : title, files, lists);
	}

	private static void fail(List<String> details) {
		throw ApiError.tree(400, VALIDATION_ERRORS, details);
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

	/** The attributes' values by lower-cased name (first wins); reports attributes without a name. */
	private Map<String, String> attributes(JsonNode list) {
		Map<String, String> out = new LinkedHashMap<>();
		if (list == null || !list.isArray()) return out;
		for (JsonNode a : list) {
			String name = Json.text(a, "name");
			if (name == null || name.isBlank()) {
				problems.add("Attribute name is required. Element was not created.");
				continue;
			}
			String value = Json.text(a, "value");
			out.putIfAbsent(name.trim().toLowerCase(Locale.ROOT), value == null || value.isBlank() ? null : value);
		}
		return out;
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
			if (path == null || path.isBlank()) problems.add("File Path is required. Element was not created.");
			else refs.add(new FileRef(path, null));
			attributes(file.get("attributes"));
		}
		for (JsonNode link : entries(section.get("links"))) {
			String url = Json.text(link, "url");
			if (url == null || url.isBlank()) problems.add("Link Url is required. Element was not created.");
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

	private Resolved fileList(Path base, String name) throws IOException {
		int dot = name.lastIndexOf('.');
		int slash = name.lastIndexOf('/');
		String extension = dot > slash ? name.substring(dot + 1) : "";
		String format = extension.toLowerCase(Locale.ROOT);
		if (!format.equals("json") && !format.equals("tsv")) {
			throw ApiError.tree(415, "Unsupported pagetab format: " + extension);
		}
		if (!VALID_PATH.matcher(name).matches()) {
			problems.add(invalidPath(name, null));
			return null;
		}
		Path file = source(base, name);
		if (!Files.exists(file)) {
			problems.add(notFound(List.of(name), null, email));
			return null;
		}
		if (Files.isDirectory(file)) {
			problems.add(badList(name, "A directory can't be used as File List"));
			return null;
		}
		int before = problems.size();
		List<FileRef> entries = format.equals("json") ? readJsonList(file, name) : readTsvList(file, name);
		if (problems.size() > before) return null;
		if (entries.isEmpty()) {
			problems.add(badList(name, "A file list should contain at least one file"));
			return null;
		}
		refs.addAll(entries);
		return new Resolved(name, file);
	}

	private static String badList(String name, String message) {
		return "Problem processing file list '" + name + "': " + message;
	}

	private List<FileRef> readJsonList(Path file, String name) throws IOException {
		List<FileRef> out = new ArrayList<>();
		JsonNode list;
		try {
			list = Json.MAPPER.readTree(file.toFile());
		}
		catch (JsonProcessingException e) {
			problems.add(badList(name, "The provided page tab doesn't match the file list format: " +
				e.getOriginalMessage()));
			return out;
		}
		if (list == null || !list.isArray()) {
			problems.add(badList(name, "Expected content to be an array"));
			return out;
		}
		for (JsonNode entry : list) {
			String path = Json.text(entry, "path");
			if (path == null || path.isBlank()) {
				problems.add("File Path is required. Element was not created.");
				continue;
			}
			attributes(entry.get("attributes"));
			out.add(new FileRef(path, name));
		}
		return out;
	}

	private List<FileRef> readTsvList(Path file, String name) throws IOException {
		List<FileRef> out = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
			StandardCharsets.UTF_8))) {
			String line;
			String[] header = null;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) continue;
				String[] cells = line.split("\t", -1);
				if (header == null) {
					header = cells;
					if (!cells[0].equals("Files")) {
						problems.add("First header value should be 'Files'. Element was not created.");
						return out;
					}
					for (int i = 1; i < cells.length; i++) {
						if (cells[i].isBlank()) {
							problems.add("Attribute name is required. Element was not created.");
							return out;
						}
					}
					continue;
				}
				if (cells[0].isBlank()) problems.add("File Path is required. Element was not created.");
				else out.add(new FileRef(cells[0], name));
			}
		}
		return out;
	}

	/** Where {@code path} is: among the files sent with the submission, else in the user folder under {@code base}. */
	private Path source(Path base, String path) {
		if (attached != null) {
			Path sent = UserFiles.resolve(attached, path);
			if (Files.isRegularFile(sent)) return sent;
		}
		return UserFiles.resolve(root, base, path);
	}

	private List<Resolved> files(Path base) {
		Map<String, List<String>> missing = new LinkedHashMap<>();
		Map<String, Resolved> found = new LinkedHashMap<>();
		for (FileRef ref : refs) {
			if (!VALID_PATH.matcher(ref.path()).matches()) {
				problems.add(invalidPath(ref.path(), ref.fileList()));
				continue;
			}
			Path file;
			try {
				file = source(base, ref.path());
			}
			catch (ApiError e) {
				problems.add(e.getMessage());
				continue;
			}
			if (Files.exists(file)) found.putIfAbsent(ref.path(), new Resolved(ref.path(), file));
			else missing.computeIfAbsent(ref.fileList() == null ? "" : ref.fileList(), k -> new ArrayList<>())
				.add(ref.path());
		}
		missing.forEach((list, paths) -> problems.add(notFound(paths, list.isEmpty() ? null : list, email)));
		return new ArrayList<>(found.values());
	}

	static String invalidPath(String path, String fileList) {
		StringBuilder m = new StringBuilder("The given file path contains invalid characters: ").append(path)
			.append('\n');
		if (fileList != null) m.append("Referenced in file list: ").append(fileList).append('\n');
		return m.append(HELP).toString();
	}

	/** BioStudies' missing-files message; at most {@value #MAX_MISSING} names. */
	static String notFound(List<String> paths, String fileList, String email) {
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
		if (fileList != null) m.append("Referenced in file list: ").append(fileList).append('\n');
		return m.append("List of available sources:\n  - ").append(email).append(" user folder").toString();
	}
}
