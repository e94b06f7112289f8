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

import java.util.ArrayList;
import java.util.List;

import org.biadeposit.TerminalText;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.ImageRecord.Warning;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A record's JSON line, pieced together from its distinct record and its name, is what Jackson writes. */
class HarvestOutputTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ImageRecord record(String file, List<Warning> warnings) {
		return new ImageRecord(file, 0, "series \u2028 one", "OME-TIFF", 16, 16, 1, 1, 1, "uint8", 0.5, 0.5, null,
			null, List.of(new ImageRecord.Channel("DAPI", null, 405.0, 461.0, null, null, null)),
			new ImageRecord.Objective("Zeiss", "Plan 63x", 63.0, 1.4, "Oil"), null, new ImageRecord.Microscope(null,
				"LSM", "Inverted"), List.of(), "2020-01-01T00:00:00", null, warnings);
	}

	@Test
	void eachLineIsWhatJacksonWrites() throws Exception {
		List<String> names = List.of("a.ome.tif", "sub/b.ome.tif", "tab\tquote\"back\\slash", "bidi\u202e\u0085.tif",
			"ümlaut é.tif");
		List<ImageRecord> records = new ArrayList<>();
		for (String name : names) {
			records.add(record(name, List.of()));
			records.add(record(name, List.of(new Warning(name, "OME/Image[0]/@Name", "x", "dropped"))));
			records.add(record(name, List.of(new Warning("other.companion.ome", "OME", null, "kept"), new Warning(
				name, "OME/Pixels", "\"file\":null", "dropped"))));
			records.add(record(name, List.of(new Warning(null, "OME", null, "a warning of no file"))));
		}
		records.add(record(null, List.of(new Warning(null, "OME", null, "unnamed"))));
		// twice: the second time every distinct record is known
		for (int pass = 0; pass < 2; pass++) {
			for (ImageRecord r : records) {
				assertEquals(TerminalText.json(JSON.writeValueAsString(r)), HarvestOutput.line(r));
			}
		}
	}
}
