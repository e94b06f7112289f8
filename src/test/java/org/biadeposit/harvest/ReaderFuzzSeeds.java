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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the seed corpora of the reader fuzz tests ({@link TiffReadersFuzzTest}, {@link OmeXmlReaderFuzzTest},
 * {@link OmeZarrReaderFuzzTest}) into {@code src/test/resources}: small valid files from {@link SmallTiff},
 * {@link SmallOmeXml} and {@link SmallZarr}, hand-made mutations of them, and the regression inputs of issue 8
 * (DOCTYPEs, billion laughs, deep nesting, absurd sizes). Regenerate with
 * {@code mvn -o test -Dtest=ReaderFuzzSeeds -Dbia.writeSeeds=true}; crashes found by fuzzing are added by hand.
 */
class ReaderFuzzSeeds {

	/** The files of {@link #zarrStore} the Zarr fuzz input replaces, chosen by its first byte. */
	static final List<String> ZARR_TARGETS = List.of(".zattrs", "0/.zarray", "zarr.json", "A/1/.zattrs",
		"OME/.zattrs", "0/.zattrs");

	private static final Path RESOURCES = Path.of("src/test/resources/org/biadeposit/harvest");

	@Test
	@EnabledIfSystemProperty(named = "bia.writeSeeds", matches = "true")
	void write() throws IOException {
		write("TiffReadersFuzzTestInputs/readsAnyTiff", tiffSeeds());
		write("OmeXmlReaderFuzzTestInputs/readsAnyOmeXml", omeXmlSeeds());
		write("OmeZarrReaderFuzzTestInputs/readsAnyZarrMetadata", zarrSeeds());
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

	static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
		}
	}

	private static void zarr(Map<String, byte[]> seeds, String name, String target, String json) {
		byte[] text = utf8(json);
		byte[] seed = new byte[text.length + 1];
		seed[0] = (byte) ZARR_TARGETS.indexOf(target);
		System.arraycopy(text, 0, seed, 1, text.length);
		seeds.put(name, seed);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void write(String folder, Map<String, byte[]> seeds) throws IOException {
		Path dir = Files.createDirectories(RESOURCES.resolve(folder));
		for (Map.Entry<String, byte[]> seed : seeds.entrySet()) Files.write(dir.resolve(seed.getKey()), seed
			.getValue());
	}
}
