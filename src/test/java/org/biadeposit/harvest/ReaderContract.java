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
