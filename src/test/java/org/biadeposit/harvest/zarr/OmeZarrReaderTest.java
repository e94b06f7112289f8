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
package org.biadeposit.harvest.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.TestData;
import org.biadeposit.harvest.FileProbe;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.harvest.ImageRecordMapper;
import org.biadeposit.harvest.OmeMetadata;
import org.biadeposit.harvest.UnreadableImageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class OmeZarrReaderTest {

	private static final String V2_STORE = "ome-zarr-py/tests/data/v2";

	private final OmeZarrReader reader = new OmeZarrReader();

	@TempDir
	Path tmp;

	// --- the real ome-zarr-py store (NGFF 0.2) ---

	@Test
	void readsTheRealNgff02StoreInPlace() throws Exception {
		Path store = TestData.file(V2_STORE);
		assertTrue(reader.accepts(new FileProbe(store)));

		OmeMetadata meta = reader.read(new FileProbe(store));
		assertEquals(store, meta.primaryFile());
		assertEquals(List.of(store), meta.usedFiles());
		assertEquals("OME-Zarr", meta.format());

		List<ImageRecord> records = records(meta);
		assertEquals(1, records.size());
		ImageRecord r = records.get(0);
		JsonNode truth = TestData.groundTruth().get(V2_STORE + "/.zattrs").get("metadata");
		JsonNode tczyx = truth.get("array 0/.zarray shape");
		assertEquals(tczyx.get(0).asInt(), r.sizeT());
		assertEquals(tczyx.get(1).asInt(), r.sizeC());
		assertEquals(tczyx.get(2).asInt(), r.sizeZ());
		assertEquals(tczyx.get(3).asInt(), r.sizeY());
		assertEquals(tczyx.get(4).asInt(), r.sizeX());
		assertEquals(16, r.sizeX());
		assertEquals(2, r.sizeC());
		assertTrue(truth.get("dtype").asText().contains("uint8"));
		assertEquals("uint8", r.pixelType());
		assertNull(r.physicalSizeX());
		assertNull(r.physicalSizeY());
		assertNull(r.physicalSizeZ());
		assertNull(r.timeIncrement());
		assertEquals("v2", r.seriesName());
		assertEquals(2, r.channels().size());
		assertNull(r.channels().get(0).name());
		assertEquals("OME-Zarr", r.format());
	}

	@Test
	void anAttributesFileStandsForItsStore() throws Exception {
		Path store = TestData.file(V2_STORE);
		FileProbe attributes = new FileProbe(store.resolve(".zattrs"));
		assertTrue(reader.accepts(attributes));
		OmeMetadata meta = reader.read(attributes);
		assertEquals(store, meta.primaryFile());
		assertEquals(List.of(store), meta.usedFiles());
		assertEquals(records(reader.read(new FileProbe(store))), records(meta));
	}

	@Test
	void neverReadsChunks() throws Exception {
		List<ImageRecord> original = records(TestData.file(V2_STORE));

		Path garbage = copyV2Store(tmp.resolve("garbage").resolve("v2"));
		Path chunk = garbage.resolve("0/0/0/0/0/0");
		Files.delete(chunk);
		Files.write(chunk, new byte[] { 'n', 'o', 't', ' ', 'b', 'l', 'o', 's', 'c' });
		assertEquals(original, records(garbage));

		// A chunk path that cannot be read at all (a folder): reading it would throw.
		Path folder = copyV2Store(tmp.resolve("folder").resolve("v2"));
		Files.delete(folder.resolve("0/0/0/0/0/0"));
		Files.createDirectories(folder.resolve("0/0/0/0/0/0"));
		assertEquals(original, records(folder));

		Path missing = copyV2Store(tmp.resolve("missing").resolve("v2"));
		Files.delete(missing.resolve("0/0/0/0/0/0"));
		assertEquals(original, records(missing));
	}

	// --- the NGFF specification's examples ---

	@Test
	void ngff04ExampleWithCommentsGivesPhysicalSizesAndTimeIncrement() throws Exception {
		String example = "ngff/0.4/examples/multiscales_strict/multiscales_example.json";
		Path store = tmp.resolve("example"); // no .zarr suffix: accepted by its attributes, comments and all
		copy(example, store.resolve(".zattrs"));
		assertTrue(reader.accepts(new FileProbe(store)));

		ImageRecord r = single(store);
		assertSpecExampleScales(r, TestData.groundTruth().get(example).get("metadata"));
		assertEquals("example", r.seriesName());
		assertNull(r.sizeX(), "the example has no arrays, so no sizes");
		assertNull(r.sizeC());
		assertNull(r.pixelType());

		write(store.resolve("0/.zarray"), """
			{"zarr_format": 2, "shape": [3, 2, 10, 64, 128], "chunks": [1, 1, 10, 64, 128], "dtype": "<u2",
			 "compressor": null, "fill_value": 0, "filters": null, "order": "C"}""");
		ImageRecord sized = single(store);
		assertSizes(sized, 128, 64, 10, 2, 3);
		assertEquals("uint16", sized.pixelType());
		assertEquals(2, sized.channels().size());
		assertSpecExampleScales(sized, TestData.groundTruth().get(example).get("metadata"));
	}

	@Test
	void ngff05ExampleReadsAttributesUnderOme() throws Exception {
		String example = "ngff/0.5/examples/multiscales_strict/multiscales_example.json";
		Path store = tmp.resolve("example05");
		copy(example, store.resolve("zarr.json"));
		assertTrue(reader.accepts(new FileProbe(store)));

		ImageRecord r = single(store);
		assertSpecExampleScales(r, TestData.groundTruth().get(example).get("metadata"));
		assertEquals("example", r.seriesName());
		assertNull(r.sizeX());
		assertNull(r.pixelType());

		write(store.resolve("0/zarr.json"), """
			{"zarr_format": 3, "node_type": "array", "shape": [5, 1, 7, 32, 48], "data_type": "float32",
			 "chunk_grid": {"name": "regular", "configuration": {"chunk_shape": [1, 1, 7, 32, 48]}},
			 "chunk_key_encoding": {"name": "default"}, "fill_value": 0.0, "codecs": [{"name": "bytes"}]}""");
		ImageRecord sized = single(store);
		assertSizes(sized, 48, 32, 7, 1, 5);
		assertEquals("float", sized.pixelType());
	}

	@Test
	void ngff04MultiscaleScaleMultipliesTheDatasetScale() throws Exception {
		assertTenMicrometrePixels("ngff/0.4/examples/multiscales_strict/multiscales_transformations.json",
			".zattrs");
	}

	@Test
	void ngff05MultiscaleScaleMultipliesTheDatasetScale() throws Exception {
		assertTenMicrometrePixels("ngff/0.5/examples/multiscales_strict/multiscales_transformations.json",
			"zarr.json");
	}

	private void assertTenMicrometrePixels(String example, String attributesFile) throws Exception {
		Path store = tmp.resolve("transformations.zarr");
		copy(example, store.resolve(attributesFile));
		JsonNode truth = TestData.groundTruth().get(example).get("metadata");
		double expected = truth.get("dataset 0 scale").get(1).asDouble() * truth.get("multiscale scale").get(1)
			.asDouble();
		ImageRecord r = single(store);
		assertEquals(10.0, expected);
		assertEquals(expected, r.physicalSizeX(), 1e-12);
		assertEquals(expected, r.physicalSizeY(), 1e-12);
		assertNull(r.physicalSizeZ(), "a 2D image has no z axis");
		assertNull(r.timeIncrement());
		assertEquals(truth.get("name").asText(), r.seriesName());
	}

	// --- plates ---

	@Test
	void ngff04PlateGivesOneImagePerField() throws Exception {
		assertPlate("0.4", ".zattrs", false);
	}

	@Test
	void ngff05PlateGivesOneImagePerField() throws Exception {
		assertPlate("0.5", "zarr.json", true);
	}

	private void assertPlate(String version, String attributesFile, boolean v3) throws Exception {
		String plateExample = "ngff/" + version + "/examples/plate_strict/plate_6wells.json";
		String wellExample = "ngff/" + version + "/examples/well_strict/well_4fields.json";
		Path store = tmp.resolve("plate.ome.zarr");
		copy(plateExample, store.resolve(attributesFile));
		List<String> expectedNames = new ArrayList<>();
		for (String well : List.of("A/1", "A/2", "A/3", "B/1", "B/2", "B/3")) {
			copy(wellExample, store.resolve(well).resolve(attributesFile));
			for (String field : List.of("0", "1", "2", "3")) {
				Path image = store.resolve(well).resolve(field);
				writeImage(image, v3, "field " + well + "/" + field, yxAxes("micrometer"), "[0.65, 0.65]", "[20, 30]");
				// Label images beside a field are multiscales too; they are not fields of the plate.
				writeImage(image.resolve("labels/cells"), v3, "cells", yxAxes("micrometer"), "[0.65, 0.65]", "[20, 30]");
				expectedNames.add(well + "/" + field);
			}
		}
		assertTrue(reader.accepts(new FileProbe(store)));

		List<ImageRecord> records = records(store);
		JsonNode truth = TestData.groundTruth().get(plateExample).get("metadata");
		assertEquals(truth.get("wells").asInt() * truth.get("field_count").asInt(), records.size());
		assertEquals(24, records.size());
		List<String> names = new ArrayList<>();
		for (ImageRecord r : records) {
			names.add(r.seriesName());
			assertSizes(r, 30, 20, 1, 1, 1);
			assertEquals(0.65, r.physicalSizeX(), 1e-12);
			assertEquals("uint8", r.pixelType());
		}
		assertEquals(expectedNames, names);
		assertEquals(23, records.get(23).series());
	}

	// --- bioformats2raw ---

	@Test
	void ngff04Bioformats2rawSeriesAreTheGroupsOmeLists() throws Exception {
		assertBioformats2rawSeries("0.4", ".zattrs", false);
	}

	@Test
	void ngff05Bioformats2rawSeriesAreTheGroupsOmeLists() throws Exception {
		assertBioformats2rawSeries("0.5", "zarr.json", true);
	}

	private void assertBioformats2rawSeries(String version, String attributesFile, boolean v3) throws Exception {
		Path store = tmp.resolve("converted.zarr");
		copy("ngff/" + version + "/examples/bf2raw/image.json", store.resolve(attributesFile));
		String seriesExample = "ngff/" + version + "/examples/ome/series-2.json";
		copy(seriesExample, store.resolve("OME").resolve(attributesFile));
		writeImage(store.resolve("0"), v3, "first", yxAxes("nanometer"), "[200, 200]", "[10, 20]");
		writeImage(store.resolve("1"), v3, null, yxAxes("millimeter"), "[0.001, 0.002]", "[30, 40]");
		// Not listed in OME/series: not a series.
		writeImage(store.resolve("2"), v3, "not listed", yxAxes("micrometer"), "[1, 1]", "[5, 5]");

		List<ImageRecord> records = records(store);
		JsonNode listed = TestData.groundTruth().get(seriesExample).get("metadata").get("series");
		assertEquals(listed.size(), records.size());
		ImageRecord first = records.get(0), second = records.get(1);
		assertEquals("first", first.seriesName());
		assertSizes(first, 20, 10, 1, 1, 1);
		assertEquals(0.2, first.physicalSizeX(), 1e-12);
		assertEquals(listed.get(1).asText(), second.seriesName(), "a series without a name is named by its path");
		assertSizes(second, 40, 30, 1, 1, 1);
		assertEquals(2.0, second.physicalSizeX(), 1e-12);
		assertEquals(1.0, second.physicalSizeY(), 1e-12);
	}

	@Test
	void bioformats2rawWithoutSeriesListReadsNumberedGroups() throws Exception {
		Path store = tmp.resolve("numbered.zarr");
		copy("ngff/0.4/examples/bf2raw/image.json", store.resolve(".zattrs"));
		for (int s = 0; s < 3; s++) {
			writeImage(store.resolve(String.valueOf(s)), false, null, yxAxes("micrometer"), "[1, 1]", "[8, " + (s +
				1) + "]");
		}
		writeImage(store.resolve("4"), false, "after a gap", yxAxes("micrometer"), "[1, 1]", "[8, 8]");
		List<ImageRecord> records = records(store);
		assertEquals(3, records.size());
		for (int s = 0; s < 3; s++) {
			assertEquals(String.valueOf(s), records.get(s).seriesName());
			assertEquals(s + 1, records.get(s).sizeX());
		}
	}

	@Test
	void bioformats2rawOmeXmlWinsAndNgffFillsWhatItLacks() throws Exception {
		String xml = "ome-types/tests/data/small.ome.xml";
		Path store = tmp.resolve("small.ome.zarr");
		copy("ngff/0.4/examples/bf2raw/image.json", store.resolve(".zattrs"));
		copy("ngff/0.4/examples/ome/series-2.json", store.resolve("OME/.zattrs"));
		copy(xml, store.resolve("OME/METADATA.ome.xml"));
		String tzyx = """
			[{"name": "t", "type": "time", "unit": "second"},
			 {"name": "z", "type": "space", "unit": "micrometer"},
			 {"name": "y", "type": "space", "unit": "micrometer"},
			 {"name": "x", "type": "space", "unit": "micrometer"}]""";
		writeImage(store.resolve("0"), false, "ngff name", tzyx, "[5, 3, 2, 2]", "[1, 1, 10, 10]");

		List<ImageRecord> records = records(store);
		JsonNode truth = TestData.groundTruth().get(xml).get("metadata").get("Images").get(0);
		assertEquals(truth.get("n_Channel_elements").asInt(), records.get(0).channels().size());
		assertEquals(1, records.size(), "one record per XML Image, not per listed series");
		ImageRecord r = records.get(0);
		assertSizes(r, truth.get("SizeX").asInt(), truth.get("SizeY").asInt(), truth.get("SizeZ").asInt(), truth.get(
			"SizeC").asInt(), truth.get("SizeT").asInt());
		assertEquals(truth.get("Type").asText(), r.pixelType());
		double xmlPixel = Double.parseDouble(truth.get("PhysicalSizeX").asText().split(" ")[0]);
		assertEquals(xmlPixel, r.physicalSizeX(), 1e-9, "the XML's pixel size wins over the NGFF scale");
		assertEquals(xmlPixel, r.physicalSizeY(), 1e-9);
		assertEquals(3.0, r.physicalSizeZ(), 1e-12, "the XML has no PhysicalSizeZ: NGFF fills it");
		assertEquals(5.0, r.timeIncrement(), 1e-12, "the XML has no TimeIncrement: NGFF fills it");
		assertEquals(truth.get("Channels").get(2).get("Name").asText(), r.channels().get(2).name());
		assertNull(r.seriesName(), "the XML's Image has no Name; the NGFF name does not replace XML values");
	}

	@Test
	void bioformats2rawOmeXmlCarriesTheInstrument() throws Exception {
		String xml = "ome-model/specification/samples/2016-06/instrument.ome.xml";
		Path store = tmp.resolve("instrument.zarr");
		copy("ngff/0.5/examples/bf2raw/image.json", store.resolve("zarr.json"));
		copy(xml, store.resolve("OME/METADATA.ome.xml"));
		writeImage(store.resolve("0"), true, null, yxAxes("micrometer"), "[1, 1]", "[4, 6]");

		ImageRecord r = single(store);
		JsonNode truth = TestData.groundTruth().get(xml).get("metadata");
		JsonNode image = truth.get("Images").get(0);
		assertEquals(image.get("Name").asText(), r.seriesName());
		assertEquals(image.get("SizeX").asInt(), r.sizeX());
		JsonNode objective = truth.get("Instruments").get(0).get("Objectives").get(0);
		assertNotNull(r.objective());
		assertEquals(objective.get("LensNA").asDouble(), r.objective().lensNA(), 1e-12);
		assertEquals(truth.get("Instruments").get(0).get("Microscope").get("Model").asText(), r.microscope().model());
	}

	// --- axes, units, channels ---

	@Test
	void ngff03AxesAreNamesWithoutUnits() throws Exception {
		Path store = tmp.resolve("v03.zarr");
		write(store.resolve(".zattrs"), """
			{"multiscales": [{"version": "0.3", "axes": ["z", "y", "x"], "datasets": [{"path": "0"}]}]}""");
		write(store.resolve("0/.zarray"), """
			{"zarr_format": 2, "shape": [5, 6, 7], "dtype": ">i2", "chunks": [5, 6, 7]}""");
		ImageRecord r = single(store);
		assertSizes(r, 7, 6, 5, 1, 1);
		assertEquals("int16", r.pixelType());
		assertNull(r.physicalSizeX());
		assertEquals("v03.zarr", r.seriesName(), "without a multiscales name, the store's name");
	}

	@Test
	void unitsAreConvertedAndASpaceAxisWithoutUnitHasNoPhysicalSize() throws Exception {
		Path store = tmp.resolve("units.zarr");
		String axes = """
			[{"name": "T", "type": "time", "unit": "minutes"},
			 {"name": "Z", "type": "space"},
			 {"name": "Y", "type": "space", "unit": "nanometre"},
			 {"name": "X", "type": "space", "unit": "\u00b5m"}]""";
		writeImage(store, false, "units", axes, "[1.5, 4, 250, 0.125]", "[2, 3, 4, 5]");
		ImageRecord r = single(store);
		assertSizes(r, 5, 4, 3, 1, 2);
		assertEquals(90.0, r.timeIncrement(), 1e-9);
		assertNull(r.physicalSizeZ(), "NGFF defines no default unit; none is guessed");
		assertEquals(0.25, r.physicalSizeY(), 1e-12);
		assertEquals(0.125, r.physicalSizeX(), 1e-12);
	}

	@Test
	void omeroLabelsNameChannelsOnlyWhenTheyMatchTheChannelAxis() throws Exception {
		String axes = """
			[{"name": "c", "type": "channel"}, {"name": "y", "type": "space"}, {"name": "x", "type": "space"}]""";
		Path matching = tmp.resolve("matching.zarr");
		writeImage(matching, false, "m", axes, "[1, 1, 1]", "[2, 8, 8]", """
			, "omero": {"channels": [{"label": "DAPI"}, {"label": "GFP"}]}""");
		ImageRecord named = single(matching);
		assertEquals(2, named.channels().size());
		assertEquals("DAPI", named.channels().get(0).name());
		assertEquals("GFP", named.channels().get(1).name());

		Path mismatched = tmp.resolve("mismatched.zarr");
		writeImage(mismatched, false, "m", axes, "[1, 1, 1]", "[3, 8, 8]", """
			, "omero": {"channels": [{"label": "DAPI"}, {"label": "GFP"}]}""");
		ImageRecord unnamed = single(mismatched);
		assertEquals(3, unnamed.sizeC());
		assertEquals(3, unnamed.channels().size(), "channels follow the c axis, not omero");
		for (ImageRecord.Channel c : unnamed.channels()) assertNull(c.name());
	}

	// --- what is accepted ---

	@Test
	void acceptsOnlyOmeZarrFolders() throws Exception {
		Path plain = Files.createDirectories(tmp.resolve("plain"));
		assertFalse(reader.accepts(new FileProbe(plain)));

		Path otherAttributes = tmp.resolve("other");
		write(otherAttributes.resolve(".zattrs"), "{\"something\": {\"multiscales\": 1}}");
		assertFalse(reader.accepts(new FileProbe(otherAttributes)));

		Path plainV3 = tmp.resolve("plainv3");
		write(plainV3.resolve("zarr.json"), "{\"zarr_format\": 3, \"node_type\": \"group\", \"attributes\": {}}");
		assertFalse(reader.accepts(new FileProbe(plainV3)));

		Path arrayOnly = tmp.resolve("array");
		write(arrayOnly.resolve(".zarray"), "{\"shape\": [1]}");
		assertFalse(reader.accepts(new FileProbe(arrayOnly)));

		Path tiff = write(tmp.resolve("image.tif"), "II*");
		assertFalse(reader.accepts(new FileProbe(tiff)));

		Path named = Files.createDirectories(tmp.resolve("anything.OME.ZARR"));
		assertTrue(reader.accepts(new FileProbe(named)));

		// Broken attributes are accepted so that read() can say what is wrong with them.
		Path broken = tmp.resolve("broken");
		write(broken.resolve(".zattrs"), "{\"multiscales\": [");
		assertTrue(reader.accepts(new FileProbe(broken)));
	}

	// --- broken stores ---

	@Test
	void invalidJsonIsReportedWithFileAndLine() throws Exception {
		Path store = tmp.resolve("broken.zarr");
		write(store.resolve(".zattrs"), "{\n  \"multiscales\": [\n    {\"datasets\": [{\"path\": \"0\"}]\n  ]\n}");
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertEquals(UnreadableImageException.class, e.getClass(), "a broken OME-Zarr is still OME-Zarr");
		assertTrue(e.getMessage().contains("broken.zarr/.zattrs"), e.getMessage());
		assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
		assertTrue(e.getMessage().contains("line 4"), e.getMessage());
	}

	@Test
	void multiscalesWithoutDatasetsIsReportedByFileAndField() throws Exception {
		Path store = tmp.resolve("image.zarr");
		write(store.resolve(".zattrs"), "{\"multiscales\": [{\"version\": \"0.4\", \"axes\": [\"y\", \"x\"], " +
			"\"datasets\": []}]}");
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertTrue(e.getMessage().contains("the multiscales metadata in image.zarr/.zattrs lists no datasets"), e
			.getMessage());
	}

	@Test
	void aZarrStoreWithoutOmeMetadataIsReported() throws Exception {
		Path store = tmp.resolve("plain.zarr");
		write(store.resolve(".zattrs"), "{}");
		write(store.resolve(".zgroup"), "{\"zarr_format\": 2}");
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertEquals(UnreadableImageException.class, e.getClass());
		assertTrue(e.getMessage().contains("plain.zarr/.zattrs holds no OME-NGFF metadata"), e.getMessage());

		Path empty = Files.createDirectories(tmp.resolve("empty.zarr"));
		e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(empty)));
		assertTrue(e.getMessage().contains("empty.zarr is not an OME-Zarr image"), e.getMessage());
	}

	@Test
	void aPlateWellThatIsMissingIsNamed() throws Exception {
		Path store = tmp.resolve("plate.zarr");
		copy("ngff/0.4/examples/plate_strict/plate_6wells.json", store.resolve(".zattrs"));
		copy("ngff/0.4/examples/well_strict/well_4fields.json", store.resolve("A/1/.zattrs"));
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertTrue(e.getMessage().contains("lists well \"A/2\""), e.getMessage());
		assertTrue(e.getMessage().contains("plate.zarr/A/2/.zattrs"), e.getMessage());

		for (String well : List.of("A/2", "A/3", "B/1", "B/2", "B/3")) {
			copy("ngff/0.4/examples/well_strict/well_4fields.json", store.resolve(well).resolve(".zattrs"));
		}
		e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(store)));
		assertTrue(e.getMessage().contains("plate.zarr/A/1/0 is listed as an image"), e.getMessage());
	}

	@Test
	void anUnknownUnitIsReportedWithTheAxis() throws Exception {
		Path store = tmp.resolve("furlong.zarr");
		writeImage(store, false, "f", yxAxes("furlong"), "[1, 1]", "[2, 2]");
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertTrue(e.getMessage().contains("furlong.zarr/.zattrs"), e.getMessage());
		assertTrue(e.getMessage().contains("\"furlong\""), e.getMessage());
	}

	@Test
	void axesThatDoNotMatchTheArrayAreReported() throws Exception {
		Path store = tmp.resolve("mismatch.zarr");
		writeImage(store, false, "m", yxAxes("micrometer"), "[1, 1]", "[2, 2, 2]");
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertTrue(e.getMessage().contains("mismatch.zarr/0/.zarray"), e.getMessage());
		assertTrue(e.getMessage().contains("2 axes"), e.getMessage());
	}

	@Test
	void aDatasetPathOutsideTheStoreIsRefused() throws Exception {
		Path store = tmp.resolve("escape.zarr");
		write(tmp.resolve("outside/.zarray"), "{\"shape\": [4, 4], \"dtype\": \"|u1\"}");
		write(store.resolve(".zattrs"), "{\"multiscales\": [{\"axes\": [\"y\", \"x\"], " +
			"\"datasets\": [{\"path\": \"../outside\"}]}]}");
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertTrue(e.getMessage().contains("leaves the store"), e.getMessage());
	}

	@Test
	void aBrokenOmeXmlIsReportedAsBrokenNotAsAnotherFormat() throws Exception {
		Path store = tmp.resolve("badxml.zarr");
		copy("ngff/0.4/examples/bf2raw/image.json", store.resolve(".zattrs"));
		write(store.resolve("OME/METADATA.ome.xml"), "<?xml version=\"1.0\"?><NotOme/>");
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertEquals(UnreadableImageException.class, e.getClass());
		assertTrue(e.getMessage().contains("badxml.zarr/OME/METADATA.ome.xml"), e.getMessage());
	}

	/** A symbolic link may not make the reader take a file outside the store for its metadata (and quote it). */
	@Test
	void aLinkOutOfTheStoreIsRefusedALinkWithinItIsFollowed() throws Exception {
		Path store = SmallZarr.image(tmp.resolve("linked.zarr"), "[2, 4, 3]", "[1, 4, 3]");
		Path array = store.resolve("0/.zarray");
		Path shared = Files.move(array, store.resolve("shared.zarray"));
		Files.createSymbolicLink(array, array.getParent().relativize(shared));
		assertEquals(2, single(store).sizeC(), "a link within the store is read");

		Path outside = Files.move(shared, tmp.resolve("outside.zarray"));
		Files.delete(array);
		Files.createSymbolicLink(array, outside);
		UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(
			store)));
		assertEquals("linked.zarr/0/.zarray is a link to a file outside linked.zarr; the metadata of an OME-Zarr " +
			"store must lie inside it. Copy the file into the store in place of the link", e.getMessage());

		Path xml = tmp.resolve("elsewhere.ome.xml");
		write(xml, "<?xml version=\"1.0\"?><NotOme/>");
		Path series = tmp.resolve("series.zarr");
		write(series.resolve(".zattrs"), "{\"bioformats2raw.layout\": 3}");
		Files.createDirectories(series.resolve("OME"));
		Files.createSymbolicLink(series.resolve("OME/METADATA.ome.xml"), xml);
		e = assertThrows(UnreadableImageException.class, () -> reader.read(new FileProbe(series)));
		assertTrue(e.getMessage().startsWith("series.zarr/OME/METADATA.ome.xml is a link to a file outside"),
			e.getMessage());
	}

	// --- helpers ---

	private List<ImageRecord> records(Path store) throws IOException, UnreadableImageException {
		return records(reader.read(new FileProbe(store)));
	}

	private static List<ImageRecord> records(OmeMetadata meta) throws UnreadableImageException {
		return ImageRecordMapper.toRecords(meta.metadata(), "store", meta.format());
	}

	private ImageRecord single(Path store) throws IOException, UnreadableImageException {
		List<ImageRecord> records = records(store);
		assertEquals(1, records.size());
		return records.get(0);
	}

	/** The spec example: scale 0.5 µm in z, y, x at level 0; 0.1 ms per time step from the multiscale level. */
	private static void assertSpecExampleScales(ImageRecord r, JsonNode truth) {
		JsonNode level0 = truth.get("level0 scale"), multiscale = truth.get(
			"multiscale-level coordinateTransformations scale");
		double z = level0.get(2).asDouble() * multiscale.get(2).asDouble();
		double y = level0.get(3).asDouble() * multiscale.get(3).asDouble();
		double x = level0.get(4).asDouble() * multiscale.get(4).asDouble();
		double tMillis = level0.get(0).asDouble() * multiscale.get(0).asDouble();
		assertEquals(0.5, x);
		assertEquals(x, r.physicalSizeX(), 1e-12);
		assertEquals(y, r.physicalSizeY(), 1e-12);
		assertEquals(z, r.physicalSizeZ(), 1e-12);
		assertEquals(tMillis / 1000, r.timeIncrement(), 1e-15);
		assertEquals(0.0001, r.timeIncrement(), 1e-15);
	}

	private static void assertSizes(ImageRecord r, int x, int y, int z, int c, int t) {
		assertEquals(List.of(x, y, z, c, t), List.of(r.sizeX(), r.sizeY(), r.sizeZ(), r.sizeC(), r.sizeT()));
	}

	private static String yxAxes(String unit) {
		return "[{\"name\": \"y\", \"type\": \"space\", \"unit\": \"" + unit + "\"}, " +
			"{\"name\": \"x\", \"type\": \"space\", \"unit\": \"" + unit + "\"}]";
	}

	private static void writeImage(Path group, boolean v3, String name, String axes, String scale, String shape)
		throws IOException
	{
		writeImage(group, v3, name, axes, scale, shape, "");
	}

	/** Writes a multiscales image (one uint8 dataset "0") in Zarr v2 + NGFF 0.4 or Zarr v3 + NGFF 0.5. */
	private static void writeImage(Path group, boolean v3, String name, String axes, String scale, String shape,
		String moreAttributes) throws IOException
	{
		String multiscales = "\"multiscales\": [{" + (v3 ? "" : "\"version\": \"0.4\", ") + (name == null ? ""
			: "\"name\": \"" + name + "\", ") + "\"axes\": " + axes + ", \"datasets\": [{\"path\": \"0\", " +
			"\"coordinateTransformations\": [{\"type\": \"scale\", \"scale\": " + scale + "}]}]}]" + moreAttributes;
		if (v3) {
			write(group.resolve("zarr.json"), "{\"zarr_format\": 3, \"node_type\": \"group\", \"attributes\": " +
				"{\"ome\": {\"version\": \"0.5\", " + multiscales + "}}}");
			write(group.resolve("0/zarr.json"), "{\"zarr_format\": 3, \"node_type\": \"array\", \"shape\": " +
				shape + ", \"data_type\": \"uint8\"}");
		}
		else {
			write(group.resolve(".zattrs"), "{" + multiscales + "}");
			write(group.resolve("0/.zarray"), "{\"zarr_format\": 2, \"shape\": " + shape + ", \"dtype\": \"|u1\"}");
		}
	}

	/** Copies a test file's bytes (the originals are read-only, and stay untouched). */
	private static void copy(String testFile, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.write(target, Files.readAllBytes(TestData.file(testFile)));
	}

	private static Path copyV2Store(Path target) throws IOException {
		for (String file : List.of(".zattrs", ".zgroup", "0/.zarray", "0/0/0/0/0/0")) {
			copy(V2_STORE + "/" + file, target.resolve(file));
		}
		return target;
	}

	private static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}
}
