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
package org.biadeposit.rembi;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link Problem} is, as values, so that the wizard and scripts can point at it: a key in deposit.yaml with
 * its line, a File-list row or column, a file of the dataset, a study component. Its {@link #text()} is how reports
 * print it:
 * <ul>
 * <li>a key path in deposit.yaml, with its line (and column) when known: {@code deposit.yaml:12 study.license},
 * {@code deposit.yaml:4 biosamples."WT embryos".organism}, {@code deposit.yaml:7 study.authors[2].orcid} (list items
 * counted from 1), {@code deposit.yaml:3:21} (a syntax error), {@code deposit.yaml study.title} (a deposition that
 * was not read from a file);</li>
 * <li>a File-list, a row or a column of it: {@code File-list cells row 4 (cells/a.tif)},
 * {@code File-list cells column 3 ("Dose")};</li>
 * <li>a file or folder of the dataset, perhaps with a line: {@code cells/broken.tif}, {@code tables/doses.tsv:2};</li>
 * <li>a study component: {@code study component cells}.</li>
 * </ul>
 */
public sealed interface Place {

	/** How reports print the place. */
	String text();

	/**
	 * A key in deposit.yaml.
	 *
	 * @param config the file's name, such as {@code deposit.yaml}
	 * @param line the line of the key (from 1), or 0 when not known (a deposition not read from a file)
	 * @param column the column (from 1) of a syntax error, or 0
	 * @param keys the key path, list items written {@code [n]} counted from 1: {@code [study, authors, [2], orcid]};
	 *          empty for the whole file or a line of it
	 */
	record ConfigKey(String config, int line, int column, List<String> keys) implements Place {

		public ConfigKey {
			keys = List.copyOf(keys);
		}

		@Override
		public String text() {
			String path = path(keys);
			return config + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + (path.isEmpty() ? ""
				: " " + path);
		}
	}

	/**
	 * A File-list, or a row or a column of it.
	 *
	 * @param list the File-list's name
	 * @param row the row (from 1, after the header), or 0 when the place is not a row
	 * @param column the column (from 1, Files being column 1), or 0 when the place is not a column
	 * @param header the column's name, or null (a row's place is about its path, in column Files)
	 * @param file the path the row names, or null
	 */
	record FileListPlace(String list, int row, int column, String header, String file) implements Place {

		@Override
		public String text() {
			if (row > 0) return "File-list " + list + " row " + row + " (" + (file == null || file.isBlank() ? "no path"
				: file) + ")";
			if (column > 0) return "File-list " + list + " column " + column + (header == null ? "" : " (\"" + header +
				"\")");
			return "File-list " + list;
		}
	}

	/**
	 * A file or folder of the dataset (or the dataset folder itself), perhaps a line of it (a side table).
	 *
	 * @param path as the deposition names it: relative to the dataset folder, or the folder's own path
	 * @param line the line (from 1), or 0
	 */
	record DatasetFile(String path, int line) implements Place {

		@Override
		public String text() {
			return path + (line > 0 ? ":" + line : "");
		}
	}

	/** A study component, by its name. */
	record Component(String name) implements Place {

		@Override
		public String text() {
			return "study component " + name;
		}
	}

	/** A place known only by words, such as a check of the validator itself: {@code validator}. */
	record Described(String words) implements Place {

		@Override
		public String text() {
			return words == null ? "" : words;
		}
	}

	/** A key in deposit.yaml at a line (0: not known). */
	static Place yaml(String config, int line, List<String> keys) {
		return new ConfigKey(config, line, 0, keys);
	}

	/** A line and column of deposit.yaml, such as that of a syntax error. */
	static Place yaml(String config, int line, int column) {
		return new ConfigKey(config, line, column, List.of());
	}

	/** The whole of deposit.yaml (a file that cannot be opened). */
	static Place config(String config) {
		return new ConfigKey(config, 0, 0, List.of());
	}

	/** A File-list as a whole. */
	static Place fileList(String list) {
		return new FileListPlace(list, 0, 0, null, null);
	}

	/** A row of a File-list (from 1) and the path it names, in column Files. */
	static Place fileListRow(String list, int row, String file) {
		return new FileListPlace(list, row, 0, "Files", file);
	}

	/** A column of a File-list (from 1, Files being column 1) and its name (null: it has none). */
	static Place fileListColumn(String list, int column, String header) {
		return new FileListPlace(list, 0, column, header, null);
	}

	/** A file or folder of the dataset. */
	static Place datasetFile(String path) {
		return new DatasetFile(path, 0);
	}

	/** A line of a file of the dataset, such as a side table. */
	static Place datasetFile(String path, int line) {
		return new DatasetFile(path, line);
	}

	static Place component(String name) {
		return new Component(name);
	}

	static Place described(String words) {
		return new Described(words);
	}

	/**
	 * A key path as printed: keys joined by dots, list items {@code [n]} appended, a key other than a plain name
	 * ({@code A-Z a-z 0-9 _ -}) in double quotes: {@code biosamples."WT embryos".organism}, {@code study.authors[2]}.
	 */
	static String path(List<String> keys) {
		StringBuilder s = new StringBuilder();
		for (String k : keys) {
			if (isItem(k)) {
				s.append(k);
				continue;
			}
			if (s.length() > 0) s.append('.');
			s.append(k.matches("[A-Za-z0-9_-]+") ? k : "\"" + k.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
		}
		return s.toString();
	}

	/** True for a list item's key, {@code [2]}. */
	static boolean isItem(String key) {
		return key.length() > 2 && key.startsWith("[") && key.endsWith("]") && key.substring(1, key.length() - 1)
			.chars().allMatch(Character::isDigit);
	}

	/** The keys of a path as {@link #path} prints it (or with keys unquoted where unambiguous). */
	static List<String> keys(String path) {
		List<String> out = new ArrayList<>();
		StringBuilder key = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '"' && key.length() == 0) {
				quoted = true;
				for (i++; i < path.length() && path.charAt(i) != '"'; i++) {
					if (path.charAt(i) == '\\' && i + 1 < path.length()) i++;
					key.append(path.charAt(i));
				}
			}
			else if (c == '.' || c == '[') {
				if (key.length() > 0 || quoted) out.add(key.toString());
				key.setLength(0);
				quoted = false;
				if (c == '[') {
					int end = path.indexOf(']', i);
					if (end < 0) end = path.length() - 1;
					out.add(path.substring(i, end + 1));
					i = end;
				}
			}
			else {
				key.append(c);
			}
		}
		if (key.length() > 0 || quoted) out.add(key.toString());
		return out;
	}
}
