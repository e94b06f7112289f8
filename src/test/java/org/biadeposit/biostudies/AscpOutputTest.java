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
package org.biadeposit.biostudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * ascp's output as its users have published it: one progress line per file rewritten with carriage returns, then
 * the summary; and its failures.
 */
class AscpOutputTest {

	private static AscpOutput read(String text, List<Integer> percents) throws IOException {
		AscpOutput out = new AscpOutput();
		out.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), percents::add);
		return out;
	}

	@Test
	void progressLinesGivePercentagesAndTheSummaryTheBytes() throws IOException {
		List<Integer> percents = new ArrayList<>();
		AscpOutput out = read("SRR292241_1.fastq.gz                                  12%   45MB  238Mb/s    00:11 ETA\r" +
			"SRR292241_1.fastq.gz                                  57%  211MB  241Mb/s    00:05 ETA\r" +
			"SRR292241_1.fastq.gz                                 100%  369MB  238Mb/s    00:13    \n" +
			"Completed: 378151K bytes transferred in 13 seconds\n (227709K bits/sec), in 1 file.\n", percents);
		assertEquals(List.of(12, 57, 100), percents);
		assertEquals(378151L * 1024, out.transferred());
		assertEquals(List.of("Completed: 378151K bytes transferred in 13 seconds", "(227709K bits/sec), in 1 file."),
			out.lastLines());
		assertFalse(out.refusedLogin());
	}

	@Test
	void failuresAreKeptToExplainThem() throws IOException {
		List<Integer> percents = new ArrayList<>();
		AscpOutput out = read("big file.tif    0%  0KB  0.0Mb/s    --:-- ETA\rPartial Completion: 19711732K bytes " +
			"transferred in 3695 seconds\n(43691K bits/sec), in 6 files, 4 directories; 3 files failed.\n\n" +
			"Session Stop  (Error: Disk write failed (server))\n", percents);
		assertEquals(List.of(0), percents);
		assertEquals(19711732L * 1024, out.transferred());
		assertEquals("Session Stop  (Error: Disk write failed (server))", out.lastLines().get(2));
		assertEquals(-1, read("ascp: failed to authenticate, exiting.\n", percents).transferred());
		assertTrue(read("ascp: failed to authenticate, exiting.\r\n", percents).refusedLogin());
	}
}
