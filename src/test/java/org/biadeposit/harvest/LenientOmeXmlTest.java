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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 1: one bad attribute must not cost the whole file. Each document here is what a real writer put in
 * the wild (Bio-Formats 5.2's Experiment Type list, a unit from another vocabulary, text in a number) beside good
 * metadata, which must all come through, with a warning naming the element, the value and what was done.
 */
class LenientOmeXmlTest {

	@TempDir
	Path tmp;

	@Test
	void anExperimentTypeListAsBioFormats52WroteItCostsOnlyThatValue() throws Exception {
		ImageRecord r = read("<Experiment ID=\"Experiment:0\" Type=\"TimeLapse SpectralImaging\"/>", "", "");
		assertEquals(4, r.sizeX(), "the rest of the file is read");
		assertEquals("Lab Mk3", r.microscope().model());
		assertEquals(List.of(new ImageRecord.Warning(r.file(), "OME/Experiment[0]/@Type", "TimeLapse SpectralImaging",
			"dropped: not one of the values the OME schema allows here")), r.warnings());
	}

	@Test
	void aUnitTheSchemaDoesNotKnowDropsTheValueWithItsUnit() throws Exception {
		ImageRecord r = read("", " PhysicalSizeX=\"0.5\" PhysicalSizeXUnit=\"microns\" PhysicalSizeY=\"0.5\" " +
			"PhysicalSizeYUnit=\"µm\"", "");
		assertNull(r.physicalSizeX(), "a size in an unknown unit is no size");
		assertEquals(0.5, r.physicalSizeY(), "the other axis stands");
		assertEquals(1, r.warnings().size(), r.warnings().toString());
		assertEquals("OME/Image[0]/Pixels[0]/@PhysicalSizeXUnit", r.warnings().get(0).element());
		assertTrue(r.warnings().get(0).action().contains("not a unit the OME schema knows for length"), r.warnings()
			.get(0).action());
	}

	@Test
	void textWhereANumberBelongsAndAnUnknownImmersionAreDroppedOneByOne() throws Exception {
		ImageRecord r = read("", " TimeIncrement=\"about two\"", " Immersion=\"Honey\"");
		assertNull(r.timeIncrement());
		assertNull(r.objective().immersion());
		assertEquals(60.0, r.objective().nominalMagnification(), "the objective's other values stand");
		assertEquals(List.of("OME/Instrument[0]/Objective[0]/@Immersion = \"Honey\": dropped: not one of the values " +
			"the OME schema allows here", "OME/Image[0]/Pixels[0]/@TimeIncrement = \"about two\": dropped: not a " +
			"number"), r.warnings().stream().map(Object::toString).toList());
	}

	@Test
	void aWidthOfZeroIsAnErrorNamingTheValue() throws IOException {
		Path file = write("", " SizeX=\"0\"", "");
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> new OmeXmlReader().read(
			new FileProbe(file)));
		assertTrue(e.getMessage().contains("OME/Image[0]/Pixels[0]/@SizeX is \"0\", not a whole number of 1 or more"),
			e.getMessage());
		assertFalse(e.getMessage().contains("Exception"), e.getMessage());
	}

	@Test
	void aFileThatFollowsTheSchemaHasNoWarnings() throws Exception {
		assertTrue(read("", "", "").warnings().isEmpty());
	}

	private ImageRecord read(String beforeImage, String pixels, String objective) throws Exception {
		Path file = write(beforeImage, pixels, objective);
		OmeMetadata m = new OmeXmlReader().read(new FileProbe(file));
		return ImageRecordMapper.toRecords(m.metadata(), file.toString(), m.format()).get(0);
	}

	/** One instrument with an objective, then one 4 x 3 image; the given attributes replace or add to the defaults. */
	private Path write(String beforeImage, String pixels, String objective) throws IOException {
		String size = pixels.contains("SizeX=") ? "" : " SizeX=\"4\"";
		return Files.writeString(tmp.resolve("wild.ome.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
			"<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\">\n" + beforeImage +
			"<Instrument ID=\"Instrument:0\"><Microscope Manufacturer=\"OME\" Model=\"Lab Mk3\"/>" +
			"<Objective ID=\"Objective:0\" NominalMagnification=\"60\"" + objective + "/></Instrument>\n" +
			"<Image ID=\"Image:0\" Name=\"wild\"><InstrumentRef ID=\"Instrument:0\"/>" +
			"<ObjectiveSettings ID=\"Objective:0\"/><Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\"" +
			size + " SizeY=\"3\" SizeZ=\"1\" SizeC=\"1\" SizeT=\"1\"" + pixels + ">" +
			"<Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\"/><MetadataOnly/></Pixels></Image>\n</OME>\n");
	}
}
