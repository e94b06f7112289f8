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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The two file-list formats BioStudies reads that we write: JSON (an array of file objects) and TSV (a table headed
 * {@code Files}). The format is chosen by the file's extension, as BioStudies chooses it (ignoring case); XLSX, which
 * BioStudies also reads, is not supported here.
 * <p>
 * What one format writes, it reads back as the same list. Between formats, what TSV cannot hold is described in
 * {@link FileListTsv}: TSV reading gives each file's attributes in column order, without {@code type} and
 * {@code size}, and without attributes that have no value.
 * </p>
 */
public enum FileListFormat {

	JSON("json"), TSV("tsv");

	static final String EMPTY = "lists no files; BioStudies needs at least one";
	private static final int MAX_LISTED = 10;

	private final String extension;

	FileListFormat(String extension) {
		this.extension = extension;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return extension;
	}

	/** The format of a file list by its extension; an unsupported one is an IllegalArgumentException. */
	public static FileListFormat of(Path file) {
		String name = file.getFileName().toString();
		String ext = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(
			Locale.ROOT);
		for (FileListFormat f : values()) {
			if (f.extension.equals(ext)) return f;
		}
		throw new IllegalArgumentException(name + ": a file list must be .json or .tsv" + (ext.equals("xlsx")
			? " (XLSX is not supported here; save the sheet as TSV)" : ""));
	}

	/** Reads a file list in this format; the file must be UTF-8. */
	public PageTabFileList read(Path file) throws IOException {
		String source = file.getFileName().toString();
		if (this == JSON) {
			try (Reader in = PageTabJson.utf8(file)) {
				return FileListJson.read(PageTabJson.MAPPER.createParser(in), source);
			}
			catch (JsonProcessingException e) {
				throw PageTabJson.notJson(source, e);
			}
			catch (CharacterCodingException e) {
				throw new PageTabSyntaxException(source, 0, FileListJson.NOT_UTF8, e);
			}
		}
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return FileListTsv.read(in, source);
		}
	}

	/**
	 * Reads a file list in this format from text.
	 *
	 * @param source what the text came from, named in error messages
	 */
	public PageTabFileList read(Reader in, String source) throws IOException {
		if (this == JSON) {
			try {
				return FileListJson.read(PageTabJson.MAPPER.createParser(in), source);
			}
			catch (JsonProcessingException e) {
				throw PageTabJson.notJson(source, e);
			}
		}
		return FileListTsv.read(in instanceof BufferedReader b ? b : new BufferedReader(in), source);
	}

	/**
	 * Writes the list in this format (UTF-8), replacing the file. A list with {@link #problems} is refused with an
	 * IllegalArgumentException naming them, before the file is touched.
	 */
	public void write(PageTabFileList list, Path file) throws IOException {
		refuseProblems(list);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			write(list, out);
		}
	}

	/**
	 * Writes the list in this format; leaves the writer open. A list with {@link #problems} is refused with an
	 * IllegalArgumentException naming them, before anything is written.
	 */
	public void write(PageTabFileList list, Writer out) throws IOException {
		refuseProblems(list);
		if (this == JSON) FileListJson.write(list, out);
		else FileListTsv.write(list, out);
	}

	/**
	 * Writes a list in this format file by file, as {@code files} gives them, holding none of them: a list of a
	 * million files costs no more memory than one of ten. Leaves the writer open.
	 *
	 * @param columns the TSV header after {@code Files} (every attribute name the files use, once per cell)
	 * @throws IllegalArgumentException for the first file that cannot be written in this format, or when there is
	 *   none; what was written before it should be thrown away
	 */
	public void write(List<String> columns, Iterator<FileRef> files, Writer out) throws IOException {
		if (!files.hasNext()) throw new IllegalArgumentException("cannot write this file list: it " + EMPTY);
		if (this == JSON) {
			FileListJson.write(files, out);
			return;
		}
		FileListTsv.Rows rows = new FileListTsv.Rows(columns, out);
		while (files.hasNext()) rows.write(files.next());
	}

	/**
	 * What stops the list being written in this format, each problem naming the file and column; empty when it can
	 * be written. JSON can hold every list that has a file; TSV cannot hold tabs or line breaks, references or
	 * qualifiers.
	 */
	public List<String> problems(PageTabFileList list) {
		if (this == TSV) return FileListTsv.problems(list);
		return list.files().isEmpty() ? List.of(EMPTY) : List.of();
	}

	private void refuseProblems(PageTabFileList list) {
		List<String> problems = problems(list);
		if (problems.isEmpty()) return;
		String shown = String.join("; ", problems.subList(0, Math.min(MAX_LISTED, problems.size())));
		if (problems.size() > MAX_LISTED) shown += "; and " + (problems.size() - MAX_LISTED) + " more";
		throw new IllegalArgumentException("cannot write this file list as " + name() + (this == TSV
			? ", which has no quoting (write it as JSON instead)" : "") + ": " + shown);
	}
}
