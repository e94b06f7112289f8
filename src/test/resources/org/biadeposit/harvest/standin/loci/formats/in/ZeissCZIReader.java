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
// Like the real one (8.0.0), its suffix is neither enough nor necessary: it opens the file to look for ZISRAWFILE.
package loci.formats.in;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import loci.formats.FormatException;
import loci.formats.FormatReader;
import loci.formats.UnknownFormatException;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.PositiveInteger;

public class ZeissCZIReader extends FormatReader {
	public ZeissCZIReader() {
		super("Zeiss CZI", "czi");
		suffixSufficient = false;
		suffixNecessary = false;
	}

	@Override
	protected boolean isThisType(String name, byte[] head) {
		return head.length >= 10 && "ZISRAWFILE".equals(new String(head, 0, 10, StandardCharsets.US_ASCII));
	}

	@Override
	protected void initFile(Path file) throws FormatException, IOException {
		byte[] head = new byte[10];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 10) < 10 || !"ZISRAWFILE".equals(new String(head, StandardCharsets.US_ASCII))) {
				throw new UnknownFormatException("Unknown file format: " + file);
			}
		}
		store.setImageID("Image:0", 0);
		store.setImageName("DAPI_GFP", 0);
		store.setPixelsID("Pixels:0", 0);
		store.setPixelsDimensionOrder(DimensionOrder.XYCZT, 0);
		store.setPixelsType(PixelType.UINT16, 0);
		store.setPixelsSizeX(new PositiveInteger(320), 0);
		store.setPixelsSizeY(new PositiveInteger(240), 0);
		store.setPixelsSizeZ(new PositiveInteger(1), 0);
		store.setPixelsSizeC(new PositiveInteger(2), 0);
		store.setPixelsSizeT(new PositiveInteger(1), 0);
		store.setChannelID("Channel:0:0", 0, 0);
		store.setChannelName("DAPI", 0, 0);
		store.setChannelID("Channel:0:1", 0, 1);
		store.setChannelName("EGFP", 0, 1);
	}

	@Override
	public String getFormat() {
		return "Fake Bio-Formats CZI";
	}
}
