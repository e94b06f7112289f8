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

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * Keeps slow and greedy clients from blocking the sandbox: the JDK server's executor and a filter in front of the
 * handler.
 * <p>
 * Why this shape. The JDK server ({@code sun.net.httpserver.ServerImpl}) accepts and waits for a connection's first
 * byte in one selector thread, but then reads the request line and headers on an executor thread, blocking. With a
 * fixed pool of eight threads, eight connections that send half a head and stop took every thread for as long as
 * they stayed open. What the JDK offers does not fit: {@code sun.net.httpserver.maxReqTime} counts until the whole
 * body is read (it would cut off a large, slow upload), and like {@code idleInterval} and {@code maxConnections} it
 * is a JVM-wide property read once. So:
 * </p>
 * <ul>
 * <li><b>Header time-out.</b> Every exchange runs on a thread of this executor; a watchdog interrupts the thread of
 * an exchange that has not reached the handler (its head not fully read) within {@link SandboxConfig#headerTimeout()}.
 * The JDK reads the head from an interruptible {@code SocketChannel}, so the interrupt closes the connection. Once
 * the head is read, {@link #doFilter} takes the exchange off the header watch.</li>
 * <li><b>Idle time-out.</b> From then on, every read of the body and every write of the answer is watched the same
 * way ({@link ExchangeWatch}): one that waits longer than {@link SandboxConfig#idleTimeout()} for the client closes
 * the connection. A large upload may take hours as long as its bytes keep coming; one that stalls frees its
 * thread.</li>
 * <li><b>Threads for reading heads.</b> The executor hands each exchange to a thread of its own, up to
 * {@link SandboxConfig#maxOpenRequests()}; beyond that it refuses and the JDK closes the connection. So slow heads
 * cost a thread each, but never one that handles requests.</li>
 * <li><b>A bounded pool of handlers, and a bound per client.</b> {@link #doFilter} lets at most
 * {@link SandboxConfig#threads()} requests into the handler at once, and at most
 * {@link SandboxConfig#threadsPerClient()} of them from one remote address; the others wait, in their own
 * thread, for a place.</li>
 * </ul>
 * Connections kept alive between requests hold no thread: they wait in the JDK's selector, which closes them after
 * its idle interval (system property {@code sun.net.httpserver.idleInterval}, seconds, default 30; as a new
 * connection that has sent nothing). A client's address is known only once its head is read, so the per-client
 * bound applies to handling, not to reading heads: one address can hold up to {@code maxOpenRequests} head readers
 * for at most the header time-out each.
 */
final class RequestGate extends Filter implements Executor {

	private final ThreadPoolExecutor threads;
	private final ScheduledExecutorService watchdog;
	private final long headerTimeoutNanos;
	private final Duration idleTimeout;
	private final int handlers;
	private final int handlersPerClient;
	private final Set<ExchangeWatch> watched = ConcurrentHashMap.newKeySet();
	private final ThreadLocal<ExchangeWatch> current = new ThreadLocal<>();
	/** Requests in the handler, in all and by client; guarded by this. */
	private int busy;
	private final Map<InetAddress, Integer> busyByClient = new HashMap<>();

	RequestGate(SandboxConfig config) {
		this.headerTimeoutNanos = config.headerTimeout().toNanos();
		this.idleTimeout = config.idleTimeout();
		this.handlers = config.threads();
		this.handlersPerClient = config.threadsPerClient();
		int open = Math.max(config.maxOpenRequests(), handlers);
		AtomicInteger number = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(handlers, open, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
			Thread t = new Thread(r, "bia-sandbox-http-" + number.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "bia-sandbox-timeouts");
			t.setDaemon(true);
			return t;
		});
		long shortest = Math.min(config.headerTimeout().toMillis(), idleTimeout.toMillis());
		long tick = Math.max(10, Math.min(1000, shortest / 4));
		watchdog.scheduleAtFixedRate(this::closeLate, tick, tick, TimeUnit.MILLISECONDS);
	}

	/** Runs one exchange of the JDK server (reading its head, then the handler) on a thread of its own. */
	@Override
	public void execute(Runnable exchange) {
		// When every thread is taken this throws, and the JDK server closes the connection.
		threads.execute(() -> watch(exchange));
	}

	private void watch(Runnable exchange) {
		ExchangeWatch watch = new ExchangeWatch(Thread.currentThread());
		watch.arm(headerTimeoutNanos);
		watched.add(watch);
		current.set(watch);
		try {
			exchange.run();
		}
		finally {
			watch.disarm();
			watched.remove(watch);
			current.remove();
			Thread.interrupted(); // a late interrupt must not reach the next exchange on this thread
		}
	}

	private void closeLate() {
		long now = System.nanoTime();
		for (ExchangeWatch w : watched) w.interruptIfLate(now);
	}

	/**
	 * The head has been read: off the header watch, its body and answer under the idle watch, then into the handler
	 * when there is a place for this client.
	 */
	@Override
	public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
		ExchangeWatch watch = current.get();
		if (watch != null) {
			if (!watch.disarm()) {
				exchange.close(); // too late: the watchdog is closing it
				return;
			}
			exchange.setStreams(watch.body(exchange.getRequestBody(), idleTimeout), watch.answer(exchange
				.getResponseBody(), idleTimeout));
		}
		InetAddress client = exchange.getRemoteAddress().getAddress();
		try {
			enter(client);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			exchange.close();
			return;
		}
		try {
			chain.doFilter(exchange);
		}
		finally {
			leave(client);
		}
	}

	@Override
	public String description() {
		return "header and idle time-outs, and a bounded number of requests handled at once, in all and per client";
	}

	/** How many requests are in the handler now. */
	synchronized int handling() {
		return busy;
	}

	private synchronized void enter(InetAddress client) throws InterruptedException {
		while (busy >= handlers || busyByClient.getOrDefault(client, 0) >= handlersPerClient) wait();
		busy++;
		busyByClient.merge(client, 1, Integer::sum);
	}

	private synchronized void leave(InetAddress client) {
		busy--;
		busyByClient.computeIfPresent(client, (c, n) -> n == 1 ? null : n - 1);
		notifyAll();
	}

	/** Stops the watchdog and every thread (interrupting those still reading or handling). */
	void shutdown() {
		watchdog.shutdownNow();
		threads.shutdownNow();
		try {
			threads.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
