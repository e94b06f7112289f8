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

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.biadeposit.TerminalText;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A file name put into a printed JSON line is what Jackson writes for it, with terminal controls escaped, as a UTF-8
 * stream prints it.
 */
class HarvestOutputTest {

	@Test
	void aQuotedNameIsWhatJacksonWritesForIt() throws Exception {
		ObjectMapper json = new ObjectMapper();
		for (String name : List.of("a.ome.tif", "", "sub/dir with space/b~1.tif", "tab\tquote\"back\\slash", "del\u007f",
			"bidi\u202e\u0085.tif", "ümlaut é.tif", "line\u2028sep", "\u65e5\u672c.tif", "emoji \ud83d\udd2c.tif",
			"ctrl\u0001\u001f", "{\"file\":null}", "what?.tif", "lone\ud800.tif", "low\udc00 then?.tif"))
		{
			String expected = TerminalText.json(json.writeValueAsString(name));
			// as bytes: what printing the line through a UTF-8 stream gives (a lone surrogate becomes "?" there)
			assertEquals(java.util.Arrays.toString(expected.getBytes(StandardCharsets.UTF_8)), java.util.Arrays.toString(
				HarvestOutput.quoted(name)), name);
		}
	}
}
