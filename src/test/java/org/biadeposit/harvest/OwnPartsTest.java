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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.biadeposit.TerminalText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's own series names and dates, put in place of its records text's (those of the file that made it): printed
 * byte for byte as its own records are, and read back as them, whatever the texts hold; a file with neither, after one
 * with both, has neither.
 */
class OwnPartsTest {

	@Test
	void ownNamesAndDatesArePrintedAndReadAsTheRecordsTheyBelongTo() throws Exception {
		Random random = new Random(31);
		int escaped = 0, plainWithComma = 0;
		for (int i = 0; i < 1500; i++) {
			List<ImageRecord> text = new ArrayList<>();
			for (int n = 1 + random.nextInt(3); n > 0; n--) text.add(RecordJsonTest.record(random).withFile(null));
			List<ImageRecord> own = new ArrayList<>();
			List<String> values = new ArrayList<>();
			for (ImageRecord r : text) {
				ImageRecord other = RecordJsonTest.record(random);
				String name = random.nextInt(4) == 0 ? r.seriesName() : other.seriesName();
				if (name != null && random.nextInt(4) == 0) name = name + ", part " + i; // a comma inside a value
				String date = random.nextInt(4) == 0 ? r.acquisitionDate() : other.acquisitionDate();
				values.add(name);
				values.add(date);
			}
			own.addAll(OwnParts.withOwn(text, values));
			String file = random.nextBoolean() ? null : "dir/" + RecordJsonTest.record(random).pixelType() + ".tif";
			PrintedRecords.Text lines = new PrintedRecords.Text(String.join("\t", text.stream().map(RecordJson::of)
				.toList()).getBytes(StandardCharsets.UTF_8));
			PrintedRecords printed = new PrintedRecords(lines, null, new PrintedRecords.Own(OwnParts.json(own).getBytes(
				StandardCharsets.UTF_8))).named(file);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertEquals(true, PrintedRecords.write(printed, file == null ? null : quoted(file), out), "case " + i);
			// read as a loaded cache file holds them, escaped among other bytes, on the heap or mapped: the same lines
			byte[] field = CacheFields.escape(OwnParts.json(own)).getBytes(StandardCharsets.UTF_8);
			ByteBuffer data = i % 2 == 0 ? ByteBuffer.allocate(field.length + 7) : ByteBuffer.allocateDirect(field
				.length + 7);
			data.put(new byte[] { '\t', '0', ':' }).put(field).put(new byte[] { '\t', ',', '"', '\\' });
			String held = new String(field, StandardCharsets.UTF_8);
			if (held.contains("\\")) escaped++;
			else if (held.contains(", part ")) plainWithComma++;
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			PrintedRecords.write(new PrintedRecords(lines, null, PrintedRecords.Own.read(data, 3, 3 + field.length))
				.named(file), file == null ? null : quoted(file), read);
			assertEquals(out.toString(StandardCharsets.UTF_8), read.toString(StandardCharsets.UTF_8), "case " + i);
			StringBuilder want = new StringBuilder();
			for (ImageRecord r : own) want.append(RecordJson.of(r.withFile(file))).append(System.lineSeparator());
			// as bia harvest prints a record it reads: its line in UTF-8 (a lone surrogate as the encoder writes it, as
			// the cache file holds it too)
			assertEquals(utf8(want.toString()), out.toString(StandardCharsets.UTF_8), "case " + i);
			for (int k = 0; k < own.size(); k++) {
				assertEquals(utf8(RecordJson.of(own.get(k).withFile(file))), utf8(RecordJson.of(printed.get(k))), "case " +
					i);
			}
		}
		// both ways of reading them: as they are (a comma in a value among them), and unescaped
		assertTrue(escaped > 300 && 1500 - escaped > 50 && plainWithComma > 5, escaped + " of 1500 with a " +
			"backslash, " + plainWithComma + " without one but with a comma in a value");
	}

	@Test
	void aFileWithoutANameOrDateAfterOneWithBothHasNeither(@TempDir Path dir) throws Exception {
		Path cacheFile = dir.resolve("harvest.jsonl");
		HarvestCache cache = HarvestCache.at(cacheFile, "native");
		Path named = dir.resolve("named.ome.tif"), bare = dir.resolve("bare.ome.tif");
		cache.store(named, 10, 1_000, result(named, "tile 1", "2026-05-13T00:53:00"), 0);
		HarvestedFile stored = cache.store(bare, 10, 1_001, result(bare, null, null), 0);
		for (HarvestedFile h : List.of(stored, cache.lookup(bare, 10, 1_001))) {
			assertNull(h.records().get(0).seriesName());
			assertNull(h.records().get(0).acquisitionDate());
		}
		cache.save();
		HarvestCache again = HarvestCache.at(cacheFile, "native");
		ImageRecord read = again.lookup(bare, 10, 1_001).records().get(0);
		assertNull(read.seriesName());
		assertNull(read.acquisitionDate());
		assertEquals("tile 1", again.lookup(named, 10, 1_000).records().get(0).seriesName());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintedRecords.write(again.lookup(bare, 10, 1_001).records(), null, out);
		assertEquals(RecordJson.of(result(bare, null, null).records().get(0)) + System.lineSeparator(), out.toString(
			StandardCharsets.UTF_8));
	}

	private static HarvestedFile result(Path file, String name, String date) {
		ImageRecord r = new ImageRecord(null, 0, name, "OME-TIFF", 16, 16, 1, 1, 1, "uint8", 0.09, 0.09, null, null,
			List.of(new ImageRecord.Channel("DAPI", "DAPI", 405.0, 450.0, null, null, null)), null, null, List.of(), date,
			null);
		return new HarvestedFile(null, file, "OME-TIFF", List.of(r), List.of(file), null);
	}

	private static String utf8(String s) {
		return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	private static byte[] quoted(String name) {
		StringBuilder s = new StringBuilder();
		TerminalText.appendJson(s, name);
		return s.toString().getBytes(StandardCharsets.UTF_8);
	}
}
