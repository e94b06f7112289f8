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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The records texts of a harvest cache: each distinct text kept once, shared by the entries that have it, and the
 * records handed out for a text (bounded: {@value #READ_RECORDS} of this run's and as many of the loaded file's; the
 * others are taken from the file again).
 */
final class RecordTexts {

	private static final int READ_RECORDS = 4096;

	/** Each distinct records text once. */
	private final Map<String, String> texts = new ConcurrentHashMap<>();
	/** Records texts of this run's entries handed out, by text. */
	private final Map<String, PrintedRecords.Text> read = new ConcurrentHashMap<>();
	/**
	 * The loaded file's texts handed out, by number: each number has one place (its low bits), and a text there is
	 * replaced by the next with the same place. No locks: a thread that misses one another thread just put there
	 * reads it from the file again.
	 */
	private final AtomicReferenceArray<Numbered> readNumbered = new AtomicReferenceArray<>(READ_RECORDS);

	private record Numbered(int number, PrintedRecords.Text text) {}

	/** The text, kept once however many entries have it. */
	String text(String records) {
		if (records == null) return null;
		String known = texts.putIfAbsent(records, records);
		return known != null ? known : records;
	}

	/** The records of a text stored in this run. */
	List<ImageRecord> records(String text) {
		if (text == null) return List.of();
		PrintedRecords.Text known = read.get(text);
		if (known == null) {
			known = new PrintedRecords.Text(text.getBytes(StandardCharsets.UTF_8));
			if (read.size() >= READ_RECORDS) read.clear();
			read.put(text, known);
		}
		return new PrintedRecords(known, null);
	}

	/**
	 * The records of a file just read, as the text just made for them: printing them then copies the text out instead
	 * of writing each record again. Files with the same text share it.
	 */
	PrintedRecords printed(String text, CacheTexts.Body body, List<ImageRecord> records) {
		PrintedRecords.Text known = read.get(text);
		if (known == null) {
			known = new PrintedRecords.Text(body.bytes(), body.start(), records);
			if (read.size() >= READ_RECORDS) read.clear();
			PrintedRecords.Text before = read.putIfAbsent(text, known);
			if (before != null) known = before;
		}
		return new PrintedRecords(known, null);
	}

	/** The records of a text of the loaded file, its checksum checked once. */
	List<ImageRecord> numbered(CacheLines lines, int number) throws IOException {
		Numbered at = readNumbered.get(number & (READ_RECORDS - 1));
		PrintedRecords.Text known = at != null && at.number() == number ? at.text() : null;
		if (known == null) {
			known = lines.text(number);
			if (known == null) throw new IOException("an entry names records text " + number + ", which is not there");
			readNumbered.set(number & (READ_RECORDS - 1), new Numbered(number, known));
		}
		return new PrintedRecords(known, null);
	}

	/** The file was written anew: its texts' numbers may name others now. */
	void fileReplaced() {
		for (int i = 0; i < READ_RECORDS; i++) readNumbered.set(i, null);
	}
}
