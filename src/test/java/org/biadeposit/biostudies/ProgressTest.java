package org.biadeposit.biostudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

class ProgressTest {

	@Test
	void rateAndTimeLeftFromASteadyUpload() {
		AtomicLong now = new AtomicLong();
		List<Progress> seen = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter(10_000_000, 2, seen::add, now::get, Duration.ofMillis(200));
		now.addAndGet(100_000_000);
		meter.addBytes(100_000, "a"); // 100 ms in: too early for a rate
		assertEquals(0, seen.get(0).bytesPerSecond());
		assertNull(seen.get(0).timeLeft());
		for (int i = 0; i < 20; i++) { // then 1 MB/s, reported every 250 ms
			now.addAndGet(250_000_000);
			meter.addBytes(250_000, "a");
		}
		Progress p = seen.get(seen.size() - 1);
		assertEquals(5_100_000, p.bytesDone());
		assertEquals(1_000_000, p.bytesPerSecond(), 60_000);
		assertEquals(4.9, p.timeLeft().toMillis() / 1000.0, 0.4);
		assertEquals("a", p.file());
	}

	@Test
	void reportsAreThrottledButFinishedFilesAlwaysReported() {
		AtomicLong now = new AtomicLong();
		List<Progress> seen = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter(1000, 2, seen::add, now::get, Duration.ofMillis(200));
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

	@Test
	void manyThreadsCountExactlyAndTheListenerIsNeverCalledConcurrently() throws Exception {
		int threads = 8, files = 200, chunk = 1000, chunks = 50;
		AtomicInteger inside = new AtomicInteger();
		AtomicBoolean overlapped = new AtomicBoolean();
		List<Progress> seen = new ArrayList<>();
		ProgressMeter meter = new ProgressMeter((long) files * chunk * chunks, files, p -> {
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
		assertEquals((long) files * chunk * chunks, last.bytesDone());
		assertEquals(files, last.filesDone());
		assertTrue(last.complete());
		assertTrue(!overlapped.get(), "listener calls overlapped");
	}

	@Test
	void plainLinesWhenNotATerminal() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		ProgressBar bar = new ProgressBar(out, false, Duration.ZERO);
		bar.message("sending 2 files (3.0 MB)");
		bar.progress(new Progress(1_500_000, 3_000_000, 1, 2, 250_000, Duration.ofSeconds(6), "a"));
		bar.progress(new Progress(3_000_000, 3_000_000, 2, 2, 250_000, Duration.ZERO, "b"));
		bar.progress(new Progress(3_000_000, 3_000_000, 2, 2, 250_000, Duration.ZERO, null));
		assertEquals(String.join("\n", //
			"sending 2 files (3.0 MB)", //
			"[############............]  50%  1.5 MB of 3.0 MB  1/2 files  250.0 kB/s  6 s left", //
			"[########################] 100%  3.0 MB of 3.0 MB  2/2 files  250.0 kB/s", //
			""), bytes.toString(StandardCharsets.UTF_8));
	}

	@Test
	void oneLineRedrawnOnATerminalWithMessagesAbove() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
		bar.progress(new Progress(0, 100, 0, 1, 0, null, null));
		bar.message("hello");
		bar.progress(new Progress(100, 100, 1, 1, 0, Duration.ZERO, null));
		String text = bytes.toString(StandardCharsets.UTF_8);
		String empty = "[........................]   0%  0 B of 100 B  0/1 files";
		assertEquals("\r" + empty + "\r" + " ".repeat(empty.length()) + "\rhello\n" + empty +
			"\r[########################] 100%  100 B of 100 B  1/1 files\n", text);
	}

	@Test
	void sizesAndDurationsForPeople() {
		assertEquals("999 B", ProgressBar.bytes(999));
		assertEquals("1.0 kB", ProgressBar.bytes(1000));
		assertEquals("21.5 GB", ProgressBar.bytes(21_474_836_480L));
		assertEquals("0 s", ProgressBar.duration(Duration.ZERO));
		assertEquals("3 min 05 s", ProgressBar.duration(Duration.ofSeconds(185)));
		assertEquals("2 h 10 min", ProgressBar.duration(Duration.ofMinutes(130)));
	}
}
