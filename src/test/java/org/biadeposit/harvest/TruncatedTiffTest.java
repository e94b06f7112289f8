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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11 item 2: a truncated OME-TIFF whose first image is whole was read as if the file were whole (Bio-Formats
 * reads it without complaint too). The OME-TIFFs here are written by the test: 8 planes of 16 x 16 bytes, each
 * image directory followed by its pixels, then cut in the chain of directories or inside the last image's pixels.
 */
class TruncatedTiffTest {

	private static final int PLANES = 8, SIDE = 16;

	@TempDir
	Path tmp;

	@ParameterizedTest
	@CsvSource({ "3, 4", "8, 8" })
	void aTruncatedOmeTiffIsReadWithAWarning(int planesKept, int directories) throws Exception {
		byte[] whole = omeTiff();
		int plane = 2 + 9 * 12 + 4 + SIDE * SIDE;
		// cut inside the next plane's image directory, or (all kept) inside the last plane's pixels
		int size = planesKept < PLANES ? whole.length - (PLANES - planesKept) * plane + 50 : whole.length - 10;
		Path cut = Files.write(tmp.resolve("planes.ome.tif"), Arrays.copyOf(whole, size));
		HarvestedFile h = new Harvester(List.of(new OmeTiffReader())).harvest(new FileProbe(cut));
		assertNull(h.error(), "the metadata is all there: " + h.error());
		assertEquals(PLANES, h.records().get(0).sizeZ());
		List<ImageRecord.Warning> warnings = h.records().get(0).warnings();
		assertEquals(1, warnings.size(), warnings.toString());
		String w = warnings.get(0).toString();
		assertTrue(w.contains("truncated") && w.contains("only " + size) && w.contains("from number " + directories +
			" on"), w);
		assertEquals(cut.toAbsolutePath().normalize().toString(), warnings.get(0).file());
	}

	@Test
	void aWholeOmeTiffHasNoWarning() throws Exception {
		Path whole = Files.write(tmp.resolve("planes.ome.tif"), omeTiff());
		HarvestedFile h = new Harvester(List.of(new OmeTiffReader())).harvest(new FileProbe(whole));
		assertNull(h.error(), h.error());
		assertTrue(h.records().get(0).warnings().isEmpty(), h.records().get(0).warnings().toString());
	}

	/** A little-endian OME-TIFF of PLANES planes along Z, each directory followed by its pixels. */
	private static byte[] omeTiff() {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OME xmlns=\"http://www.openmicroscopy.org/" +
			"Schemas/OME/2016-06\"><Image ID=\"Image:0\"><Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" " +
			"Type=\"uint8\" SizeX=\"" + SIDE + "\" SizeY=\"" + SIDE + "\" SizeZ=\"" + PLANES + "\" SizeC=\"1\" " +
			"SizeT=\"1\"><Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\"/><TiffData IFD=\"0\" PlaneCount=\"" +
			PLANES + "\"/></Pixels></Image></OME>\0";
		byte[] text = xml.getBytes(StandardCharsets.UTF_8);
		int pixels = SIDE * SIDE, ifdSize = 2 + 9 * 12 + 4;
		ByteBuffer b = ByteBuffer.allocate(8 + text.length + PLANES * (ifdSize + pixels)).order(
			ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8 + text.length);
		b.put(text);
		for (int p = 0; p < PLANES; p++) {
			int ifd = b.position(), data = ifd + ifdSize;
			b.putShort((short) 9);
			entry(b, 256, SIDE);
			entry(b, 257, SIDE);
			entry(b, 258, 8);
			entry(b, 259, 1);
			entry(b, 262, 1);
			if (p == 0) {
				b.putShort((short) 270).putShort((short) 2).putInt(text.length).putInt(8);
			}
			else {
				entry(b, 277, 1); // SamplesPerPixel, in place of the description
			}
			entry(b, 273, data);
			entry(b, 278, SIDE);
			entry(b, 279, pixels);
			b.putInt(p == PLANES - 1 ? 0 : data + pixels);
			b.put(new byte[pixels]);
		}
		return b.array();
	}

	private static void entry(ByteBuffer b, int tag, int value) {
		b.putShort((short) tag).putShort((short) 4).putInt(1).putInt(value);
	}
}
