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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the paths out of a JSON or TSV File List as BioStudies' file-list serializers do. Every format error is the
 * backend's InvalidFileListException: a 400 whose only node reads "Problem processing file list '&lt;name&gt;': …",
 * {@code name} being the File List as the submission names it (spec 2026-12 §A 08–19, §C "File-list TSV parsing").
 */
final class FileListReader {

	private FileListReader() {}

	static List<String> read(Path file, String name, boolean json) throws IOException {
		return json ? readJson(file, name) : readTsv(file, name);
	}

	private static ApiError invalid(String name, String message) {
		return ApiError.tree(400, "Problem processing file list '" + name + "': " + message);
	}

	private static List<String> readJson(Path file, String name) throws IOException {
		JsonNode list;
		try {
			list = Json.MAPPER.readTree(file.toFile());
		}
		catch (JsonProcessingException e) {
			throw invalid(name, "The provided page tab doesn't match the file list format: " +
				e.getOriginalMessage());
		}
		if (list == null || !list.isArray()) throw invalid(name, "Expected content to be an array");
		List<String> out = new ArrayList<>();
		for (JsonNode entry : list) {
			String path = Json.text(entry, "path");
			if (path == null) throw invalid(name, "Expecting to find property with 'path' in node '" + entry + "'");
			JsonNode attributes = entry.get("attributes");
			if (attributes != null && attributes.isArray()) {
				for (JsonNode a : attributes) {
					String n = Json.text(a, "name");
					if (n == null || n.isBlank()) throw invalid(name, PageTabCheck.NO_ATTRIBUTE_NAME);
				}
			}
			out.add(path);
		}
		return out;
	}

	/**
	 * The first line is the header, read as it is (a leading blank line or a BOM makes it wrong); blank data lines
	 * are skipped; a row's first cell is its path.
	 */
	private static List<String> readTsv(Path file, String name) throws IOException {
		List<String> out = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
			StandardCharsets.UTF_8))) {
			String header = in.readLine();
			if (header == null) throw invalid(name, "readLine(...) must not be null");
			String[] cells = header.split("\t", -1);
			if (!cells[0].equals("Files")) throw invalid(name,
				"First header value should be 'Files'. Element was not created.");
			for (int i = 1; i < cells.length; i++) {
				if (cells[i].isBlank()) throw invalid(name, PageTabCheck.NO_ATTRIBUTE_NAME);
			}
			String line;
			int row = 1;
			while ((line = in.readLine()) != null) {
				row++;
				if (line.isBlank()) continue;
				String path = line.split("\t", -1)[0];
				if (path.isBlank()) throw invalid(name, "Error at row " + row + ": File Path is required. " +
					"Element was not created.");
				out.add(path);
			}
		}
		return out;
	}
}
