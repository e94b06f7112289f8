package org.biadeposit.biostudies;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Counts what the upload threads send and reports it to a {@link ProgressListener}: one report at a time, at most one
 * per interval (plus one for every finished file), with a smoothed rate (exponentially weighted, a few seconds'
 * memory) and the time left at that rate.
 * <p>
 * Counting is lock-free; reporting takes a lock, and a thread that finds another one reporting skips its report
 * rather than waiting (the next one will include its bytes).
 * </p>
 */
final class ProgressMeter {

	/** How long the rate remembers: samples older than a few of these weigh little. */
	private static final double SMOOTHING_SECONDS = 5;
	/** The rate is shown once this much sending has been seen. */
	private static final long FIRST_ESTIMATE_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);

	private final ProgressListener listener;
	private final LongSupplier clock;
	private final long intervalNanos;
	private final AtomicLong bytes = new AtomicLong();
	private final AtomicInteger files = new AtomicInteger();
	private final ReentrantLock lock = new ReentrantLock();
	private final long bytesTotal;
	private final int filesTotal;

	private volatile long lastReport;
	// guarded by lock
	private long sampleTime, sampleBytes;
	private double rate;
	private boolean rateKnown;

	ProgressMeter(long bytesTotal, int filesTotal, ProgressListener listener) {
		this(bytesTotal, filesTotal, listener, System::nanoTime, Duration.ofMillis(200));
	}

	ProgressMeter(long bytesTotal, int filesTotal, ProgressListener listener, LongSupplier nanoClock,
		Duration interval)
	{
		this.bytesTotal = bytesTotal;
		this.filesTotal = filesTotal;
		this.listener = listener == null ? ProgressListener.NONE : listener;
		this.clock = nanoClock;
		this.intervalNanos = interval.toNanos();
		long now = clock.getAsLong();
		this.sampleTime = now;
		this.lastReport = now - intervalNanos;
	}

	/** Bytes of {@code file} were sent; negative when a retried file starts again from zero. */
	void addBytes(long delta, String file) {
		bytes.addAndGet(delta);
		report(file, false);
	}

	/** A file was sent completely. Always reported. */
	void fileDone(String file) {
		files.incrementAndGet();
		report(file, true);
	}

	/** Passes a message on, in turn with the progress reports. */
	void message(String text) {
		lock.lock();
		try {
			listener.message(text);
		}
		finally {
			lock.unlock();
		}
	}

	/** The current state, reported now. */
	Progress finish() {
		return report(null, true);
	}

	long bytesDone() {
		return bytes.get();
	}

	private Progress report(String file, boolean always) {
		long now = clock.getAsLong();
		if (!always && now - lastReport < intervalNanos) return null;
		if (always) lock.lock();
		else if (!lock.tryLock()) return null;
		try {
			if (!always && now - lastReport < intervalNanos) return null;
			lastReport = now;
			long done = bytes.get();
			sample(now, done);
			Duration left = null;
			if (rateKnown && rate > 0) {
				left = Duration.ofMillis((long) Math.ceil(Math.max(0, bytesTotal - done) / rate * 1000));
			}
			else if (done >= bytesTotal && files.get() >= filesTotal) {
				left = Duration.ZERO;
			}
			Progress p = new Progress(done, bytesTotal, files.get(), filesTotal, rateKnown ? rate : 0, left, file);
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
		double current = Math.max(0, (done - sampleBytes) / seconds);
		if (rateKnown) rate += (1 - Math.exp(-seconds / SMOOTHING_SECONDS)) * (current - rate);
		else rate = current;
		rateKnown = true;
		sampleTime = now;
		sampleBytes = done;
	}
}
