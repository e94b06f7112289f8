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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** {@link RecordReader} reads back what Jackson reads of RecordJson's text, for every record; other text it refuses. */
class RecordReaderTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	/** As PrintedRecords reads the cache's texts with Jackson. */
	private static final ObjectReader JACKSON = new ObjectMapper().configure(
		DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readerFor(ImageRecord.class);

	private static void readsAsJackson(ImageRecord r, String what) throws Exception {
		byte[] text = RecordJson.of(r).getBytes(StandardCharsets.UTF_8);
		ImageRecord jackson = JACKSON.readValue(text);
		assertEquals(jackson, RecordReader.read(text, 0, text.length), what);
		// inside a larger array, as the cache file lends it
		byte[] framed = new byte[text.length + 6];
		System.arraycopy(text, 0, framed, 3, text.length);
		assertEquals(jackson, RecordReader.read(framed, 3, 3 + text.length), what);
	}

	@Test
	void everyRecordOfTheTestDataIsReadAsJacksonReadsIt() throws Exception {
		for (ImageRecord r : RecordJsonTest.testDataRecords(harvesting.harvester())) {
			readsAsJackson(r, r.file());
			readsAsJackson(r.withFile(null), r.file() + ", without its name, as the cache holds it");
		}
	}

	@Test
	void generatedRecordsWithEveryKindOfTextAndNumberAreReadAsJacksonReadsThem() throws Exception {
		Random random = new Random(12);
		for (int i = 0; i < 3000; i++) readsAsJackson(RecordJsonTest.record(random), "record " + i);
	}

	@Test
	void textWrittenOtherwiseIsRefused() {
		String good = RecordJson.of(RecordJsonTest.record(new Random(3)));
		for (String bad : List.of(good.replace("\"series\"", "\"serie\""), good + " ", good.substring(0, good.length() -
			1), "{\"series\":0,\"file\":null}", good.replace("\"sizeX\":", "\"sizeX\":1.5,\"x\":"), "[]", "",
			good.replaceFirst(",\"warnings\":\\[", ",\"warnings\":[{}")))
		{
			byte[] b = bad.getBytes(StandardCharsets.UTF_8);
			assertThrows(IllegalArgumentException.class, () -> RecordReader.read(b, 0, b.length), bad);
		}
	}

	/** Records that differ in their names and dates share one copy of every other value, as a study's files do. */
	@Test
	void recordsThatDifferInTheirNamesShareTheirOtherValues() {
		ImageRecord model = RecordJsonTest.record(new Random(5));
		while (model.channels().isEmpty() || model.detectors().isEmpty() || model.physicalSizeX() == null) {
			model = RecordJsonTest.record(new Random(model.hashCode()));
		}
		List<ImageRecord> read = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ImageRecord r = new ImageRecord("f" + i, model.series(), "series " + i, model.format(), model.sizeX(), model
				.sizeY(), model.sizeZ(), model.sizeC(), model.sizeT(), model.pixelType(), model.physicalSizeX(), model
					.physicalSizeY(), model.physicalSizeZ(), model.timeIncrement(), model.channels(), model.objective(),
				model.objectives(), model.microscope(), model.detectors(), "2026-12-0" + (i + 1), model
					.imagingMethod(), model.warnings());
			byte[] text = RecordJson.of(r).getBytes(StandardCharsets.UTF_8);
			read.add(RecordReader.read(text, 0, text.length));
		}
		assertEquals("series 2", read.get(2).seriesName());
		assertTrue(read.get(0).channels() == read.get(2).channels() && read.get(0).detectors() == read.get(2)
			.detectors() && read.get(0).physicalSizeX() == read.get(2).physicalSizeX(), "one copy of what they share");
		assertTrue(read.get(0).seriesName() != read.get(1).seriesName() && !read.get(0).seriesName().equals(read.get(1)
			.seriesName()));
	}

	/**
	 * Records that repeat runs of the record read before (its sizes, its instrument, its method) are still read as
	 * Jackson reads them, also where one's text begins as the other's does and goes on (a time increment of 0.5, then
	 * 0.55), and what they repeat is the very values read before.
	 */
	@Test
	void recordsThatRepeatTheRecordBeforeAreReadAsJacksonReadsThem() throws Exception {
		Random random = new Random(21);
		List<ImageRecord> models = new ArrayList<>();
		for (int i = 0; i < 3; i++) models.add(RecordJsonTest.record(random));
		ImageRecord before = null;
		for (int i = 0; i < 3000; i++) {
			ImageRecord s = models.get(random.nextInt(3)), n = models.get(random.nextInt(3)), m = models.get(random
				.nextInt(3));
			Double increment = random.nextInt(4) == 0 ? Double.valueOf(random.nextBoolean() ? 0.5 : 0.55) : s
				.timeIncrement();
			ImageRecord r = new ImageRecord(random.nextBoolean() ? null : "f" + i, random.nextInt(3), "series " + i, s
				.format(), s.sizeX(), s.sizeY(), s.sizeZ(), s.sizeC(), s.sizeT(), s.pixelType(), s.physicalSizeX(), s
					.physicalSizeY(), s.physicalSizeZ(), increment, n.channels(), n.objective(), n.objectives(), n
						.microscope(), n.detectors(), random.nextInt(5) == 0 ? null : "2026-12-03T0" + i % 10, m
							.imagingMethod(), m.warnings());
			byte[] text = RecordJson.of(r).getBytes(StandardCharsets.UTF_8);
			ImageRecord read = RecordReader.read(text, 0, text.length);
			assertEquals(JACKSON.readValue(text), read, "record " + i);
			if (before != null && before.channels().equals(read.channels()) && before.objective() == null == (read
				.objective() == null))
			{
				assertTrue(before.channels() == read.channels(), "record " + i + " has the channels read before");
			}
			before = read;
		}
		ImageRecord model = models.get(0);
		for (double increment : new double[] { 0.5, 0.55, 0.5 }) {
			ImageRecord r = new ImageRecord(null, 0, "s", model.format(), model.sizeX(), model.sizeY(), model.sizeZ(),
				model.sizeC(), model.sizeT(), model.pixelType(), model.physicalSizeX(), model.physicalSizeY(), model
					.physicalSizeZ(), increment, model.channels(), model.objective(), model.objectives(), model
						.microscope(), model.detectors(), null, model.imagingMethod(), model.warnings());
			byte[] text = RecordJson.of(r).getBytes(StandardCharsets.UTF_8);
			assertEquals(increment, RecordReader.read(text, 0, text.length).timeIncrement());
		}
	}
}
