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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11 item 2, native readers: every objective a file lists is reported, the one the image used first; an
 * acquisition date keeps its UTC zone when the file gives one (the OME model prints its instant without a zone,
 * so "14:33Z" read as if it were local time).
 */
class ObjectivesAndDatesTest {

	@TempDir
	Path tmp;

	@Test
	void everyObjectiveOfTheInstrumentIsReportedTheUsedOneFirst() throws Exception {
		String spim = "ome-model/specification/samples/2016-06/spim.ome.xml";
		HarvestedFile h = new Harvester(List.of(new OmeXmlReader())).harvest(new FileProbe(TestData.file(spim)));
		assertNull(h.error(), h.error());
		List<String> listed = new ArrayList<>();
		for (JsonNode o : TestData.groundTruth().get(spim).get("metadata").get("Instruments").get(0).get(
			"Objectives")) {
			listed.add(o.get("Model").asText());
		}
		assertEquals(3, listed.size(), "premise: the ground truth lists three objectives");
		ImageRecord r = h.records().get(0);
		assertEquals("Objective Mk1", r.objective().model(), "ObjectiveSettings ID=\"Objective:1\"");
		assertEquals(listed, r.objectives().stream().map(ImageRecord.Objective::model).toList(),
			"all three, the used one first");
		assertEquals(r.objective(), r.objectives().get(0));
	}

	@Test
	void theObjectiveAnImageUsesComesFirstWhereverTheFileListsIt() throws Exception {
		String xml = document("2010-11-10T14:42:38", "<Instrument ID=\"Instrument:0\">" +
			"<Objective ID=\"Objective:0\" Model=\"10x\" NominalMagnification=\"10\"/>" +
			"<Objective ID=\"Objective:1\" Model=\"63x oil\" NominalMagnification=\"63\"/></Instrument>",
			"<InstrumentRef ID=\"Instrument:0\"/><ObjectiveSettings ID=\"Objective:1\"/>");
		ImageRecord r = read("used-second.ome.xml", xml);
		assertEquals("63x oil", r.objective().model());
		assertEquals(List.of("63x oil", "10x"), r.objectives().stream().map(ImageRecord.Objective::model).toList());

		ImageRecord none = read("none-used.ome.xml", xml.replace("<ObjectiveSettings ID=\"Objective:1\"/>", ""));
		assertNull(none.objective(), "two objectives, none named: which one is not known");
		assertEquals(List.of("10x", "63x oil"), none.objectives().stream().map(ImageRecord.Objective::model)
			.toList(), "but both are reported");
	}

	@ParameterizedTest
	@CsvSource({ //
		"2021-01-29T14:33:36.935Z,      2021-01-29T14:33:36.935Z", //
		"2016-02-12T10:41:02+01:00,     2016-02-12T09:41:02Z", //
		"2019-12-06T16:56:03.651-08:00, 2019-12-07T00:56:03.651Z", //
		"2010-11-10T14:42:38,           2010-11-10T14:42:38" })
	void aDateKeepsItsZoneInOmeXmlAndOmeTiff(String given, String recorded) throws Exception {
		String xml = document(given, "", "");
		assertEquals(recorded, read("dated.ome.xml", xml).acquisitionDate(), "OME-XML");
		Path tiff = SmallTiff.write(tmp.resolve("dated.ome.tif"), 2, 2, xml);
		HarvestedFile h = new Harvester(List.of(new OmeTiffReader())).harvest(new FileProbe(tiff));
		assertNull(h.error(), h.error());
		assertEquals(recorded, h.records().get(0).acquisitionDate(), "OME-TIFF");
	}

	private ImageRecord read(String name, String xml) throws Exception {
		Path file = Files.writeString(tmp.resolve(name), xml);
		HarvestedFile h = new Harvester(List.of(new OmeXmlReader())).harvest(new FileProbe(file));
		assertNull(h.error(), h.error());
		return h.records().get(0);
	}

	private static String document(String date, String instrument, String imageRefs) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
			"<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\">" + instrument +
			"<Image ID=\"Image:0\" Name=\"dated\"><AcquisitionDate>" + date + "</AcquisitionDate>" + imageRefs +
			"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" SizeX=\"2\" SizeY=\"2\" SizeZ=\"1\" " +
			"SizeC=\"1\" SizeT=\"1\"><Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\"/>" +
			"<TiffData IFD=\"0\" PlaneCount=\"1\"/></Pixels></Image></OME>\n";
	}
}
