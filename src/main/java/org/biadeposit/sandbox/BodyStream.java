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
import java.io.InputStream;

/**
 * A request body that counts what was read and, when armed, fails with {@link InjectedReset} once a set number of
 * bytes was read (the server then drops the connection).
 */
final class BodyStream extends InputStream {

	/** Thrown when an armed body reaches its limit; the server closes the connection without an answer. */
	static final class InjectedReset extends IOException {
		private static final long serialVersionUID = 1L;

		InjectedReset(long bytes) {
			super("connection reset by the sandbox after " + bytes + " body bytes (injected fault)");
		}
	}

	private final InputStream in;
	private long count;
	private long resetAt = -1;
	private boolean broken;

	BodyStream(InputStream in) {
		this.in = in;
	}

	/** Fails the stream after {@code bytes} bytes in all were read; -1 does nothing. */
	void resetAfter(long bytes) {
		resetAt = bytes;
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) return 0;
		if (resetAt >= 0) {
			long left = resetAt - count;
			if (left <= 0) {
				broken = true;
				throw new InjectedReset(resetAt);
			}
			len = (int) Math.min(len, left);
		}
		int n;
		try {
			n = in.read(b, off, len);
		}
		catch (IOException e) {
			broken = true;
			throw e;
		}
		if (n > 0) count += n;
		return n;
	}

	/** Whether reading the body failed (the connection broke, or an injected reset): no answer can be sent. */
	boolean broken() {
		return broken;
	}

	/** Reads the rest of the body and throws it away. */
	void drain() throws IOException {
		byte[] sink = new byte[64 * 1024];
		while (read(sink, 0, sink.length) >= 0) {
			// nothing to keep
		}
	}
}
