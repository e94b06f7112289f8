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
package org.biadeposit.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults the sandbox injects on purpose, so that tests can see how a client copes with a failing server. Thread-safe;
 * change it while requests are running. Every request counts, whatever its path, including requests that fail.
 * <ul>
 * <li>{@link #failRequest(int, int)}: the n-th request from now is answered with that status (e.g. 503) and the JSON
 * body {@code {"message":"…"}}, without being processed. Its request body is read to the end first, so the client
 * always gets to read the answer.</li>
 * <li>{@link #resetUploadAfter(long)}: the next upload ({@code POST /files/user/…}) reads that many body bytes and then
 * closes the connection without any HTTP response; the client sees a connection reset. The part being received is
 * thrown away, so no file appears under its final name; parts finished before stay. The fault is used up by that
 * upload even when its body is shorter.</li>
 * <li>{@link #resetFtpUploadAfter(long)}: the next upload over the FTP endpoint (STOR or APPE) stores that many bytes,
 * then the server closes its data connection and answers 426/551; the bytes received stay in the file, so REST can
 * resume it.</li>
 * <li>{@link #delay(Duration)}: every request waits that long before it is handled.</li>
 * </ul>
 */
public final class Faults {

	private final AtomicLong requests = new AtomicLong();
	private final ConcurrentMap<Long, Integer> failures = new ConcurrentHashMap<>();
	private final AtomicLong uploadReset = new AtomicLong(-1);
	private final AtomicLong ftpUploadReset = new AtomicLong(-1);
	private volatile Duration delay = Duration.ZERO;
	private volatile long ftpBytesPerSecond;
	private final AtomicInteger failuresInjected = new AtomicInteger();
	private final AtomicInteger resetsInjected = new AtomicInteger();

	Faults() {}

	/**
	 * Answers the n-th request from now (1 = the next one) with {@code status}. Call it several times to fail several
	 * requests.
	 */
	public Faults failRequest(int n, int status) {
		if (n < 1) throw new IllegalArgumentException("n counts from 1 (the next request), not " + n);
		if (status < 100 || status > 599) throw new IllegalArgumentException("not an HTTP status: " + status);
		failures.put(requests.get() + n, status);
		return this;
	}

	/** Fails the next {@code count} requests in a row with {@code status}. */
	public Faults failNextRequests(int count, int status) {
		for (int n = 1; n <= count; n++) failRequest(n, status);
		return this;
	}

	/** Closes the connection of the next upload after {@code bytes} bytes of its body were received. */
	public Faults resetUploadAfter(long bytes) {
		if (bytes < 0) throw new IllegalArgumentException("bytes must not be negative: " + bytes);
		uploadReset.set(bytes);
		return this;
	}

	/** Closes the data connection of the next FTP upload after {@code bytes} bytes were stored. */
	public Faults resetFtpUploadAfter(long bytes) {
		if (bytes < 0) throw new IllegalArgumentException("bytes must not be negative: " + bytes);
		ftpUploadReset.set(bytes);
		return this;
	}

	/**
	 * Stores FTP uploads at most this fast (bytes per second; 0 stops that), so that a client can be stopped in the
	 * middle of a file.
	 */
	public Faults throttleFtpUploads(long bytesPerSecond) {
		if (bytesPerSecond < 0) throw new IllegalArgumentException("a rate cannot be negative: " + bytesPerSecond);
		this.ftpBytesPerSecond = bytesPerSecond;
		return this;
	}

	/** Makes every request wait {@code delay} before it is handled; {@link Duration#ZERO} stops that. */
	public Faults delay(Duration delay) {
		Objects.requireNonNull(delay, "delay");
		if (delay.isNegative()) throw new IllegalArgumentException("a delay cannot be negative: " + delay);
		this.delay = delay;
		return this;
	}

	/** Forgets every fault not injected yet, the delay and the throttle. */
	public Faults clear() {
		ftpBytesPerSecond = 0;
		failures.clear();
		uploadReset.set(-1);
		ftpUploadReset.set(-1);
		delay = Duration.ZERO;
		return this;
	}

	/** How many requests the server received since it started. */
	public long requestCount() {
		return requests.get();
	}

	/** How many requests were answered with an injected status. */
	public int failuresInjected() {
		return failuresInjected.get();
	}

	/** How many uploads were cut off by {@link #resetUploadAfter(long)} or {@link #resetFtpUploadAfter(long)}. */
	public int resetsInjected() {
		return resetsInjected.get();
	}

	/** Whether a fault is still waiting for its request. */
	public boolean pending() {
		return !failures.isEmpty() || uploadReset.get() >= 0 || ftpUploadReset.get() >= 0;
	}

	long nextRequest() {
		return requests.incrementAndGet();
	}

	Integer failureFor(long sequence) {
		Integer status = failures.remove(sequence);
		if (status != null) failuresInjected.incrementAndGet();
		return status;
	}

	/** The byte count after which to cut the upload now starting off, or -1; takes the fault. */
	long takeUploadReset() {
		return uploadReset.getAndSet(-1);
	}

	/** The byte count after which to cut the FTP upload now starting off, or -1; takes the fault. */
	long takeFtpUploadReset() {
		return ftpUploadReset.getAndSet(-1);
	}

	/** How fast FTP uploads are stored (bytes per second), 0 for as fast as they come. */
	long ftpBytesPerSecond() {
		return ftpBytesPerSecond;
	}

	void resetInjected() {
		resetsInjected.incrementAndGet();
	}

	void pause() throws InterruptedException {
		Duration d = delay;
		if (!d.isZero()) Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
	}
}
