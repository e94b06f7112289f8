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

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The record mapping's shortcuts give what the general computation gives: rounding to 12 significant digits
 * (skipped for whole numbers) and the OME Channel ID pattern (skipped for the usual "Channel:0:1").
 */
class RecordMappingShortcutsTest {

	@Test
	void roundingGivesWhatBigDecimalGives() {
		Random random = new Random(11);
		double[] fixed = { 0.0, -0.0, 1, -1, 405, 450.0, 63, 1e11, 999_999_999_999.0, 1e12, 1e12 + 1, 1e15 + 3,
			-7e13, 0.0901, 1.4, 0.1 + 0.2, 2.5e-7, 123456789012345.6, Double.MIN_VALUE, Double.MAX_VALUE };
		for (double v : fixed) assertEquals(reference(v), ImageRecordMapper.round(v), String.valueOf(v));
		for (int i = 0; i < 20_000; i++) {
			double v = switch (i % 4) {
				case 0 -> random.nextInt(2_000_000) - 1_000_000;
				case 1 -> Math.rint(random.nextGaussian() * 1e13);
				case 2 -> random.nextDouble() * 1000;
				default -> Double.longBitsToDouble(random.nextLong());
			};
			if (Double.isNaN(v) || Double.isInfinite(v)) continue;
			assertEquals(reference(v), ImageRecordMapper.round(v), String.valueOf(v));
		}
	}

	private static Double reference(double v) {
		return new BigDecimal(v).round(new MathContext(12)).doubleValue();
	}

	@Test
	void channelIdsAreJudgedAsThePatternJudgesThem() {
		Pattern pattern = Pattern.compile("(urn:lsid:([\\w\\-.]+\\.[\\w\\-.]+)+:Channel:\\S+)|(Channel:\\S+)");
		String[] ids = { "Channel:0:0", "Channel:", "Channel: 0", "Channel:0 ", "Channel:0\t1", "Channel:0\u000b",
			"Channel:\u00e9", "channel:0:0", "Channel0", "c0", "", "urn:lsid:example.org:Channel:7", "urn:lsid:x:Channel:1",
			"Channel:0:0\n", "Channel:\u00a0", "Channel:0\f", "Channel:0\r" };
		for (String id : ids) assertEquals(pattern.matcher(id).matches(), ImageRecordMapper.channelId(id), id);
	}
}
