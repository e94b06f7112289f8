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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A File-list's side table ({@code columns:} in deposit.yaml): a tab-separated file inside the dataset folder, first
 * column {@code Files}, whose other columns are added to the rows of the files it names.
 */
final class ColumnsTable {

	private ColumnsTable() {}

	/** Adds the side table's columns and checks its rows; its rows by path, or null when it cannot be used. */
	static Map<String, Map<String, String>> read(String list, DatasetImages dataset, FileIndexes files, Path root,
		String table, List<String> columns, List<Problem> problems)
	{
		List<String> lines;
		try {
			Path file = root.resolve(table).normalize();
			if (!file.startsWith(root.normalize()) || !file.toRealPath().startsWith(root.toRealPath())) {
				problems.add(Problem.error(Place.datasetFile(table), "the columns table of File-list " + list +
					" is outside the dataset folder (by its path or through a link), so it was not read; put the " +
					"table inside the dataset folder and give its path relative to it"));
				return null;
			}
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (InvalidPathException e) {
			problems.add(Problem.error(Place.datasetFile(table), "the columns table of File-list " + list + " is not a path this " +
				"computer can name; check the path in deposit.yaml"));
			return null;
		}
		catch (IOException e) {
			problems.add(Problem.error(Place.datasetFile(table), "the columns table of File-list " + list +
				" cannot be read (" + e.getMessage() + "); check the path in deposit.yaml"));
			return null;
		}
		if (lines.isEmpty() || !lines.get(0).split("\t", -1)[0].trim().equalsIgnoreCase("Files")) {
			problems.add(Problem.error(Place.datasetFile(table, 1), "a columns table must be tab-separated with \"Files\" as " +
				"its first header cell, then one column per attribute"));
			return null;
		}
		String[] header = lines.get(0).split("\t", -1);
		Map<String, Map<String, String>> byPath = new HashMap<>();
		for (int l = 1; l < lines.size(); l++) {
			if (lines.get(l).isBlank()) continue;
			String[] cells = lines.get(l).split("\t", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 1; c < header.length && c < cells.length; c++) {
				if (!cells[c].isBlank()) row.put(header[c].trim(), cells[c].trim());
			}
			String path = cells[0].trim().replace('\\', '/');
			if (byPath.put(path, row) != null) {
				problems.add(Problem.warning(Place.datasetFile(table, l + 1), path + " is listed twice; the last row wins"));
			}
		}
		for (int c = 1; c < header.length; c++) {
			String h = header[c].trim();
			if (h.isEmpty()) {
				problems.add(Problem.error(Place.datasetFile(table, 1), "header cell " + (c + 1) + " is blank; every column " +
					"needs a name"));
				continue;
			}
			if (!columns.contains(h)) columns.add(h);
		}
		Set<String> used = new LinkedHashSet<>();
		for (int i = 0; i < files.size(); i++) {
			String path = dataset.files().get(files.get(i)).path();
			if (byPath.containsKey(path)) used.add(path);
		}
		List<String> unknown = byPath.keySet().stream().filter(p -> !used.contains(p)).sorted().toList();
		if (!unknown.isEmpty()) {
			problems.add(Problem.warning(Place.datasetFile(table), unknown.size() + " row(s) name files that are not in File-list " +
				list + ", e.g. " + unknown.get(0) + "; paths are relative to the dataset folder"));
		}
		return byPath;
	}
}
