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

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.ReaderFuzzSeeds;
import org.biadeposit.harvest.SmallOmeXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seed corpus of {@link OmeZarrReaderFuzzTest} into {@code src/test/resources}: small valid metadata from
 * {@link SmallZarr}, hand-made mutations of it, and the regression inputs of issue 8 (deep nesting, absurd sizes,
 * paths leaving the store). Regenerate with {@code mvn -o test -Dtest=ZarrFuzzSeeds -Dbia.writeSeeds=true}; crashes
 * found by fuzzing are added by hand.
 */
class ZarrFuzzSeeds {

	/** The files of {@link #zarrStore} the Zarr fuzz input replaces, chosen by its first byte. */
	static final List<String> ZARR_TARGETS = List.of(".zattrs", "0/.zarray", "zarr.json", "A/1/.zattrs",
		"OME/.zattrs", "0/.zattrs");

	private static final Path RESOURCES = Path.of("src/test/resources/org/biadeposit/harvest/zarr");

	@Test
	@EnabledIfSystemProperty(named = "bia.writeSeeds", matches = "true")
	void write() throws IOException {
		ReaderFuzzSeeds.write(RESOURCES, "OmeZarrReaderFuzzTestInputs/readsAnyZarrMetadata", zarrSeeds());
	}

	static Map<String, byte[]> zarrSeeds() {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		String image = SmallZarr.imageAttributes(SmallZarr.CYX, "[1.0, 0.5, 0.5]");
		zarr(seeds, "image", ".zattrs", image);
		zarr(seeds, "image-ngff-0.1", ".zattrs", "{\"multiscales\": [{\"version\": \"0.1\", \"datasets\": " +
			"[{\"path\": \"0\"}]}]}");
		zarr(seeds, "image-omero", ".zattrs", image.substring(0, image.length() - 1) + ", \"omero\": " +
			"{\"channels\": [{\"label\": \"DAPI\"}, {\"label\": \"GFP\"}]}}");
		zarr(seeds, "image-bad-unit", ".zattrs", image.replace("micrometer", "furlong"));
		zarr(seeds, "plate", ".zattrs", "{\"plate\": {\"version\": \"0.4\", \"wells\": [{\"path\": \"A/1\"}]}}");
		zarr(seeds, "plate-repeated-well", ".zattrs", "{\"plate\": {\"wells\": [{\"path\": \"A/1\"}, " +
			"{\"path\": \"A/1\"}]}}");
		zarr(seeds, "plate-outside", ".zattrs", "{\"plate\": {\"wells\": [{\"path\": \"../A/1\"}]}}");
		zarr(seeds, "plate-nul-path", ".zattrs", "{\"plate\": {\"wells\": [{\"path\": \"A\\u0000/1\"}]}}");
		zarr(seeds, "bioformats2raw", ".zattrs", "{\"bioformats2raw.layout\": 3}");
		zarr(seeds, "well-only", ".zattrs", "{\"well\": {\"images\": [{\"path\": \"0\"}]}}");
		zarr(seeds, "deep", ".zattrs", "{\"multiscales\": " + "[".repeat(200) + "]".repeat(200) + "}");
		zarr(seeds, "array", "0/.zarray", SmallZarr.arrayMetadata("[2, 4, 3]", "[1, 4, 3]"));
		zarr(seeds, "array-max-channels", "0/.zarray", SmallZarr.arrayMetadata("[2147483647, 4, 3]",
			"[1, 4, 3]"));
		zarr(seeds, "array-negative", "0/.zarray", SmallZarr.arrayMetadata("[-1, 4, 3]", "[1, 4, 3]"));
		zarr(seeds, "array-4d", "0/.zarray", SmallZarr.arrayMetadata("[1, 2, 4, 3]", "[1, 1, 4, 3]"));
		zarr(seeds, "v3-group", "zarr.json", "{\"zarr_format\": 3, \"node_type\": \"group\", \"attributes\": " +
			"{\"ome\": {\"version\": \"0.5\", " + image.substring(1) + "}}");
		zarr(seeds, "v3-array-as-group", "zarr.json", "{\"zarr_format\": 3, \"node_type\": \"array\", " +
			"\"shape\": [4, 3], \"data_type\": \"uint8\"}");
		zarr(seeds, "well", "A/1/.zattrs", "{\"well\": {\"images\": [{\"path\": \"0\"}]}}");
		zarr(seeds, "well-repeated-field", "A/1/.zattrs", "{\"well\": {\"images\": [{\"path\": \"0\"}, " +
			"{\"path\": \"0\"}]}}");
		zarr(seeds, "series", "OME/.zattrs", "{\"series\": [\"0\"]}");
		zarr(seeds, "series-repeated", "OME/.zattrs", "{\"series\": [\"0\", \"0\"]}");
		zarr(seeds, "series-image", "0/.zattrs", image);
		return seeds;
	}

	/**
	 * The store the Zarr fuzz test changes one file of: an image (dataset "0"), a plate well A/1 with field 0, and
	 * the bioformats2raw series "0" with its OME/METADATA.ome.xml, each valid.
	 */
	static Path zarrStore(Path store) throws IOException {
		SmallZarr.write(store.resolve(".zgroup"), "{\"zarr_format\": 2}");
		String image = SmallZarr.imageAttributes(SmallZarr.CYX, "[1.0, 0.5, 0.5]");
		String array = SmallZarr.arrayMetadata("[2, 4, 3]", "[1, 4, 3]");
		SmallZarr.write(store.resolve(".zattrs"), image);
		SmallZarr.write(store.resolve("0/.zarray"), array);
		SmallZarr.write(store.resolve("0/.zattrs"), image);
		SmallZarr.write(store.resolve("0/0/.zarray"), array);
		SmallZarr.write(store.resolve("A/1/.zattrs"), "{\"well\": {\"images\": [{\"path\": \"0\"}]}}");
		SmallZarr.write(store.resolve("A/1/0/.zattrs"), image);
		SmallZarr.write(store.resolve("A/1/0/0/.zarray"), array);
		SmallZarr.write(store.resolve("OME/.zattrs"), "{\"series\": [\"0\"]}");
		SmallZarr.write(store.resolve("OME/METADATA.ome.xml"), SmallOmeXml.document("2016-06", "", "Axio"));
		return store;
	}

	private static void zarr(Map<String, byte[]> seeds, String name, String target, String json) {
		byte[] text = ReaderFuzzSeeds.utf8(json);
		byte[] seed = new byte[text.length + 1];
		seed[0] = (byte) ZARR_TARGETS.indexOf(target);
		System.arraycopy(text, 0, seed, 1, text.length);
		seeds.put(name, seed);
	}
}
