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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of a real server. It passes every byte both ways, except the answer to the first
 * request whose request line starts with a given text: the server gets and handles that request, and the client sees
 * the connection close without an answer (as when a connection drops after the server accepted a submission).
 */
final class AnswerDroppingProxy implements AutoCloseable {

	private final ServerSocket listener;
	private final int target;
	private final byte[] requestLine;
	private final AtomicBoolean armed = new AtomicBoolean(true);
	private final AtomicInteger dropped = new AtomicInteger();
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "answer-dropping-proxy");
		t.setDaemon(true);
		return t;
	});

	/**
	 * @param requestLine e.g. {@code POST /api/submissions/async}
	 */
	AnswerDroppingProxy(int targetPort, String requestLine) throws IOException {
		this.target = targetPort;
		this.requestLine = requestLine.getBytes(StandardCharsets.US_ASCII);
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		threads.submit(this::accept);
	}

	int port() {
		return listener.getLocalPort();
	}

	/** How many answers were dropped (0 or 1). */
	int dropped() {
		return dropped.get();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
				sockets.add(client);
				sockets.add(server);
				AtomicBoolean dropAnswer = new AtomicBoolean();
				threads.submit(() -> pump(client, server, true, dropAnswer));
				threads.submit(() -> pump(server, client, false, dropAnswer));
			}
			catch (IOException e) {
				return; // closed
			}
		}
	}

	private void pump(Socket from, Socket to, boolean towardsServer, AtomicBoolean dropAnswer) {
		byte[] buffer = new byte[64 * 1024];
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			for (int n; (n = in.read(buffer)) > 0;) {
				// HTTP/1.1 without pipelining: a request line starts a read, and what the server sends next answers it.
				if (towardsServer && armed.get() && contains(buffer, n) && armed.compareAndSet(true, false)) {
					dropAnswer.set(true);
				}
				if (!towardsServer && dropAnswer.get()) {
					dropped.incrementAndGet();
					break;
				}
				out.write(buffer, 0, n);
				out.flush();
			}
		}
		catch (IOException e) {
			// the other side closed
		}
		quietlyClose(from);
		quietlyClose(to);
	}

	private boolean contains(byte[] buffer, int length) {
		outer: for (int i = 0; i + requestLine.length <= length; i++) {
			for (int j = 0; j < requestLine.length; j++) {
				if (buffer[i + j] != requestLine[j]) continue outer;
			}
			return true;
		}
		return false;
	}

	private static void quietlyClose(Socket s) {
		try {
			s.close();
		}
		catch (IOException e) {
			// closing anyway
		}
	}

	@Override
	public void close() throws IOException {
		listener.close();
		sockets.forEach(AnswerDroppingProxy::quietlyClose);
		threads.shutdownNow();
	}
}
