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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.TerminalText;
import org.biadeposit.harvest.ImageRecord.Warning;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The lines of cached records, with a file's name put in, are what Jackson writes for the records named so, and
 * the records read back are those records.
 */
class PrintedRecordsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ImageRecord record(List<Warning> warnings) {
		return new ImageRecord(null, 0, "series \u2028 one", "OME-TIFF", 16, 16, 1, 1, 1, "uint8", 0.5, 0.5, null,
			null, List.of(new ImageRecord.Channel("DAPI", null, 405.0, 461.0, null, null, null)),
			new ImageRecord.Objective("Zeiss", "Plan 63x", 63.0, 1.4, "Oil"), null, new ImageRecord.Microscope(null,
				"LSM", "Inverted"), List.of(), "2020-01-01T00:00:00", null, warnings);
	}

	@Test
	void linesWithANameAreWhatJacksonWritesForTheNamedRecords() throws Exception {
		List<ImageRecord> unnamed = List.of(record(List.of()), record(List.of(new Warning(null, "OME/Image[0]/@Name",
			"\"file\":null", "dropped"), new Warning("other.companion.ome", "OME", null, "kept"))));
		List<String> lines = new ArrayList<>();
		for (ImageRecord r : unnamed) lines.add(TerminalText.json(JSON.writeValueAsString(r)));
		PrintedRecords.Text text = new PrintedRecords.Text(String.join("\t", lines).getBytes(StandardCharsets.UTF_8));
		for (String name : List.of("a.ome.tif", "sub/b.ome.tif", "tab\tquote\"back\\slash", "bidi\u202e\u0085.tif",
			"ümlaut é.tif"))
		{
			List<ImageRecord> named = new HarvestedFile(null, null, null, unnamed, null, null).named(name).records();
			PrintedRecords printed = new PrintedRecords(text, null).named(name);
			String quoted = "\"" + TerminalText.json(new String(JsonStringEncoder.getInstance().quoteAsString(name))) +
				"\"";
			List<String> expected = new ArrayList<>();
			for (ImageRecord r : named) expected.add(TerminalText.json(JSON.writeValueAsString(r)));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertTrue(PrintedRecords.write(printed, quoted.getBytes(StandardCharsets.UTF_8), out));
			assertEquals(String.join("", expected.stream().map(l -> l + System.lineSeparator()).toList()), out.toString(
				StandardCharsets.UTF_8));
			assertEquals(named, printed, "read back, the same records");
		}
	}

	@Test
	void withoutANameTheLinesAreCopiedAsTheyAreAndOtherRecordsAreNotWritten() throws Exception {
		List<ImageRecord> unnamed = List.of(record(List.of()), record(List.of(new Warning(null, "OME", null, "kept"))));
		List<String> lines = new ArrayList<>();
		for (ImageRecord r : unnamed) lines.add(TerminalText.json(JSON.writeValueAsString(r)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintedRecords printed = new PrintedRecords(new PrintedRecords.Text(String.join("\t", lines).getBytes(
			StandardCharsets.UTF_8)), null);
		assertTrue(PrintedRecords.write(printed, null, out));
		assertEquals(lines.get(0) + System.lineSeparator() + lines.get(1) + System.lineSeparator(), out.toString(
			StandardCharsets.UTF_8));
		assertEquals(2, printed.size());
		assertEquals(unnamed, printed);

		out.reset();
		assertFalse(PrintedRecords.write(unnamed, "\"a.tif\"".getBytes(StandardCharsets.UTF_8), out));
		assertEquals(0, out.size());
	}

	/** A text lent by a cache file read onto the heap: a part of the file's own bytes, with other lines around it. */
	@Test
	void aTextThatIsAPartOfALargerArrayKeepsToItsPart() throws Exception {
		List<ImageRecord> unnamed = List.of(record(List.of()), record(List.of()), record(List.of()));
		String joined = String.join("\t", unnamed.stream().map(r -> {
			try {
				return TerminalText.json(JSON.writeValueAsString(r));
			}
			catch (Exception e) {
				throw new AssertionError(e);
			}
		}).toList());
		byte[] inside = joined.getBytes(StandardCharsets.UTF_8);
		String after = "\t\n{\"file\":null}";
		byte[] file = ("T\t0\tabc\t{\"file\":null}\t\n" + joined + after).getBytes(StandardCharsets.UTF_8);
		int at = file.length - inside.length - after.length();
		PrintedRecords.Text text = new PrintedRecords.Text(file, at, at + inside.length, 3);
		PrintedRecords printed = new PrintedRecords(text, null).named("c.tif");
		assertEquals(3, printed.size());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertTrue(PrintedRecords.write(printed, "\"c.tif\"".getBytes(StandardCharsets.UTF_8), out));
		String line = TerminalText.json(JSON.writeValueAsString(unnamed.get(0).withFile("c.tif")));
		assertEquals((line + System.lineSeparator()).repeat(3), out.toString(StandardCharsets.UTF_8));
		assertEquals(unnamed.stream().map(r -> r.withFile("c.tif")).toList(), printed);
	}
}
