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
package org.biadeposit.harvest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Records that the harvest cache gave back as the JSON lines {@code bia harvest} prints for them: printing them
 * copies those lines out with the file's name put in, and they are read into records only when something asks for a
 * record (a deposition, a table), once per distinct text, not once per file. The text is what the files of one
 * set-up share (the records of the file that made it); a file whose series names and acquisition dates are others
 * has them with it ({@link #own}), put in their places as the name is.
 */
public final class PrintedRecords extends AbstractList<ImageRecord> {

	/** Reads records; made when a record is first asked for, not when printed lines are copied out. */
	private static final class Reader {

		static final ObjectReader READER = new ObjectMapper().configure(
			com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readerFor(
				ImageRecord.class);
	}

	private static final byte[] NO_FILE = "\"file\":null".getBytes(StandardCharsets.US_ASCII);
	/** Where a record's own parts are (no string value holds these unescaped: a quote in one is escaped). */
	private static final byte[] SERIES_NAME = ",\"seriesName\":".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] DATE = ",\"acquisitionDate\":".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] FILE = "\"file\":".getBytes(StandardCharsets.US_ASCII);
	/** How a record without a file name starts, and how one without warnings ends, as Jackson writes them. */
	private static final byte[] HEAD = "{\"file\":null,".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] NO_WARNINGS = "\"warnings\":[]}".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] NEWLINE = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);

	/**
	 * One distinct text of the cache: the printed lines of its records without a file name, as UTF-8 bytes joined by
	 * tabs (the cache's own form: a tab in a JSON line is always escaped), read into records once. The bytes may be
	 * a part of the loaded cache file's own array: they are never changed.
	 */
	static final class Text {

		private final byte[] bytes;
		private final int offset, end;
		/** How many lines; counted when first asked (0: not yet). */
		private int lines;
		private volatile List<ImageRecord> read;

		/** The lines as the cache file has them: UTF-8, joined by tabs. */
		Text(byte[] joined) {
			this(joined, 0, joined.length, 0);
		}

		/**
		 * The lines as the cache file has them, from {@code offset} to {@code end} of {@code bytes}: {@code lines} of
		 * them, as the file says (0: count them when asked).
		 */
		Text(byte[] bytes, int offset, int end, int lines) {
			this.bytes = bytes;
			this.offset = offset;
			this.end = end;
			this.lines = lines;
		}

		/**
		 * The text just written for these records, in the cache's form, from {@code offset} to the end of
		 * {@code bytes}: printing copies it out.
		 */
		Text(byte[] bytes, int offset, List<ImageRecord> records) {
			this(bytes, offset, bytes.length, records.size());
			this.read = List.copyOf(records);
		}

		int size() {
			if (lines == 0) {
				int n = 1;
				for (int at = offset; at < end; at++) if (bytes[at] == '\t') n++;
				lines = n; // the same count by any thread: no need to publish it safely
			}
			return lines;
		}

		List<ImageRecord> records() {
			List<ImageRecord> known = read;
			if (known != null) return known;
			List<ImageRecord> records = new ArrayList<>();
			try {
				for (int from = offset, to; from <= end; from = to + 1) {
					to = lineEnd(from);
					records.add(read(from, to));
				}
			}
			catch (IOException e) {
				// the cache checks each text's checksum before handing it out, so this is not a damaged file
				throw new UncheckedIOException("a harvest cache entry could not be read back", e);
			}
			read = known = List.copyOf(records);
			return known;
		}

		/** One record: read by hand as RecordJson writes it, or by Jackson when it is written otherwise. */
		private ImageRecord read(int from, int to) throws IOException {
			try {
				return RecordReader.read(bytes, from, to);
			}
			catch (RuntimeException otherwise) {
				return Reader.READER.readValue(bytes, from, to - from);
			}
		}

		/** Where the line that starts at {@code from} ends: at the next tab or the end. */
		private int lineEnd(int from) {
			if (from == offset && size() == 1) return end;
			int to = from;
			while (to < end && bytes[to] != '\t') to++;
			return to;
		}

		/**
		 * Writes each line, every {@code "file":null} in it (the record's and its warnings') naming {@code file}
		 * instead, its series name and date as {@code own} has them (if it is not null), and a line separator after
		 * each.
		 */
		void write(OutputStream out, byte[] file, Own own) throws IOException {
			int[] r = own == null ? null : ownValues();
			int line = 0;
			for (int from = offset, to; from <= end; from = to + 1, line++) {
				to = lineEnd(from);
				// where the line's series name and date are (start, end, start, end), to put the file's own instead
				int series = r == null ? -1 : r[4 * line], date = r == null ? -1 : r[4 * line + 2];
				int done = from;
				if (file != null && plain(from, to)) {
					// the common record: its own name first, no warnings; no need to look through it for others
					done = put(out, done, from + 1 + FILE.length, file);
				}
				else if (file != null) {
					for (int at = find(done, to); at >= 0; at = find(done, to)) {
						if (series >= done && series < at) done = own.put(out, bytes, done, series, r[4 * line + 1], 2 * line);
						if (date >= done && date < at) done = own.put(out, bytes, done, date, r[4 * line + 3], 2 * line + 1);
						done = put(out, done, at + FILE.length, file);
					}
				}
				if (series >= done) done = own.put(out, bytes, done, series, r[4 * line + 1], 2 * line);
				if (date >= done) done = own.put(out, bytes, done, date, r[4 * line + 3], 2 * line + 1);
				out.write(bytes, done, to - done);
				out.write(NEWLINE, 0, NEWLINE.length);
			}
		}

		/** Writes the bytes from {@code done} to a {@code null} at {@code at}, then {@code value}; returns past the null. */
		private int put(OutputStream out, int done, int at, byte[] value) throws IOException {
			out.write(bytes, done, at - done);
			out.write(value, 0, value.length);
			return at + 4;
		}

		/**
		 * Per line, where its series name's value starts and ends and where its date's does: found once; null when a
		 * line has not both as RecordJson writes them (then its records are printed from themselves).
		 */
		int[] ownValues() {
			int[] known = ownValues;
			if (known != null) return known.length == 0 ? null : known;
			known = new int[4 * size()];
			int line = 0;
			for (int from = offset, to; from <= end; from = to + 1, line++) {
				to = lineEnd(from);
				if (!value(from, to, SERIES_NAME, known, 4 * line) || !value(from, to, DATE, known, 4 * line + 2)) {
					known = new int[0];
					break;
				}
			}
			ownValues = known; // the same by any thread
			return known.length == 0 ? null : known;
		}

		private int[] ownValues;

		/** Finds the value of a key (a string or null) in the line, its start and end put at {@code at}. */
		private boolean value(int from, int to, byte[] key, int[] out, int at) {
			for (int k = from; k <= to - key.length; k++) {
				if (bytes[k] != ',' || !at(k, key)) continue;
				int v = k + key.length, e = v;
				if (v + 4 <= to && bytes[v] == 'n' && bytes[v + 1] == 'u' && bytes[v + 2] == 'l' && bytes[v + 3] == 'l') {
					e = v + 4;
				}
				else if (v < to && bytes[v] == '"') {
					for (e = v + 1; e < to && bytes[e] != '"'; e++) if (bytes[e] == '\\') e++;
					if (e++ >= to) return false;
				}
				else return false;
				out[at] = v;
				out[at + 1] = e;
				return true;
			}
			return false;
		}

		/** Where the next {@code "file":null} between the two is, or -1. */
		private int find(int from, int to) {
			for (int at = from; at <= to - NO_FILE.length; at++) {
				if (at(at, NO_FILE)) return at;
			}
			return -1;
		}

		private boolean plain(int from, int to) {
			return to - from >= HEAD.length + NO_WARNINGS.length && at(from, HEAD) && at(to - NO_WARNINGS.length,
				NO_WARNINGS);
		}

		/** Whether these bytes are at {@code from} (a loop: for a dozen bytes, cheaper than Arrays.equals' set-up). */
		private boolean at(int from, byte[] these) {
			for (int i = 0; i < these.length; i++) if (bytes[from + i] != these[i]) return false;
			return true;
		}
	}

	/**
	 * A file's own parts of its records, as printed: for each record its series name and its acquisition date, each a
	 * JSON string or {@code null}, separated by commas, in UTF-8 (as the cache file holds them), put in place of the
	 * text's (those of the file that made it).
	 */
	static final class Own {

		private final byte[] json;
		/** Where each value starts, and where the last one ends. */
		private int[] starts;

		Own(byte[] json) {
			this.json = json;
		}

		/**
		 * A file's own parts as a loaded cache file holds them, from {@code from} to {@code to} of {@code data}: the
		 * bytes as they are when no backslash is among them (nearly always: no text is made of them and back);
		 * otherwise unescaped as any field of the cache. Null when empty.
		 */
		static Own read(java.nio.ByteBuffer data, int from, int to) {
			if (from == to) return null;
			byte[] b = new byte[to - from];
			data.get(from, b);
			for (byte c : b) {
				if (c == '\\') {
					return new Own(CacheFields.unescape(new String(b, StandardCharsets.UTF_8)).getBytes(
						StandardCharsets.UTF_8));
				}
			}
			return new Own(b);
		}

		/** The JSON of the values as the cache holds them. */
		byte[] json() {
			return json;
		}

		/** The values, two per record. */
		List<String> values() {
			return RecordReader.values(json, 0, json.length);
		}

		/**
		 * Writes the line's bytes from {@code done} to {@code at} (where the text's value is, to {@code end}), then
		 * value {@code v} instead of it; returns where the line goes on.
		 */
		int put(OutputStream out, byte[] line, int done, int at, int end, int v) throws IOException {
			int[] s = starts();
			if (v + 1 >= s.length) throw new IllegalStateException("a file's own parts are fewer than its records");
			out.write(line, done, at - done);
			out.write(json, s[v], s[v + 1] - 1 - s[v]);
			return end;
		}

		private int[] starts() {
			int[] known = starts;
			if (known != null) return known;
			// a value starts after the start or a comma outside a string: at most one per byte, gathered, not boxed
			int[] at = new int[json.length + 2];
			int n = 0;
			at[n++] = 0;
			boolean quoted = false;
			for (int i = 0; i < json.length; i++) {
				byte b = json[i];
				if (quoted && b == '\\') i++;
				else if (b == '"') quoted = !quoted;
				else if (!quoted && b == ',') at[n++] = i + 1;
			}
			at[n++] = json.length + 1;
			known = java.util.Arrays.copyOf(at, n);
			starts = known; // the same by any thread
			return known;
		}
	}

	private final Text text;
	private final String name;
	private final Own own;
	private volatile List<ImageRecord> named;

	PrintedRecords(Text text, String name) {
		this(text, name, null);
	}

	/** @param own the file's own series names and dates, or null when the text's (null) are its */
	PrintedRecords(Text text, String name, Own own) {
		this.text = text;
		this.name = name;
		this.own = own;
	}

	/** The text these records were read from. */
	Text text() {
		return text;
	}

	/** The file's own series names and dates, or null. */
	Own own() {
		return own;
	}

	/** The same records under another file name. */
	PrintedRecords named(String newName) {
		return new PrintedRecords(text, newName, own);
	}

	@Override
	public int size() {
		return text.size();
	}

	@Override
	public ImageRecord get(int index) {
		List<ImageRecord> known = named;
		if (known == null) {
			List<ImageRecord> plain = text.records();
			if (own != null) plain = OwnParts.withOwn(plain, own.values());
			String n = name;
			named = known = n == null ? plain : plain.stream().map(r -> r.withFile(n)).toList();
		}
		return known.get(index);
	}

	/**
	 * Writes the JSON lines {@code bia harvest} prints for these records (control characters escaped as
	 * {@code TerminalText.json} does), each followed by the line separator, as UTF-8 bytes; or writes nothing and
	 * answers false when the records are not known as printed lines.
	 *
	 * @param quotedName the file name as a JSON string, quotes included, in UTF-8; or null for none
	 */
	public static boolean write(List<ImageRecord> records, byte[] quotedName, OutputStream out) throws IOException {
		if (!(records instanceof PrintedRecords p) || p.own != null && p.text.ownValues() == null) return false;
		p.text.write(out, quotedName, p.own);
		return true;
	}

	/** Whether these records carry a file name (the lines then need it). */
	public static String name(List<ImageRecord> records) {
		return records instanceof PrintedRecords p ? p.name : null;
	}
}
