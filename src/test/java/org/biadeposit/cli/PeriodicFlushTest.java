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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PeriodicFlushTest {

	/**
	 * A line printed into a buffer comes out without a later line or an explicit flush (bia harvest printing a file
	 * while the next takes minutes to read), and closing stops the thread.
	 */
	@Test
	void aPrintedLineComesOutWhileNothingElseIsPrinted() throws Exception {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream lines = new PrintStream(new BufferedOutputStream(sink, 1 << 16), false, StandardCharsets.UTF_8);
		lines.println("before");
		Thread.sleep(150);
		assertEquals("", sink.toString(StandardCharsets.UTF_8), "buffered while no flush runs");
		PeriodicFlush flushing = new PeriodicFlush(lines, 20);
		try (flushing) {
			lines.println("during");
			long end = System.nanoTime() + 10_000_000_000L;
			while (!sink.toString(StandardCharsets.UTF_8).contains("during") && System.nanoTime() < end) {
				Thread.sleep(5);
			}
			assertEquals("before\nduring\n", sink.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(),
				"\n"));
		}
		lines.println("after");
		Thread.sleep(150);
		assertFalse(sink.toString(StandardCharsets.UTF_8).contains("after"), "closed: no more flushing");
		assertFalse(flushing.running(), "the thread is gone");
	}
}
