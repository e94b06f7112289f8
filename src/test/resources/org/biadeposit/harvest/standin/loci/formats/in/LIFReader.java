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
// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
// Without a fixture it parses the file's XML header as Bio-Formats does (a default JAXP parser with no error
// handler of its own, which prints "[Fatal Error]" lines on stderr for a damaged header) and reads nothing more.
package loci.formats.in;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import loci.formats.FormatException;

public class LIFReader extends VendorReader {
	public LIFReader() {
		super("Leica Image File Format", "lif");
	}

	@Override
	protected void initFile(Path file) throws FormatException {
		byte[] xml;
		try {
			byte[] head = new byte[13];
			try (java.io.InputStream in = Files.newInputStream(file)) {
				if (in.readNBytes(head, 0, 13) < 13) throw new FormatException("not a LIF file");
				ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
				if (b.getInt(0) != 0x70 || head[8] != 0x2a) throw new FormatException("not a LIF file");
				int chars = b.getInt(9);
				xml = in.readNBytes(Math.max(0, Math.min(chars, 1 << 24)) * 2);
			}
		}
		catch (IOException e) {
			throw new FormatException("cannot read: " + e.getMessage());
		}
		try {
			String text = new String(xml, StandardCharsets.UTF_16LE);
			DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(
				StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new FormatException("Failed to parse XML: " + e.getMessage());
		}
		super.initFile(file);
	}
}
