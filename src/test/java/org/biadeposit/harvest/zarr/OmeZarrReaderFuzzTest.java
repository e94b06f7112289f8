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
