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
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Tells the depositor that the client is waiting for the server's answer, so that a slow or silent server is not
 * mistaken for a hung program: once the request is sent and no answer has started after {@code notice}, a message
 * such as {@code "uploading a.tif: waiting for the server's answer (5 s)…"}, and again every three times that, until
 * the answer starts or the attempt fails. Only calls tagged with a {@link Listener} are followed.
 * <p>
 * The messages come from one daemon thread of the client's own; {@link #close} stops it.
 * </p>
 */
final class AnswerWait implements EventListener.Factory, AutoCloseable {

	/**
	 * Where a call's waiting messages go.
	 *
	 * @param what what the call does, as messages start ("listing the user folder")
	 * @param messages told each message
	 */
	record Listener(String what, Consumer<String> messages) {}

	private final Duration notice;
	private final ScheduledExecutorService clock;

	AnswerWait(Duration notice) {
		this.notice = notice;
		this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "biostudies answer wait");
			t.setDaemon(true);
			return t;
		});
	}

	@Override
	public EventListener create(Call call) {
		Listener listener = call.request().tag(Listener.class);
		if (listener == null || notice.isZero() || notice.isNegative()) return EventListener.NONE;
		return new Waiting(listener);
	}

	@Override
	public void close() {
		clock.shutdownNow();
	}

	/** One call's waits (one per attempt or redirect). */
	private final class Waiting extends EventListener {

		private final Listener listener;
		private ScheduledFuture<?> task; // guarded by this
		private long since;

		Waiting(Listener listener) {
			this.listener = listener;
		}

		private synchronized void start() {
			stop();
			since = System.nanoTime();
			long first = notice.toMillis();
			try {
				task = clock.scheduleAtFixedRate(this::tell, first, 3 * first, TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException e) {
				task = null; // the client was closed: the call goes on without messages
			}
		}

		private synchronized void stop() {
			if (task != null) task.cancel(false);
			task = null;
		}

		private void tell() {
			long seconds;
			synchronized (this) {
				if (task == null) return;
				seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
			}
			listener.messages().accept(listener.what() + ": waiting for the server's answer (" + seconds + " s)…");
		}

		@Override
		public void requestHeadersEnd(Call call, Request request) {
			if (request.body() == null) start();
		}

		@Override
		public void requestBodyEnd(Call call, long byteCount) {
			start();
		}

		@Override
		public void responseHeadersStart(Call call) {
			stop();
		}

		@Override
		public void requestFailed(Call call, IOException e) {
			stop();
		}

		@Override
		public void responseFailed(Call call, IOException e) {
			stop();
		}

		@Override
		public void responseHeadersEnd(Call call, Response response) {
			stop();
		}

		@Override
		public void callEnd(Call call) {
			stop();
		}

		@Override
		public void callFailed(Call call, IOException e) {
			stop();
		}

		@Override
		public void canceled(Call call) {
			stop();
		}
	}
}
