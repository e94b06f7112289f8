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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The records text lines of a harvest cache file ({@link CacheLines}): {@code T}, the text's number, the length in
 * bytes of the rest of the line, the checksum of the count and the lines, how many lines, and the JSON lines printed
 * for the records (without a file name), separated by tabs. The length lets an index step over a text's kilobyte of
 * JSON; the checksum is checked when a text is first handed out.
 */
final class CacheTexts {

	private CacheTexts() {}

	/** A records text's line, newline included, from its {@link Body#bytes}. */
	static byte[] line(int number, byte[] body) {
		byte[] head = ("T\t" + number + "\t" + body.length + "\t").getBytes(StandardCharsets.US_ASCII);
		byte[] line = java.util.Arrays.copyOf(head, head.length + body.length + 1);
		System.arraycopy(body, 0, line, head.length, body.length);
		line[line.length - 1] = '\n';
		return line;
	}

	/**
	 * What a records text line holds after its number and length (checksum, count, the lines), as UTF-8, and where
	 * the lines start in it: made once, on the thread that read the file, for the cache file and for printing.
	 */
	record Body(byte[] bytes, int start, int count) {
		// equal only to itself (a record compares arrays by reference): a text's one object per run, not its content
	}

	/** The body of the line for {@code count} records whose lines, joined by tabs, are {@code records}. */
	static Body body(int count, String records) {
		byte[] text = records.getBytes(StandardCharsets.UTF_8);
		byte[] counted = (count + "\t").getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(counted);
		crc.update(text);
		byte[] sum = (Long.toHexString(crc.getValue()) + "\t").getBytes(StandardCharsets.US_ASCII);
		byte[] body = java.util.Arrays.copyOf(sum, sum.length + counted.length + text.length);
		System.arraycopy(counted, 0, body, sum.length, counted.length);
		System.arraycopy(text, 0, body, sum.length + counted.length, text.length);
		return new Body(body, sum.length + counted.length, count);
	}

	/**
	 * Where the text line at {@code at} ends: at the newline its length leads to, or -1 when the file ends first. No
	 * line holds a newline inside, so a damaged length finds none there (or, if longer, swallows whole lines, which
	 * the end line's count then tells).
	 *
	 * @throws IOException when no newline is where the length leads
	 */
	static int end(ByteBuffer data, int at, int end) throws IOException {
		int number = CacheFields.indexOf(data, '\t', at + 2, Math.min(end, at + 13));
		int length = number < 0 ? -1 : CacheFields.indexOf(data, '\t', number + 1, Math.min(end, number + 12));
		if (length < 0) throw new IOException("a records text line is damaged");
		long eol = length + 1L + CacheFields.number(data, number + 1, length);
		if (eol >= end) return -1;
		if (data.get((int) eol) != '\n') throw new IOException("a records text line is damaged");
		return (int) eol;
	}

	/**
	 * The printed JSON lines of the text line from {@code at} to its newline at {@code eol}, UTF-8, separated by
	 * tabs. A file read onto the heap lends its own bytes; a mapped one gives a copy (the mapping ends with the cache).
	 *
	 * @throws IOException when the text does not have its checksum (the file is damaged there)
	 */
	static PrintedRecords.Text text(ByteBuffer data, int at, int eol, int number) throws IOException {
		// T, number, length, checksum, how many lines, the lines
		int sum = CacheFields.indexOf(data, '\t', CacheFields.indexOf(data, '\t', at + 2, eol) + 1, eol) + 1;
		int count = CacheFields.indexOf(data, '\t', sum, eol) + 1;
		int start = CacheFields.indexOf(data, '\t', count, eol) + 1;
		if (sum == 0 || count == 0 || start == 0) throw new IOException("records text " + number + " is damaged");
		// the checksum of the count and the lines as they are in the file: the text is not encoded again to check it
		CRC32 crc = new CRC32();
		crc.update(data.duplicate().limit(eol).position(count));
		byte[] written = new byte[count - 1 - sum];
		data.get(sum, written);
		int lines = CacheFields.number(data, count, start - 1);
		if (!new String(written, StandardCharsets.US_ASCII).equals(Long.toHexString(crc.getValue())) || lines < 1 ||
			lines > eol - start)
		{
			throw new IOException("records text " + number + " is damaged");
		}
		if (data.hasArray()) {
			int base = data.arrayOffset();
			return new PrintedRecords.Text(data.array(), base + start, base + eol, lines);
		}
		byte[] text = new byte[eol - start];
		data.get(start, text);
		return new PrintedRecords.Text(text, 0, text.length, lines);
	}
}
