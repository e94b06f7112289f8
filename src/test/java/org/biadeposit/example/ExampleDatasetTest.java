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
package org.biadeposit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.biadeposit.ProgressListener;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.harvest.ImageRecord;
import org.biadeposit.validate.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The generated example dataset, read back by our own harvest, validation and packaging. */
class ExampleDatasetTest {

	private static Context context;
	private static Harvester harvester;

	@TempDir
	static Path shared;

	private static Path dataset;
	private static Map<String, HarvestedFile> harvested;

	@TempDir
	Path tmp;

	@BeforeAll
	static void writeAndHarvest() throws IOException {
		context = new Context(HarvestService.class);
		harvester = context.service(HarvestService.class).harvester();
		dataset = shared.resolve("example");
		ExampleDataset.Summary summary = new ExampleDataset().write(dataset);
		assertEquals(ExampleDataset.BASE_IMAGE_FILES, summary.imageFiles());
		harvested = harvest(dataset);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	private static Map<String, HarvestedFile> harvest(Path folder) {
		Map<String, HarvestedFile> out = new LinkedHashMap<>();
		new HarvestRun(harvester, null, 2).recursive(true).run(List.of(folder.toString()), h -> out.put(h.file(), h));
		return out;
	}

	private static ImageRecord record(String file) {
		HarvestedFile h = harvested.get(file);
		assertNotNull(h, file + " not harvested; harvested: " + harvested.keySet());
		assertNull(h.error(), h.error());
		assertEquals(1, h.records().size());
		return h.records().get(0);
	}

	@Test
	void everyImageIsReadWithoutError() {
		List<String> errors = new ArrayList<>();
		for (HarvestedFile h : harvested.values()) if (h.hasError()) errors.add(h.file() + ": " + h.error());
		assertEquals(List.of(), errors);
		long images = harvested.values().stream().filter(h -> !h.records().isEmpty()).count();
		// 4 confocal OME-TIFFs, 4 ImageJ hyperstacks, 1 companion set, 2 OME-Zarr stores
		assertEquals(11, images, harvested.keySet().toString());
	}

	@Test
	void confocalOmeTiffCarriesTheInstrument() {
		ImageRecord r = record("wild-type/donor-01/day-00/wt-d01-t00-field1.ome.tif");
		assertEquals("OME-TIFF", r.format());
		assertEquals(List.of(64, 64, 5, 2, 1), List.of(r.sizeX(), r.sizeY(), r.sizeZ(), r.sizeC(), r.sizeT()));
		assertEquals("uint8", r.pixelType());
		assertEquals(0.0901, r.physicalSizeX(), 1e-9);
		assertEquals(0.5, r.physicalSizeZ(), 1e-9);
		assertEquals("HC PL APO 63x/1.40 Oil CS2", r.objective().model());
		assertEquals(63.0, r.objective().nominalMagnification());
		assertEquals(1.4, r.objective().lensNA());
		assertEquals("Oil", r.objective().immersion());
		assertEquals("TCS SP8", r.microscope().model());
		assertEquals(2, r.detectors().size());
		assertEquals("Alexa Fluor 488", r.channels().get(1).fluor());
		assertEquals(488.0, r.channels().get(1).excitationWavelength());
		assertEquals(520.0, r.channels().get(1).emissionWavelength());
		assertEquals("2026-03-02T10:15:00", r.acquisitionDate().substring(0, 19));
		assertEquals("FBbi_00000251", r.imagingMethod().fbbiId());
	}

	@Test
	void companionSetIsOneDatasetOfEightTiffs() {
		ImageRecord r = record("knock-out/donor-02/day-07/ko-d02-t07-zstack.companion.ome");
		assertEquals("OME-TIFF", r.format());
		assertEquals(List.of(48, 40, 4, 2), List.of(r.sizeX(), r.sizeY(), r.sizeZ(), r.sizeC()));
		assertEquals(9, harvested.get("knock-out/donor-02/day-07/ko-d02-t07-zstack.companion.ome").usedFiles().size());
		assertFalse(harvested.keySet().stream().anyMatch(f -> f.contains("zstack_Z")), harvested.keySet().toString());
		assertEquals("FBbi_00000246", r.imagingMethod().fbbiId(), "widefield fluorescence");
	}

	@Test
	void imageJHyperstackIsCalibrated() {
		ImageRecord r = record("knock-out/donor-01/day-07/ko-d01-t07-timelapse.tif");
		assertEquals("ImageJ TIFF", r.format());
		assertEquals(List.of(48, 40, 3, 2, 4), List.of(r.sizeX(), r.sizeY(), r.sizeZ(), r.sizeC(), r.sizeT()));
		assertEquals("uint16", r.pixelType());
		assertEquals(0.325, r.physicalSizeX(), 1e-12, "an exact rational, as ImageJ reads it back");
		assertEquals(2.0, r.physicalSizeZ(), 1e-12);
		assertEquals(300.0, r.timeIncrement(), 1e-12);
	}

	@Test
	void singleImageJTiffsCalibratedOrNotAndASmallCompanionSet() throws IOException {
		Path own = tmp.resolve("own");
		ExampleDataset.writeImageJTiff(own.resolve("a/calibrated.tif"), 56, 30, 0.125);
		ExampleDataset.writeImageJTiff(own.resolve("b/plain.tif"), 40, 24, 0);
		Path companion = ExampleDataset.writeOmeTiffSet(own.resolve("stack"), "cells");
		assertEquals("cells.companion.ome", companion.getFileName().toString());
		Map<String, HarvestedFile> h = harvest(own);
		assertEquals(List.of("a/calibrated.tif", "b/plain.tif", "stack/cells.companion.ome"), h.keySet().stream()
			.sorted().toList());
		ImageRecord calibrated = h.get("a/calibrated.tif").records().get(0);
		assertEquals("ImageJ TIFF", calibrated.format());
		assertEquals(List.of(56, 30, 3, 2, 1), List.of(calibrated.sizeX(), calibrated.sizeY(), calibrated.sizeZ(),
			calibrated.sizeC(), calibrated.sizeT()));
		assertEquals(0.125, calibrated.physicalSizeX(), 1e-12);
		ImageRecord plain = h.get("b/plain.tif").records().get(0);
		assertEquals("ImageJ TIFF", plain.format());
		assertEquals(40, plain.sizeX());
		assertNull(plain.physicalSizeX(), "no calibration");
		assertNull(plain.physicalSizeZ());
		HarvestedFile set = h.get("stack/cells.companion.ome");
		assertEquals(9, set.usedFiles().size(), "the companion and 8 TIFFs");
		assertEquals(4, set.records().get(0).sizeZ());
	}

	@Test
	void omeZarrStoresOfBothVersions() {
		ImageRecord v04 = record("wild-type/donor-01/day-07/wt-d01-t07-overview.ome.zarr");
		ImageRecord v05 = record("knock-out/donor-02/day-07/ko-d02-t07-overview.ome.zarr");
		for (ImageRecord r : List.of(v04, v05)) {
			assertEquals("OME-Zarr", r.format());
			assertEquals(List.of(96, 80, 2), List.of(r.sizeX(), r.sizeY(), r.sizeC()));
		}
		assertEquals(3, v04.sizeZ());
		assertEquals("uint8", v04.pixelType());
		assertEquals(0.0901, v04.physicalSizeX(), 1e-12);
		assertEquals("ZO-1", v04.channels().get(1).name());
		assertEquals("uint16", v05.pixelType());
		assertEquals(0.325, v05.physicalSizeY(), 1e-12);
		assertEquals("mCherry", v05.channels().get(1).name());
		assertTrue(Files.isRegularFile(dataset.resolve("wild-type/donor-01/day-07/wt-d01-t07-overview.ome.zarr/0/1/2/0/0")),
			"every chunk is written");
	}

	@Test
	void itsDepositYamlValidatesAndPackages() throws IOException {
		DepositionWorkflow workflow = new DepositionWorkflow(harvester, HarvestCache.none(), 2, ProgressListener.NONE);
		Report report = workflow.validate(dataset, dataset.resolve("deposit.yaml"));
		assertFalse(report.hasErrors(), report.toText());
		DepositionWorkflow.Packaged p = workflow.pack(dataset, dataset.resolve("deposit.yaml"), tmp.resolve("pkg"));
		assertNotNull(p.written(), p.report().toText());
		String lists = Files.readString(tmp.resolve("pkg/upload-plan.tsv"));
		assertTrue(lists.contains("knock-out/donor-02/day-07/ko-d02-t07-zstack_Z3_C1.ome.tif"), lists);
	}

	@Test
	void theCommittedExampleYamlIsWhatTheGeneratorWrites() throws IOException {
		String committed = Files.readString(Path.of("examples", "deposit.yaml"));
		Matcher m = Pattern.compile("(?m)^  release_date: (\\S+)$").matcher(committed);
		assertTrue(m.find(), "examples/deposit.yaml has a release_date");
		assertEquals(ExampleDataset.depositYaml(LocalDate.parse(m.group(1))), committed);
	}

	@Test
	void sameBytesOnEveryRun() throws IOException {
		Path again = tmp.resolve("again");
		new ExampleDataset().write(again);
		for (String f : List.of("wild-type/donor-02/day-07/wt-d02-t07-field1.ome.tif",
			"knock-out/donor-02/day-07/ko-d02-t07-zstack.companion.ome", "cell-counts.csv"))
		{
			assertEquals(-1, Files.mismatch(dataset.resolve(f), again.resolve(f)), f);
		}
	}

	@Test
	void moreFilesForBenchmarksAndOneLargeFile() throws IOException {
		Path big = tmp.resolve("big");
		ExampleDataset.Summary s = new ExampleDataset().files(1030).largeFile(20L << 20).write(big);
		assertEquals(1031, s.imageFiles());
		Map<String, HarvestedFile> h = harvest(big);
		long ok = h.values().stream().filter(f -> !f.hasError() && !f.records().isEmpty()).count();
		assertEquals(11 + (1030 - ExampleDataset.BASE_IMAGE_FILES) + 1, ok);
		assertTrue(Files.isDirectory(big.resolve("wild-type/donor-01/day-07")), "tiles spread over folders");
		Path large = big.resolve("wild-type/donor-01/day-00/wt-d01-t00-large.ome.tif");
		assertTrue(Files.size(large) >= 20L << 20);
		assertEquals(2048, h.get("wild-type/donor-01/day-00/wt-d01-t00-large.ome.tif").records().get(0).sizeX());
	}

	@Test
	void bigTiffIsReadBack() throws IOException {
		Path file = tmp.resolve("big.ome.tif");
		String xml = OmeXmlText.image(SetUp.WIDEFIELD, "urn:uuid:0", "big", "2026-03-02T10:15:00", 32, 16, 3, 1, 0,
			OmeXmlText.Planes.inThisFile());
		new TiffWriter(32, 16, 16).bigTiff().description(xml).write(file, 6, ExampleDataset.pixels(SetUp.WIDEFIELD,
			32, 16, 1));
		assertEquals(43, Files.readAllBytes(file)[2], "BigTIFF magic number");
		Map<String, HarvestedFile> h = harvest(tmp);
		ImageRecord r = h.get("big.ome.tif").records().get(0);
		assertEquals(List.of(32, 16, 3, 2), List.of(r.sizeX(), r.sizeY(), r.sizeZ(), r.sizeC()));

		// the resolution tags, which ImageJ's calibration is read from, stand inline in a BigTIFF entry
		Path imagej = tmp.resolve("big-imagej/calibrated.tif");
		Files.createDirectories(imagej.getParent());
		new TiffWriter(32, 16, 16).bigTiff().pixelSize(0.325).description("ImageJ=1.54f\nimages=1\nunit=micron\n")
			.write(imagej, 1, ExampleDataset.pixels(SetUp.WIDEFIELD, 32, 16, 1));
		ImageRecord calibrated = harvest(imagej.getParent()).get("calibrated.tif").records().get(0);
		assertEquals(0.325, calibrated.physicalSizeX(), 1e-12);
	}
}
