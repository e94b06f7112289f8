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

/** Settings for a {@link BioStudiesClient}: retries and timeouts; {@link #build} makes the client. */
public final class ClientSettings {


	private final Server server;
	private RetryPolicy retry = RetryPolicy.DEFAULT;
	private Timeouts t = Timeouts.DEFAULT;

	ClientSettings(Server server) {
		this.server = server;
	}

	public ClientSettings retry(RetryPolicy policy) {
		this.retry = policy;
		return this;
	}

	public ClientSettings connectTimeout(Duration d) {
		t = new Timeouts(d, t.read(), t.write(), t.submit(), t.uploadAnswerCap(), t.call(), t.notice());
		return this;
	}

	/**
	 * How long to wait for the answer to a short call (log in, list, status…) and for each further piece of any
	 * answer; an upload's answer may take longer, by the file's size. Default 30 s.
	 */
	public ClientSettings readTimeout(Duration d) {
		t = new Timeouts(t.connect(), d, t.write(), t.submit(), t.uploadAnswerCap(), t.call(), t.notice());
		return this;
	}

	/** How long one write to the network may stall. Default 2 min. */
	public ClientSettings writeTimeout(Duration d) {
		t = new Timeouts(t.connect(), t.read(), d, t.submit(), t.uploadAnswerCap(), t.call(), t.notice());
		return this;
	}

	/** The longest a short call may take in all, retries and their waits included. Default 2 min. */
	public ClientSettings callTimeout(Duration d) {
		t = new Timeouts(t.connect(), t.read(), t.write(), t.submit(), t.uploadAnswerCap(), d, t.notice());
		return this;
	}

	/** After how long a wait for the server's answer is reported to the listener. Default 5 s. */
	public ClientSettings waitingNotice(Duration d) {
		t = new Timeouts(t.connect(), t.read(), t.write(), t.submit(), t.uploadAnswerCap(), t.call(), d);
		return this;
	}

	public BioStudiesClient build() {
		return new BioStudiesClient(server, retry, t);
	}
}
