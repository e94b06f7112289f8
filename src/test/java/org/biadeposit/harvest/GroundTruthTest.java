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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.biadeposit.TestData;
import org.biadeposit.harvest.ImageRecord.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every OME-XML, OME-TIFF and ImageJ TIFF sample in ../shared/testdata, harvested and compared with the values
 * ground_truth.json records for it (read from the file bytes by independent parsers), units converted.
 */
class GroundTruthTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	static Stream<String> omeFiles() {
		return files("OME-XML", "OME-TIFF"); // bad.ome.xml too: read as it says, with warnings (issue 11 item 1)
	}

	static Stream<String> imagejTiffs() {
		return files("ImageJ TIFF");
	}

	private static Stream<String> files(String... formats) {
		List<String> out = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = TestData.groundTruth().fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			if (List.of(formats).contains(e.getValue().path("format").asText())) out.add(e.getKey());
		}
		return out.stream().sorted();
	}

	@Test
	void theSamplesAreThere() {
		assertTrue(omeFiles().count() >= 45, "expected the OME samples of the MANIFEST, found " + omeFiles().count());
		assertEquals(2, imagejTiffs().count());
	}

	@ParameterizedTest
	@MethodSource("omeFiles")
	void omeSampleMatchesGroundTruth(String name) {
		JsonNode truth = TestData.groundTruth().get(name).path("metadata");
		JsonNode ome = truth.has("OME") ? truth.get("OME") : truth;
		HarvestedFile h = harvesting.harvester().harvest(new FileProbe(TestData.file(name)));
		assertNull(h.error(), name + ": " + h.error());
		if (ome.path("Images").size() == 0) {
			// A BinaryOnly OME-TIFF of a companion set: its dataset is the companion's, read through it.
			assertTrue(h.path().toString().endsWith("companion.ome"), "dataset named by its companion: " + h
				.path());
			ome = TestData.groundTruth().get(TestData.root().toAbsolutePath().normalize().relativize(h.path())
				.toString().replace('\\', '/')).path("metadata");
		}
		JsonNode images = ome.path("Images");
		assertEquals(ome.path("n_images").asInt(), h.records().size(), name + ": one record per image");
		for (int i = 0; i < images.size(); i++) {
			checkImage(name + " image " + i, images.get(i), h.records().get(i), ome);
		}
	}

	private static void checkImage(String where, JsonNode img, ImageRecord r, JsonNode ome) {
		assertEquals(img.path("SizeX").asInt(), r.sizeX(), where + " sizeX");
		assertEquals(img.path("SizeY").asInt(), r.sizeY(), where + " sizeY");
		assertEquals(img.path("SizeZ").asInt(), r.sizeZ(), where + " sizeZ");
		assertEquals(img.path("SizeC").asInt(), r.sizeC(), where + " sizeC");
		assertEquals(img.path("SizeT").asInt(), r.sizeT(), where + " sizeT");
		String type = img.has("Type") ? img.get("Type").asText() : img.path("PixelType").asText();
		assertEquals(type, r.pixelType(), where + " pixelType");
		assertEquals(blankToNull(img.path("Name").asText(null)), r.seriesName(), where + " name");
		if (img.has("AcquisitionDate")) {
			assertTrue(r.acquisitionDate() != null && sameInstant(img.get("AcquisitionDate").asText(), r
				.acquisitionDate()), where + " date " + r.acquisitionDate());
		}
		else {
			assertNull(r.acquisitionDate(), where + " date");
		}
		assertQuantity(img.path("PhysicalSizeX"), "µm", r.physicalSizeX(), where + " physicalSizeX");
		assertQuantity(img.path("PhysicalSizeY"), "µm", r.physicalSizeY(), where + " physicalSizeY");
		assertQuantity(img.path("PhysicalSizeZ"), "µm", r.physicalSizeZ(), where + " physicalSizeZ");
		assertQuantity(img.path("TimeIncrement"), "s", r.timeIncrement(), where + " timeIncrement");

		JsonNode channels = img.path("Channels");
		assertEquals(img.path("n_Channel_elements").asInt(), r.channels().size(), where + " channel count");
		for (int c = 0; c < channels.size(); c++) {
			JsonNode tc = channels.get(c);
			Channel rc = r.channels().get(c);
			String cw = where + " channel " + c;
			assertEquals(blankToNull(tc.path("Name").asText(null)), rc.name(), cw + " name");
			assertEquals(tc.path("Fluor").asText(null), rc.fluor(), cw + " fluor");
			assertEquals(tc.path("AcquisitionMode").asText(null), rc.acquisitionMode(), cw + " mode");
			assertEquals(tc.path("IlluminationType").asText(null), rc.illuminationType(), cw + " illumination");
			assertWavelength(tc, "ExcitationWavelength", rc.excitationWavelength(), cw);
			assertWavelength(tc, "EmissionWavelength", rc.emissionWavelength(), cw);
		}
		checkInstrument(where, img, r, ome);
	}

	private static void checkInstrument(String where, JsonNode img, ImageRecord r, JsonNode ome) {
		JsonNode instrument = instrumentOf(img, ome);
		JsonNode objective = null;
		String settings = img.path("ObjectiveSettings").path("ID").asText(null);
		if (settings != null) {
			for (JsonNode inst : ome.path("Instruments")) {
				for (JsonNode o : inst.path("Objectives")) {
					if (settings.equals(o.path("ID").asText())) objective = o;
				}
			}
		}
		else if (instrument != null && instrument.path("Objectives").size() == 1) {
			objective = instrument.path("Objectives").get(0);
		}
		boolean objectiveStated = objective != null && (objective.has("Manufacturer") || objective.has("Model") ||
			objective.has("NominalMagnification") || objective.has("LensNA") || objective.has("Immersion"));
		if (!objectiveStated) {
			assertNull(r.objective(), where + " objective");
		}
		else {
			assertNotNull(r.objective(), where + " objective");
			assertEquals(objective.path("Manufacturer").asText(null), r.objective().manufacturer(), where +
				" objective manufacturer");
			assertEquals(objective.path("Model").asText(null), r.objective().model(), where + " objective model");
			// Before 2009 these were child elements, which the ground truth's attribute parser does not record;
			// schema2008IsUpgraded checks them.
			if (!ome.path("schema_ns").asText().endsWith("2008-09")) {
				assertEquals(number(objective.path("NominalMagnification")), r.objective().nominalMagnification(),
					where + " magnification");
				assertEquals(number(objective.path("LensNA")), r.objective().lensNA(), where + " NA");
				assertEquals(objective.path("Immersion").asText(null), r.objective().immersion(), where +
					" immersion");
			}
		}
		JsonNode microscope = instrument == null ? null : instrument.get("Microscope");
		String manufacturer = microscope == null ? null : blankToNull(microscope.path("Manufacturer").asText(null));
		String model = microscope == null ? null : blankToNull(microscope.path("Model").asText(null));
		String type = microscope == null ? null : microscope.path("Type").asText(null);
		if (manufacturer == null && model == null && type == null) {
			assertNull(r.microscope(), where + " microscope");
		}
		else {
			assertNotNull(r.microscope(), where + " microscope");
			assertEquals(manufacturer, r.microscope().manufacturer(), where + " microscope manufacturer");
			assertEquals(model, r.microscope().model(), where + " microscope model");
			assertEquals(type, r.microscope().type(), where + " microscope type");
		}
		List<String> expectedModels = new ArrayList<>();
		List<String> detectorRefs = new ArrayList<>();
		for (JsonNode c : img.path("Channels")) {
			String ref = c.path("DetectorSettings.ID").asText(null);
			if (ref != null && !detectorRefs.contains(ref)) detectorRefs.add(ref);
		}
		for (JsonNode inst : ome.path("Instruments")) {
			if (detectorRefs.isEmpty() && inst != instrument) continue;
			for (JsonNode d : inst.path("Detectors")) {
				if (!detectorRefs.isEmpty() && !detectorRefs.contains(d.path("ID").asText())) continue;
				if (d.has("Manufacturer") || d.has("Model") || d.has("Type")) expectedModels.add(d.path("Model")
					.asText(null));
			}
		}
		// The ground truth lists at most the first 10 channels; compare detectors only where it lists them all.
		if (img.path("Channels").size() == img.path("n_Channel_elements").asInt()) {
			assertEquals(expectedModels, r.detectors().stream().map(ImageRecord.Detector::model).toList(), where +
				" detectors");
		}
	}

	private static JsonNode instrumentOf(JsonNode img, JsonNode ome) {
		String ref = img.path("InstrumentRef").asText(null);
		JsonNode instruments = ome.path("Instruments");
		if (ref != null) {
			for (JsonNode inst : instruments) {
				if (ref.equals(inst.path("ID").asText())) return inst;
			}
		}
		return instruments.size() == 1 ? instruments.get(0) : null;
	}

	@ParameterizedTest
	@MethodSource("imagejTiffs")
	void imagejTiffMatchesGroundTruth(String name) {
		JsonNode truth = TestData.groundTruth().get(name).path("metadata");
		HarvestedFile h = harvesting.harvester().harvest(new FileProbe(TestData.file(name)));
		assertNull(h.error(), name + ": " + h.error());
		assertEquals(1, h.records().size());
		ImageRecord r = h.records().get(0);
		assertEquals("ImageJ TIFF", r.format());
		assertEquals(truth.path("ImageWidth").asInt(), r.sizeX());
		assertEquals(truth.path("ImageLength").asInt(), r.sizeY());
		String description = truth.path("ImageDescription").asText();
		Map<String, String> info = ImageJTiffReader.properties(description);
		assertEquals(Integer.parseInt(info.getOrDefault("channels", "1")), r.sizeC(), "channels=");
		assertEquals(Integer.parseInt(info.getOrDefault("frames", "1")), r.sizeT(), "frames=");
		assertEquals("uint" + truth.path("BitsPerSample").get(0).asInt(), r.pixelType());
		if (info.containsKey("unit")) {
			// pixel width = 1/XResolution in the description's unit (here µm, escaped as \u00B5m)
			String[] res = truth.path("XResolution").asText().split("/");
			double expected = Double.parseDouble(res[1]) / Double.parseDouble(res[0]);
			assertEquals(expected, r.physicalSizeX(), expected * 1e-9);
			assertEquals(Double.parseDouble(info.get("spacing")), r.physicalSizeZ(), 1e-9);
		}
		else {
			assertNull(r.physicalSizeX(), "uncalibrated ImageJ TIFF has no pixel size");
		}
	}

	/** The 2008-09 schema kept objective settings in child elements; the XSLT upgrade must carry them over. */
	@Test
	void schema2008IsUpgraded() {
		ImageRecord r = harvesting.harvester().harvest(new FileProbe(TestData.file(
			"ome-types/tests/data/2008_instrument.ome.xml")))
			.records().get(0);
		assertEquals(new ImageRecord.Objective("OME Objectives", "60xUV-Air", 60.0, 1.2, "Air"), r.objective());
		assertEquals("uint8", r.pixelType(), "2008 PixelType attribute became Type");
	}

	@Test
	void imagingMethodComesFromTheAcquisitionModes() {
		ImageRecord hcs = harvesting.harvester().harvest(new FileProbe(TestData.file(
			"ome-model/specification/samples/2016-06/hcs.ome.xml"))).records().get(0);
		assertEquals(new ImageRecord.ImagingMethod("confocal microscopy", "FBbi_00000251"), hcs.imagingMethod());
		ImageRecord spinning = harvesting.harvester().harvest(new FileProbe(TestData.file(
			"ome-types/tests/data/aics/s_1_t_1_c_1_z_1.ome.xml"))).records().get(0);
		assertEquals(new ImageRecord.ImagingMethod("spinning disk confocal microscopy", "FBbi_00000253"), spinning
			.imagingMethod());
		ImageRecord none = harvesting.harvester().harvest(new FileProbe(TestData.file(
			"ome-model/specification/samples/2016-06/single-image.ome.xml"))).records().get(0);
		assertNull(none.imagingMethod(), "no acquisition mode: no method guessed");
	}

	// --- ground-truth value parsing -------------------------------------------------------------------------

	private static final Pattern QUANTITY = Pattern.compile("^\\s*([-+0-9.eE]+)\\s*(\\S+)?");

	/** "0.32 µm", "1.0 cm", "1.0 ms", "10000.0 (attribute absent; … default µm)" → value in the target unit. */
	private static void assertQuantity(JsonNode node, String target, Double actual, String where) {
		if (node.isMissingNode() || node.isNull()) {
			assertNull(actual, where);
			return;
		}
		Matcher m = QUANTITY.matcher(node.asText());
		assertTrue(m.find(), where + ": cannot parse ground truth " + node);
		double value = Double.parseDouble(m.group(1));
		String unit = m.group(2) == null || m.group(2).startsWith("(") ? target : m.group(2);
		double expected = value * factor(unit) / factor(target);
		if (expected == 0) {
			// OME writes an absent-but-zero PhysicalSizeZ in the 2008 sample: zero is not a size.
			return;
		}
		assertNotNull(actual, where);
		assertEquals(expected, actual, Math.abs(expected) * 1e-9, where);
	}

	private static void assertWavelength(JsonNode channel, String key, Double actual, String where) {
		if (!channel.has(key)) {
			assertNull(actual, where + " " + key);
			return;
		}
		double value = channel.get(key).asDouble();
		String unit = channel.path(key + "Unit").asText("nm");
		assertNotNull(actual, where + " " + key);
		assertEquals(value * factor(unit) / factor("nm"), actual, 1e-6, where + " " + key);
	}

	private static double factor(String unit) {
		switch (unit) {
			case "pm": return 1e-12;
			case "nm": return 1e-9;
			case "µm": case "um": return 1e-6;
			case "mm": return 1e-3;
			case "cm": return 1e-2;
			case "m": return 1;
			case "ms": return 1e-3;
			case "s": return 1;
			default: throw new AssertionError("unit " + unit + " not known to the test");
		}
	}

	private static Double number(JsonNode n) {
		return n.isMissingNode() ? null : n.asDouble();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static boolean sameInstant(String expected, String actual) {
		// OME timestamps are ISO-8601; the model may normalise fractional seconds.
		String e = expected.replace("Z", ""), a = actual.replace("Z", "");
		return a.startsWith(e.length() > 19 ? e.substring(0, 19) : e);
	}
}
