package org.biadeposit.sandbox;

import java.io.IOException;
import java.net.InetAddress;
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
 * the head is read, {@link #doFilter} takes the exchange off the watch: a body may arrive as slowly as it likes.</li>
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
	private final int handlers;
	private final int handlersPerClient;
	private final Set<Head> reading = ConcurrentHashMap.newKeySet();
	private final ThreadLocal<Head> current = new ThreadLocal<>();
	/** Requests in the handler, in all and by client; guarded by this. */
	private int busy;
	private final Map<InetAddress, Integer> busyByClient = new HashMap<>();

	RequestGate(SandboxConfig config) {
		this.headerTimeoutNanos = config.headerTimeout().toNanos();
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
			Thread t = new Thread(r, "bia-sandbox-header-timeout");
			t.setDaemon(true);
			return t;
		});
		long tick = Math.max(10, Math.min(1000, config.headerTimeout().toMillis() / 4));
		watchdog.scheduleAtFixedRate(this::closeLateHeads, tick, tick, TimeUnit.MILLISECONDS);
	}

	/** Runs one exchange of the JDK server (reading its head, then the handler) on a thread of its own. */
	@Override
	public void execute(Runnable exchange) {
		// When every thread is taken this throws, and the JDK server closes the connection.
		threads.execute(() -> watch(exchange));
	}

	private void watch(Runnable exchange) {
		Head head = new Head(Thread.currentThread(), System.nanoTime() + headerTimeoutNanos);
		reading.add(head);
		current.set(head);
		try {
			exchange.run();
		}
		finally {
			head.read();
			reading.remove(head);
			current.remove();
			Thread.interrupted(); // a late interrupt must not reach the next exchange on this thread
		}
	}

	private void closeLateHeads() {
		long now = System.nanoTime();
		for (Head h : reading) h.interruptIfLate(now);
	}

	/** The head has been read: off the watch, then into the handler when there is a place for this client. */
	@Override
	public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
		Head head = current.get();
		if (head != null && !head.read()) {
			exchange.close(); // too late: the watchdog is closing it
			return;
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
		return "header time-out and a bounded number of requests handled at once, in all and per client";
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

	/** One exchange whose head is being read: settled once, either read in time or interrupted as late. */
	private static final class Head {
		private final Thread thread;
		private final long deadline;
		private boolean settled;
		private boolean inTime;

		Head(Thread thread, long deadline) {
			this.thread = thread;
			this.deadline = deadline;
		}

		/** Marks the head as read; false when the watchdog was first. */
		synchronized boolean read() {
			if (!settled) {
				settled = true;
				inTime = true;
			}
			return inTime;
		}

		synchronized void interruptIfLate(long now) {
			if (!settled && now - deadline > 0) {
				settled = true;
				thread.interrupt();
			}
		}
	}
}
