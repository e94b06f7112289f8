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
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Records that the harvest cache gave back as the JSON lines {@code bia harvest} prints for them: printing them
 * copies those lines out with the file's name put in, and they are read into records only when something asks for a
 * record (a deposition, a table), once per distinct text, not once per file.
 */
public final class PrintedRecords extends AbstractList<ImageRecord> {

	/** Reads records; made when a record is first asked for, not when printed lines are copied out. */
	private static final class Reader {

		static final ObjectReader READER = new ObjectMapper().configure(
			com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readerFor(
				ImageRecord.class);
	}

	private static final String NO_FILE = "\"file\":null";

	/** One distinct text of the cache: the printed lines of its records without a file name, read once. */
	static final class Text {

		/** The lines; or null when {@link #joined} holds them. */
		private final String[] lines;
		/** The lines joined by tabs, as the cache keeps them (split only when printed: not held twice). */
		private final String joined;
		private volatile List<ImageRecord> read;

		Text(String[] lines) {
			this.lines = lines;
			this.joined = null;
		}

		/** The text just written for these records, in the cache's form: printing copies it out. */
		Text(String joined, List<ImageRecord> records) {
			this.lines = null;
			this.joined = joined;
			this.read = List.copyOf(records);
		}

		String[] lines() {
			return lines != null ? lines : joined.split("\t", -1);
		}

		int size() {
			List<ImageRecord> known = read;
			return lines != null ? lines.length : known.size();
		}

		List<ImageRecord> records() {
			List<ImageRecord> known = read;
			if (known != null) return known;
			List<ImageRecord> records = new ArrayList<>(lines.length);
			try {
				for (String line : lines) records.add(Reader.READER.readValue(line));
			}
			catch (IOException e) {
				// the cache checks each text's checksum before handing it out, so this is not a damaged file
				throw new UncheckedIOException("a harvest cache entry could not be read back", e);
			}
			read = known = List.copyOf(records);
			return known;
		}
	}

	private final Text text;
	private final String name;
	private volatile List<ImageRecord> named;

	PrintedRecords(Text text, String name) {
		this.text = text;
		this.name = name;
	}

	/** The text these records were read from. */
	Text text() {
		return text;
	}

	/** The same records under another file name. */
	PrintedRecords named(String newName) {
		return new PrintedRecords(text, newName);
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
			named = known = name == null ? plain : plain.stream().map(r -> r.withFile(name)).toList();
		}
		return known.get(index);
	}

	/**
	 * The JSON lines {@code bia harvest} prints for these records (control characters escaped as
	 * {@code TerminalText.json} does), or null when the records are not known as printed lines.
	 *
	 * @param quotedName the file name as a JSON string, quotes included, or null for none
	 */
	public static List<String> lines(List<ImageRecord> records, String quotedName) {
		if (!(records instanceof PrintedRecords p)) return null;
		String file = "\"file\":" + (quotedName == null ? "null" : quotedName);
		String[] lines = p.text.lines();
		List<String> out = new ArrayList<>(lines.length);
		for (String line : lines) out.add(quotedName == null ? line : line.replace(NO_FILE, file));
		return out;
	}

	/** Whether these records carry a file name (the lines then need it). */
	public static String name(List<ImageRecord> records) {
		return records instanceof PrintedRecords p ? p.name : null;
	}
}
