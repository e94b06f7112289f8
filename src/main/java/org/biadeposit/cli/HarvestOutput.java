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
package org.biadeposit.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.biadeposit.TerminalText;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.PrintedRecords;
import org.biadeposit.harvest.RecordTable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How {@code bia harvest} prints a harvested file: one JSON line per image, or one {@code {"file", "error"}} line;
 * or the same as TSV rows. The benchmark prints through it too, so that it measures the real output. Control
 * characters from file names and values are escaped ({@link TerminalText}): JSON stays the same JSON, and a TSV
 * cell shows a tab or newline as {@code \t} or {@code \n}, so the columns hold.
 * <p>
 * The files of a large study mostly have equal records but for their names, so each distinct record is written as
 * JSON once and its line is kept cut where the file name goes; a file's line is then those pieces joined with its
 * name, the same text Jackson would write for it.
 * </p>
 */
public final class HarvestOutput {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String NO_FILE = "\"file\":null";
	private static final Pattern AT_NO_FILE = Pattern.compile(Pattern.quote(NO_FILE));
	/** How many distinct records are kept written (beyond it, they are written again as needed). */
	private static final int WRITTEN = 4096;
	/** Each distinct record without its file name, as its JSON line cut at each {@code "file":null}. */
	private static final Map<ImageRecord, String[]> LINES = new ConcurrentHashMap<>();

	private HarvestOutput() {}

	/** The JSON Lines of a harvested file, flushed. */
	public static void jsonLines(HarvestedFile h, PrintStream out) {
		try {
			if (h.hasError()) {
				Map<String, String> line = new LinkedHashMap<>();
				line.put("file", h.file());
				line.put("error", h.error());
				out.println(TerminalText.json(JSON.writeValueAsString(line)));
			}
			else {
				String name = PrintedRecords.name(h.records());
				List<String> printed = PrintedRecords.lines(h.records(), name == null ? null : quoted(name));
				if (printed != null) {
					for (String line : printed) out.println(line);
				}
				else {
					for (ImageRecord r : h.records()) out.println(line(r));
				}
			}
			out.flush();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a record could not be written as JSON", e);
		}
	}

	/** The JSON line of a record, as {@code TerminalText.json(JSON.writeValueAsString(r))} gives it. */
	static String line(ImageRecord r) throws JsonProcessingException {
		String file = r.file();
		// A warning without a file would be named by the record's file in the unnamed record: write it as it is.
		if (file != null && r.warnings().stream().anyMatch(w -> w.file() == null)) {
			return TerminalText.json(JSON.writeValueAsString(r));
		}
		ImageRecord unnamed = file == null ? r : r.withFile(null);
		String[] pieces = LINES.get(unnamed);
		if (pieces == null) {
			pieces = AT_NO_FILE.split(TerminalText.json(JSON.writeValueAsString(unnamed)), -1);
			if (LINES.size() >= WRITTEN) LINES.clear();
			LINES.put(unnamed, pieces);
		}
		if (pieces.length == 1) return pieces[0];
		String named = file == null ? NO_FILE : "\"file\":" + quoted(file);
		StringBuilder s = new StringBuilder(pieces[0].length() * 2 + 64).append(pieces[0]);
		for (int i = 1; i < pieces.length; i++) s.append(named).append(pieces[i]);
		return s.toString();
	}

	/** A name as a JSON string, quotes included, as Jackson and {@link TerminalText#json} write it. */
	private static String quoted(String name) {
		return "\"" + TerminalText.json(new String(JsonStringEncoder.getInstance().quoteAsString(name))) + "\"";
	}

	/** The TSV rows of a harvested file (the header is {@link RecordTable#COLUMNS}), flushed. */
	public static void tsvRows(HarvestedFile h, PrintStream out) {
		for (List<String> row : RecordTable.rows(h)) {
			out.println(String.join("\t", row.stream().map(TerminalText::line).toList()));
		}
		out.flush();
	}
}
