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
package org.biadeposit.pagetab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * File lists in TSV, as BioStudies reads them: a header row whose first cell is exactly {@code Files} and whose other
 * cells name the attributes (none blank); then one row per file, its path in the first cell. Blank lines are skipped,
 * cells beyond the header dropped.
 * <p>
 * TSV has no quoting, so a path, name or value with a tab or line break cannot be written: writing refuses it,
 * naming the file row and column, rather than changing the value. TSV cannot carry attribute references or
 * qualifiers either (refused too), nor the {@code type} and {@code size} that BioStudies itself works out (left
 * out). An empty or blank cell means the file has no such attribute, so an attribute whose value is empty or
 * missing does not come back when read.
 * </p>
 */
final class FileListTsv {

	private static final String FILES = "Files";

	private FileListTsv() {}

	static PageTabFileList read(BufferedReader in, String source) throws IOException {
		String header = line(in, source, 1);
		if (header == null) throw new PageTabSyntaxException(source, 0, "the file is empty; " +
			"the first line must be the header, its first cell 'Files'");
		if (header.startsWith("\uFEFF")) throw new PageTabSyntaxException(source, 1, "the file starts with a " +
			"byte-order mark (saved as 'UTF-8 with BOM'), so BioStudies would not find the 'Files' header; " +
			"save it as plain UTF-8");
		String[] names = header.split("\t", -1);
		if (!names[0].equals(FILES)) throw new PageTabSyntaxException(source, 1,
			"the first header cell must be 'Files', found '" + names[0] + "'");
		for (int c = 1; c < names.length; c++) {
			if (names[c].isBlank()) throw new PageTabSyntaxException(source, 1, "header cell " + (c + 1) +
				" is blank; every column after 'Files' needs an attribute name");
		}
		List<FileRef> files = new ArrayList<>();
		String row;
		for (long n = 2; (row = line(in, source, n)) != null; n++) {
			if (row.isBlank()) continue;
			String[] cells = row.split("\t", -1);
			if (cells[0].isBlank()) throw new PageTabSyntaxException(source, n, "no path in the first cell");
			List<Attribute> attributes = new ArrayList<>();
			for (int c = 1; c < Math.min(cells.length, names.length); c++) {
				if (!cells[c].isBlank()) attributes.add(Attribute.of(names[c], cells[c]));
			}
			files.add(FileRef.of(cells[0], attributes));
		}
		if (files.isEmpty()) throw new PageTabSyntaxException(source, 0, FileListFormat.EMPTY);
		return new PageTabFileList(files);
	}

	/** Writes a list that has no {@link #problems}; leaves the writer open. */
	static void write(PageTabFileList list, Writer out) throws IOException {
		Rows rows = new Rows(list.columns(), out);
		for (FileRef f : list.files()) rows.write(f);
	}

	/** Writes the header, then each file as it is given, checking it first: nothing is held but the header. */
	static final class Rows {

		private final int width;
		private final Map<String, List<Integer>> columnsByName = new HashMap<>();
		/** Whether a name heads more than one column (then a file's attributes of that name fill them in turn). */
		private final boolean repeated;
		private final Writer out;
		private final String[] cells;
		private int written;

		Rows(List<String> columns, Writer out) throws IOException {
			this.width = columns.size();
			this.out = out;
			this.cells = new String[width];
			for (int c = 0; c < columns.size(); c++) {
				columnsByName.computeIfAbsent(columns.get(c), k -> new ArrayList<>()).add(c);
			}
			repeated = columnsByName.size() < columns.size();
			out.write(FILES);
			for (String c : columns) out.write("\t" + c);
			out.write("\n");
		}

		/** @throws IllegalArgumentException when the file cannot be written as TSV (see {@link #problems}) */
		void write(FileRef f) throws IOException {
			boolean plain = plain(f);
			List<String> problems = new ArrayList<>();
			if (!plain) problems(f, written, problems);
			Arrays.fill(cells, null);
			Map<String, Integer> seen = repeated ? new HashMap<>() : null;
			for (Attribute a : f.attributes()) {
				List<Integer> at = columnsByName.get(a.name());
				// a name that heads one column: a second attribute of that name finds its cell taken
				int k = repeated ? seen.merge(a.name(), 1, Integer::sum) - 1 : at == null || cells[at.get(0)] == null
					? 0 : 1;
				if (at == null || k >= at.size()) {
					problems.add("file " + (written + 1) + " (" + f.path() + "): column '" + a.name() + "' is not " +
						"in the header");
				}
				else {
					cells[at.get(k)] = a.value() == null ? "" : a.value();
				}
			}
			if (!problems.isEmpty()) throw new IllegalArgumentException("cannot write this file list as TSV, " +
				"which has no quoting (write it as JSON instead): " + String.join("; ", problems));
			out.write(f.path());
			for (String cell : cells) {
				out.write('\t');
				if (cell != null) out.write(cell);
			}
			out.write('\n');
			written++;
		}
	}

	/** Whether nothing of the file stops it being written as TSV (what {@link #problems} would find nothing in). */
	private static boolean plain(FileRef f) {
		if (breaks(f.path()) != null) return false;
		for (Attribute a : f.attributes()) {
			if (breaks(a.name()) != null || breaks(a.value()) != null || a.reference() || !a.nameQualifiers()
				.isEmpty() || !a.valueQualifiers().isEmpty()) return false;
		}
		return true;
	}

	/** What stops the list being written as TSV, each naming the file (by row and path) and the column. */
	static List<String> problems(PageTabFileList list) {
		List<String> problems = new ArrayList<>();
		if (list.files().isEmpty()) problems.add(FileListFormat.EMPTY);
		for (int i = 0; i < list.files().size(); i++) problems(list.files().get(i), i, problems);
		return problems;
	}

	/** What stops one file (the {@code i}-th, from 0) being written as TSV. */
	private static void problems(FileRef f, int i, List<String> problems) {
		String file = "file " + (i + 1) + " (" + f.path().replace("\t", "\\t").replace("\n", "\\n").replace("\r",
			"\\r") + ")";
		String bad = breaks(f.path());
		if (bad != null) problems.add(file + ": the path contains " + bad);
		for (Attribute a : f.attributes()) {
			String column = file + ", column '" + a.name() + "'";
			if ((bad = breaks(a.name())) != null) problems.add(column + ": the name contains " + bad);
			if ((bad = breaks(a.value())) != null) problems.add(column + ": the value contains " + bad);
			if (a.reference()) problems.add(column + ": a reference cannot be written in TSV");
			if (!a.nameQualifiers().isEmpty() || !a.valueQualifiers().isEmpty()) {
				problems.add(column + ": qualifiers cannot be written in TSV");
			}
		}
	}

	/** What in the text would break a TSV cell, or null. */
	private static String breaks(String s) {
		if (s == null) return null;
		if (s.indexOf('\t') >= 0) return "a tab";
		if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return "a line break";
		return null;
	}

	private static String line(BufferedReader in, String source, long n) throws IOException {
		try {
			return in.readLine();
		}
		catch (CharacterCodingException e) {
			throw new PageTabSyntaxException(source, n, "not UTF-8 text", e);
		}
	}
}
