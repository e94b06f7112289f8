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

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.TerminalText;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.PrintedRecords;
import org.biadeposit.harvest.RecordJson;
import org.biadeposit.harvest.RecordTable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How {@code bia harvest} prints a harvested file: one JSON line per image, or one {@code {"file", "error"}} line;
 * or the same as TSV rows. The benchmark prints through it too, so that it measures the real output. Control
 * characters from file names and values are escaped ({@link TerminalText}): JSON stays the same JSON, and a TSV
 * cell shows a tab or newline as {@code \t} or {@code \n}, so the columns hold.
 * <p>
 * Records from the harvest cache come as the lines printed for them before ({@link PrintedRecords}): those are
 * copied out with the file's name put in, not read and written again.
 * </p>
 */
public final class HarvestOutput {

	/** Made when a line is first written through it (not for lines copied from the cache). */
	private static final class Json {

		static final ObjectMapper MAPPER = new ObjectMapper();
	}

	private HarvestOutput() {}

	/** The JSON Lines of a harvested file, flushed. */
	public static void jsonLines(HarvestedFile h, PrintStream out) {
		jsonLines(h, out, true);
	}

	/** The JSON Lines of a harvested file, to a stream that writes UTF-8 (as bia harvest prints); flushed if asked. */
	static void jsonLines(HarvestedFile h, PrintStream out, boolean flush) {
		try {
			if (h.hasError()) {
				Map<String, String> line = new LinkedHashMap<>();
				line.put("file", h.file());
				line.put("error", h.error());
				out.println(TerminalText.json(Json.MAPPER.writeValueAsString(line)));
			}
			else {
				String name = PrintedRecords.name(h.records());
				// as bytes, copied from the cache's text: what println does, without a copy into characters per line
				if (!PrintedRecords.write(h.records(), name == null ? null : quoted(name), out)) {
					for (ImageRecord r : h.records()) out.println(RecordJson.of(r));
				}
			}
			if (flush) out.flush();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a record could not be written as JSON", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e); // a PrintStream does not throw: it sets its error flag
		}
	}

	/** A name as a JSON string in UTF-8, quotes included, as Jackson and {@link TerminalText#json} write it. */
	static byte[] quoted(String name) {
		// a name of ASCII alone is its own UTF-8 bytes, which String copies out whole
		byte[] raw = name.getBytes(StandardCharsets.UTF_8);
		byte[] b = new byte[raw.length + 2];
		for (int i = 0; i < raw.length; i++) {
			byte c = raw[i];
			// printable ASCII but for the two JSON escapes is written as it is (most names); anything else (a byte
			// of a character past ASCII is negative) is written as the records are. A lone surrogate is a "?" here
			// as it is in a line printed through a UTF-8 stream.
			if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
				StringBuilder quoted = new StringBuilder(name.length() + 16);
				TerminalText.appendJson(quoted, name);
				return quoted.toString().getBytes(StandardCharsets.UTF_8);
			}
		}
		System.arraycopy(raw, 0, b, 1, raw.length);
		b[0] = b[b.length - 1] = '"';
		return b;
	}

	/** The TSV rows of a harvested file (the header is {@link RecordTable#COLUMNS}), flushed. */
	public static void tsvRows(HarvestedFile h, PrintStream out) {
		tsvRows(h, out, true);
	}

	/** The TSV rows of a harvested file; flushed if asked. */
	static void tsvRows(HarvestedFile h, PrintStream out, boolean flush) {
		for (List<String> row : RecordTable.rows(h)) {
			out.println(String.join("\t", row.stream().map(TerminalText::line).toList()));
		}
		if (flush) out.flush();
	}
}
