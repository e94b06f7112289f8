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

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Retries transient failures with the client's {@link RetryPolicy}: I/O errors (connection reset, refused,
 * timeouts), HTTP 5xx and 429 (too many requests). Not retried: other 4xx; a 5xx whose body is a BioStudies
 * ValidationTree (the server's considered answer, e.g. a File-list it cannot find); TLS certificate problems;
 * interrupted threads; cancelled calls; the client's own {@link Refusal}s.
 * <p>
 * A request tagged {@link NotIdempotent} (submitting a study) is only retried when it cannot have reached the
 * server's logic: the connection could not be made, or the answer was 503 or 429. Retrying a submission whose answer
 * was lost could create a second study; a 429 is the server's refusal to process the request at all, so sending it
 * again is safe.
 * </p>
 * <p>
 * A 429 or 503 with {@code Retry-After} is retried after the wait asked for ({@link RetryAfter}), if it is at most
 * {@link RetryAfter#LONGEST}; a longer wait is not sat through: the answer is returned, and the client says when to
 * try again. When the call has a time bound (OkHttp's call timeout, see {@link Timeouts}), no retry starts whose wait
 * would reach past it.
 * </p>
 * <p>
 * An application interceptor, so each attempt goes through OkHttp's whole chain again (a fresh connection, the
 * session token added by the network interceptor, the request body written from the start).
 * </p>
 */
final class RetryInterceptor implements Interceptor {

	/** Tag for requests that must not be sent twice. */
	enum NotIdempotent { SUBMISSION }

	private final RetryPolicy policy;

	RetryInterceptor(RetryPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		boolean once = request.tag(NotIdempotent.class) != null;
		long start = System.nanoTime(), bound = chain.call().timeout().timeoutNanos();
		for (int attempt = 1;; attempt++) {
			Duration wait;
			try {
				Response response = chain.proceed(request);
				if (attempt >= policy.attempts() || !transientStatus(response, once)) return response;
				wait = retryAfter(response, policy.delayAfter(attempt));
				if (wait == null || beyond(start, bound, wait)) return response;
				response.close();
			}
			catch (IOException e) {
				boolean last = attempt >= policy.attempts() || chain.call().isCanceled() || !transientFailure(e, once);
				wait = policy.delayAfter(attempt);
				boolean outOfTime = chain.call().isCanceled() || !last && beyond(start, bound, wait);
				if (last || outOfTime) {
					if (attempt > 1 || outOfTime) e.addSuppressed(new GaveUp(attempt, outOfTime));
					throw e;
				}
			}
			sleep(wait);
		}
	}

	/** Whether waiting would take the call past its time bound (none when {@code bound} is 0). */
	private static boolean beyond(long start, long bound, Duration wait) {
		return bound > 0 && System.nanoTime() - start + wait.toNanos() >= bound;
	}

	private static boolean transientStatus(Response response, boolean once) throws IOException {
		int code = response.code();
		if (code == 429 || code == 503) return true;
		if (once || code < 500) return false;
		if (code == 500) {
			ResponseBody peek = response.peekBody(64 * 1024);
			String body = peek.string();
			return !(body.contains("\"log\"") && body.contains("\"status\"")); // a ValidationTree: the server's verdict
		}
		return code != 501 && code != 505;
	}

	static boolean transientFailure(IOException e, boolean once) {
		if (e instanceof Refusal) return false;
		if (e instanceof ConnectException || e instanceof NoRouteToHostException) return true; // nothing was sent
		if (once) return false;
		if (e instanceof SocketTimeoutException) return true;
		if (e instanceof InterruptedIOException || Thread.currentThread().isInterrupted()) return false;
		if (e instanceof UnknownHostException) return false; // most likely a mistyped server name
		// A reset in the middle of a TLS stream is transient; a failed handshake (untrusted certificate) is not.
		if (e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException) return false;
		return !(e instanceof LocalFileException);
	}

	/** The wait before the next attempt: the server's Retry-After if any, else {@code otherwise}; null: too long. */
	private static Duration retryAfter(Response response, Duration otherwise) {
		Duration asked = RetryAfter.parse(response.header("Retry-After"), Instant.now());
		if (asked == null) return otherwise;
		return asked.compareTo(RetryAfter.LONGEST) > 0 ? null : asked;
	}

	private static void sleep(Duration wait) throws InterruptedIOException {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting to retry");
		}
	}

	/** Added to a failure when retrying stopped: after how many attempts, and whether the call's time ran out. */
	static final class GaveUp extends IOException {

		private static final long serialVersionUID = 1L;

		final int attempts;
		final boolean outOfTime;

		GaveUp(int attempts, boolean outOfTime) {
			super("gave up after " + attempts + " attempts" + (outOfTime ? ", out of time" : ""));
			this.attempts = attempts;
			this.outOfTime = outOfTime;
		}

		/** The note on a failure or on one of its causes, or null. */
		static GaveUp of(Throwable failure) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				for (Throwable s : t.getSuppressed()) if (s instanceof GaveUp g) return g;
			}
			return null;
		}
	}

	/** A problem with the local file being sent (it vanished or changed): retrying the request cannot help. */
	static final class LocalFileException extends IOException {

		private static final long serialVersionUID = 1L;

		LocalFileException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
