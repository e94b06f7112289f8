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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 2: what vendor files give through Bio-Formats' OME mapping, written here as the OME-XML Bio-Formats
 * makes of them. A LIF has per-plane time stamps (DeltaT) and no TimeIncrement; a CZI names channels' dyes
 * "Dye1" … "Dye8" when no fluorophore was chosen.
 */
class VendorTimingAndDyesTest {

	@TempDir
	Path tmp;

	@Test
	void theTimeIncrementComesFromThePlanesTimeStampsWhenTheFileGivesNone() throws Exception {
		ImageRecord r = read(image(3, "", planes(3, "0", "530", "1060", "ms"), "Fluor=\"Alexa Fluor 488\""));
		assertEquals(0.53, r.timeIncrement(), 1e-9, "planes 530 ms apart");
		assertEquals("Alexa Fluor 488", r.channels().get(0).fluor(), "a real dye is kept");
	}

	@Test
	void aGivenTimeIncrementWins() throws Exception {
		ImageRecord r = read(image(3, " TimeIncrement=\"2\" TimeIncrementUnit=\"s\"", planes(3, "0", "0.5", "1",
			"s"), ""));
		assertEquals(2.0, r.timeIncrement());
	}

	@Test
	void withoutTimeStampsOrWithOneTimePointThereIsNoIncrement() throws Exception {
		assertNull(read(image(3, "", "", "")).timeIncrement(), "no planes: unknown, not 0");
		assertNull(read(image(1, "", planes(1, "0", null, null, "s"), "")).timeIncrement(), "one time point");
		assertNull(read(image(3, "", planes(3, "5", "5", "5", "s"), "")).timeIncrement(),
			"the same stamp on every plane says nothing about the interval");
	}

	@Test
	void placeholderDyesAreNotFluorophores() throws Exception {
		for (String placeholder : List.of("Dye1", "Dye8", "dye 3", "Dye")) {
			assertNull(read(image(1, "", "", "Fluor=\"" + placeholder + "\"")).channels().get(0).fluor(),
				placeholder + " names no fluorophore");
		}
		assertEquals("DyeCycle Violet", read(image(1, "", "", "Fluor=\"DyeCycle Violet\"")).channels().get(0)
			.fluor(), "a dye whose name starts with Dye is a dye");
	}

	private ImageRecord read(String xml) throws IOException, UnreadableImageException {
		Path file = Files.writeString(tmp.resolve("vendor.ome.xml"), xml);
		OmeMetadata m = new OmeXmlReader().read(new FileProbe(file));
		return ImageRecordMapper.toRecords(m.metadata(), file.toString(), m.format()).get(0);
	}

	private static String image(int sizeT, String pixelsAttributes, String planes, String channelAttributes) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
			"<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\">\n" +
			"<Image ID=\"Image:0\" Name=\"series\"><Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" " +
			"SizeX=\"4\" SizeY=\"3\" SizeZ=\"1\" SizeC=\"1\" SizeT=\"" + sizeT + "\"" + pixelsAttributes + ">" +
			"<Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\" " + channelAttributes + "/><MetadataOnly/>" + planes +
			"</Pixels></Image>\n</OME>\n";
	}

	/** Planes 0 … n-1 in T, with the given DeltaT values (null: no DeltaT). */
	private static String planes(int n, String t0, String t1, String t2, String unit) {
		String[] at = { t0, t1, t2 };
		StringBuilder b = new StringBuilder();
		for (int t = 0; t < n; t++) {
			b.append("<Plane TheZ=\"0\" TheC=\"0\" TheT=\"").append(t).append('"');
			if (at[t] != null) b.append(" DeltaT=\"").append(at[t]).append("\" DeltaTUnit=\"").append(unit).append('"');
			b.append("/>");
		}
		return b.toString();
	}
}
