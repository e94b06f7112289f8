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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.biadeposit.TerminalText;
import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@link RecordJson} writes what Jackson and {@code TerminalText.json} wrote for every record, to the character. */
class RecordJsonTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	private static final ObjectMapper JACKSON = new ObjectMapper();

	private static String jackson(ImageRecord r) throws Exception {
		return TerminalText.json(JACKSON.writeValueAsString(r));
	}

	/** Every image record of the test data, as the harvest gives them. */
	static List<ImageRecord> testDataRecords(Harvester harvester) {
		List<ImageRecord> records = new ArrayList<>();
		new HarvestRun(harvester, null, 2).run(List.of(TestData.root().toString()), h -> records.addAll(h.records()));
		assertTrue(records.size() >= 90, "the test data's images: " + records.size());
		return records;
	}

	@Test
	void everyRecordOfTheTestDataIsWrittenAsJacksonWroteIt() throws Exception {
		List<ImageRecord> records = testDataRecords(harvesting.harvester());
		int withWarnings = 0;
		for (ImageRecord r : records) {
			assertEquals(jackson(r), RecordJson.of(r), r.file());
			if (!r.warnings().isEmpty()) withWarnings++;
		}
		assertTrue(withWarnings > 0, "bad.ome.xml's warnings are among them");
	}

	/** Characters that JSON, Jackson or a terminal treat apart, and plain ones. */
	private static final String CHARACTERS = "aZ09 _-./:\"\\\b\t\n\f\r\u0000\u0001\u001b\u001f\u007f\u0080\u009b" +
		"\u009f\u00a0\u00b5\u00e9\u061c\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069\u206a\u3000\u4e2d\ufeff" +
		"\ufffd\ud83d\ude00\ud800\udfff";

	private static final double[] NUMBERS = { 0.0, -0.0, 1.0, 0.0901, 63.0, 1.4, 405.0, 1e-7, 1e7, 1e21, 1.0E-5,
		123456789.123, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
		Double.MAX_VALUE, -273.15 };

	@Test
	void generatedRecordsWithEveryKindOfTextAndNumberAreWrittenAsJacksonWritesThem() throws Exception {
		Random random = new Random(11);
		for (int i = 0; i < 3000; i++) {
			ImageRecord r = record(random);
			assertEquals(jackson(r), RecordJson.of(r), "record " + i);
		}
	}

	@Test
	void aRecordOfNothingButNullsAndEmptyLists() throws Exception {
		ImageRecord r = new ImageRecord(null, 0, null, null, null, null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null);
		assertEquals(jackson(r), RecordJson.of(r));
		assertTrue(RecordJson.of(r).contains("\"channels\":[],\"objective\":null,\"objectives\":[]"), RecordJson.of(r));
	}

	static ImageRecord record(Random random) {
		List<ImageRecord.Channel> channels = new ArrayList<>();
		for (int c = random.nextInt(4); c > 0; c--) {
			channels.add(new ImageRecord.Channel(text(random), text(random), number(random), number(random), text(
				random), text(random), text(random)));
		}
		List<ImageRecord.Objective> objectives = new ArrayList<>();
		for (int o = random.nextInt(3); o > 0; o--) objectives.add(objective(random));
		List<ImageRecord.Detector> detectors = new ArrayList<>();
		for (int d = random.nextInt(3); d > 0; d--) {
			detectors.add(new ImageRecord.Detector(text(random), text(random), text(random)));
		}
		List<ImageRecord.Warning> warnings = new ArrayList<>();
		for (int w = random.nextInt(3); w > 0; w--) {
			warnings.add(new ImageRecord.Warning(text(random), text(random), text(random), text(random)));
		}
		return new ImageRecord(text(random), random.nextInt(5) == 0 ? random.nextInt() : random.nextInt(100), text(
			random), text(random), whole(random), whole(random), whole(random), whole(random), whole(random), text(
				random), number(random), number(random), number(random), number(random), channels, random.nextBoolean()
					? objective(random) : null, random.nextInt(4) == 0 ? null : objectives, random.nextBoolean()
						? new ImageRecord.Microscope(text(random), text(random), text(random)) : null, detectors, text(
							random), random.nextBoolean() ? new ImageRecord.ImagingMethod(text(random), text(random)) : null,
			warnings);
	}

	private static ImageRecord.Objective objective(Random random) {
		return new ImageRecord.Objective(text(random), text(random), number(random), number(random), text(random));
	}

	private static String text(Random random) {
		if (random.nextInt(6) == 0) return null;
		StringBuilder s = new StringBuilder();
		for (int n = random.nextInt(12); n > 0; n--) {
			s.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : CHARACTERS.charAt(random.nextInt(
				CHARACTERS.length())));
		}
		return s.toString();
	}

	private static Double number(Random random) {
		int pick = random.nextInt(NUMBERS.length + 3);
		if (pick == NUMBERS.length) return null;
		if (pick > NUMBERS.length) return random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
		return NUMBERS[pick];
	}

	private static Integer whole(Random random) {
		int pick = random.nextInt(5);
		return pick == 0 ? null : pick == 1 ? random.nextInt() : random.nextInt(5000);
	}
}
