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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seed corpora of the TIFF and OME-XML reader fuzz tests ({@link TiffReadersFuzzTest},
 * {@link OmeXmlReaderFuzzTest}; the OME-Zarr reader's are {@code zarr.ZarrFuzzSeeds}) into {@code src/test/resources}:
 * small valid files from {@link SmallTiff} and {@link SmallOmeXml}, hand-made mutations of them, and the regression inputs of issue 8
 * (DOCTYPEs, billion laughs, deep nesting, absurd sizes). Regenerate with
 * {@code mvn -o test -Dtest=ReaderFuzzSeeds -Dbia.writeSeeds=true}; crashes found by fuzzing are added by hand.
 */
public class ReaderFuzzSeeds {

	private static final Path RESOURCES = Path.of("src/test/resources/org/biadeposit/harvest");

	@Test
	@EnabledIfSystemProperty(named = "bia.writeSeeds", matches = "true")
	void write() throws IOException {
		write(RESOURCES, "TiffReadersFuzzTestInputs/readsAnyTiff", tiffSeeds());
		write(RESOURCES, "OmeXmlReaderFuzzTestInputs/readsAnyOmeXml", omeXmlSeeds());
	}

	static Map<String, byte[]> tiffSeeds() {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		seeds.put("plain", SmallTiff.bytes(4, 3, null));
		seeds.put("imagej-hyperstack", SmallTiff.bytes(4, 3, "ImageJ=1.54g\nimages=1\nchannels=1\nslices=1\n" +
			"frames=1\nunit=micron\nspacing=0.5\nfinterval=2\ntunit=ms\n"));
		seeds.put("imagej-bad-number", SmallTiff.bytes(4, 3, "ImageJ=1.54g\nimages=2147483647\nspacing=x\n"));
		seeds.put("ome-2016-06", SmallTiff.bytes(4, 3, SmallOmeXml.document("2016-06", "", "Axio")));
		seeds.put("ome-2008-09", SmallTiff.bytes(4, 3, SmallOmeXml.document("2008-09", "", "Axio")));
		seeds.put("ome-binary-only", SmallTiff.bytes(4, 3, SmallOmeXml.binaryOnly("set.companion.ome")));
		seeds.put("ome-binary-only-outside", SmallTiff.bytes(4, 3, SmallOmeXml.binaryOnly("/etc/hostname")));
		seeds.put("ome-doctype", SmallTiff.bytes(4, 3, SmallOmeXml.document("2008-09",
			"<!DOCTYPE OME SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n", "&leak;")));
		byte[] truncated = SmallTiff.bytes(4, 3, null);
		seeds.put("truncated", Arrays.copyOf(truncated, truncated.length - 5));
		// The ImageDescription claims 2 GiB in a file of a few hundred bytes.
		byte[] huge = SmallTiff.bytes(4, 3, "ImageJ=1.54g\n");
		ByteBuffer b = ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(8 + 2 + 5 * 12 + 4, Integer.MAX_VALUE - 16);
		seeds.put("description-2gib", huge);
		byte[] bigEndian = SmallTiff.bytes(4, 3, null);
		bigEndian[0] = 'M';
		bigEndian[1] = 'M';
		seeds.put("wrong-byte-order", bigEndian);
		return seeds;
	}

	static Map<String, byte[]> omeXmlSeeds() {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		for (String version : SmallOmeXml.VERSIONS) seeds.put("ome-" + version, utf8(SmallOmeXml.document(version,
			"", "Axio")));
		seeds.put("companion", utf8(SmallOmeXml.companion("a.ome.tif")));
		seeds.put("companion-missing-part", utf8(SmallOmeXml.companion("a.ome.tif", "missing.ome.tif")));
		seeds.put("companion-outside", utf8(SmallOmeXml.companion("../../etc/hostname")));
		seeds.put("binary-only", utf8(SmallOmeXml.binaryOnly("a.ome.tif")));
		seeds.put("doctype-file", utf8(SmallOmeXml.document("2010-06", "<!DOCTYPE OME SYSTEM " +
			"\"file:///nonexistent/evil.dtd\">\n", "&leak;")));
		seeds.put("doctype-web", utf8(SmallOmeXml.document("2012-06", "<!DOCTYPE OME SYSTEM " +
			"\"http://127.0.0.1:9/evil.dtd\">\n", "&leak;")));
		StringBuilder laughs = new StringBuilder("<!DOCTYPE OME [<!ENTITY a \"lol\">");
		for (char c = 'b'; c <= 'j'; c++) laughs.append("<!ENTITY ").append(c).append(" \"").append(("&" +
			(char) (c - 1) + ";").repeat(10)).append("\">");
		seeds.put("billion-laughs", utf8(SmallOmeXml.document("2008-09", laughs + "]>\n", "&j;")));
		seeds.put("deep", utf8(SmallOmeXml.document("2016-06", "", "Axio").replace("</OME>", "<x>".repeat(300) +
			"</x>".repeat(300) + "</OME>")));
		seeds.put("not-ome", utf8("<?xml version=\"1.0\"?><root/>"));
		seeds.put("latin-1", SmallOmeXml.document("2008-09", "", "Axiovert \u00e9").getBytes(
			StandardCharsets.ISO_8859_1));
		seeds.put("size-c-mismatch", utf8(SmallOmeXml.document("2016-06", "", "Axio").replace("SizeC=\"1\"",
			"SizeC=\"3\"")));
		seeds.put("no-pixels", utf8(SmallOmeXml.document("2016-06", "", "Axio").replaceAll("<Pixels.*</Pixels>",
			"")));
		return seeds;
	}

	public static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
		}
	}

	public static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	public static void write(Path resources, String folder, Map<String, byte[]> seeds) throws IOException {
		Path dir = Files.createDirectories(resources.resolve(folder));
		for (Map.Entry<String, byte[]> seed : seeds.entrySet()) Files.write(dir.resolve(seed.getKey()), seed
			.getValue());
	}
}
