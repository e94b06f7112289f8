package org.biadeposit.harvest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The TIFF readers (OME-TIFF, ImageJ/plain TIFF) on any bytes. Seeds: {@link ReaderFuzzSeeds}. Fuzz for real with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=TiffReadersFuzzTest}.
 */
class TiffReadersFuzzTest {

	private static final List<MetadataReader> READERS = List.of(new OmeTiffReader(), new ImageJTiffReader());

	private static Path folder;

	@BeforeAll
	static void makeFolder() throws IOException {
		folder = Files.createTempDirectory("tiff-fuzz");
	}

	@AfterAll
	static void removeFolder() throws IOException {
		ReaderFuzzSeeds.delete(folder);
	}

	@FuzzTest(maxDuration = "60s")
	void readsAnyTiff(byte[] input) throws IOException {
		Path file = Files.write(folder.resolve("fuzz.ome.tif"), input);
		ReaderContract.holds(READERS, new FileProbe(file));
	}
}
