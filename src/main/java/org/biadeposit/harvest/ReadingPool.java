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

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads a harvest reads files with, each read limited in time. A read that takes longer than the limit
 * (counted from when a thread started it, not from when it was queued) is given up: its thread is interrupted, and
 * since a reader stuck in native code or on a dead network share may not heed that, a new thread takes its place, so
 * one pathological file costs one error line and not the pool.
 */
final class ReadingPool {

	/** A read under way: its result to come, and when a thread started it (0: not yet). */
	record Reading<T>(Future<T> future, AtomicLong started) {}

	private final ThreadPoolExecutor pool;

	ReadingPool(int threads) {
		pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
			Thread t = new Thread(r, "bia-harvest");
			t.setDaemon(true);
			return t;
		});
	}

	<T> Reading<T> submit(Callable<T> read) {
		AtomicLong started = new AtomicLong();
		return new Reading<>(pool.submit(() -> {
			started.set(System.nanoTime());
			return read.call();
		}), started);
	}

	/**
	 * The result, waiting at most {@code limit} from when a thread started the read.
	 *
	 * @throws TimeoutException when the read took longer; it has been given up and its thread replaced
	 */
	<T> T await(Reading<T> r, Duration limit) throws InterruptedException, ExecutionException, TimeoutException {
		long nanos = limit.toNanos();
		while (true) {
			long started = r.started().get();
			long wait = started == 0 ? TimeUnit.MILLISECONDS.toNanos(100) : started + nanos - System.nanoTime();
			if (started != 0 && wait <= 0 && !r.future().isDone()) {
				r.future().cancel(true);
				pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
				pool.setCorePoolSize(pool.getCorePoolSize() + 1);
				throw new TimeoutException();
			}
			try {
				return r.future().get(Math.max(0, wait), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException e) {
				// not started yet, or started and still within its time: look again
			}
		}
	}

	void shutdownNow() {
		pool.shutdownNow();
	}
}
