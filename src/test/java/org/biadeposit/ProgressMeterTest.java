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
package org.biadeposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The one progress meter: its rate, its throttling, its counting from many threads. */
class ProgressMeterTest {

	@Test
	void rateAndTimeLeftFromASteadyUpload() {
		AtomicLong now = new AtomicLong();
		List<Progress> seen = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter(Progress.Step.UPLOAD, Progress.Unit.BYTES, 10_000_000, 2, seen::add, now::get, Duration.ofMillis(200));
		now.addAndGet(100_000_000);
		meter.addBytes(100_000, "a"); // 100 ms in: too early for a rate
		assertEquals(0, seen.get(0).rate());
		assertNull(seen.get(0).timeLeft());
		for (int i = 0; i < 20; i++) { // then 1 MB/s, reported every 250 ms
			now.addAndGet(250_000_000);
			meter.addBytes(250_000, "a");
		}
		Progress p = seen.get(seen.size() - 1);
		assertEquals(5_100_000, p.done());
		assertEquals(1_000_000, p.rate(), 60_000);
		assertEquals(4.9, p.timeLeft().toMillis() / 1000.0, 0.4);
		assertEquals("a", p.item());
	}

	@Test
	void reportsAreThrottledButFinishedFilesAlwaysReported() {
		AtomicLong now = new AtomicLong();
		List<Progress> seen = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter(Progress.Step.UPLOAD, Progress.Unit.BYTES, 1000, 2, seen::add, now::get, Duration.ofMillis(200));
		for (int i = 0; i < 100; i++) meter.addBytes(5, "a"); // no time passes: one report
		assertEquals(1, seen.size());
		meter.fileDone("a");
		meter.addBytes(500, "b");
		meter.fileDone("b");
		assertEquals(3, seen.size());
		Progress last = seen.get(2);
		assertTrue(last.complete());
		assertEquals(Duration.ZERO, last.timeLeft());
	}

	/** A harvest's files are counted with reports as throttled as found ones, and its end reported whole. */
	@Test
	void filesCountedAreReportedThrottledAndTheEndWhole() {
		AtomicLong now = new AtomicLong();
		List<Progress> seen = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter(Progress.Step.HARVEST, Progress.Unit.FILES, 0, 0, seen::add, now::get,
			Duration.ofMillis(200));
		for (int i = 0; i < 1000; i++) {
			meter.found("f" + i);
			meter.fileCounted("f" + i);
			if (i == 499) now.addAndGet(200_000_000);
		}
		assertEquals(2, seen.size(), "the first, and one after the interval: " + seen);
		assertEquals(501, seen.get(1).filesTotal(), "at the first file found once the interval had passed");
		Progress end = meter.finish();
		assertEquals(3, seen.size());
		assertEquals(end, seen.get(2));
		assertEquals(1000, end.filesDone());
		assertEquals(1000, end.filesTotal());
		assertTrue(end.complete());
	}

	@Test
	void manyThreadsCountExactlyAndTheListenerIsNeverCalledConcurrently() throws Exception {
		int threads = 8, files = 200, chunk = 1000, chunks = 50;
		AtomicInteger inside = new AtomicInteger();
		AtomicBoolean overlapped = new AtomicBoolean();
		List<Progress> seen = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter(Progress.Step.UPLOAD, Progress.Unit.BYTES, (long) files * chunk * chunks, files, p -> {
			if (inside.incrementAndGet() > 1) overlapped.set(true);
			seen.add(p);
			Thread.onSpinWait();
			inside.decrementAndGet();
		}, System::nanoTime, Duration.ZERO);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		for (int f = 0; f < files; f++) {
			String name = "f" + f;
			pool.submit(() -> {
				start.await();
				for (int c = 0; c < chunks; c++) meter.addBytes(chunk, name);
				meter.addBytes(-chunk, name); // a retry takes some back...
				meter.addBytes(chunk, name); // ...and sends it again
				meter.fileDone(name);
				return null;
			});
		}
		start.countDown();
		pool.shutdown();
		assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
		Progress last = meter.finish();
		assertEquals((long) files * chunk * chunks, last.done());
		assertEquals(files, last.filesDone());
		assertTrue(last.complete());
		assertTrue(!overlapped.get(), "listener calls overlapped");
	}
}
