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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The records texts of a harvest cache: each distinct text of this run kept once while it is kept (at most
 * {@value #KEPT_TEXTS} at a time), shared by the entries that have it, and the records handed out for a text
 * (bounded: {@value #READ_RECORDS} of this run's and as many of the loaded file's; the others are taken from the file
 * again).
 */
final class RecordTexts {

	private static final int READ_RECORDS = 4096;
	/**
	 * How many distinct texts of this run are kept to be shared: past it the table starts afresh, so that a study
	 * whose every file has records of its own (each image its own name) keeps its texts only until they are written.
	 * A text met again after that is kept, and written to the cache file, once more: a line more, not memory that
	 * grows with the study.
	 */
	static final int KEPT_TEXTS = 16_384;

	/**
	 * Distinct records texts of this run, each once (at most {@link #KEPT_TEXTS}), by their lines with every series
	 * name and date null: what the files of one set-up share.
	 */
	private final Map<String, Shared> texts = new ConcurrentHashMap<>();

	/**
	 * A records text, with the series names and dates of the file that made it ({@link OwnParts#json}; null for a text
	 * not made from records): a file whose own are the same needs none in its entry.
	 */
	record Shared(CacheTexts.Body body, String own) {}
	/** Records texts of this run's entries handed out, by text. */
	private final Map<CacheTexts.Body, PrintedRecords.Text> read = new ConcurrentHashMap<>();
	/**
	 * The loaded file's texts handed out, by number: each number has one place (its low bits), and a text there is
	 * replaced by the next with the same place. No locks: a thread that misses one another thread just put there
	 * reads it from the file again.
	 */
	private final AtomicReferenceArray<Numbered> readNumbered = new AtomicReferenceArray<>(READ_RECORDS);

	private record Numbered(int number, PrintedRecords.Text text) {}

	/**
	 * The text these records share with those of other files of their set-up: the records of the file that made it
	 * (their JSON lines joined by tabs), found by the lines with every series name and date null; one object for
	 * however many entries have that text (while it is kept), made on the calling thread.
	 *
	 * @param own the records' own names and dates ({@link OwnParts#json})
	 */
	Shared text(List<ImageRecord> records, String own) {
		List<ImageRecord> shared = OwnParts.shared(records);
		String key = lines(shared);
		Shared known = texts.get(key);
		if (known != null) return known;
		if (texts.size() >= KEPT_TEXTS) texts.clear();
		Shared made = new Shared(CacheTexts.body(records.size(), shared == records ? key : lines(records)), own);
		known = texts.putIfAbsent(key, made);
		return known != null ? known : made;
	}

	private static String lines(List<ImageRecord> records) {
		StringBuilder lines = new StringBuilder(records.size() * 1024);
		for (ImageRecord r : records) {
			if (lines.length() > 0) lines.append('\t');
			lines.append(RecordJson.of(r));
		}
		return lines.toString();
	}

	/** How many texts are kept to be shared now (a test hook). */
	int kept() {
		return texts.size();
	}

	/** The records of a text stored in this run, with a file's own names and dates (or null). */
	List<ImageRecord> records(CacheTexts.Body text, String own) {
		if (text == null) return List.of();
		PrintedRecords.Text known = read.get(text);
		if (known == null) {
			known = new PrintedRecords.Text(text.bytes(), text.start(), text.bytes().length, text.count());
			if (read.size() >= READ_RECORDS) read.clear();
			read.put(text, known);
		}
		return new PrintedRecords(known, null, own(own));
	}

	private static PrintedRecords.Own own(String json) {
		return json == null ? null : new PrintedRecords.Own(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * The records of a file just read, as the text just made for them: printing them then copies the text out instead
	 * of writing each record again. Files with the same text share it.
	 *
	 * @param records the text's records, or null when they are not at hand (this file's are other than the text's)
	 * @param own the file's series names and dates where they are not the text's, or null
	 */
	PrintedRecords printed(CacheTexts.Body text, List<ImageRecord> records, String own) {
		PrintedRecords.Text known = read.get(text);
		if (known == null) {
			known = records != null ? new PrintedRecords.Text(text.bytes(), text.start(), records)
				: new PrintedRecords.Text(text.bytes(), text.start(), text.bytes().length, text.count());
			if (read.size() >= READ_RECORDS) read.clear();
			PrintedRecords.Text before = read.putIfAbsent(text, known);
			if (before != null) known = before;
		}
		return new PrintedRecords(known, null, own(own));
	}

	/** The records of a text of the loaded file, its checksum checked once. */
	List<ImageRecord> numbered(CacheLines lines, int number, PrintedRecords.Own own) throws IOException {
		Numbered at = readNumbered.get(number & (READ_RECORDS - 1));
		PrintedRecords.Text known = at != null && at.number() == number ? at.text() : null;
		if (known == null) {
			known = lines.text(number);
			if (known == null) throw new IOException("an entry names records text " + number + ", which is not there");
			readNumbered.set(number & (READ_RECORDS - 1), new Numbered(number, known));
		}
		return new PrintedRecords(known, null, own);
	}

	/** The file was written anew: its texts' numbers may name others now. */
	void fileReplaced() {
		for (int i = 0; i < READ_RECORDS; i++) readNumbered.set(i, null);
	}
}
