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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small uncompressed 8-bit grey TIFF files for tests: one image directory, one strip, an optional
 * ImageDescription. Tests make their TIFF inputs with it rather than copying real files into the repository.
 */
final class SmallTiff {

	private SmallTiff() {}

	/** A little-endian classic TIFF of {@code width} x {@code height} zero pixels. */
	static byte[] bytes(int width, int height, String description) {
		byte[] text = description == null ? null : (description + "\0").getBytes(StandardCharsets.UTF_8);
		int entries = text == null ? 8 : 9;
		int ifd = 8, ifdSize = 2 + entries * 12 + 4;
		int textAt = ifd + ifdSize;
		int pixelsAt = textAt + (text == null ? 0 : text.length);
		int pixels = width * height;
		ByteBuffer b = ByteBuffer.allocate(pixelsAt + pixels).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
		b.putShort((short) entries);
		entry(b, 256, 4, 1, width); // ImageWidth
		entry(b, 257, 4, 1, height); // ImageLength
		entry(b, 258, 3, 1, 8); // BitsPerSample
		entry(b, 259, 3, 1, 1); // Compression: none
		entry(b, 262, 3, 1, 1); // PhotometricInterpretation: black is zero
		if (text != null) entry(b, 270, 2, text.length, textAt); // ImageDescription
		entry(b, 273, 4, 1, pixelsAt); // StripOffsets
		entry(b, 278, 4, 1, height); // RowsPerStrip
		entry(b, 279, 4, 1, pixels); // StripByteCounts
		b.putInt(0); // no next IFD
		if (text != null) b.put(text);
		return b.array();
	}

	static Path write(Path file, int width, int height, String description) throws IOException {
		return Files.write(file, bytes(width, height, description));
	}

	private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
		b.putShort((short) tag).putShort((short) type).putInt(count);
		if (type == 3 && count == 1) b.putShort((short) value).putShort((short) 0);
		else b.putInt(value);
	}
}
