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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The format of a package's {@code upload-plan.tsv}, in one place for the package writer and the uploader: a
 * header line {@code local<TAB>remote<TAB>size}, then one line per file to send (data files and the JSON
 * File-lists): the file on this computer (absolute, or relative to the plan's folder), its path in the submission,
 * and its size in bytes when the package was written. UTF-8, each line ending with a newline; blank lines are
 * ignored.
 */
public final class UploadPlanTsv {

	/** The first line. */
	public static final String HEADER = "local\tremote\tsize";

	/** One line of the plan, as written, and its line number in the file (0 for a row not read from one). */
	public record Row(String local, String remote, long size, int line) {

		public Row(String local, String remote, long size) {
			this(local, remote, size, 0);
		}
	}

	private UploadPlanTsv() {}

	/** Writes the header and the rows. */
	public static void write(Writer out, List<Row> rows) throws IOException {
		writeHeader(out);
		for (Row r : rows) write(out, r);
	}

	/** Writes the header, for a plan written row by row. */
	public static void writeHeader(Writer out) throws IOException {
		out.write(HEADER + "\n");
	}

	/** Writes one row. */
	public static void write(Writer out, Row r) throws IOException {
		out.write(r.local());
		out.write('\t');
		out.write(r.remote());
		out.write('\t');
		out.write(Long.toString(r.size()));
		out.write('\n');
	}

	/**
	 * Reads a plan; local paths come back as written.
	 *
	 * @throws IOException naming the file and line when it is not a plan or a line is not a row
	 */
	public static List<Row> read(Path file) throws IOException {
		List<Row> rows = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = in.readLine();
			if (header == null || !header.strip().equals(HEADER)) {
				throw new IOException(file + ": not an upload plan (the first line should be " +
					"local<TAB>remote<TAB>size)");
			}
			int lineNumber = 1;
			for (String line; (line = in.readLine()) != null;) {
				lineNumber++;
				if (line.isBlank()) continue;
				String[] cells = line.split("\t", -1);
				if (cells.length != 3) {
					throw new IOException(file + " line " + lineNumber + ": expected local, remote and size " +
						"separated by tabs");
				}
				long size;
				try {
					size = Long.parseLong(cells[2].strip());
				}
				catch (NumberFormatException e) {
					throw new IOException(file + " line " + lineNumber + ": the size '" + cells[2] +
						"' is not a number");
				}
				if (size < 0) throw new IOException(file + " line " + lineNumber + ": the size is negative");
				rows.add(new Row(cells[0], cells[1], size, lineNumber));
			}
		}
		return rows;
	}
}
