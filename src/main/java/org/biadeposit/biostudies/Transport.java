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
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * How the client's requests travel: one OkHttp client with the transport rules, and the one place that turns a
 * failed exchange into a message for the depositor. In order, each request goes through
 * <ol>
 * <li>{@link RetryInterceptor}: transient failures, 429 and 503 are retried, within the call's time bound;</li>
 * <li>{@link SameOriginRedirects}: OkHttp follows no redirect; this follows one only within the server's origin;</li>
 * <li>{@link AnswerLimits}: the answer's time-out and size limit by {@link CallKind};</li>
 * <li>{@link OriginGuard} (network): every URL actually contacted is https or loopback, and the server's own;</li>
 * <li>the session token (network), added for the server's origin only.</li>
 * </ol>
 * Each call is bounded in all by {@link Timeouts#total}, and {@link AnswerWait} tells the depositor while an answer is
 * awaited.
 */
final class Transport implements AutoCloseable {

	private final Server server;
	private final Timeouts timeouts;
	private final AnswerWait answerWait;
	private final OkHttpClient http;

	Transport(Server server, RetryPolicy retry, Timeouts timeouts, Interceptor sessionToken) {
		this.server = server;
		this.timeouts = timeouts;
		this.answerWait = new AnswerWait(timeouts.notice());
		this.http = new OkHttpClient.Builder() //
			.addInterceptor(new RetryInterceptor(retry)) //
			.addInterceptor(new SameOriginRedirects(server)) //
			.addInterceptor(new AnswerLimits(timeouts)) //
			.addNetworkInterceptor(new OriginGuard(server)) //
			.addNetworkInterceptor(sessionToken) //
			// OkHttp's own quick retry stays on: it tries the host's next address (IPv6, then IPv4) and replaces a
			// pooled connection the server had closed. It cannot resend a submission once sent (a one-shot body).
			.retryOnConnectionFailure(true) //
			.followRedirects(false).followSslRedirects(false) // SameOriginRedirects decides
			.connectTimeout(timeouts.connect()).readTimeout(timeouts.read()).writeTimeout(timeouts.write()) //
			.eventListenerFactory(answerWait) //
			.build();
	}

	/**
	 * Sends a request within the time bound of its kind ({@link CallKind}, a tag of the request).
	 *
	 * @param what what the call does, as messages start ("listing the user folder")
	 * @param redact takes secrets out of a library's words before they are shown
	 * @param waiting told while the answer is awaited
	 * @throws BioStudiesException when there is no usable answer: refused, unreachable, silent or interrupted
	 */
	Response execute(Request request, String what, UnaryOperator<String> redact, Consumer<String> waiting)
		throws BioStudiesException
	{
		CallKind kind = CallKind.of(request);
		Call call = http.newCall(request.newBuilder().tag(AnswerWait.Listener.class,
			new AnswerWait.Listener(what, waiting)).build());
		Duration total = timeouts.total(kind);
		call.timeout().timeout(total.toMillis(), TimeUnit.MILLISECONDS);
		try {
			return call.execute();
		}
		catch (Refusal | RetryInterceptor.LocalFileException e) {
			throw new BioStudiesException(what + ": " + e.getMessage(), e);
		}
		catch (InterruptedIOException e) {
			RetryInterceptor.GaveUp gaveUp = RetryInterceptor.GaveUp.of(e);
			boolean outOfTime = gaveUp != null && gaveUp.outOfTime || call.isCanceled() &&
				!Thread.currentThread().isInterrupted();
			if (outOfTime || e instanceof SocketTimeoutException) {
				Duration waited = outOfTime ? total : timeouts.answer(kind, contentLength(request.body()));
				throw new BioStudiesException(what + ": the server at " + server.url() + " did not answer within " +
					Timeouts.words(waited) + attempts(gaveUp) + "; it may be down or overloaded: try again later", e);
			}
			throw new BioStudiesException(what + ": interrupted", e);
		}
		catch (IOException e) {
			throw new BioStudiesException(what + ": could not reach " + server.url() + " (" +
				e.getClass().getSimpleName() + ": " + redact.apply(String.valueOf(e.getMessage())) + ")" +
				attempts(RetryInterceptor.GaveUp.of(e)), e);
		}
	}

	/** Frees the connections and stops the waiting messages. */
	@Override
	public void close() {
		http.connectionPool().evictAll();
		http.dispatcher().executorService().shutdown();
		answerWait.close();
	}

	private static String attempts(RetryInterceptor.GaveUp gaveUp) {
		return gaveUp == null || gaveUp.attempts < 2 ? "" : " (tried " + gaveUp.attempts + " times)";
	}

	private static long contentLength(RequestBody body) {
		try {
			return body == null ? 0 : body.contentLength();
		}
		catch (IOException e) {
			return -1;
		}
	}
}
