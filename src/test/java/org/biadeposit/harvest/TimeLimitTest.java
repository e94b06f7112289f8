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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 4: one pathological file must not stall a batch. A reader that hangs on a file (and does not heed
 * interrupts, as a reader stuck in native code or on a dead network share would not) costs that file an error line;
 * the harvest goes on and reads the others, with every thread it was given.
 */
class TimeLimitTest {

	/** Released after each test, so that the stuck readers' threads end. */
	private final CountDownLatch release = new CountDownLatch(1);

	@TempDir
	Path tmp;

	@AfterEach
	void releaseStuckReaders() {
		release.countDown();
	}

	/** Hangs on files named *.stuck until the test ends, deaf to interrupts. */
	private final MetadataReader hanging = new MetadataReader() {

		@Override
		public String format() {
			return "Hanging";
		}

		@Override
		public boolean accepts(FileProbe file) {
			return file.nameEndsWith(".stuck");
		}

		@Override
		public OmeMetadata read(FileProbe file) throws UnreadableImageException {
			while (release.getCount() > 0) {
				try {
					release.await();
				}
				catch (InterruptedException e) {
					// deaf to it, as a reader in native code would be
				}
			}
			throw new UnreadableImageException("released");
		}
	};

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS) // without the limit this test would hang: fail instead
	void aHangingFileBecomesAnErrorLineAndTheHarvestGoesOn() throws IOException {
		Path folder = Files.createDirectories(tmp.resolve("batch"));
		Files.writeString(folder.resolve("a.stuck"), "x");
		for (int i = 0; i < 6; i++) ExampleDataset.writeImageJTiff(folder.resolve("cell-" + i + ".tif"), 8, 6, 0.2);
		Files.writeString(folder.resolve("b.stuck"), "x");

		Map<String, HarvestedFile> out = new LinkedHashMap<>();
		// one thread: both hanging files must give their thread up for the TIFFs to be read at all
		HarvestRun run = new HarvestRun(harvester(), HarvestCache.none(), 1).timeLimit(Duration.ofMillis(300));
		HarvestRun.Summary summary = run.run(List.of(folder.toString()), h -> out.put(h.file(), h));

		assertEquals(List.of("a.stuck", "b.stuck", "cell-0.tif", "cell-1.tif", "cell-2.tif", "cell-3.tif",
			"cell-4.tif", "cell-5.tif"), new ArrayList<>(out.keySet()), "every file, in walk order");
		for (String stuck : List.of("a.stuck", "b.stuck")) {
			String error = out.get(stuck).error();
			assertNotNull(error, stuck);
			assertTrue(error.contains("time limit of 300 ms") && error.contains("--time-limit"), error);
		}
		for (int i = 0; i < 6; i++) {
			HarvestedFile tif = out.get("cell-" + i + ".tif");
			assertNull(tif.error(), tif.error());
			assertEquals(8, tif.records().get(0).sizeX());
		}
		assertEquals(2, summary.errors());
		assertEquals(6, summary.images());
	}

	@Test
	void aFileWithinTheLimitIsReadAsAlways() throws IOException {
		Path tif = tmp.resolve("cell.tif");
		ExampleDataset.writeImageJTiff(tif, 8, 6, 0.2);
		List<HarvestedFile> out = new ArrayList<>();
		new HarvestRun(harvester(), HarvestCache.none(), 2).timeLimit(Duration.ofSeconds(30)).run(List.of(tif
			.toString()), out::add);
		assertNull(out.get(0).error());
	}

	@Test
	void theLimitMustBePositive() {
		HarvestRun run = new HarvestRun(harvester(), HarvestCache.none(), 1);
		assertThrows(IllegalArgumentException.class, () -> run.timeLimit(Duration.ZERO));
		assertThrows(IllegalArgumentException.class, () -> run.timeLimit(Duration.ofSeconds(-1)));
		assertEquals(Duration.ofSeconds(60), HarvestRun.DEFAULT_TIME_LIMIT, "the documented default");
	}

	private Harvester harvester() {
		return new Harvester(List.of(hanging, new OmeTiffReader(), new ImageJTiffReader()));
	}
}
