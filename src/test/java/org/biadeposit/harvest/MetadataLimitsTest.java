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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.harvest.zarr.OmeZarrReader;
import org.biadeposit.harvest.zarr.SmallZarr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8, item 10: sizes a file declares are checked before anything is allocated or looped over by them, and every
 * metadata read is bounded, so that a crafted file gives a clear error at once, never an OutOfMemoryError or a
 * StackOverflowError. Large inputs are sparse files: nothing here writes gigabytes.
 */
class MetadataLimitsTest {

	private static final long TWO_GIB = 2L << 30;

	private final Harvester harvester = new Harvester(List.of(new OmeXmlReader(), new OmeTiffReader(),
		new OmeZarrReader(), new ImageJTiffReader()));

	@TempDir
	Path tmp;

	private HarvestedFile harvest(Path file) {
		return harvester.harvest(new FileProbe(file));
	}

	private static Path sparse(Path file, long length) throws IOException {
		Files.createDirectories(file.getParent());
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			f.setLength(length);
		}
		return file;
	}

	private static void assertRefusedAsTooLarge(HarvestedFile result, String file) {
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains(file), result.error());
		assertTrue(result.error().contains("64 MiB"), result.error());
	}

	// --- declared sizes ---

	@ParameterizedTest
	@ValueSource(ints = { Integer.MAX_VALUE, 100_001 })
	void aZarrArrayDeclaringAbsurdlyManyChannelsIsRefusedAtOnce(int channels) throws IOException {
		Path store = SmallZarr.image(tmp.resolve("channels.zarr"), "[" + channels + ", 4, 3]", "[1, 4, 3]");
		HarvestedFile result = harvest(store);
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains("channels.zarr/0/.zarray"), result.error());
		assertTrue(result.error().contains(String.valueOf(channels)), result.error());
		assertTrue(result.error().contains("100000 channels"), result.error());
	}

	@Test
	void manyChannelsWithinTheLimitAreDescribed() throws IOException {
		Path store = SmallZarr.image(tmp.resolve("channels.zarr"), "[1000, 4, 3]", "[1, 4, 3]");
		HarvestedFile result = harvest(store);
		assertNull(result.error());
		assertEquals(1000, result.records().get(0).sizeC());
		assertEquals(1000, result.records().get(0).channels().size());
	}

	@Test
	void aPlateListingOneWellOverAndOverIsRefused() throws IOException {
		Path store = tmp.resolve("plate.zarr");
		String well = "{\"path\": \"A/1\", \"rowIndex\": 0, \"columnIndex\": 0}";
		SmallZarr.write(store.resolve(".zattrs"), "{\"plate\": {\"version\": \"0.4\", \"rows\": [{\"name\": \"A\"}]," +
			" \"columns\": [{\"name\": \"1\"}], \"wells\": [" + String.join(", ", List.of(well, well, well)) + "]}}");
		SmallZarr.write(store.resolve("A/1/.zattrs"), "{\"well\": {\"images\": [{\"path\": \"0\"}]}}");
		SmallZarr.image(store.resolve("A/1/0"), "[1, 4, 3]", "[1, 4, 3]");
		HarvestedFile result = harvest(store);
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains("\"A/1\" more than once"), result.error());

		SmallZarr.write(store.resolve(".zattrs"), "{\"plate\": {\"version\": \"0.4\", \"wells\": [" + well + "]}}");
		SmallZarr.write(store.resolve("A/1/.zattrs"), "{\"well\": {\"images\": [{\"path\": \"0\"}, {\"path\": \"0\"}]}}");
		result = harvest(store);
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains("\"0\" more than once"), result.error());
	}

	@Test
	void aBioformats2rawSeriesListRepeatingASeriesIsRefused() throws IOException {
		Path store = tmp.resolve("b2r.zarr");
		SmallZarr.write(store.resolve(".zattrs"), "{\"bioformats2raw.layout\": 3}");
		SmallZarr.write(store.resolve("OME/.zattrs"), "{\"series\": [\"0\", \"0\", \"0\"]}");
		SmallZarr.image(store.resolve("0"), "[1, 4, 3]", "[1, 4, 3]");
		HarvestedFile result = harvest(store);
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains("\"0\" more than once"), result.error());
	}

	// --- bounded metadata reads ---

	@ParameterizedTest
	@ValueSource(strings = { ".zattrs", "0/.zarray" })
	void zarrMetadataOverTwoGigabytesIsRefusedWithoutReadingIt(String file) throws IOException {
		Path store = SmallZarr.image(tmp.resolve("big.zarr"), "[1, 4, 3]", "[1, 4, 3]");
		sparse(store.resolve(file), TWO_GIB + 1);
		assertRefusedAsTooLarge(harvest(store), "big.zarr/" + file);
	}

	@Test
	void zarrV3MetadataJustOverTheLimitIsRefused() throws IOException {
		Path store = tmp.resolve("big3.zarr");
		sparse(store.resolve("zarr.json"), (64L << 20) + 1);
		assertRefusedAsTooLarge(harvest(store), "big3.zarr/zarr.json");
	}

	@Test
	void aZarrStoresOmeXmlOverTwoGigabytesIsRefused() throws IOException {
		Path store = tmp.resolve("b2r.zarr");
		SmallZarr.write(store.resolve(".zattrs"), "{\"bioformats2raw.layout\": 3}");
		SmallZarr.image(store.resolve("0"), "[1, 4, 3]", "[1, 4, 3]");
		sparse(store.resolve("OME/METADATA.ome.xml"), TWO_GIB + 1);
		assertRefusedAsTooLarge(harvest(store), "b2r.zarr/OME/METADATA.ome.xml");
	}

	@ParameterizedTest
	@ValueSource(strings = { "big.ome.xml", "big.companion.ome" })
	void anOmeXmlFileOverTwoGigabytesIsRefused(String name) throws IOException {
		assertRefusedAsTooLarge(harvest(sparse(tmp.resolve(name), TWO_GIB + 1)), name);
	}

	@Test
	void aTiffDescriptionOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
		// One IFD whose ImageDescription claims 2 GiB of text at byte 4096 of a sparse 3 GiB file.
		Path tiff = sparse(tmp.resolve("big.ome.tif"), 3L << 30);
		ByteBuffer b = ByteBuffer.allocate(8 + 2 + 12 * 3 + 4).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 3);
		b.putShort((short) 256).putShort((short) 4).putInt(1).putInt(4);
		b.putShort((short) 257).putShort((short) 4).putInt(1).putInt(3);
		b.putShort((short) 270).putShort((short) 2).putInt(Integer.MAX_VALUE - 16).putInt(4096);
		b.putInt(0);
		try (RandomAccessFile f = new RandomAccessFile(tiff.toFile(), "rw")) {
			f.write(b.array());
		}
		HarvestedFile result = harvest(tiff);
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains("ImageDescription"), result.error());
		assertTrue(result.error().contains("64 MiB"), result.error());
	}

	// --- deep nesting ---

	@Test
	void deeplyNestedZarrMetadataGivesAClearError() throws IOException {
		Path store = SmallZarr.image(tmp.resolve("deep.zarr"), "[1, 4, 3]", "[1, 4, 3]");
		SmallZarr.write(store.resolve(".zattrs"), "{\"multiscales\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}");
		HarvestedFile result = harvest(store);
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains("deep.zarr/.zattrs"), result.error());
		assertTrue(result.error().contains("nested"), result.error());
		assertFalse(result.error().contains("StreamReadConstraints"), result.error());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2008-09", "2016-06" })
	void deeplyNestedXmlGivesAClearError(String version) throws IOException {
		String deep = "<Description>" + "<x>".repeat(20_000) + "</x>".repeat(20_000) + "</Description>";
		String xml = SmallOmeXml.document(version, "", "Axio").replace("</OME>", deep + "</OME>");
		HarvestedFile result = harvest(Files.writeString(tmp.resolve("deep.ome.xml"), xml));
		assertTrue(result.hasError(), result.toString());
		assertTrue(result.error().contains("depth"), result.error());
		assertTrue(result.error().contains("line 5"), result.error());
		assertFalse(result.error().contains("JAXP"), result.error());
	}
}
