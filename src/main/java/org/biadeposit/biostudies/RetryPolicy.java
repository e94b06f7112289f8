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
package org.biadeposit.biostudies;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently transient failures (connection reset, timeouts, HTTP 5xx) are retried: exponential
 * backoff with jitter, a bounded number of attempts. A 4xx answer is never retried.
 *
 * @param attempts how many times a request is tried in all (1 = no retry)
 * @param firstDelay the wait before the first retry; it doubles for each further retry
 * @param maxDelay the longest wait between two attempts
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

	/** Six attempts, waiting about 2, 4, 8, 16 and 30 seconds in between: rides out a minute of trouble. */
	public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(30));
	/** Try once. */
	public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

	public RetryPolicy {
		if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1");
		if (firstDelay.isNegative() || maxDelay.isNegative()) throw new IllegalArgumentException("negative delay");
	}

	/** The wait before attempt {@code attempt + 1}: half to all of {@code firstDelay × 2^(attempt-1)}, capped. */
	public Duration delayAfter(int attempt) {
		long first = firstDelay.toMillis(), max = maxDelay.toMillis();
		long full = first << Math.min(Math.max(attempt - 1, 0), 20);
		if (full < 0 || full > max) full = max;
		long half = full / 2;
		return Duration.ofMillis(half + (full - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(full - half + 1)));
	}
}
