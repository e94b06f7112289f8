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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.List;

/**
 * What the fuzz tests hold every reader to: on any input it returns OME metadata that maps to records, or throws
 * {@link UnreadableImageException} (or its {@link NotThisFormatException}) with a message a user can read. Any other
 * exception or error escapes and fails the test.
 */
public final class ReaderContract {

	private ReaderContract() {}

	/** Runs every reader that accepts the probe, as the harvester would, and checks the outcome. */
	public static void holds(List<MetadataReader> readers, FileProbe probe) throws IOException {
		for (MetadataReader reader : readers) {
			if (!reader.accepts(probe)) continue;
			try {
				OmeMetadata found = reader.read(probe);
				assertNotNull(found);
				ImageRecordMapper.toRecords(found.metadata(), found.primaryFile().toString(), found.format());
			}
			catch (UnreadableImageException e) {
				assertNotNull(e.getMessage());
				assertFalse(e.getMessage().matches("(?s).*\\b(java|javax|com|org)\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b.*"),
					"the message names a Java exception: " + e.getMessage());
			}
		}
	}
}
