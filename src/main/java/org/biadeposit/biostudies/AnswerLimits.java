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
import java.util.concurrent.TimeUnit;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Limits on the server's answer by kind of call ({@link CallKind}): how long to wait for it ({@link Timeouts}, set
 * on each attempt) and how large it may be. A successful answer that announces a length over the limit is refused
 * before it is read; any other answer is cut off at the limit while it is read (the reader gets a {@link Refusal}),
 * so a huge or endless answer never fills the memory. An error answer is only ever peeked at, within the limit.
 * <p>
 * An application interceptor: time-outs can only be set there.
 * </p>
 */
final class AnswerLimits implements Interceptor {

	private final Timeouts timeouts;

	AnswerLimits(Timeouts timeouts) {
		this.timeouts = timeouts;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		CallKind kind = CallKind.of(request);
		long sending = request.body() == null ? 0 : request.body().contentLength();
		long wait = timeouts.answer(kind, sending).toMillis();
		Response response = chain.withReadTimeout((int) Math.min(wait, Integer.MAX_VALUE), TimeUnit.MILLISECONDS)
			.proceed(request);
		ResponseBody body = response.body();
		if (body == null) return response;
		if (response.isSuccessful() && body.contentLength() > kind.answerLimit) {
			response.close();
			throw new Refusal(kind.tooLarge());
		}
		return response.newBuilder().body(new Limited(body, kind)).build();
	}

	/** An answer that cannot be read beyond its limit. */
	private static final class Limited extends ResponseBody {

		private final ResponseBody body;
		private final BufferedSource source;

		Limited(ResponseBody body, CallKind kind) {
			this.body = body;
			this.source = Okio.buffer(new ForwardingSource(body.source()) {

				private long read;

				@Override
				public long read(Buffer sink, long byteCount) throws IOException {
					// Asks for at most one byte over the limit: a peek up to the limit itself never fails.
					long n = super.read(sink, Math.min(byteCount, kind.answerLimit - read + 1));
					if (n > 0) read += n;
					if (read > kind.answerLimit) throw new Refusal(kind.tooLarge());
					return n;
				}
			});
		}

		@Override
		public MediaType contentType() {
			return body.contentType();
		}

		@Override
		public long contentLength() {
			return body.contentLength();
		}

		@Override
		public BufferedSource source() {
			return source;
		}

		@Override
		public void close() {
			body.close();
		}
	}
}
