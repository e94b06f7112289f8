package org.biadeposit.harvest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The OME-XML reader on any bytes, as an {@code .ome.xml} and as a companion beside one small TIFF. Seeds:
 * {@link ReaderFuzzSeeds}. Fuzz for real with {@code JAZZER_FUZZ=1 mvn test -Dtest=OmeXmlReaderFuzzTest}.
 */
class OmeXmlReaderFuzzTest {

	private static final List<MetadataReader> READERS = List.of(new OmeXmlReader());

	private static Path folder;

	@BeforeAll
	static void makeFolder() throws IOException {
		folder = Files.createTempDirectory("ome-xml-fuzz");
		SmallTiff.write(folder.resolve("a.ome.tif"), 4, 3, SmallOmeXml.binaryOnly("fuzz.companion.ome"));
	}

	@AfterAll
	static void removeFolder() throws IOException {
		ReaderFuzzSeeds.delete(folder);
	}

	@FuzzTest(maxDuration = "60s")
	void readsAnyOmeXml(byte[] input) throws IOException {
		ReaderContract.holds(READERS, new FileProbe(Files.write(folder.resolve("fuzz.ome.xml"), input)));
		ReaderContract.holds(READERS, new FileProbe(Files.write(folder.resolve("fuzz.companion.ome"), input)));
	}
}
