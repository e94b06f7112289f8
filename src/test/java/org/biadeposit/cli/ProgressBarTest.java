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

import static org.biadeposit.Progress.Step.UPLOAD;
import static org.biadeposit.Progress.Unit.BYTES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.biadeposit.Amounts;
import org.biadeposit.Progress;
import org.junit.jupiter.api.Test;

/** The terminal's progress bar: redrawn in place on a terminal, plain lines otherwise. */
class ProgressBarTest {

	@Test
	void plainLinesWhenNotATerminal() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		ProgressBar bar = new ProgressBar(out, false, Duration.ZERO);
		bar.message("sending 2 files (3.0 MB)");
		bar.progress(new Progress(UPLOAD, BYTES, 1_500_000, 3_000_000, 1, 2, 250_000, Duration.ofSeconds(6), "a"));
		bar.progress(new Progress(UPLOAD, BYTES, 3_000_000, 3_000_000, 2, 2, 250_000, Duration.ZERO, "b"));
		bar.progress(new Progress(UPLOAD, BYTES, 3_000_000, 3_000_000, 2, 2, 250_000, Duration.ZERO, null));
		assertEquals(String.join("\n", //
			"sending 2 files (3.0 MB)", //
			"[############............]  50%  1.5 MB of 3.0 MB  1/2 files  250.0 kB/s  6 s left", //
			"[########################] 100%  3.0 MB of 3.0 MB  2/2 files  250.0 kB/s", //
			""), bytes.toString(StandardCharsets.UTF_8));
	}

	@Test
	void oneLineRedrawnOnATerminalWithMessagesAbove() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
		bar.progress(new Progress(UPLOAD, BYTES, 0, 100, 0, 1, 0, null, null));
		bar.message("hello");
		bar.progress(new Progress(UPLOAD, BYTES, 100, 100, 1, 1, 0, Duration.ZERO, null));
		String text = bytes.toString(StandardCharsets.UTF_8);
		String empty = "[........................]   0%  0 B of 100 B  0/1 files";
		assertEquals("\r" + empty + "\r" + " ".repeat(empty.length()) + "\rhello\n" + empty +
			"\r[########################] 100%  100 B of 100 B  1/1 files\n", text);
	}

	@Test
	void sizesAndDurationsForPeople() {
		assertEquals("999 B", Amounts.bytes(999));
		assertEquals("1.0 kB", Amounts.bytes(1000));
		assertEquals("21.5 GB", Amounts.bytes(21_474_836_480L));
		assertEquals("0 s", Amounts.duration(Duration.ZERO));
		assertEquals("3 min 05 s", Amounts.duration(Duration.ofSeconds(185)));
		assertEquals("2 h 10 min", Amounts.duration(Duration.ofMinutes(130)));
	}
}
