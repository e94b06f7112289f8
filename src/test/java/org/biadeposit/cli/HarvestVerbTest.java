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
package org.biadeposit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.biadeposit.TestData;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.RecordTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code bia harvest} contract: keys, order, error lines, exit status, TSV. */
class HarvestVerbTest {

	static final List<String> KEYS = List.of("file", "series", "seriesName", "format", "sizeX", "sizeY", "sizeZ",
		"sizeC", "sizeT", "pixelType", "physicalSizeX", "physicalSizeY", "physicalSizeZ", "timeIncrement", "channels",
		"objective", "objectives", "microscope", "detectors", "acquisitionDate", "imagingMethod", "warnings");

	@TempDir
	Path tmp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs scripts/bia's main in-process, with the cache in the test's folder (never the user's). */
	private int bia(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		if (all.get(0).equals("harvest")) all.addAll(1, List.of("--cache", tmp.resolve("cache.jsonl").toString()));
		return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
			StandardCharsets.UTF_8));
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private List<JsonNode> lines() throws IOException {
		List<JsonNode> nodes = new ArrayList<>();
		for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
			if (!line.isBlank()) nodes.add(new ObjectMapper().readTree(line));
		}
		return nodes;
	}

	private static List<String> keys(JsonNode n) {
		List<String> k = new ArrayList<>();
		for (Iterator<String> it = n.fieldNames(); it.hasNext();) k.add(it.next());
		return k;
	}

	/**
	 * An OME-XML file whose sizes and wavelengths are in other units than the contract's (1 cm pixels, a 610500 pm
	 * excitation), with an instrument and no acquisition mode, and an ImageJ TIFF in a sub-folder; all written here.
	 */
	private Path dataset() throws IOException {
		Path data = tmp.resolve("data");
		Files.createDirectories(data);
		Files.writeString(data.resolve("alternate-units.ome.xml"), String.join("\n", //
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", //
			"<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\">", //
			"<Instrument ID=\"Instrument:0\">", //
			"<Microscope Manufacturer=\"OME Instruments\" Model=\"Lab Mk3\" Type=\"Inverted\"/>", //
			"<Detector ID=\"Detector:0\" Manufacturer=\"OME Detectors\" Model=\"Standard CCD Mk2\" Type=\"CCD\"/>",
			"<Objective ID=\"Objective:0\" Manufacturer=\"OME Objectives\" Model=\"60xUV-Air\" " +
				"NominalMagnification=\"60\" LensNA=\"1.2\" Immersion=\"Air\"/>", //
			"</Instrument>", //
			"<Image ID=\"Image:0\" Name=\"units\"><InstrumentRef ID=\"Instrument:0\"/>" +
				"<ObjectiveSettings ID=\"Objective:0\"/>", //
			"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" SizeX=\"4\" SizeY=\"3\" SizeZ=\"1\" " +
				"SizeC=\"1\" SizeT=\"1\" PhysicalSizeX=\"1\" PhysicalSizeXUnit=\"cm\" PhysicalSizeY=\"1\" " +
				"PhysicalSizeYUnit=\"cm\">", //
			"<Channel ID=\"Channel:0:0\" SamplesPerPixel=\"1\" ExcitationWavelength=\"610500\" " +
				"ExcitationWavelengthUnit=\"pm\"><DetectorSettings ID=\"Detector:0\"/></Channel>", //
			"<MetadataOnly/></Pixels></Image>", //
			"</OME>", ""));
		ExampleDataset.writeImageJTiff(data.resolve("sub/cells.tif"), 40, 24, 0.325);
		return data;
	}

	@Test
	void everyLineHasExactlyTheContractKeysInOrderWithValuesConverted() throws IOException {
		Path data = dataset();
		assertEquals(0, bia("harvest", "--recursive", data.toString()), stderr());
		List<JsonNode> lines = lines();
		assertEquals(2, lines.size());
		for (JsonNode n : lines) assertEquals(KEYS, keys(n));
		JsonNode units = lines.get(0);
		assertEquals("alternate-units.ome.xml", units.get("file").asText(), "relative to the folder");
		assertEquals(10000.0, units.get("physicalSizeX").asDouble(), 1e-6, "1 cm in µm");
		JsonNode channel = units.get("channels").get(0);
		assertEquals(List.of("name", "fluor", "excitationWavelength", "emissionWavelength", "acquisitionMode",
			"illuminationType"), keys(channel));
		assertEquals(610.5, channel.get("excitationWavelength").asDouble(), 1e-9, "610500 pm in nm");
		assertEquals(List.of("manufacturer", "model", "nominalMagnification", "lensNA", "immersion"), keys(units.get(
			"objective")));
		assertEquals(60.0, units.get("objective").get("nominalMagnification").asDouble());
		assertEquals(List.of("manufacturer", "model", "type"), keys(units.get("microscope")));
		assertEquals("CCD", units.get("detectors").get(0).get("type").asText());
		assertTrue(units.get("imagingMethod").isNull(), "no acquisition mode, no method");
		assertTrue(units.get("timeIncrement").isNull(), "unknown values are null, not absent");
		assertEquals("sub/cells.tif", lines.get(1).get("file").asText());
	}

	/** An image without a width cannot be described: one error line saying which value, and exit status 1. */
	@Test
	void anUnreadableFileIsOneErrorLineAndExitStatusOne() throws IOException {
		Path data = dataset();
		Files.writeString(data.resolve("bad.ome.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
			"<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\"><Image ID=\"Image:0\">" +
			"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" SizeX=\"0\" SizeY=\"3\" SizeZ=\"1\" " +
			"SizeC=\"1\" SizeT=\"1\"><MetadataOnly/></Pixels></Image></OME>\n");
		assertEquals(1, bia("harvest", "-r", data.toString()));
		List<JsonNode> lines = lines();
		assertEquals(3, lines.size());
		assertEquals(List.of("bad.ome.xml"), lines.stream().filter(n -> n.has("error")).map(n -> n.get("file")
			.asText()).toList(), "one error line, for the unreadable file");
		JsonNode bad = lines.stream().filter(n -> n.has("error")).findFirst().orElseThrow();
		assertEquals(List.of("file", "error"), keys(bad));
		assertTrue(bad.get("error").asText().contains("@SizeX is \"0\"") && bad.get("error").asText().contains(
			"1 or more"), bad.get("error").asText());
		assertTrue(stderr().contains("1 file(s) could not be read"), stderr());
	}

	@Test
	void aFileGivenByPathKeepsThePathAsGiven() throws IOException {
		Path data = dataset();
		String given = data.resolve("sub").resolve("cells.tif").toString();
		assertEquals(0, bia("harvest", given));
		assertEquals(given, lines().get(0).get("file").asText());
	}

	@Test
	void tsvIsTheSameAsATable() throws IOException {
		Path data = dataset();
		assertEquals(0, bia("harvest", "--format", "tsv", "-r", data.toString()));
		String[] rows = out.toString(StandardCharsets.UTF_8).split("\n");
		assertEquals(String.join("\t", RecordTable.COLUMNS), rows[0]);
		assertEquals(3, rows.length);
		List<String> first = Arrays.asList(rows[1].split("\t", -1));
		assertEquals(RecordTable.COLUMNS.size(), first.size());
		assertEquals("10000", first.get(RecordTable.COLUMNS.indexOf("physicalSizeX")));
		assertEquals("610.5", first.get(RecordTable.COLUMNS.indexOf("channels.excitationWavelength")));
		assertEquals("60xUV-Air", first.get(RecordTable.COLUMNS.indexOf("objective.model")));
	}

	private List<String> files() throws IOException {
		List<String> files = new ArrayList<>();
		for (JsonNode n : lines()) files.add(n.get("file").asText());
		return files;
	}

	/**
	 * A folder whose images are all in sub-folders (the usual layout) is harvested without any option, as {@code
	 * bia init} and {@code bia validate} walk it; {@code --no-recursive} reads only the folder itself, and {@code
	 * --recursive} / {@code -r} are still accepted.
	 */
	@Test
	void foldersAreHarvestedRecursivelyUnlessNoRecursiveIsGiven() throws IOException {
		Path data = tmp.resolve("data");
		ExampleDataset.writeOmeTiff(Files.createDirectories(data.resolve("donor-01")).resolve("a.ome.tif"));
		ExampleDataset.writeOmeTiff(Files.createDirectories(data.resolve("donor-02/day-07")).resolve("b.ome.tif"));
		assertEquals(0, bia("harvest", data.toString()), stderr());
		assertEquals(List.of("donor-01/a.ome.tif", "donor-02/day-07/b.ome.tif"), files());
		assertTrue(stderr().contains("2 image(s) in 2 file(s)"), stderr());

		ExampleDataset.writeOmeTiff(data.resolve("top.ome.tif"));
		out.reset();
		err.reset();
		assertEquals(0, bia("harvest", "--no-recursive", data.toString()), stderr());
		assertEquals(List.of("top.ome.tif"), files(), "only the folder itself");
		for (String recursive : List.of("--recursive", "-r")) {
			out.reset();
			err.reset();
			assertEquals(0, bia("harvest", recursive, data.toString()), stderr());
			assertEquals(List.of("donor-01/a.ome.tif", "donor-02/day-07/b.ome.tif", "top.ome.tif"), files());
		}
		out.reset();
		assertEquals(0, bia("harvest", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("--no-recursive"));
	}

	@Test
	void usageErrorsExitTwoAndSayWhatIsWrong() {
		assertEquals(2, bia("harvest"));
		assertTrue(stderr().contains("give at least one file or folder"));
		assertEquals(2, bia("harvest", "--format", "xml", "x"));
		assertTrue(stderr().contains("--format takes jsonl or tsv"));
		assertEquals(2, bia("harvest", "--threads", "0", "x"));
		assertTrue(stderr().contains("--threads takes a whole number"));
		assertEquals(2, bia("nonsense"));
		assertTrue(stderr().contains("unknown verb 'nonsense'"));
	}

	@Test
	void theSecondRunComesFromTheCache() throws IOException {
		Path data = dataset();
		assertEquals(0, bia("harvest", "-r", data.toString()));
		String first = out.toString(StandardCharsets.UTF_8);
		out.reset();
		err.reset();
		assertEquals(0, bia("harvest", "-r", data.toString()));
		assertEquals(first, out.toString(StandardCharsets.UTF_8), "same output");
		assertTrue(stderr().contains("2 unchanged, from the cache"), stderr());
		assertTrue(Files.size(tmp.resolve("cache.jsonl")) > 0);
	}
}
