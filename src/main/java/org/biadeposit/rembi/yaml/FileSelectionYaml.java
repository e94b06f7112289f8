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
package org.biadeposit.rembi.yaml;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

import org.biadeposit.rembi.FileListBuilder;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.PathPattern;

/**
 * Reads the {@code files}, {@code pattern}, {@code columns} and {@code constant_columns} keys of a study component or annotation set. Every
 * path they name stays inside the dataset folder, also after following links; a glob or pattern that cannot be
 * compiled, or a path that leaves the folder, is an error at its line and is left out of the selection, so that
 * nothing later stumbles over it or opens a file outside the dataset.
 */
final class FileSelectionYaml {

	private final Path datasetRoot;

	/** @param datasetRoot the dataset folder; null when there is none (no path is checked on disk then) */
	FileSelectionYaml(Path datasetRoot) {
		this.datasetRoot = datasetRoot;
	}

	/**
	 * An image acquisition's rule for the files it took: {@code files:} (folders, globs) and {@code pattern:}; null
	 * if it gives neither.
	 */
	FileSelection rule(YamlMapping m) {
		List<String> folders = new ArrayList<>();
		List<String> globs = new ArrayList<>();
		files(m.get("files"), folders, globs);
		String pattern = pattern(m.get("pattern"));
		return folders.isEmpty() && globs.isEmpty() && pattern == null ? null : new FileSelection(folders, globs,
			pattern, null);
	}

	/** {@code files:}: a folder, a glob, or a list of them, inside the dataset folder. */
	private void files(YamlValue files, List<String> folders, List<String> globs) {
		if (files.isMapping()) {
			files.error("is a mapping, but a folder, a glob, or a list of them is needed here, such as " +
				"\"files: images\" or \"files: [plate1/*.tif, plate2]\"");
			return;
		}
		for (YamlValue v : files.isList() ? files.items() : files.isGiven() ? List.of(files) : List
			.<YamlValue> of())
		{
			String text = v.text();
			String path = text == null ? null : inside(v, text);
			if (path == null) continue;
			if (isGlob(path)) {
				if (compiles(v, text, path)) globs.add(path);
			}
			else {
				folders.add(path);
			}
		}
	}

	/** {@code pattern:}, or null if absent or wrong (then an error at it). */
	private static String pattern(YamlValue patternValue) {
		String pattern = patternValue.text();
		if (pattern == null) return null;
		try {
			PathPattern.compile(pattern);
			return pattern;
		}
		catch (IllegalArgumentException e) {
			patternValue.error(e.getMessage() + "; correct the pattern: each {name} part becomes a File-list " +
				"column, e.g. \"{donor}/{condition}/day{day}/*.tif\"");
			return null;
		}
	}

	/**
	 * The files, pattern, columns and non-image files of a component or annotation set; null if it gives none of
	 * them.
	 */
	FileSelection read(YamlMapping m) {
		List<String> folders = new ArrayList<>();
		List<String> globs = new ArrayList<>();
		files(m.get("files"), folders, globs);
		String pattern = pattern(m.get("pattern"));
		// columns: a side table's path, or a mapping of column name to the value every file gets
		YamlValue columnsValue = m.get("columns");
		String columns = null;
		Map<String, String> values = new LinkedHashMap<>();
		if (columnsValue.isMapping()) {
			for (Map.Entry<String, YamlValue> e : columnsValue.mapping(null).entries().entrySet()) {
				String v = e.getValue().text();
				if (v != null) values.put(e.getKey(), v);
			}
		}
		else {
			String table = columnsValue.text();
			columns = table == null ? null : inside(columnsValue, table);
		}
		// non_image_files: data that is not images; deposited as it is, not read as images
		YamlValue nonImageValue = m.get(FileSelection.NON_IMAGE_KEY);
		List<String> nonImage = new ArrayList<>();
		if (nonImageValue.isMapping()) {
			nonImageValue.error("is a mapping, but a file, folder or glob, or a list of them, is needed here, such " +
				"as \"non_image_files: [tables/*.tif]\"");
		}
		else {
			for (YamlValue v : nonImageValue.isList() ? nonImageValue.items() : nonImageValue.isGiven() ? List.of(
				nonImageValue) : List.<YamlValue> of())
			{
				String text = v.text();
				String path = text == null ? null : inside(v, text);
				if (path != null && (!isGlob(path) || compiles(v, text, path))) nonImage.add(path);
			}
		}
		List<String> constant = constantColumns(m.get(FileSelection.CONSTANT_COLUMNS_KEY));
		if (folders.isEmpty() && globs.isEmpty() && pattern == null && columns == null && values.isEmpty() &&
			nonImage.isEmpty() && constant.isEmpty())
		{
			return null;
		}
		return new FileSelection(folders, globs, pattern, columns, values, nonImage, constant);
	}

	/**
	 * {@code constant_columns:}: true for every harvested column, or a list of harvested column names, written in
	 * the File-list even when all its images share the value; a name that is no harvested column is an error.
	 */
	private static List<String> constantColumns(YamlValue v) {
		if (!v.isGiven()) return List.of();
		List<String> known = FileListBuilder.harvestedColumns();
		String hint = "; write \"constant_columns: true\" for every harvested column, or a list of them, such as " +
			"\"constant_columns: [Pixel size X (µm), Channels]\" (harvested columns: " + String.join(", ", known) +
			")";
		if (v.isMapping()) {
			v.error("is a mapping, but true, false or a list of column names is needed here" + hint);
			return List.of();
		}
		if (!v.isList()) {
			String t = v.text() == null ? "" : v.text().trim().toLowerCase(Locale.ROOT);
			if (t.equals("true") || t.equals("yes")) return List.of(FileSelection.EVERY_COLUMN);
			if (t.equals("false") || t.equals("no")) return List.of();
		}
		List<String> names = new ArrayList<>();
		for (YamlValue item : v.isList() ? v.items() : List.of(v)) {
			String name = item.text() == null ? null : item.text().trim();
			if (name == null || name.isEmpty()) continue;
			String match = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
			if (match == null) item.error("\"" + name + "\" is not a harvested File-list column" + hint);
			else if (!names.contains(match)) names.add(match);
		}
		return names;
	}

	private static boolean isGlob(String path) {
		return path.matches("(?s).*[*?\\[].*");
	}

	/** Whether the glob compiles as the dataset walk compiles it; if not, an error saying what is wrong. */
	private static boolean compiles(YamlValue v, String given, String glob) {
		try {
			FileSystems.getDefault().getPathMatcher("glob:" + glob);
			return true;
		}
		catch (PatternSyntaxException e) {
			v.error("\"" + given + "\" is not a glob bia-deposit can read: " + globProblem(e) + " (at character " +
				(e.getIndex() + 1) + "); write folders and file names with * (any name), ** (any folders), ? (one " +
				"character), [abc] (one of these) and {tif,png} (one of these words), e.g. \"plate1/**/*.tif\"");
			return false;
		}
	}

	private static String globProblem(PatternSyntaxException e) {
		String d = e.getDescription() == null ? "" : e.getDescription();
		if (d.contains("name separator")) return "a / cannot stand inside [ ]";
		if (d.contains("Missing '}'")) return "a { is never closed with }";
		if (d.contains("Missing ']'")) return "a [ is never closed with ]";
		if (d.contains("nested")) return "a { } group cannot hold another";
		if (d.contains("No character to escape")) return "it ends with a \\";
		return d.isEmpty() ? "it cannot be read" : d.toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * A folder, glob or table path relative to the dataset root, {@code /}-separated, without {@code .} and
	 * {@code ..} parts; "." for the root itself; null (and an error) if it points outside the root, by its text or
	 * through a link.
	 */
	private String inside(YamlValue v, String given) {
		String p = given.replace('\\', '/');
		String base = datasetRoot == null ? null : datasetRoot.toAbsolutePath().normalize().toString().replace('\\',
			'/');
		if (p.startsWith("/") || p.matches("(?s)[A-Za-z]:/.*")) {
			String prefix = base == null ? null : base.endsWith("/") ? base : base + "/";
			if (base != null && (p.equals(base) || p.startsWith(prefix))) {
				p = p.equals(base) ? "" : p.substring(prefix.length());
			}
			else {
				v.error("\"" + given + "\" is outside the dataset folder" + (base == null ? "" : " " + base) +
					"; give a path relative to it, such as \"images\", \"plate1/*.tif\" or \"tables/extra.tsv\"");
				return null;
			}
		}
		Deque<String> parts = new ArrayDeque<>();
		for (String part : p.split("/")) {
			if (part.isEmpty() || part.equals(".")) continue;
			if (part.equals("..")) {
				if (parts.isEmpty()) {
					v.error("\"" + given + "\" leads out of the dataset folder; give a path inside it, relative to " +
						"it, such as \"images\", \"plate1/*.tif\" or \"tables/extra.tsv\"");
					return null;
				}
				parts.removeLast();
				continue;
			}
			parts.addLast(part);
		}
		String relative = parts.isEmpty() ? "." : String.join("/", parts);
		try {
			Path.of(relative);
		}
		catch (InvalidPathException e) {
			v.error("\"" + given.replace("\0", "\\0") + "\" is not a path this computer can name (" + e.getReason() +
				"); write the folder or file name as it appears in the dataset folder");
			return null;
		}
		String link = linkOutside(parts);
		if (link != null) {
			v.error("\"" + given + "\" is outside the dataset folder: " + link + " is a link that leads out of it. " +
				"Only files inside the dataset folder are deposited or read; move the files into it, or replace the " +
				"link by the files themselves");
			return null;
		}
		return relative;
	}

	/**
	 * The first part of the path (up to its first wildcard) that exists and, after following links, is not inside
	 * the dataset folder; null if there is none.
	 */
	private String linkOutside(Deque<String> parts) {
		if (datasetRoot == null) return null;
		try {
			Path root = datasetRoot.toRealPath();
			Path p = datasetRoot;
			String shown = "";
			for (String part : parts) {
				if (isGlob(part)) break;
				p = p.resolve(part);
				shown = shown.isEmpty() ? part : shown + "/" + part;
				if (!Files.exists(p)) break;
				if (!p.toRealPath().startsWith(root)) return "\"" + shown + "\"";
			}
			return null;
		}
		catch (IOException | InvalidPathException e) {
			return null; // not on disk (yet), or not a path this system can name: nothing can be read through it
		}
	}
}
