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

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Counts what worker threads do (bytes sent, files read) and reports it to a {@link ProgressListener}: one report at
 * a time, at most one per interval (plus one for every finished file), with a smoothed rate (exponentially weighted,
 * a few seconds' memory) and the time left at that rate.
 * <p>
 * Counting is lock-free; reporting takes a lock, and a thread that finds another one reporting skips its report
 * rather than waiting (the next one will include its count).
 * </p>
 */
public final class ProgressMeter {

	/** How long the rate remembers: samples older than a few of these weigh little. */
	private static final double SMOOTHING_SECONDS = 5;
	/** The rate is shown once this much work has been seen. */
	private static final long FIRST_ESTIMATE_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);

	private final Progress.Step step;
	private final Progress.Unit unit;
	private final ProgressListener listener;
	private final LongSupplier clock;
	private final long intervalNanos;
	private final AtomicLong bytes = new AtomicLong();
	private final AtomicInteger files = new AtomicInteger();
	private final ReentrantLock lock = new ReentrantLock();
	private final long bytesTotal;
	private final AtomicInteger filesTotal = new AtomicInteger();

	private volatile long lastReport;
	// guarded by lock
	private long sampleTime, sampleDone;
	private double rate;
	private boolean rateKnown;

	/** A meter of bytes: {@code bytesTotal} bytes in {@code filesTotal} files. */
	public static ProgressMeter bytes(Progress.Step step, long bytesTotal, int filesTotal, ProgressListener listener) {
		return new ProgressMeter(step, Progress.Unit.BYTES, bytesTotal, filesTotal, listener, System::nanoTime,
			Duration.ofMillis(200));
	}

	/** A meter of files, whose total grows with {@link #found}. */
	public static ProgressMeter files(Progress.Step step, ProgressListener listener) {
		return new ProgressMeter(step, Progress.Unit.FILES, 0, 0, listener, System::nanoTime, Duration.ofMillis(200));
	}

	ProgressMeter(Progress.Step step, Progress.Unit unit, long bytesTotal, int filesTotal, ProgressListener listener,
		LongSupplier nanoClock, Duration interval)
	{
		this.step = step;
		this.unit = unit;
		this.bytesTotal = bytesTotal;
		this.filesTotal.set(filesTotal);
		this.listener = listener == null ? ProgressListener.NONE : listener;
		this.clock = nanoClock;
		this.intervalNanos = interval.toNanos();
		long now = clock.getAsLong();
		this.sampleTime = now;
		this.lastReport = now - intervalNanos;
	}

	/** Bytes of {@code item} were done; negative when a retried file starts again from zero. */
	public void addBytes(long delta, String item) {
		bytes.addAndGet(delta);
		report(item, false);
	}

	/** One more file found (the total grows). Reported at most once per interval. */
	public void found(String item) {
		filesTotal.incrementAndGet();
		report(item, false);
	}

	/** A file was done completely. Always reported. */
	public void fileDone(String item) {
		files.incrementAndGet();
		report(item, true);
	}

	/**
	 * A file was done, reported at most once per interval as found files are: for work of many small files (a
	 * harvest's), where a report per file costs more than the file. {@link #finish} reports the last state.
	 */
	public void fileCounted(String item) {
		files.incrementAndGet();
		report(item, false);
	}

	/** Passes a message on, in turn with the progress reports. */
	public void message(String text) {
		lock.lock();
		try {
			listener.message(text);
		}
		finally {
			lock.unlock();
		}
	}

	/** The current state, reported now. */
	public Progress finish() {
		return report(null, true);
	}

	/** Bytes done so far. */
	public long bytesDone() {
		return bytes.get();
	}

	private Progress report(String item, boolean always) {
		long now = clock.getAsLong();
		if (!always && now - lastReport < intervalNanos) return null;
		if (always) lock.lock();
		else if (!lock.tryLock()) return null;
		try {
			if (!always && now - lastReport < intervalNanos) return null;
			lastReport = now;
			int filesDone = files.get(), filesAll = filesTotal.get();
			long done = unit == Progress.Unit.BYTES ? bytes.get() : filesDone;
			long total = unit == Progress.Unit.BYTES ? bytesTotal : filesAll;
			sample(now, done);
			Duration left = null;
			if (rateKnown && rate > 0) {
				left = Duration.ofMillis((long) Math.ceil(Math.max(0, total - done) / rate * 1000));
			}
			else if (done >= total && filesDone >= filesAll) {
				left = Duration.ZERO;
			}
			Progress p = new Progress(step, unit, done, total, filesDone, filesAll, rateKnown ? rate : 0, left, item);
			listener.progress(p);
			return p;
		}
		finally {
			lock.unlock();
		}
	}

	private void sample(long now, long done) {
		long elapsed = now - sampleTime;
		if (elapsed < (rateKnown ? intervalNanos / 4 : FIRST_ESTIMATE_NANOS)) return;
		double seconds = elapsed / 1e9;
		double current = Math.max(0, (done - sampleDone) / seconds);
		if (rateKnown) rate += (1 - Math.exp(-seconds / SMOOTHING_SECONDS)) * (current - rate);
		else rate = current;
		rateKnown = true;
		sampleTime = now;
		sampleDone = done;
	}
}
