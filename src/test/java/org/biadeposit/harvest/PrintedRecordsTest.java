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
		PrintedRecords.Text text = new PrintedRecords.Text(lines.toArray(String[]::new));
		for (String name : List.of("a.ome.tif", "sub/b.ome.tif", "tab\tquote\"back\\slash", "bidi\u202e\u0085.tif",
			"ümlaut é.tif"))
		{
			List<ImageRecord> named = new HarvestedFile(null, null, null, unnamed, null, null).named(name).records();
			PrintedRecords printed = new PrintedRecords(text, null).named(name);
			String quoted = "\"" + TerminalText.json(new String(JsonStringEncoder.getInstance().quoteAsString(name))) +
				"\"";
			List<String> expected = new ArrayList<>();
			for (ImageRecord r : named) expected.add(TerminalText.json(JSON.writeValueAsString(r)));
			assertEquals(expected, PrintedRecords.lines(printed, quoted));
			assertEquals(named, printed, "read back, the same records");
		}
	}
}
