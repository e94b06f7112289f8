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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import ome.units.UNITS;
import ome.units.quantity.Time;
import ome.xml.meta.MetadataStore;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.NonNegativeInteger;
import ome.xml.model.primitives.PositiveInteger;
import ome.xml.model.primitives.Timestamp;

/**
 * Issue 11 item 2, with Bio-Formats (the stand-ins, {@link StandInBioFormats}): the reader the file's name points
 * to reads it without the others opening it; what Bio-Formats' OME mapping misses is taken from its original
 * metadata, per format; re-interpreted axes and truncated files get warnings; dates keep their UTC zone. Each
 * stand-in is fed what the real Bio-Formats gives for a test-data file (its OME mapping and original-metadata keys)
 * with the values of the test data's ground truth, and the record must come out with the ground-truth value.
 */
class BioFormatsOriginalMetadataTest {

	private static final String LIF = "readlif/tests/LeicaLASX_wavelength-sweep_example.lif";
	private static final String CZI = "aicspylibczi/aicspylibczi/tests/resources/s_1_t_1_c_1_z_1.czi";
	private static final String CZI_SYSTEM = "aicspylibczi/c_tests/resources/tiles_z.czi";
	private static final String AIRYSCAN = "czitools/data/LSM880_AiryScan.czi";
	private static final String ND2 = "pims/pims/tests/data/bioformats/cluster.nd2";
	private static final String SPE = "pims/pims/tests/data/spestack_test.spe";

	@TempDir
	Path tmp;

	/** Bio-Formats' detection opened each file some 30 times; the reader its name points to reads it alone. */
	@Test
	void theReaderTheNameNamesReadsTheFileAndNoOtherOpensIt() throws Exception {
		Path czi = TestData.file("czitools/data/DAPI_GFP.czi");
		ClassLoader loader = StandInBioFormats.loader();
		// premise: the stand-in's own detection, as Bio-Formats' ImageReader.setId, opens it many times
		int before = StandInBioFormats.opens();
		Object imageReader = StandInBioFormats.imageReader(loader).getConstructor().newInstance();
		imageReader.getClass().getMethod("setMetadataStore", MetadataStore.class).invoke(imageReader,
			new ome.xml.meta.OMEXMLMetadataImpl());
		imageReader.getClass().getMethod("setId", String.class).invoke(imageReader, czi.toString());
		imageReader.getClass().getMethod("close").invoke(imageReader);
		assertTrue(StandInBioFormats.opens() - before > 10, "premise: detection opens the file " + (StandInBioFormats
			.opens() - before) + " times");

		int opens = StandInBioFormats.opens();
		int probes = StandInBioFormats.probed().size();
		int setUps = StandInBioFormats.setUp().size();
		HarvestedFile h = new Harvester(List.of(new BioFormatsBridge(loader))).harvest(new FileProbe(czi));
		assertNull(h.error(), h.error());
		assertEquals(List.of("ZeissCZIReader"), StandInBioFormats.setUp().subList(setUps, StandInBioFormats.setUp()
			.size()), "the CZI reader is asked first, and alone");
		assertEquals(List.of("ZeissCZIReader"), StandInBioFormats.probed().subList(probes, StandInBioFormats.probed()
			.size()), "only the CZI reader opened the file to look at it (its suffix is not enough, as in 8.0.0)");
		assertEquals(opens + 2, StandInBioFormats.opens(), "the file is opened twice: to confirm it, to read it");
	}

	/** ND2: the real reader's suffix is not enough either; its reader alone looks at the file, once. */
	@Test
	void anNd2IsConfirmedByItsOwnReaderAlone() throws Exception {
		Path nd2 = TestData.file(ND2);
		nd2Fixture("18/06/2014  15:55:27");
		int opens = StandInBioFormats.opens();
		int probes = StandInBioFormats.probed().size();
		harvest(nd2);
		assertEquals(List.of("ND2Reader"), StandInBioFormats.probed().subList(probes, StandInBioFormats.probed()
			.size()));
		assertEquals(opens + 2, StandInBioFormats.opens());
	}

	/** LAS X files: Bio-Formats maps the objective's name but not its magnification and NA; dates are UTC. */
	@Test
	void lifObjectiveMagnificationAndNaComeFromTheOriginalMetadata() throws Exception {
		JsonNode images = truth(LIF).get("images");
		StandInBioFormats.fixture(name(LIF), store -> {
			List<Map<String, Object>> series = new ArrayList<>();
			for (int i = 0; i < images.size(); i++) {
				JsonNode img = images.get(i);
				int[] size = lifSizesAsBioFormats(img);
				image(store, i, img.get("Element Name").asText(), size[0], size[1], size[2], 1, size[3]);
				String instrument = "Instrument:" + i, objective = "Objective:" + i + ":0";
				store.setInstrumentID(instrument, i);
				store.setImageInstrumentRef(instrument, i);
				store.setMicroscopeType(ome.xml.model.enums.MicroscopeType.OTHER, i); // Bio-Formats 8.0: no model
				store.setObjectiveID(objective, i, 0);
				store.setObjectiveModel(img.get("ObjectiveName").asText().trim(), i, 0);
				store.setObjectiveImmersion(ome.xml.model.enums.Immersion.OTHER, i, 0); // what 8.0 makes of GLYC
				store.setPlaneTheZ(new NonNegativeInteger(0), i, 1);
				store.setPlaneTheC(new NonNegativeInteger(0), i, 1);
				store.setPlaneTheT(new NonNegativeInteger(1), i, 1);
				store.setPlaneDeltaT(new Time(1.57, UNITS.SECOND), i, 1); // as the real reader gives it
				store.setObjectiveSettingsID(objective, i);
				store.setImageAcquisitionDate(new Timestamp(img.get("FirstTimeStamp(UTC)").asText().replace(' ', 'T')
					.replaceFirst("(\\.\\d{3})\\d*$", "$1")), i);
				Map<String, Object> keys = new HashMap<>();
				String setting = "Image #" + i + "|ATLConfocalSettingDefinition #0|";
				keys.put(setting + "Magnification", img.get("Magnification").asText());
				keys.put(setting + "NumericalAperture", img.get("NumericalAperture").asText());
				keys.put(setting + "ObjectiveName", img.get("ObjectiveName").asText());
				keys.put(setting + "Immersion", img.get("Immersion").asText());
				keys.put(setting + "MicroscopeModel", img.get("MicroscopeModel").asText());
				// the real 8.0 table keeps one Detector and one LaserLineSetting per image: neither the one used
				String detector = setting + "DetectorList #0|Detector #0|";
				keys.put(detector + "Name", "PMT 4");
				keys.put(detector + "Type", "PMT");
				keys.put(detector + "IsActive", "0");
				String line = setting + "Aotf #0|LaserLineSetting #0|";
				keys.put(line + "LaserLine", "670");
				keys.put(line + "IsLineChecked", "0");
				JsonNode dims = img.get("Dimensions");
				for (int d = 0; d < dims.size(); d++) {
					String dim = "Image #" + i + "|DimensionDescription #" + d + "|";
					keys.put(dim + "DimID", dims.get(d).get("DimID").asText().split(" ")[0]);
					keys.put(dim + "NumberOfElements", dims.get(d).get("NumberOfElements").asText());
				}
				series.add(keys);
			}
			return Map.of("series", series);
		});
		List<ImageRecord> records = harvest(TestData.file(LIF));
		assertEquals(images.size(), records.size());
		for (int i = 0; i < records.size(); i++) {
			ImageRecord r = records.get(i);
			JsonNode img = images.get(i);
			assertEquals(img.get("Magnification").asDouble(), r.objective().nominalMagnification(), "series " + i);
			assertEquals(img.get("NumericalAperture").asDouble(), r.objective().lensNA(), "series " + i);
			assertEquals(img.get("ObjectiveName").asText().trim(), r.objective().model());
			assertEquals(img.get("MicroscopeModel").asText(), r.microscope().model(), "DMI6000B-CS");
			assertEquals("Glycerol", r.objective().immersion(), "Leica's " + img.get("Immersion").asText());
			assertEquals(List.of(), r.detectors(), "not the inactive PMT 4 the table keeps (HyD 1 was used)");
			assertNull(r.channels().isEmpty() ? null : r.channels().get(0).excitationWavelength(),
				"no unchecked line (670) taken for the 543 nm one");
			assertNull(r.timeIncrement(), "T is a wavelength sweep here: no time increment from its time stamps");
			assertEquals(img.get("FirstTimeStamp(UTC)").asText().replace(' ', 'T').substring(0, 23) + "Z", r
				.acquisitionDate(), "the file's time stamps are UTC");
		}
		// the wavelength sweeps Bio-Formats counts as time points
		assertTrue(warning(records.get(0), "@SizeT").contains("emission-wavelength (lambda) sweep of 20 steps"),
			records.get(0).warnings().toString());
		assertTrue(warning(records.get(1), "@SizeT").contains("excitation-wavelength (lambda) sweep of 15 steps"));
		assertEquals(20, records.get(2).sizeT(), "2 time points x 10 wavelengths, as Bio-Formats reports them");
		assertTrue(warning(records.get(2), "@SizeT").contains("sweep of 10 steps"));
	}

	/** An XZ scan (Leica dimensions X and Z, no Y): Bio-Formats puts Z in Y. Generated dimensions. */
	@Test
	void anXzScanReportedAsXyIsSaid() throws Exception {
		Path lif = Files.copy(TestData.file(LIF), tmp.resolve("xz-scan.lif"));
		StandInBioFormats.fixture("xz-scan.lif", store -> {
			image(store, 0, "xz", 64, 11, 1, 1, 1);
			return Map.of("series", List.of(Map.of("Image #0|DimensionDescription #0|DimID", "1",
				"Image #0|DimensionDescription #0|NumberOfElements", "64", "Image #0|DimensionDescription #1|DimID", "3",
				"Image #0|DimensionDescription #1|NumberOfElements", "11")));
		});
		ImageRecord r = harvest(lif).get(0);
		assertTrue(warning(r, "@SizeY").contains("is the Z axis: the file is an XZ scan"), r.warnings().toString());
	}

	/** CZI: Bio-Formats reads the model from Microscope/Manufacturer/Model, which ZEN leaves out. */
	@Test
	void cziMicroscopeModelComesFromTheOriginalMetadataAndTheDateKeepsItsZone() throws Exception {
		JsonNode truth = truth(CZI);
		String name = truth.get("Instrument/Microscopes").get(0).get("Name").asText();
		String date = truth.get("Information/Image/AcquisitionDateAndTime").asText();
		StandInBioFormats.fixture(name(CZI), store -> {
			image(store, 0, "s_1_t_1_c_1_z_1", 475, 325, 1, 1, 1);
			store.setInstrumentID("Instrument:0", 0);
			store.setImageInstrumentRef("Instrument:0", 0);
			store.setImageAcquisitionDate(new Timestamp(date), 0);
			return Map.of("global", Map.of("Information|Instrument|Microscope|Name", name,
				"Information|Instrument|Microscope|Id", "Microscope:1", "Information|Image|AcquisitionDateAndTime",
				date));
		});
		ImageRecord r = harvest(TestData.file(CZI)).get(0);
		assertEquals("Axio Observer.Z1 / 7", r.microscope().model());
		assertEquals(name, r.microscope().model());
		assertEquals("2019-06-27T18:33:40.619Z", r.acquisitionDate(), "from " + date);

		String system = truth(CZI_SYSTEM).get("Instrument/Microscopes").get(0).get("System").asText();
		StandInBioFormats.fixture(name(CZI_SYSTEM), store -> {
			image(store, 0, "tiles", 256, 256, 2, 2, 1);
			return Map.of("global", Map.of("Information|Instrument|Microscope|System", system));
		});
		assertEquals(system, harvest(TestData.file(CZI_SYSTEM)).get(0).microscope().model(),
			"no instrument in Bio-Formats' mapping: one is made for the model");
	}

	/** Airyscan: the CZI's H dimension (detector elements) becomes phase steps along T. */
	@Test
	void airyscanDetectorElementsAlongTAreSaid() throws Exception {
		JsonNode truth = truth(AIRYSCAN);
		int h = truth.get("Information/Image/SizeH").asInt();
		StandInBioFormats.fixture(name(AIRYSCAN), store -> {
			image(store, 0, "airyscan", 38, 36, 1, 8, h);
			store.setPlaneTheZ(new NonNegativeInteger(0), 0, 1);
			store.setPlaneTheC(new NonNegativeInteger(0), 0, 1);
			store.setPlaneTheT(new NonNegativeInteger(1), 0, 1);
			store.setPlaneDeltaT(new Time(0.523, UNITS.SECOND), 0, 1);
			return Map.of("global", Map.of("Information|Image|SizeH", String.valueOf(h)), "moduloT", List.<Object[]>of(
				new Object[] { "phase", h }));
		});
		ImageRecord r = harvest(TestData.file(AIRYSCAN)).get(0);
		assertEquals(32, h, "premise: the ground truth");
		assertTrue(warning(r, "@SizeT").contains("32 Airyscan detector elements"), r.warnings().toString());
		assertNull(r.timeIncrement(), "T holds detector elements: no time increment from the planes' DeltaT");
		assertTrue(warning(r, "@SizeT").contains("no timeIncrement"), warning(r, "@SizeT"));
	}

	/** ND2: Bio-Formats keeps the acquisition date only in the text info (local time, no zone). */
	@Test
	void nd2DateComesFromTheTextInfo() throws Exception {
		String date = truth(ND2).get("acquisition date (ImageTextInfoLV TextInfoItem_9, local time)").asText()
			.replaceFirst(" \\(.*", "");
		nd2Fixture(date);
		ImageRecord r = harvest(TestData.file(ND2)).get(0);
		assertEquals("18/06/2014  15:55:27", date, "premise: the ground truth");
		assertEquals("2014-06-18T15:55:27", r.acquisitionDate());
		assertTrue(r.warnings().isEmpty(), "a whole file: " + r.warnings());
	}

	/**
	 * What the real Bio-Formats 8.0 ND2 reader gives for cluster.nd2 (checked by hand against a build of it): no
	 * text info at all, but dTimeAbsolute, a Julian day in UTC. 13:55:23Z is the ground truth's local 15:55:27 in
	 * summer time (UTC+2), 4 s apart: the text stamp and the absolute time are not taken at the same moment.
	 */
	@Test
	void nd2DateComesFromTheAbsoluteTimeAsTheRealReaderGivesIt() throws Exception {
		JsonNode attrs = truth(ND2).get("ImageAttributesLV!");
		StandInBioFormats.fixture(name(ND2), store -> {
			image(store, 0, "cluster", attrs.get("uiWidth").asInt(), attrs.get("uiHeight").asInt(), 10, 2, 3);
			store.setPixelsType(PixelType.UINT16, 0);
			return Map.of("global", Map.of("dTimeAbsolute", "2456827.080131852"));
		});
		ImageRecord r = harvest(TestData.file(ND2)).get(0);
		assertEquals("2014-06-18T13:55:23Z", r.acquisitionDate());
		java.time.Duration apart = java.time.Duration.between(java.time.LocalDateTime.parse("2014-06-18T15:55:27")
			.toInstant(java.time.ZoneOffset.ofHours(2)), java.time.Instant.parse(r.acquisitionDate())).abs();
		assertTrue(apart.getSeconds() <= 5, "within seconds of the ground truth's local time: " + apart);
	}

	/** SPE: Bio-Formats keeps only the first byte of the header's date ("DATE" = 50); the header has it all. */
	@Test
	void speDateComesFromTheHeader() throws Exception {
		JsonNode truth = truth(SPE);
		StandInBioFormats.fixture(name(SPE), store -> {
			image(store, 0, "spe", 128, 128, 1, 1, 5);
			return Map.of("global", Map.of("DATE", 50, "EXP_TIME_LOCAL", "094018"));
		});
		ImageRecord r = harvest(TestData.file(SPE)).get(0);
		assertEquals("22Jul2015", truth.get("date (offset 20)").asText(), "premise: the ground truth");
		assertEquals("2015-07-22T09:40:18", r.acquisitionDate());
		assertEquals(List.of(), r.channels(), "the header describes no channel: [] as the native readers say");
		assertTrue(r.warnings().isEmpty(), "4100 + 128*128*2*5 bytes: whole");
	}

	/** A truncated ND2 that Bio-Formats reads without complaint (its metadata is all there). */
	@Test
	void aTruncatedNd2GetsAWarning() throws Exception {
		byte[] whole = Files.readAllBytes(TestData.file(ND2));
		Path folder = Files.createDirectories(tmp.resolve("cut"));
		Path cut = Files.write(folder.resolve(name(ND2)), java.util.Arrays.copyOf(whole, 100_000));
		nd2Fixture("18/06/2014  15:55:27");
		ImageRecord r = harvest(cut).get(0);
		String w = warning(r, "pixel data");
		assertTrue(w.contains("141360 bytes") && w.contains("only 100000") && w.contains("truncated"), w);
	}

	private static void nd2Fixture(String date) {
		JsonNode attrs = truth(ND2).get("ImageAttributesLV!");
		StandInBioFormats.fixture(name(ND2), store -> {
			image(store, 0, "cluster", attrs.get("uiWidth").asInt(), attrs.get("uiHeight").asInt(), 10, 2, 3);
			store.setPixelsType(PixelType.UINT16, 0);
			return Map.of("global", Map.of("TextInfoItem_9", date, "TextInfoItem_5", "Nikon A1plus"));
		});
	}

	/** Sizes as Bio-Formats' LIF reader makes them: dimensions it has no axis for multiply T. */
	private static int[] lifSizesAsBioFormats(JsonNode img) {
		int x = 1, y = 1, z = 1, t = 1, extras = 1;
		for (JsonNode d : img.get("Dimensions")) {
			int n = d.get("NumberOfElements").asInt();
			switch (d.get("DimID").asText().split(" ")[0]) {
				case "1" -> x = n;
				case "2" -> y = n;
				case "3" -> z = n;
				case "4" -> t = n;
				default -> extras *= n;
			}
		}
		return new int[] { x, y, z, t * extras };
	}

	static void image(MetadataStore store, int i, String name, int x, int y, int z, int c, int t) {
		store.setImageID("Image:" + i, i);
		store.setImageName(name, i);
		store.setPixelsID("Pixels:" + i, i);
		store.setPixelsDimensionOrder(DimensionOrder.XYCZT, i);
		store.setPixelsType(PixelType.UINT8, i);
		store.setPixelsSizeX(new PositiveInteger(x), i);
		store.setPixelsSizeY(new PositiveInteger(y), i);
		store.setPixelsSizeZ(new PositiveInteger(z), i);
		store.setPixelsSizeC(new PositiveInteger(c), i);
		store.setPixelsSizeT(new PositiveInteger(t), i);
		for (int ch = 0; ch < c; ch++) store.setChannelID("Channel:" + i + ":" + ch, i, ch);
		store.setPlaneTheZ(new NonNegativeInteger(0), i, 0);
		store.setPlaneTheC(new NonNegativeInteger(0), i, 0);
		store.setPlaneTheT(new NonNegativeInteger(0), i, 0);
		store.setPlaneDeltaT(new Time(0, UNITS.SECOND), i, 0);
	}

	static List<ImageRecord> harvest(Path file) {
		HarvestedFile h = new Harvester(List.of(new BioFormatsBridge(StandInBioFormats.loader()))).harvest(
			new FileProbe(file));
		assertNull(h.error(), h.error());
		return h.records();
	}

	static String warning(ImageRecord r, String element) {
		return r.warnings().stream().filter(w -> w.element().endsWith(element)).map(Object::toString).findFirst()
			.orElse("no warning on " + element + " in " + r.warnings());
	}

	static JsonNode truth(String file) {
		return TestData.groundTruth().get(file).get("metadata");
	}

	static String name(String file) {
		return Path.of(file).getFileName().toString();
	}
}
