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
import java.util.Locale;

/**
 * How long the client waits for the server, by kind of call ({@link CallKind}). With the defaults a server that stops
 * answering is given up on within these bounds:
 * <ul>
 * <li>a short call (log in or out, list, make a folder, status, errors): 30 s for the answer (and for each further
 * piece of it) per attempt, and {@value #CALL_MINUTES} min in all, retries and their waits included (twice that for a
 * listing, whose answer may be long);</li>
 * <li>an upload: the file is written with at most 2 min without progress; after its last byte the server may store
 * the file before it answers, so the wait for the answer is 30 s plus 1 s per 50 MB, at most 10 min; the attempts
 * are bounded by the {@link RetryPolicy}, not by a total time (a 20 GB upload takes as long as it takes);</li>
 * <li>a submission: 5 min for the answer (the server checks the files it names during the call), 7 min in all.</li>
 * </ul>
 * While an answer is awaited for longer than {@code notice}, the depositor is told so, and again every three times
 * that.
 *
 * @param connect how long to wait for a connection
 * @param read how long to wait for a short call's answer, and for each further piece of any answer
 * @param write how long one write to the network may stall
 * @param submit how long to wait for a submission's answer
 * @param uploadAnswerCap the longest wait for an upload's answer after its last byte
 * @param call the longest a short call may take in all, retries included
 * @param notice after how long a wait is reported
 */
record Timeouts(Duration connect, Duration read, Duration write, Duration submit, Duration uploadAnswerCap,
	Duration call, Duration notice)
{

	static final int CALL_MINUTES = 2;
	static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(30),
		Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(CALL_MINUTES),
		Duration.ofSeconds(5));
	/** How fast the server is assumed to store a file it received (bytes per second). */
	private static final long STORE_RATE = 50_000_000;

	/** The wait for an upload's answer after its last byte: longer for a larger file, at most the cap. */
	Duration uploadAnswer(long bytes) {
		Duration store = Duration.ofSeconds(Math.max(bytes, 0) / STORE_RATE);
		Duration wait = read.plus(store);
		return wait.compareTo(uploadAnswerCap) > 0 ? max(read, uploadAnswerCap) : wait;
	}

	/** The wait for the answer to one attempt of a call of this kind, sending {@code bodyBytes}. */
	Duration answer(CallKind kind, long bodyBytes) {
		return switch (kind) {
			case UPLOAD -> uploadAnswer(bodyBytes);
			case SUBMISSION -> max(read, submit);
			default -> read;
		};
	}

	/** The longest a call of this kind may take in all, retries included; zero for no bound. */
	Duration total(CallKind kind) {
		return switch (kind) {
			case UPLOAD -> Duration.ZERO;
			case SUBMISSION -> max(read, submit).plus(call);
			case LISTING -> call.multipliedBy(2);
			default -> call;
		};
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** A duration in words: {@code 250 ms}, {@code 30 s}, {@code 2 min}, {@code 1 min 30 s}. */
	static String words(Duration d) {
		long ms = d.toMillis();
		if (ms < 1000) return ms + " ms";
		long s = d.toSeconds();
		if (s < 60) return ms % 1000 == 0 ? s + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
		return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
	}
}
