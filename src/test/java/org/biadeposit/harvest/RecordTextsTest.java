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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

/** The loaded file's records texts: each read from the file once while it keeps its place, and always the right one. */
class RecordTextsTest {

	/**
	 * A records text's line spelt out from the file format (T, number, length, checksum of the count and lines, the
	 * count, the lines), apart from the code that writes it.
	 */
	static String textLine(int number, String counted) {
		CRC32 crc = new CRC32();
		crc.update(counted.getBytes(StandardCharsets.UTF_8));
		String rest = Long.toHexString(crc.getValue()) + "\t" + counted;
		return "T\t" + number + "\t" + rest.getBytes(StandardCharsets.UTF_8).length + "\t" + rest + "\n";
	}

	private static String record(int i) {
		return "{\"file\":null,\"series\":" + i + ",\"warnings\":[]}";
	}

	@Test
	void theLineMadeOnTheReadingThreadIsTheLineOfTheText() throws IOException {
		for (String records : List.of(record(1), record(2) + "\t" + record(3), "{\"seriesName\":\"\u00b5m \u4e2d " +
			"\ud83d\ude00\"}"))
		{
			int count = records.split("\t").length;
			String counted = count + "\t" + records;
			CacheTexts.Body body = CacheTexts.body(count, records);
			assertEquals(textLine(7, counted), new String(CacheTexts.line(7, body.bytes()), StandardCharsets.UTF_8));
			assertEquals(records, new String(body.bytes(), body.start(), body.bytes().length - body.start(),
				StandardCharsets.UTF_8));
			// and what the cache file gives back from the line is the same text, its checksum good
			byte[] line = CacheTexts.line(7, body.bytes());
			PrintedRecords.Text read = CacheTexts.text(ByteBuffer.wrap(line), 0, line.length - 1, 7);
			assertEquals(count, read.size());
		}
	}

	@Test
	void aTextIsReadOnceWhileItKeepsItsPlaceAndAlwaysIsItsOwn() throws IOException {
		StringBuilder file = new StringBuilder("header\n");
		int n = 5000; // more than there are places: numbers 4096 apart share one
		for (int i = 0; i < n; i++) {
			String counted = (i % 7 == 0 ? 2 : 1) + "\t" + record(i) + (i % 7 == 0 ? "\t" + record(-i) : "");
			file.append(textLine(i, counted));
		}
		file.append("E\t").append(n).append('\n');
		CacheLines lines = CacheLines.index(ByteBuffer.wrap(file.toString().getBytes(StandardCharsets.UTF_8)),
			"header\n".length());
		RecordTexts texts = new RecordTexts();
		for (int i : new int[] { 3, 4099, 3, 7, 4103, 4103, 0, 4096, 4999 }) {
			List<ImageRecord> records = texts.numbered(lines, i, null);
			assertEquals(i % 7 == 0 ? 2 : 1, records.size(), "text " + i);
			assertEquals(i, records.get(0).series(), "text " + i);
			if (i % 7 == 0) assertEquals(-i, records.get(1).series(), "text " + i);
		}
		PrintedRecords.Text once = ((PrintedRecords) texts.numbered(lines, 11, null)).text();
		assertSame(once, ((PrintedRecords) texts.numbered(lines, 11, null)).text(), "kept while it has its place");
		texts.numbered(lines, 11 + 4096, null);
		assertNotSame(once, ((PrintedRecords) texts.numbered(lines, 11, null)).text(), "its place taken, read again");
		texts.fileReplaced();
		PrintedRecords.Text again = ((PrintedRecords) texts.numbered(lines, 11, null)).text();
		texts.fileReplaced();
		assertNotSame(again, ((PrintedRecords) texts.numbered(lines, 11, null)).text(), "forgotten with the file");
		assertThrows(IOException.class, () -> texts.numbered(lines, n, null), "no such text");
	}
}
