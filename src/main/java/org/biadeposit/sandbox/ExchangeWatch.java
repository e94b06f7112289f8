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

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A deadline on the thread that runs one exchange, checked by {@link RequestGate}'s watchdog: armed while the thread
 * waits for the client (its request head, a read of the body, a write of the answer), disarmed when the client has
 * done its part. When an armed deadline passes, the watchdog interrupts the thread; the JDK server reads and writes
 * through interruptible channels, so the interrupt closes the connection. Once fired, it stays fired. Its streams
 * are read and written on the exchange's own thread, as every sandbox handler does.
 */
final class ExchangeWatch {

	private final Thread thread;
	/** {@code System.nanoTime()} by which the client must have done its part; 0 when not armed. Guarded by this. */
	private long deadline;
	private boolean fired;

	ExchangeWatch(Thread thread) {
		this.thread = thread;
	}

	synchronized void arm(long timeoutNanos) {
		deadline = Math.max(1, System.nanoTime() + timeoutNanos);
	}

	/** Disarms; false when the deadline had passed and the thread was interrupted. */
	synchronized boolean disarm() {
		deadline = 0;
		return !fired;
	}

	synchronized void interruptIfLate(long now) {
		if (deadline != 0 && !fired && now - deadline > 0) {
			fired = true;
			thread.interrupt();
		}
	}

	/** A request body whose every read must bring something within {@code idle}. */
	InputStream body(InputStream in, Duration idle) {
		long nanos = idle.toNanos();
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				arm(nanos);
				try {
					return super.read();
				}
				finally {
					check(idle);
				}
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				arm(nanos);
				try {
					return super.read(b, off, len);
				}
				finally {
					check(idle);
				}
			}
		};
	}

	/** A response body whose every write must be taken by the client within {@code idle}. */
	OutputStream answer(OutputStream out, Duration idle) {
		long nanos = idle.toNanos();
		return new FilterOutputStream(out) {
			@Override
			public void write(int b) throws IOException {
				arm(nanos);
				try {
					out.write(b);
				}
				finally {
					check(idle);
				}
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				arm(nanos);
				try {
					out.write(b, off, len);
				}
				finally {
					check(idle);
				}
			}
		};
	}

	/** Disarms after a read or write; when the watchdog was first, clears the interrupt and says why it failed. */
	private void check(Duration idle) throws IOException {
		if (!disarm()) {
			Thread.interrupted();
			throw new IOException("the client sent or took nothing for " + idle.toMillis() +
				" ms; the sandbox closed the connection");
		}
	}
}
