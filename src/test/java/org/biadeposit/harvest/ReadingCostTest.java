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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Issue 11 §4: the first harvest reads each file with as little work as it can, without losing anything a record
 * says. What is counted here, not timed: exceptions thrown on the way (each fills a stack trace), the kind of tree
 * the XML parser builds, and that the unit repair, which runs on every document, still names the element it drops
 * a value from.
 */
class ReadingCostTest {

	@TempDir
	Path tmp;

	@Test
	void aSingleFileOmeTiffIsReadWithoutThrowingAnything() throws Exception {
		Path jfr = tmp.resolve("thrown.jfr");
		harvestSecondOmeTiff(jfr, r -> r.enable("jdk.JavaExceptionThrow").withStackTrace());
		List<String> ours = RecordingFile.readAllEvents(jfr).stream().filter(e -> e.getEventType().getName().equals(
			"jdk.JavaExceptionThrow") && thrownInHarvest(e)).map(ReadingCostTest::describe).collect(Collectors
				.toList());
		assertEquals(List.of(), ours, "exceptions thrown while reading a well-formed single-file OME-TIFF");
	}

	/**
	 * Writes two OME-TIFFs and harvests them, the second while JFR records: the first loads the classes (a class
	 * loader throws while it looks for a class), the second is counted.
	 *
	 * @return the second file
	 */
	private Path harvestSecondOmeTiff(Path jfr, java.util.function.Consumer<Recording> events) throws Exception {
		Harvester harvester = new Harvester(List.of(new OmeTiffReader(), new OmeXmlReader(), new ImageJTiffReader()));
		Path first = tmp.resolve("first.ome.tif"), second = tmp.resolve("second.ome.tif");
		ExampleDataset.writeOmeTiff(first);
		ExampleDataset.writeOmeTiff(second);
		assertNull(harvester.harvest(new FileProbe(first)).error());
		HarvestedFile read;
		try (Recording recording = new Recording()) {
			events.accept(recording);
			recording.start();
			read = harvester.harvest(new FileProbe(second));
			recording.stop();
			recording.dump(jfr);
		}
		assertNull(read.error());
		assertEquals(1, read.records().size());
		return second;
	}

	private static boolean thrownInHarvest(RecordedEvent e) {
		return e.getStackTrace() != null && e.getStackTrace().getFrames().stream().anyMatch(f -> f.getMethod()
			.getType().getName().startsWith("org.biadeposit.harvest."));
	}

	private static String describe(RecordedEvent e) {
		return e.getClass("thrownClass").getName() + " from " + e.getStackTrace().getFrames().stream().limit(8).map(
			ReadingCostTest::frame).collect(Collectors.joining(" < "));
	}

	private static String frame(RecordedFrame f) {
		return f.getMethod().getType().getName() + "." + f.getMethod().getName();
	}

	@Test
	void aSmallOmeTiffIsReadOnceForTheHeadTheDirectoryAndTheDescription() throws Exception {
		Path jfr = tmp.resolve("reads.jfr");
		Path second = harvestSecondOmeTiff(jfr, r -> r.enable("jdk.FileRead").withThreshold(java.time.Duration.ZERO));
		List<Long> reads = RecordingFile.readAllEvents(jfr).stream().filter(e -> e.getEventType().getName().equals(
			"jdk.FileRead") && second.toString().equals(e.getString("path"))).map(e -> e.getLong("bytesRead"))
			.collect(Collectors.toList());
		long size = java.nio.file.Files.size(second);
		assertEquals(List.of(Math.min(size, 8192)), reads, "reads of a " + size + "-byte OME-TIFF");
	}

	@Test
	void theXmlTreeIsBuiltWhileParsingNotDeferred() throws Exception {
		// Every reader walks the whole tree; a deferred tree is built a second time on that walk.
		assertNotEquals("DeferredDocumentImpl", UntrustedXml.parse("<OME><Image/></OME>").getClass()
			.getSimpleName());
	}

	@Test
	void aDroppedUnitIsNamedByItsElementAmongSiblingsAndEachValueIsJudgedOnItsOwn() throws Exception {
		String xml = "<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\"><Image ID=\"Image:0\">" +
			"<Pixels ID=\"Pixels:0\" DimensionOrder=\"XYZCT\" Type=\"uint8\" SizeX=\"4\" SizeY=\"3\" SizeZ=\"1\" " +
			"SizeC=\"2\" SizeT=\"1\"><Channel ID=\"Channel:0:0\" EmissionWavelength=\"450\" " +
			"EmissionWavelengthUnit=\"nm\"/><TiffData/><Channel ID=\"Channel:0:1\" EmissionWavelength=\"520\" " +
			"EmissionWavelengthUnit=\"nanometres\"/></Pixels></Image></OME>";
		// twice: the second document is judged from the answers the first one left behind
		for (int i = 0; i < 2; i++) {
			Element root = UntrustedXml.parse(xml).getDocumentElement();
			List<ImageRecord.Warning> dropped = LenientOmeXml.repairUnits(root, "f.ome.xml");
			assertEquals(1, dropped.size(), dropped.toString());
			assertEquals("OME/Image[0]/Pixels[0]/Channel[1]/@EmissionWavelengthUnit", dropped.get(0).element());
			assertEquals("nanometres", dropped.get(0).value());
			Element channels = (Element) root.getElementsByTagName("Channel").item(1);
			assertEquals("", channels.getAttribute("EmissionWavelength"), "the value goes with its unknown unit");
			assertEquals("nm", ((Element) root.getElementsByTagName("Channel").item(0)).getAttribute(
				"EmissionWavelengthUnit"), "the known unit stays");
		}
	}
}
