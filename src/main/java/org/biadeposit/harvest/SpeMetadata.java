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
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Princeton Instruments SPE files: Bio-Formats keeps only the first byte of the header's date ("DATE" = 50); the
 * acquisition date comes from the header itself, its date (offset 20, "22Jul2015") and local time
 * ({@code EXP_TIME_LOCAL}, offset 172, "094018").
 */
final class SpeMetadata {

	private static final DateTimeFormatter SPE_DATE = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH);
	private static final DateTimeFormatter SPE_TIME = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT);

	private SpeMetadata() {}

	/** SPE: the header's date (offset 20, "22Jul2015") and local time (EXP_TIME_LOCAL, offset 172, "094018"). */
	static String date(OriginalMetadata original, Path file) {
		byte[] header = new byte[180];
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer b = ByteBuffer.wrap(header);
			while (b.hasRemaining() && ch.read(b) > 0) {
				// read the header's first bytes
			}
		}
		catch (IOException e) {
			return null;
		}
		String day = ascii(header, 20, 10);
		String time = original.global("EXP_TIME_LOCAL");
		if (time == null) time = ascii(header, 172, 7);
		try {
			LocalDate d = LocalDate.parse(day, new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
				.append(SPE_DATE).toFormatter(Locale.ENGLISH));
			if (time == null || time.length() != 6) return d.toString();
			return LocalDateTime.of(d, LocalTime.parse(time, SPE_TIME)).toString();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
	private static String ascii(byte[] b, int from, int max) {
		int end = from;
		while (end < Math.min(b.length, from + max) && b[end] != 0) end++;
		String s = new String(b, from, end - from, StandardCharsets.US_ASCII).trim();
		return s.isEmpty() ? null : s;
	}
}
