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

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The last check before anything is written to a connection (an OkHttp network interceptor, so it sees every URL
 * actually contacted, whatever led there): the URL must be https or loopback ({@link Server#encryptedOrLocal}), and
 * it must be the server's own origin (scheme, host and port). The client talks to its server only; so the password,
 * the session token (header or logout body) and the depositor's files never reach another host, even if a future
 * change let OkHttp follow redirects again.
 */
final class OriginGuard implements Interceptor {

	private final Server server;

	OriginGuard(Server server) {
		this.server = server;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		HttpUrl url = chain.request().url();
		if (!Server.encryptedOrLocal(url)) throw new Refusal(Server.plainHttpRefused(url.host()));
		if (!server.sameOrigin(url)) {
			throw new Refusal("refusing to send a request to " + Server.origin(url) + ", which is another origin " +
				"than the server's (" + Server.origin(server.base()) + ")");
		}
		return chain.proceed(chain.request());
	}
}
