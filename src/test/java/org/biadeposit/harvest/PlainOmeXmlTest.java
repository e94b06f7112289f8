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

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.biadeposit.TestData;
import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.model.OME;

/**
 * The plain OME-XML shortcut gives exactly what the general reading (the JDK parser's DOM, the OME model built from
 * it, {@link LenientOmeXml}) gives, or steps aside: on the example's files, on the test data's OME-XML, and on
 * variants of a confocal tile that leave the plain subset, break the XML or carry values the model refuses.
 */
class PlainOmeXmlTest {

	/** A tile as bench/run and bench/scale harvest by the thousand. */
	static final String TILE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OME xmlns=\"" + PlainOmeXml.NAMESPACE +
		"\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" + PlainOmeXml.NAMESPACE +
		" http://www.openmicroscopy.org/Schemas/OME/2016-06/ome.xsd\" UUID=\"urn:uuid:50869c39-db09-3820-b976-" +
		"aee6f8cb9e19\" Creator=\"bia-deposit example generator\">\n" +
		"  <Instrument ID=\"Instrument:0\">\n" +
		"    <Microscope Manufacturer=\"Leica Microsystems\" Model=\"TCS SP8\" Type=\"Inverted\"/>\n" +
		"    <Detector ID=\"Detector:0:0\" Manufacturer=\"Leica Microsystems\" Model=\"HyD SMD\" Type=\"PMT\"/>\n" +
		"    <Detector ID=\"Detector:0:1\" Manufacturer=\"Leica Microsystems\" Model=\"PMT 2\" Type=\"PMT\"/>\n" +
		"    <Objective ID=\"Objective:0:0\" Manufacturer=\"Leica Microsystems\" Model=\"HC PL APO 63x/1.40 Oil CS2\" " +
		"NominalMagnification=\"63\" LensNA=\"1.4\" Immersion=\"Oil\"/>\n" +
		"  </Instrument>\n" +
		"  <Image ID=\"Image:0\" Name=\"wt-d03-t00-tile004437\">\n" +
		"    <AcquisitionDate>2026-04-28T00:12:00</AcquisitionDate>\n" +
		"    <InstrumentRef ID=\"Instrument:0\"/>\n" +
		"    <ObjectiveSettings ID=\"Objective:0:0\"/>\n" +
		"    <Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" SizeX=\"16\" SizeY=\"16\" SizeZ=\"1\" " +
		"SizeC=\"1\" SizeT=\"1\" PhysicalSizeX=\"0.0901\" PhysicalSizeXUnit=\"\u00b5m\" PhysicalSizeY=\"0.0901\" " +
		"PhysicalSizeYUnit=\"\u00b5m\" BigEndian=\"false\">\n" +
		"      <Channel ID=\"Channel:0:0\" Name=\"DAPI\" SamplesPerPixel=\"1\" IlluminationType=\"Epifluorescence\" " +
		"ContrastMethod=\"Fluorescence\" AcquisitionMode=\"LaserScanningConfocalMicroscopy\" Fluor=\"DAPI\" " +
		"ExcitationWavelength=\"405\" ExcitationWavelengthUnit=\"nm\" EmissionWavelength=\"450\" " +
		"EmissionWavelengthUnit=\"nm\">\n" +
		"        <DetectorSettings ID=\"Detector:0:0\"/>\n" +
		"      </Channel>\n" +
		"      <TiffData IFD=\"0\" PlaneCount=\"1\"/>\n" +
		"    </Pixels>\n" +
		"  </Image>\n" +
		"</OME>\n";

	@Test
	void readsThePlainTileAsTheModelDoes() throws Exception {
		assertNotNull(PlainOmeXml.read(TILE), "the tile is plain OME-XML");
		assertSame(TILE);
	}

	@Test
	void variantsGiveTheSameOrStepAside() throws Exception {
		List<String> variants = new ArrayList<>();
		String[][] edits = {
			// values the model refuses or LenientOmeXml repairs
			{ "Type=\"uint8\"", "Type=\"uint9\"" }, { "SizeX=\"16\"", "SizeX=\"0\"" }, { "SizeX=\"16\"", "SizeX=\"\"" },
			{ "PhysicalSizeXUnit=\"\u00b5m\"", "PhysicalSizeXUnit=\"microns\"" },
			{ "PhysicalSizeXUnit=\"\u00b5m\"", "PhysicalSizeXUnit=\"\"" },
			{ "PhysicalSizeX=\"0.0901\"", "PhysicalSizeX=\"-1\"" }, { "PhysicalSizeX=\"0.0901\"", "PhysicalSizeX=\"x\"" },
			{ "Immersion=\"Oil\"", "Immersion=\"Honey\"" }, { "LensNA=\"1.4\"", "LensNA=\"1,4\"" },
			{ "Type=\"Inverted\"", "Type=\"Sideways\"" }, { "IlluminationType=\"Epifluorescence\"", "IlluminationType=\"x\"" },
			{ "2026-04-28T00:12:00", "yesterday" }, { "2026-04-28T00:12:00", " 2026-04-28T00:12:00+02:00 " },
			{ "ExcitationWavelengthUnit=\"nm\"", "ExcitationWavelengthUnit=\"nanometres\"" },
			{ "ID=\"Channel:0:0\"", "ID=\"c0\"" }, { "SamplesPerPixel=\"1\"", "SamplesPerPixel=\"3\"" },
			{ "<InstrumentRef ID=\"Instrument:0\"/>", "<InstrumentRef ID=\"Instrument:9\"/>" },
			{ "<InstrumentRef ID=\"Instrument:0\"/>", "" }, { "<ObjectiveSettings ID=\"Objective:0:0\"/>", "" },
			{ "ID=\"Detector:0:1\"", "ID=\"Detector:0:0\"" }, { " ID=\"Image:0\"", "" },
			{ "<TiffData IFD=\"0\" PlaneCount=\"1\"/>", "<TiffData IFD=\"0\" PlaneCount=\"1\"><UUID FileName=\"a.ome." +
				"tif\">urn:uuid:50869c39-db09-3820-b976-aee6f8cb9e19</UUID></TiffData>" },
			{ "<TiffData IFD=\"0\" PlaneCount=\"1\"/>", "<Plane TheZ=\"0\" TheT=\"0\" TheC=\"0\" DeltaT=\"1.5\" " +
				"DeltaTUnit=\"ms\"/>" },
			{ "SizeT=\"1\"", "SizeT=\"2\" TimeIncrement=\"250\" TimeIncrementUnit=\"ms\"" },
			{ "SizeT=\"1\"", "SizeT=\"2\" TimeIncrementUnit=\"fortnights\"" },
			// other elements and attributes, handed to the general reading
			{ "<TiffData IFD=\"0\" PlaneCount=\"1\"/>", "<MetadataOnly/>" },
			{ "</Instrument>", "<Laser ID=\"LightSource:0\" Wavelength=\"405\"/></Instrument>" },
			{ " BigEndian=\"false\"", " BigEndian=\"false\" Extra=\"1\"" },
			// names with colons: one inside an attribute's is a prefix, more, or one at an end, are not plain
			{ " BigEndian=\"false\"", " Big:End:ian=\"false\"" }, { " BigEndian=\"false\"", " BigEndian:=\"false\"" },
			{ " BigEndian=\"false\"", " xml:lang=\"en\" BigEndian=\"false\"" }, { "<Pixels ", "<Pixels: " },
			{ "</Image>", "</Image><StructuredAnnotations><XMLAnnotation ID=\"Annotation:0\"><Value><x/></Value>" +
				"</XMLAnnotation></StructuredAnnotations>" },
			// XML that is not plain or not well-formed
			{ "Name=\"DAPI\"", "Name=\"DAPI &amp; &#x41;&#66; &lt;1&gt; &quot;&apos;\"" },
			{ "Name=\"DAPI\"", "Name=\"DA\tPI\nx\"" }, { "Name=\"DAPI\"", "Name='DAPI'" },
			{ "Name=\"DAPI\"", "Name=\"DAPI &nbsp;\"" }, { "Name=\"DAPI\"", "Name=\"DAPI & x\"" },
			{ "Name=\"DAPI\"", "Name=\"&#0;\"" }, { "Name=\"DAPI\"", "Name=\"&#+65;\"" },
			{ "Name=\"DAPI\"", "Name=\"D<API\"" }, { "Name=\"DAPI\"", "Name=\"DAPI\"Fluor2=\"x\"" },
			{ "Name=\"DAPI\"", "Name=\"DAPI\" Name=\"again\"" }, { "Name=\"DAPI\"", "Name=\"\u0001\"" },
			{ "</Channel>", "</Channel >" }, { "</Channel>", "</Channell>" }, { "</OME>", "" },
			{ "</OME>\n", "</OME>\n<!-- after -->\n" }, { "</OME>\n", "</OME>\ntext" },
			{ "<Image ", "<!-- a -- b --><Image " }, { "<Image ", "<!-- note --><Image " },
			{ "<AcquisitionDate>", "<AcquisitionDate><![CDATA[]]>" }, { "\n<OME", "\n<!DOCTYPE OME>\n<OME" },
			{ "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "" },
			{ "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"" }, { "version=\"1.0\"", "version=\"1.1\"" },
			{ "encoding=\"UTF-8\"?>", "encoding=\"UTF-8\" standalone=\"yes\"?>" },
			{ "\n<OME", "\n<?pi x?><OME" }, { "\n", "\r\n" }, { "<Pixels ", "<ome:Pixels " },
			{ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "" },
			{ "xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\"", "xmlns=\"urn:other\"" },
			{ "<Image ", "<Image xmlns=\"urn:other\" " }, { "DAPI", "DAPI \ud83d\udd2c" }, { "DAPI", "]]>" },
			{ "Leica Microsystems", "Leica\u00a0Microsyst\u00e8mes" },
			{ "<AcquisitionDate>2026-04-28T00:12:00<", "<AcquisitionDate> 2026-04<!-- x -->-28T00:12:&#48;0 <" },
			{ "<TiffData IFD=\"0\" PlaneCount=\"1\"/>", "<TiffData IFD=\"0\" PlaneCount=\"1\"><UUID FileName=\"a&amp;b" +
				".ome.tif\"> <!-- u -->&#x75;rn:uuid:1 </UUID></TiffData>" },
			{ "<TiffData IFD=\"0\" PlaneCount=\"1\"/>", "<TiffData IFD=\"0\" PlaneCount=\"1\"><UUID FileName=\"b.tif\">" +
				" </UUID></TiffData>" },
			{ "<DetectorSettings ID=\"Detector:0:0\"/>", "<LightPath/><DetectorSettings ID=\"Detector:0:0\"/>" },
			{ "<DetectorSettings ID=\"Detector:0:0\"/>", "<LightPath/><LightPath/>" },
			{ "<DetectorSettings ID=\"Detector:0:0\"/>", "<LightPath><DichroicRef ID=\"Dichroic:0\"/></LightPath>" },
			{ "</Image>", "</Image><BinaryOnly MetadataFile=\"set.companion.ome\" UUID=\"urn:uuid:1\"/>" },
		};
		for (String[] edit : edits) {
			assertTrue(TILE.contains(edit[0]), edit[0]);
			variants.add(TILE.replace(edit[0], edit[1]));
		}
		for (String v : variants) assertSame(v);
	}

	@Test
	void theExamplesFilesGiveTheSame(@TempDir Path dir) throws Exception {
		new ExampleDataset().files(ExampleDataset.BASE_IMAGE_FILES + 6).write(dir);
		int plain = 0, all = 0;
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				String xml = omeXml(f);
				if (xml == null) continue;
				assertSame(xml);
				all++;
				if (PlainOmeXml.read(xml) != null) plain++;
			}
		}
		assertTrue(all >= 15, "OME-TIFF and OME-XML files found: " + all);
		assertEquals(all, plain, "every OME-XML the example writes is plain");
	}

	@Test
	void theTestDatasOmeXmlGivesTheSame() throws Exception {
		Path root = TestData.root();
		org.junit.jupiter.api.Assumptions.assumeTrue(root != null && Files.isDirectory(root), "no test data");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				String xml = omeXml(f);
				if (xml != null && xml.length() < 2_000_000) assertSame(xml);
			}
		}
	}

	/** The OME-XML of an OME-TIFF or OME-XML file, or null. */
	private static String omeXml(Path f) throws IOException {
		String name = f.getFileName().toString().toLowerCase();
		if (name.endsWith(".ome.tif") || name.endsWith(".ome.tiff")) {
			try (FileChannel ch = FileChannel.open(f)) {
				return TiffDirectory.read(ch, false).description;
			}
			catch (UnreadableImageException e) {
				return null;
			}
		}
		if (name.endsWith(".ome.xml") || name.endsWith(".ome")) return new String(Files.readAllBytes(f),
			StandardCharsets.UTF_8);
		return null;
	}

	/**
	 * The shortcut's metadata maps to the same records as the general reading's, with the same files named; or the
	 * shortcut steps aside. Where the general reading fails, the shortcut must step aside.
	 */
	private static void assertSame(String xml) throws Exception {
		OMEXMLMetadataImpl plain = PlainOmeXml.read(xml);
		OMEXMLMetadataImpl general;
		try {
			general = OmeXml.parseByDom(xml);
		}
		catch (UnreadableImageException e) {
			assertNull(plain, "the shortcut read what the general reading refuses (" + e.getMessage() + "):\n" + xml);
			return;
		}
		if (plain == null) return;
		assertEquals(general.getImageCount(), plain.getImageCount(), xml);
		if (general.getImageCount() > 0) {
			assertEquals(ImageRecordMapper.toRecords(general, "f", "OME-TIFF"), ImageRecordMapper.toRecords(plain, "f",
				"OME-TIFF"), xml);
		}
		assertEquals(general.getUUID(), plain.getUUID(), xml);
		OME g = (OME) general.getRoot(), p = (OME) plain.getRoot();
		assertEquals(g.getBinaryOnly() == null, p.getBinaryOnly() == null, xml);
		if (g.getBinaryOnly() != null) {
			assertEquals(g.getBinaryOnly().getMetadataFile(), p.getBinaryOnly().getMetadataFile(), xml);
			assertEquals(g.getBinaryOnly().getUUID(), p.getBinaryOnly().getUUID(), xml);
		}
		for (int i = 0; i < general.getImageCount(); i++) {
			assertEquals(general.getTiffDataCount(i), plain.getTiffDataCount(i), xml);
			assertEquals(general.getPlaneCount(i), plain.getPlaneCount(i), xml);
			assertEquals(general.getPixelsDimensionOrder(i), plain.getPixelsDimensionOrder(i), xml);
			for (int t = 0; t < general.getTiffDataCount(i); t++) {
				assertEquals(general.getTiffDataIFD(i, t), plain.getTiffDataIFD(i, t), xml);
				assertEquals(general.getTiffDataPlaneCount(i, t), plain.getTiffDataPlaneCount(i, t), xml);
				assertEquals(general.getTiffDataFirstZ(i, t), plain.getTiffDataFirstZ(i, t), xml);
				var gu = g.getImage(i).getPixels().getTiffData(t).getUUID();
				var pu = p.getImage(i).getPixels().getTiffData(t).getUUID();
				assertEquals(gu == null, pu == null, xml);
				if (gu != null) {
					assertEquals(gu.getValue(), pu.getValue(), xml);
					assertEquals(gu.getFileName(), pu.getFileName(), xml);
				}
			}
		}
	}
}
