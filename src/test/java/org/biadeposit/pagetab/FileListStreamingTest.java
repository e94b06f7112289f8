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
package org.biadeposit.pagetab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A File-list of a very large study is written file by file as the files come: the writer never holds more than a
 * few of them (checked by counting the files handed to it and the files already written out), and what it wrote
 * reads back whole.
 */
class FileListStreamingTest {

	private static final int FILES = 5_000;
	/** Files handed to the writer but not yet written out: at most what Jackson's buffer (8,000 chars) can hold. */
	private static final int MOST_HELD = 200;

	/** Hands out files one at a time and checks, each time, how many were handed out and not yet written out. */
	private static final class Files implements Iterator<FileRef> {

		private final Counted out;
		int given;
		int mostHeld;

		Files(Counted out) {
			this.out = out;
		}

		@Override
		public boolean hasNext() {
			return given < FILES;
		}

		@Override
		public FileRef next() {
			mostHeld = Math.max(mostHeld, given - out.files());
			given++;
			return FileRef.of(String.format("plate-%02d/well-%05d.ome.tif", given % 7, given), List.of(Attribute.of(
				"Well", "W" + given), Attribute.of("Channels", String.valueOf(given % 3 + 1))));
		}
	}

	/** Keeps what is written and counts the files in it as they arrive. */
	private static final class Counted extends Writer {

		private final StringBuilder text = new StringBuilder();
		private final String marker;
		private int seen;
		private int searched;

		/** @param marker what starts each file in the output */
		Counted(String marker) {
			this.marker = marker;
		}

		@Override
		public void write(char[] buf, int off, int len) {
			text.append(buf, off, len);
			for (int at; (at = text.indexOf(marker, searched)) >= 0; searched = at + marker.length()) seen++;
			searched = Math.max(searched, text.length() - marker.length());
		}

		int files() {
			return seen;
		}

		@Override
		public void flush() {}

		@Override
		public void close() {}
	}

	@Test
	void tsvIsWrittenRowByRow() throws IOException {
		Counted out = new Counted(".ome.tif\t");
		Files files = new Files(out);
		FileListFormat.TSV.write(List.of("Well", "Channels"), files, out);
		assertEquals(FILES, files.given);
		assertTrue(files.mostHeld <= 1, "held " + files.mostHeld + " files at once");
		PageTabFileList back = FileListFormat.TSV.read(new StringReader(out.text.toString()), "list.tsv");
		assertEquals(FILES, back.files().size());
		assertEquals("plate-01/well-00001.ome.tif", back.files().get(0).path());
		assertEquals(List.of(Attribute.of("Well", "W5000"), Attribute.of("Channels", "3")), back.files().get(FILES - 1)
			.attributes());
	}

	@Test
	void jsonIsWrittenFileByFile() throws IOException {
		Counted out = new Counted("\"path\"");
		Files files = new Files(out);
		FileListFormat.JSON.write(List.of("Well", "Channels"), files, out);
		assertEquals(FILES, files.given);
		assertTrue(files.mostHeld <= MOST_HELD, "held " + files.mostHeld + " files at once");
		PageTabFileList back = FileListFormat.JSON.read(new StringReader(out.text.toString()), "list.json");
		assertEquals(FILES, back.files().size());
		assertEquals("plate-02/well-05000.ome.tif", back.files().get(FILES - 1).path());
	}

	@Test
	void aRowTsvCannotHoldIsRefusedNamingIt() {
		Counted out = new Counted(".tif\t");
		Iterator<FileRef> files = List.of(FileRef.of("a.tif", List.of(Attribute.of("Note", "fine"))), FileRef.of(
			"b.tif", List.of(Attribute.of("Note", "a\ttab")))).iterator();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FileListFormat.TSV.write(List
			.of("Note"), files, out));
		assertTrue(e.getMessage().contains("file 2 (b.tif), column 'Note': the value contains a tab"), e
			.getMessage());
		assertFalse(out.text.toString().contains("b.tif"), "the row was not written");
		assertThrows(IllegalArgumentException.class, () -> FileListFormat.JSON.write(List.of(), List.<FileRef> of()
			.iterator(), out), "an empty list");
	}
}
