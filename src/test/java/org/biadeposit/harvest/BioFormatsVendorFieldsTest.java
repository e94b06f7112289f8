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

import static org.biadeposit.harvest.BioFormatsOriginalMetadataTest.harvest;
import static org.biadeposit.harvest.BioFormatsOriginalMetadataTest.image;
import static org.biadeposit.harvest.BioFormatsOriginalMetadataTest.name;
import static org.biadeposit.harvest.BioFormatsOriginalMetadataTest.truth;
import static org.biadeposit.harvest.BioFormatsOriginalMetadataTest.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ome.xml.model.enums.DetectorType;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.PositiveInteger;

/**
 * Issue 11 item 2, what the real Bio-Formats 8.0.0 still gave wrong (checked by hand against a build of it): the
 * stand-ins are fed what it gives for each test-data file (its OME mapping and original-metadata keys, with the
 * ground truth's values), and the record must say what the ground truth says.
 */
class BioFormatsVendorFieldsTest {

	private static final String S3 = "czitools/data/S3_1Pos_2Mosaic_T1_Z1_CH1.czi";
	private static final String ND2 = "pims/pims/tests/data/bioformats/cluster.nd2";
	private static final String RGB = "aicspylibczi/aicspylibczi/tests/resources/RGB-8bit.czi";
	private static final String LIF = "readlif/tests/LeicaLASX_wavelength-sweep_example.lif";

	@TempDir
	Path tmp;

	/** Bio-Formats puts the camera adapter's model into the Detector; the detector's own is TestCam. */
	@Test
	void cziDetectorModelIsTheDetectorsOwnNotItsAdapters() throws Exception {
		String model = truth(S3).get("Instrument/Detectors").get(0).get("Model").asText();
		StandInBioFormats.fixture(name(S3), store -> {
			image(store, 0, "S3", 256, 256, 1, 1, 1);
			store.setInstrumentID("Instrument:0", 0);
			store.setImageInstrumentRef("Instrument:0", 0);
			store.setDetectorID("Detector:Internal", 0, 0);
			store.setDetectorModel("1x Camera Adapter", 0, 0);
			return Map.of("global", Map.of("Information|Instrument|Detector|Adapter|Manufacturer|Model",
				"1x Camera Adapter", "Information|Instrument|Detector|Manufacturer|Model", model,
				"Information|Instrument|Detector|Name", "Internal"));
		});
		ImageRecord r = harvest(TestData.file(S3)).get(0);
		assertEquals("TestCam", model, "premise: the ground truth");
		assertEquals(List.of("TestCam"), r.detectors().stream().map(ImageRecord.Detector::model).toList());
	}

	/** ND2: the microscope and the camera by the names the user sees, as the real 8.0 reader's table has them. */
	@Test
	void nd2MicroscopeAndCameraComeFromTheOriginalMetadata() throws Exception {
		JsonNode truth = truth(ND2);
		JsonNode attrs = truth.get("ImageAttributesLV!");
		StandInBioFormats.fixture(name(ND2), store -> {
			image(store, 0, "cluster", attrs.get("uiWidth").asInt(), attrs.get("uiHeight").asInt(), 10, 2, 3);
			store.setPixelsType(PixelType.UINT16, 0);
			store.setInstrumentID("Instrument:0", 0);
			store.setImageInstrumentRef("Instrument:0", 0);
			store.setDetectorID("Detector:0:0", 0, 0);
			store.setDetectorModel("Nikon_A1_New", 0, 0);
			store.setDetectorType(DetectorType.OTHER, 0, 0);
			return Map.of("global", Map.of("dTimeAbsolute", "2456827.080131852", "m_sMicroscopeFullName",
				"Ti Microscope", "m_sMicroscopePhysFullName", "Nikon Ti", "CameraUserName", "Nikon A1plus",
				"CameraUniqueName", "Nikon_A1_New", "wsCameraName", ""));
		});
		ImageRecord r = harvest(TestData.file(ND2)).get(0);
		assertTrue(truth.get("microscope").asText().startsWith("Ti Microscope"), "premise: the ground truth");
		assertTrue(truth.get("camera/detector").asText().startsWith("Nikon A1plus"), "premise: the ground truth");
		assertEquals("Ti Microscope", r.microscope().model());
		assertEquals(List.of("Nikon A1plus"), r.detectors().stream().map(ImageRecord.Detector::model).toList());
	}

	/**
	 * RGB CZI: Bio-Formats says SizeC 3 and one Channel of 3 samples per pixel. The record keeps SizeC as OME and
	 * the native ImageJ TIFF reader count it (samples), lists the one channel, and says so.
	 */
	@Test
	void anRgbCziSaysItsSizeCCountsSamples() throws Exception {
		JsonNode truth = truth(RGB);
		StandInBioFormats.fixture(name(RGB), store -> {
			store.setImageID("Image:0", 0);
			store.setPixelsID("Pixels:0", 0);
			store.setPixelsDimensionOrder(ome.xml.model.enums.DimensionOrder.XYCZT, 0);
			store.setPixelsType(PixelType.UINT8, 0);
			store.setPixelsSizeX(new PositiveInteger(truth.get("Information/Image/SizeX").asInt()), 0);
			store.setPixelsSizeY(new PositiveInteger(truth.get("Information/Image/SizeY").asInt()), 0);
			store.setPixelsSizeZ(new PositiveInteger(1), 0);
			store.setPixelsSizeC(new PositiveInteger(3), 0);
			store.setPixelsSizeT(new PositiveInteger(1), 0);
			store.setChannelID("Channel:0:0", 0, 0);
			store.setChannelName(truth.get("DisplaySetting/Channels(Id,Name,DyeName,ShortName)").get(0).get(1)
				.asText(), 0, 0);
			store.setChannelSamplesPerPixel(new PositiveInteger(3), 0, 0);
			return Map.of();
		});
		ImageRecord r = harvest(TestData.file(RGB)).get(0);
		assertEquals("Bgr24", truth.get("Information/Image/PixelType").asText(), "premise: one RGB channel");
		assertEquals(3, r.sizeC(), "samples, as OME and the native reader of an RGB ImageJ TIFF count them");
		assertEquals(List.of("C1"), r.channels().stream().map(ImageRecord.Channel::name).toList());
		assertTrue(warning(r, "@SizeC").contains("counts the 3 samples per pixel (RGB) of the 1 channel"), r
			.warnings().toString());
	}

	/** A LIF whose table keeps the detector and laser line used: they are taken (HyD is no OME type: Other). */
	@Test
	void aLifDetectorAndLaserLineAreTakenWhenTheTableKeepsTheActiveOnes() throws Exception {
		JsonNode img = truth(LIF).get("images").get(0);
		JsonNode active = img.get("ActiveDetectors").get(0);
		Path lif = Files.copy(TestData.file(LIF), tmp.resolve("active.lif"));
		StandInBioFormats.fixture("active.lif", store -> {
			image(store, 0, "x_y", 64, 64, 1, 1, 1);
			store.setInstrumentID("Instrument:0", 0);
			store.setImageInstrumentRef("Instrument:0", 0);
			String s = "Image #0|ATLConfocalSettingDefinition #0|";
			return Map.of("series", List.of(Map.of(s + "DetectorList #0|Detector #0|Name", active.get("Name").asText(),
				s + "DetectorList #0|Detector #0|Type", active.get("Type").asText(), s +
					"DetectorList #0|Detector #0|IsActive", "1", s + "Aotf #0|LaserLineSetting #0|LaserLine", img.get(
						"ActiveLaserLines").get(0).get("LaserLine").asText(), s +
							"Aotf #0|LaserLineSetting #0|IsLineChecked", "1")));
		});
		ImageRecord r = harvest(lif).get(0);
		assertEquals(List.of(new ImageRecord.Detector(null, "HyD 1", "Other")), r.detectors());
		assertEquals(543.0, r.channels().get(0).excitationWavelength());
	}

	/** ICS/IDS: whichever file the walk hands Bio-Formats, the dataset is named by its metadata file, the .ics. */
	@Test
	void anIcsIdsPairIsNamedByItsIcsFile() throws Exception {
		Path folder = Files.createDirectories(tmp.resolve("pair"));
		Path ics = Files.writeString(folder.resolve("cells.ics"), "ics_version\t1.0\nfilename\tcells\n");
		Path ids = Files.write(folder.resolve("cells.ids"), new byte[16]);
		Harvester harvester = new Harvester(List.of(new BioFormatsBridge(StandInBioFormats.loader())));
		for (Path given : List.of(ids, ics)) {
			HarvestedFile h = harvester.harvest(new FileProbe(given));
			assertNull(h.error(), h.error());
			assertEquals(ics.toAbsolutePath().normalize(), h.path(), "given " + given.getFileName());
			assertEquals(List.of(ics, ids), h.usedFiles(), "given " + given.getFileName());
		}
	}
}
