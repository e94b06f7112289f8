package org.biadeposit.harvest.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.biadeposit.harvest.FileProbe;
import org.biadeposit.harvest.MetadataReader;
import org.biadeposit.harvest.ReaderContract;
import org.biadeposit.harvest.ReaderFuzzSeeds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The OME-Zarr reader on any JSON metadata. The first input byte chooses which file of a small store (an image, a
 * plate well and a bioformats2raw series, all valid) the rest replaces: see {@link ZarrFuzzSeeds#ZARR_TARGETS}.
 * Seeds: {@link ZarrFuzzSeeds}. Fuzz for real with {@code JAZZER_FUZZ=1 mvn test -Dtest=OmeZarrReaderFuzzTest}.
 */
class OmeZarrReaderFuzzTest {

	private static final List<MetadataReader> READERS = List.of(new OmeZarrReader());

	private static Path folder;
	private static Path store;

	@BeforeAll
	static void makeStore() throws IOException {
		folder = Files.createTempDirectory("zarr-fuzz");
		store = ZarrFuzzSeeds.zarrStore(folder.resolve("fuzz.zarr"));
	}

	@AfterAll
	static void removeStore() throws IOException {
		ReaderFuzzSeeds.delete(folder);
	}

	@FuzzTest(maxDuration = "60s")
	void readsAnyZarrMetadata(byte[] input) throws IOException {
		if (input.length == 0) return;
		Path target = store.resolve(ZarrFuzzSeeds.ZARR_TARGETS.get(Byte.toUnsignedInt(input[0]) %
			ZarrFuzzSeeds.ZARR_TARGETS.size()));
		boolean existed = Files.exists(target);
		byte[] original = existed ? Files.readAllBytes(target) : null;
		Files.write(target, Arrays.copyOfRange(input, 1, input.length));
		try {
			ReaderContract.holds(READERS, new FileProbe(store));
		}
		finally {
			if (existed) Files.write(target, original);
			else Files.delete(target);
		}
	}
}
