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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.biadeposit.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scijava.Context;

import ome.xml.meta.MetadataRetrieve;

/**
 * The Bio-Formats bridge, both ways it can find itself: without Bio-Formats (the real situation in this build,
 * where {@code loci.formats} is not on the class path) and with it, through the Bio-Formats stand-ins
 * ({@link StandInBioFormats}), loaded by a class loader of their own that shares the OME model classes (ome-xml)
 * with the test, as a Fiji does.
 */
class BioFormatsBridgeTest {

	private static final String CZI = "czitools/data/DAPI_GFP.czi";
	private static final String LIF = "readlif/tests/LeicaLASX_wavelength-sweep_example.lif";
	private static final String ND2 = "pims/pims/tests/data/bioformats/cluster.nd2";
	private static final String OME_TIFF = "ome-model-history/2013-06/FLIM-modulo-sample.ome.tif";
	private static final String IMAGEJ_TIFF = "BioImageAnalysisNotebooks/data/hela-cells.tif";
	private static final String OME_XML = "ome-model/specification/samples/2016-06/instrument.ome.xml";
	private static final String COMPANION_SET = "ome-model-history/2015-01/set-1-meta-companion/";
	private static final String COMPANION = "18x24y5z1t1c8b-text-companion.ome";

	/** The stand-in Bio-Formats, sharing ome-xml (and everything else) with the test, as in a Fiji. */
	private static ClassLoader fakeLoader;

	/** The stand-in Bio-Formats with its own copy of ome-xml: the stores it makes are another class's instances. */
	private static ClassLoader isolatedLoader;

	private static Context context;

	@TempDir
	Path tmp;

	@BeforeAll
	static void loadStandIns() {
		fakeLoader = StandInBioFormats.loader();
		isolatedLoader = StandInBioFormats.isolatedLoader();
		context = new Context(HarvestService.class);
	}

	@AfterAll
	static void release() {
		if (context != null) context.dispose();
	}

	/**
	 * Issue 8 item 1, inside Fiji: Bio-Formats (here the fake, which parses as Bio-Formats' XMLTools does, with a
	 * default JAXP factory) read an OME-XML whose DOCTYPE names a local DTD reading a secret file into an entity.
	 */
	@Test
	void bioFormatsReadsNoExternalDtdOrEntity() throws Exception {
		Path secret = tmp.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-LINE");
		Path dtd = tmp.resolve("evil.dtd");
		Files.writeString(dtd, "<!ENTITY % file SYSTEM \"" + secret.toUri() + "\">\n" +
			"<!ENTITY % define \"<!ENTITY stolen '%file;'>\">\n%define;\n");
		Path xml = tmp.resolve("crafted.ome.xml");
		Files.writeString(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE OME SYSTEM \"" + dtd.toUri() +
			"\">\n<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\">\n" +
			"  <Instrument ID=\"Instrument:0\"><Microscope Model=\"&stolen;\"/></Instrument>\n" +
			"  <Image ID=\"Image:0\"><Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" SizeX=\"2\" " +
			"SizeY=\"2\" SizeZ=\"1\" SizeC=\"1\" SizeT=\"1\"><Channel ID=\"Channel:0:0\"/><MetadataOnly/></Pixels>" +
			"</Image>\n</OME>\n");
		String before = System.getProperty("javax.xml.accessExternalDTD");
		HarvestedFile h = new Harvester(List.of(new BioFormatsBridge(fakeLoader))).harvest(new FileProbe(xml));
		assertFalse(String.valueOf(h).contains("TOP-SECRET-LINE"), "the secret reached the record: " + h);
		assertNotNull(h.error(), "refused, not read: " + h);
		assertTrue(h.error().contains("DOCTYPE"), h.error());
		assertEquals(before, System.getProperty("javax.xml.accessExternalDTD"), "the JVM's setting is restored");
	}

	// ---------------------------------------------------------------------------------------------------------
	// Without Bio-Formats: the situation in this build

	@Test
	void bioFormatsIsNotOnThisBuildsClassPath() {
		assertFalse(new BioFormatsBridge().isAvailable());
		Harvester harvester = contextHarvester();
		assertEquals(List.of("OME-TIFF", "OME-XML", "OME-Zarr", "Bio-Formats", "ImageJ TIFF"), formats(harvester),
			"the bridge is found as a plugin and tried after the native readers of open formats, before the " +
				"plain-TIFF reader");
		assertInstanceOf(BioFormatsBridge.class, harvester.readers().get(3));
		assertEquals(formats(harvester), formats(withFake()), "the tests' order is the plugins' order");
		assertFalse(harvester.hasBioFormats());
	}

	@ParameterizedTest
	@CsvSource({ CZI + ", Zeiss CZI", LIF + ", Leica LIF", ND2 + ", Nikon ND2" })
	void withoutBioFormatsAVendorFileSaysHowToGetIt(String file, String format) {
		HarvestedFile h = contextHarvester().harvest(new FileProbe(TestData.file(file)));
		assertNotNull(h.error(), file + " cannot be read here");
		assertTrue(h.records().isEmpty());
		for (String phrase : List.of(format, "Bio-Formats", "Fiji", "--fiji", "FIJI_HOME")) {
			assertTrue(h.error().contains(phrase), "\"" + h.error() + "\" should say " + phrase);
		}
		assertFalse(h.error().contains("named like an image"), "not taken for a damaged file: " + h.error());
	}

	@Test
	void withoutBioFormatsTheNativeFormatsAreStillRead() {
		Harvester harvester = contextHarvester();
		HarvestedFile omeTiff = harvester.harvest(new FileProbe(TestData.file(OME_TIFF)));
		assertNull(omeTiff.error());
		assertEquals("OME-TIFF", omeTiff.format());
		assertFalse(omeTiff.records().isEmpty());

		HarvestedFile imagej = harvester.harvest(new FileProbe(TestData.file(IMAGEJ_TIFF)));
		assertNull(imagej.error());
		assertEquals("ImageJ TIFF", imagej.format());
		assertEquals(3, imagej.records().get(0).sizeC(), "hela-cells.tif has three channels");
	}

	@Test
	void nonImageFilesAreNotClaimedWithOrWithoutBioFormats() throws Exception {
		List<Path> notImages = List.of(write("README.md", "# data"), write("table.csv", "a,b\n1,2\n"), write(
			"notes.txt", "not an image"), write("meta.json", "{}"));
		List<String> fakeSuffixes = Arrays.asList((String[]) fakeReaderClass().getMethod("getSuffixes").invoke(
			fakeReaderClass().getConstructor().newInstance()));
		assertTrue(fakeSuffixes.containsAll(List.of("md", "csv", "txt", "json")),
			"the fake claims them, as Bio-Formats claims text tables");
		BioFormatsBridge present = new BioFormatsBridge(fakeLoader);
		for (Path p : notImages) {
			assertFalse(new BioFormatsBridge().accepts(new FileProbe(p)), "without Bio-Formats: " + p);
			assertFalse(present.accepts(new FileProbe(p)), "with Bio-Formats: " + p);
			assertTrue(contextHarvester().harvest(new FileProbe(p)).notAnImage(), p + " is skipped");
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// With (a fake) Bio-Formats

	@Test
	void withBioFormatsOnTheClassPathTheBridgeIsAvailable() {
		assertTrue(new BioFormatsBridge(fakeLoader).isAvailable());
		assertTrue(new Harvester(List.of(new BioFormatsBridge(fakeLoader))).hasBioFormats());
	}

	@Test
	void acceptsWhatBioFormatsReadsButNotText() {
		BioFormatsBridge bridge = new BioFormatsBridge(fakeLoader);
		assertTrue(bridge.accepts(probe("DAPI_GFP.czi")));
		assertTrue(bridge.accepts(probe("set.companion.ome")));
		// "tif" is in no vendor table: only Bio-Formats' own suffix list lets the bridge try it.
		assertTrue(bridge.accepts(probe("cells.tif")));
		assertFalse(new BioFormatsBridge().accepts(probe("cells.tif")));
		assertFalse(bridge.accepts(probe("notes.txt")));
		assertFalse(bridge.accepts(probe("plain.xml")), "an arbitrary .xml is left to the native readers");
	}

	@Test
	void acceptsOmeXmlFiles() {
		// Bio-Formats' OME-XML reader lists "ome" and "ome.xml" (and other readers "xml"); the bridge takes the
		// suffix of "instrument.ome.xml" to be "xml", which it filters out as a non-image suffix.
		assertTrue(new BioFormatsBridge(fakeLoader).accepts(probe("instrument.ome.xml")),
			"an .ome.xml file is an image format Bio-Formats reads");
	}

	@Test
	void readsOmeXmlToTheSameRecordsAsTheNativeReader() throws Exception {
		Path file = TestData.file(OME_XML);
		int closed = closeCalls(fakeLoader);
		fakeReaderClass().getField("flattenedResolutions").set(null, null);

		OmeMetadata viaBridge = new BioFormatsBridge(fakeLoader).read(new FileProbe(file));
		assertEquals(closed + 1, closeCalls(fakeLoader), "the reader is closed after reading");
		assertEquals(Boolean.FALSE, fakeReaderClass().getField("flattenedResolutions").get(null),
			"every resolution of a pyramid is not a series of its own");
		assertEquals("Fake Bio-Formats OME-XML", viaBridge.format(), "the format Bio-Formats names");
		assertEquals(file, viaBridge.primaryFile());
		assertEquals(List.of(file.toAbsolutePath()), viaBridge.usedFiles());

		OmeMetadata native_ = new OmeXmlReader().read(new FileProbe(file));
		List<ImageRecord> bridged = ImageRecordMapper.toRecords(viaBridge.metadata(), file.toString(), viaBridge
			.format());
		List<ImageRecord> expected = ImageRecordMapper.toRecords(native_.metadata(), file.toString(), viaBridge
			.format());
		assertEquals(expected, bridged);

		ImageRecord r = bridged.get(0);
		assertEquals("Fake Bio-Formats OME-XML", r.format());
		assertEquals(6, r.sizeX());
		assertEquals(4, r.sizeY());
		assertEquals(1, r.sizeZ());
		assertEquals("60xUV-Air", r.objective().model());
		assertEquals(60.0, r.objective().nominalMagnification());
		assertEquals(1.2, r.objective().lensNA());
		assertEquals("OME Insturuments", r.microscope().manufacturer());
		assertEquals("Lab Mk3", r.microscope().model());
	}

	@Test
	void aCompanionSetIsNamedByItsCompanionFile() throws Exception {
		Path folder = companionSet(tmp.resolve("set"));
		Path part = folder.resolve("18x24y5z1t1c8b-text-split-Z3.ome.tiff");
		Path companion = folder.resolve(COMPANION).toAbsolutePath();
		BioFormatsBridge bridge = new BioFormatsBridge(fakeLoader);

		OmeMetadata found = bridge.read(new FileProbe(part));
		assertEquals(companion, found.primaryFile(), "given a part, the dataset is named by its companion");
		assertEquals(6, found.usedFiles().size(), "companion + 5 TIFFs: " + found.usedFiles());
		assertTrue(found.usedFiles().contains(part.toAbsolutePath()));

		// In Fiji's reader order the native readers keep companion sets: one dataset, named by its companion,
		// whichever of its files the harvest meets first (issue 11: "-companion.ome" became two datasets).
		int setIds = setIdCalls(fakeLoader);
		HarvestedFile h = withFake().harvest(new FileProbe(part));
		assertNull(h.error());
		assertEquals(companion.normalize(), h.path());
		assertEquals(5, h.records().get(0).sizeZ());
		assertEquals(6, h.usedFiles().size());

		HarvestedFile direct = withFake().harvest(new FileProbe(companion));
		assertNull(direct.error());
		assertEquals(companion.normalize(), direct.path());
		assertEquals(h.format(), direct.format(), "the same dataset, the same reader");
		assertEquals(h.usedFiles(), direct.usedFiles());
		assertFalse(direct.format().startsWith("Fake Bio-Formats"), "read natively: " + direct.format());
		assertEquals(setIds, setIdCalls(fakeLoader), "Bio-Formats was not asked");
	}

	/** Issue 11 item 2: Bio-Formats read each file with a 1 MiB buffer some 30 times to detect its format. */
	@Test
	void bioFormatsReadsWithA64KiBBufferDuringTheHarvestAndItsOwnAfter() throws Exception {
		Path probe = write("probe.bin", "x");
		loci.common.NIOFileHandle.setDefaultBufferSize(4 * 1024 * 1024); // a Fiji user's choice
		try {
			HarvestedFile h = withFake().harvest(new FileProbe(TestData.file(CZI)));
			assertNull(h.error());
			assertEquals(64 * 1024, fakeReaderClass().getField("bufferDuringSetId").get(null));
			assertEquals(4 * 1024 * 1024, bufferOf(probe), "restored afterwards");

			// a failed read restores it too
			withFake().harvest(new FileProbe(Files.copy(TestData.file(CZI), tmp.resolve("corrupt.czi"))));
			assertEquals(4 * 1024 * 1024, bufferOf(probe));
		}
		finally {
			loci.common.NIOFileHandle.setDefaultBufferSize(1024 * 1024);
		}
	}

	private static int bufferOf(Path file) throws IOException {
		loci.common.NIOFileHandle handle = new loci.common.NIOFileHandle(file.toFile(), "r");
		try {
			return handle.getBufferSize();
		}
		finally {
			handle.close();
		}
	}

	@Test
	void aVendorFileIsReadByBioFormatsWhenItIsThere() {
		int setIds = setIdCalls(fakeLoader);
		HarvestedFile h = withFake().harvest(new FileProbe(TestData.file(CZI)));
		assertNull(h.error());
		assertEquals(setIds + 1, setIdCalls(fakeLoader));
		assertEquals("Fake Bio-Formats CZI", h.format());
		assertEquals(1, h.records().size());
		assertEquals(320, h.records().get(0).sizeX());
		assertEquals(List.of("DAPI", "EGFP"), h.records().get(0).channels().stream().map(ImageRecord.Channel::name)
			.toList());
	}

	/**
	 * Issue 11 item 2: with Bio-Formats present, OME-TIFF and ImageJ TIFF went to Bio-Formats ("Tagged Image File
	 * Format" in Fiji, "ImageJ TIFF" on the command line). The native readers keep the formats they claim.
	 */
	@Test
	void nativeReadersKeepTheFormatsTheyClaim() throws Exception {
		BioFormatsBridge bridge = new BioFormatsBridge(fakeLoader);
		FileProbe omeTiff = new FileProbe(TestData.file(OME_TIFF));
		assertEquals("OME-TIFF", bridge.read(omeTiff).format(), "premise: the fake, like Bio-Formats, reads it");
		int setIds = setIdCalls(fakeLoader);
		HarvestedFile h = withFake().harvest(new FileProbe(TestData.file(OME_TIFF)));
		assertNull(h.error());
		assertEquals(new OmeTiffReader().format(), h.format(), "read by the native reader");
		assertFalse(h.records().isEmpty());
		assertFalse(h.records().get(0).channels().isEmpty());

		HarvestedFile imagej = withFake().harvest(new FileProbe(TestData.file(IMAGEJ_TIFF)));
		assertNull(imagej.error());
		assertEquals("ImageJ TIFF", imagej.format());
		assertEquals(withoutBioFormats().harvest(new FileProbe(TestData.file(IMAGEJ_TIFF))).records(), imagej
			.records(), "Fiji and the command line give the same records");
		assertFalse(bridge.accepts(new FileProbe(TestData.file(IMAGEJ_TIFF))), "ImageJ's TIFF is not the bridge's");
		assertEquals(setIds, setIdCalls(fakeLoader), "Bio-Formats was not asked");
	}

	/** Generated files, so that this holds from a fresh clone too. */
	@Test
	void aPlainTiffGoesToBioFormatsAndAnImageJTiffDoesNot() throws Exception {
		Path plain = SmallTiff.write(tmp.resolve("scope.tif"), 4, 3, "Leica vendor description");
		Path imagej = SmallTiff.write(tmp.resolve("hyperstack.tif"), 4, 3, "ImageJ=1.54f\nimages=1\n");
		assertEquals("Tagged Image File Format", withFake().harvest(new FileProbe(plain)).format(),
			"vendors write their metadata into plain TIFFs that only Bio-Formats knows");
		assertEquals("ImageJ TIFF", withFake().harvest(new FileProbe(imagej)).format());
		assertEquals("TIFF", withoutBioFormats().harvest(new FileProbe(plain)).format(),
			"without Bio-Formats the native reader reads plain TIFFs");
	}

	@Test
	void aFileBioFormatsDoesNotRecogniseIsLeftToTheNextReader() throws Exception {
		Path tiff = SmallTiff.write(tmp.resolve("unknown-kind.tif"), 4, 3, "no one's metadata");
		BioFormatsBridge bridge = new BioFormatsBridge(fakeLoader);
		assertTrue(bridge.accepts(new FileProbe(tiff)), "the bridge tries it (the fake lists tif)");
		int closed = closeCalls(fakeLoader);
		assertThrows(NotThisFormatException.class, () -> bridge.read(new FileProbe(tiff)));
		assertEquals(closed + 1, closeCalls(fakeLoader), "closed after UnknownFormatException too");

		int probes = StandInBioFormats.probed().size();
		HarvestedFile h = withFake().harvest(new FileProbe(tiff));
		assertTrue(StandInBioFormats.probed().size() > probes, "Bio-Formats was asked first");
		assertNull(h.error());
		assertEquals("TIFF", h.format(), "read by the native reader after it");
		assertEquals(4, h.records().get(0).sizeX());
	}

	@Test
	void aMisnamedVendorFileIsReportedAsSuch() throws IOException {
		Path fake = write("scan.czi", "this is a text file, not a CZI");
		HarvestedFile h = withFake().harvest(new FileProbe(fake));
		assertNotNull(h.error());
		assertTrue(h.error().contains("damaged or misnamed"), h.error());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
		"corrupt.czi    | Invalid CZI segment header at offset 1024", //
		"io-failure.czi | Input/output error reading io-failure.czi", //
		"reader-bug.czi | series index out of range" })
	void anyOtherBioFormatsFailureIsAnErrorAUserCanRead(String name, String cause) throws IOException {
		Path file = Files.copy(TestData.file(CZI), tmp.resolve(name));
		Harvester harvester = withFake();
		harvester.readers().stream().filter(BioFormatsBridge.class::isInstance).findFirst().orElseThrow().accepts(
			new FileProbe(file)); // loads (and closes) the suffix list first
		int closed = closeCalls(fakeLoader);
		HarvestedFile h = harvester.harvest(new FileProbe(file));
		assertEquals(closed + 1, closeCalls(fakeLoader), "the reader is closed on failure too");
		assertNotNull(h.error());
		assertTrue(h.records().isEmpty());
		assertTrue(h.error().contains(cause), "\"" + h.error() + "\" should give the cause: " + cause);
		assertFalse(h.error().contains("InvocationTargetException"), "no reflection in the message: " + h.error());
		assertFalse(h.error().contains("please report it"), "not taken for a bug in bia-deposit: " + h.error());
	}

	@Test
	void aStoreFromAnotherCopyOfOmeXmlIsExplained() throws Exception {
		// Premise: the isolated loader really has its own ome-xml, so its store is not our MetadataRetrieve.
		Object store = isolatedLoader.loadClass("loci.formats.MetadataTools").getMethod("createOMEXMLMetadata")
			.invoke(null);
		assertTrue(implementsNamed(store.getClass(), MetadataRetrieve.class.getName()), "it is an OME store");
		assertFalse(store instanceof MetadataRetrieve, "but of another copy of the class");

		BioFormatsBridge bridge = new BioFormatsBridge(isolatedLoader);
		assertTrue(bridge.isAvailable());
		bridge.accepts(new FileProbe(TestData.file(CZI))); // loads (and closes) the suffix list first
		int closed = closeCalls(isolatedLoader);
		HarvestedFile h = new Harvester(List.of(bridge, new OmeXmlReader(), new OmeTiffReader(),
			new ImageJTiffReader())).harvest(new FileProbe(TestData.file(CZI)));
		assertNotNull(h.error());
		assertTrue(h.error().contains("ome-xml") && h.error().contains("class path"), h.error());
		assertFalse(h.error().contains("ClassCastException"), h.error());
		assertEquals(closed + 1, closeCalls(isolatedLoader), "the reader is closed");
	}

	// ---------------------------------------------------------------------------------------------------------

	private static Harvester contextHarvester() {
		return context.service(HarvestService.class).harvester();
	}

	/** The bridge on the fake Bio-Formats and the native readers, in their plugin priority order, as in a Fiji. */
	private static Harvester withFake() {
		return inPriorityOrder(new BioFormatsBridge(fakeLoader));
	}

	/** The same readers with no Bio-Formats on the class path, as on the command line. */
	private static Harvester withoutBioFormats() {
		return inPriorityOrder(new BioFormatsBridge());
	}

	private static Harvester inPriorityOrder(BioFormatsBridge bridge) {
		List<MetadataReader> readers = new ArrayList<>(List.of(new ImageJTiffReader(), bridge, new org.biadeposit.harvest.zarr.OmeZarrReader(),
			new OmeTiffReader(), new OmeXmlReader()));
		readers.sort(java.util.Comparator.comparingDouble((MetadataReader r) -> r.getClass().getAnnotation(
			org.scijava.plugin.Plugin.class).priority()).reversed());
		return new Harvester(readers);
	}

	private static List<String> formats(Harvester harvester) {
		return harvester.readers().stream().map(MetadataReader::format).toList();
	}

	private static Class<?> fakeReaderClass() {
		return StandInBioFormats.imageReader(fakeLoader);
	}

	private static int closeCalls(ClassLoader loader) {
		return StandInBioFormats.closeCalls(loader);
	}

	private static int setIdCalls(ClassLoader loader) {
		return StandInBioFormats.setIdCalls(loader);
	}

	/** A probe by name only: accepts() looks at no bytes for these names. */
	private FileProbe probe(String name) {
		return new FileProbe(tmp.resolve(name));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(tmp.resolve(name), text);
	}

	private static Path companionSet(Path folder) throws IOException {
		Files.createDirectories(folder);
		try (var files = Files.list(TestData.file(COMPANION_SET))) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Files.copy(f, folder.resolve(f.getFileName().toString()));
			}
		}
		return folder;
	}

	/** Whether a class implements an interface of the given name, from whichever class loader. */
	private static boolean implementsNamed(Class<?> c, String name) {
		for (Class<?> k = c; k != null; k = k.getSuperclass()) {
			for (Class<?> i : k.getInterfaces()) {
				if (i.getName().equals(name) || implementsNamed(i, name)) return true;
			}
		}
		return false;
	}
}
