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
package org.biadeposit.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.biadeposit.TestData;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.ImageRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;

import ij.IJ;
import ij.ImagePlus;

/** Images open in Fiji: from their source file, from the OME-XML Bio-Formats leaves in Info, or from themselves. */
class OpenImageHarvestTest {

	private static Context context;
	private static OpenImageHarvest harvest;

	@BeforeAll
	static void start() {
		context = new Context(HarvestService.class);
		harvest = new OpenImageHarvest(context.service(HarvestService.class).harvester());
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void anImageOpenedFromAFileIsHarvestedFromTheFile() {
		ImagePlus hela = IJ.openImage(TestData.file("BioImageAnalysisNotebooks/data/hela-cells.tif").toString());
		HarvestedFile h = harvest.harvest(hela);
		assertNull(h.error());
		ImageRecord r = h.records().get(0);
		assertEquals("ImageJ TIFF", r.format(), "read by the file's reader, not from the ImagePlus");
		assertEquals(0.0514931361709, r.physicalSizeX(), 1e-12);
		assertEquals(TestData.file("BioImageAnalysisNotebooks/data/hela-cells.tif").toString(), r.file());
	}

	@Test
	void anUnsavedImageIsHarvestedFromItsCalibrationAndLabels() {
		ImagePlus imp = IJ.createHyperStack("live cells", 64, 48, 2, 5, 3, 16);
		imp.getCalibration().setUnit("nm");
		imp.getCalibration().pixelWidth = 65;
		imp.getCalibration().pixelHeight = 65;
		imp.getCalibration().pixelDepth = 200;
		imp.getCalibration().frameInterval = 1.5;
		imp.getStack().setSliceLabel("DAPI", imp.getStackIndex(1, 1, 1));
		imp.getStack().setSliceLabel("GFP", imp.getStackIndex(2, 1, 1));
		HarvestedFile h = harvest.harvest(imp);
		assertNull(h.error());
		ImageRecord r = h.records().get(0);
		assertEquals("live cells", r.file());
		assertEquals("ImagePlus (not saved)", r.format());
		assertEquals(List.of(64, 48, 5, 2, 3), List.of(r.sizeX(), r.sizeY(), r.sizeZ(), r.sizeC(), r.sizeT()));
		assertEquals("uint16", r.pixelType());
		assertEquals(0.065, r.physicalSizeX(), 1e-12, "65 nm in µm");
		assertEquals(0.2, r.physicalSizeZ(), 1e-12);
		assertEquals(1.5, r.timeIncrement(), 1e-12);
		assertEquals(List.of("DAPI", "GFP"), r.channels().stream().map(ImageRecord.Channel::name).toList());
	}

	@Test
	void theOmeXmlBioFormatsLeavesInInfoIsUsed() throws IOException {
		ImagePlus imp = IJ.createImage("from bio-formats", "8-bit black", 6, 4, 1);
		String xml = Files.readString(TestData.file("ome-model/specification/samples/2016-06/instrument.ome.xml"));
		imp.setProperty("Info", "BitsPerPixel = 8\nSome key = value\n" + xml + "\n");
		ImageRecord r = harvest.harvest(imp).records().get(0);
		assertEquals(new ImageRecord.Objective("OME Objectives", "60xUV-Air", 60.0, 1.2, "Air"), r.objective());
		assertEquals(10000.0, r.physicalSizeX(), 1e-9);
	}
}
