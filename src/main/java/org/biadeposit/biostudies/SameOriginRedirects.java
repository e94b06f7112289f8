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
import okhttp3.Request;
import okhttp3.Response;

/**
 * The client's redirect rule (OkHttp's own following of redirects is off). A redirect (301, 302, 303, 307, 308) is
 * followed only when all of these hold:
 * <ul>
 * <li>the new URL has the server's scheme, host and port (its origin): otherwise the password or the session token
 * could go to another host, or over plain http, so the call fails saying so (naming the origin only, never the path
 * or query);</li>
 * <li>the request is not the login: the password is sent once, to the address asked for;</li>
 * <li>the request is a GET, or a 307/308 (which keep the method) whose body can be sent again: a submission (a
 * one-shot body) is not sent twice, and a POST turned into a GET by a 301/302/303 would mean nothing to the API;</li>
 * <li>fewer than {@value #MOST_HOPS} redirects were followed so far.</li>
 * </ul>
 * An application interceptor inside the retries, so a followed redirect gets the session token from the network
 * interceptor (same origin) and the same time-outs.
 */
final class SameOriginRedirects implements Interceptor {

	static final int MOST_HOPS = 5;

	private final Server server;

	SameOriginRedirects(Server server) {
		this.server = server;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		Response response = chain.proceed(request);
		for (int hops = 0; isRedirect(response.code()); hops++) {
			String location = response.header("Location");
			if (location == null) return response; // not a usable redirect: shown as the server's failure
			int code = response.code();
			HttpUrl target = response.request().url().resolve(location);
			response.close();
			if (target == null) throw new Refusal("the server answered with a redirect to an address that is not " +
				"http(s); it was not followed");
			if (!server.sameOrigin(target)) {
				throw new Refusal("the server answered with a redirect to " + Server.origin(target) + ", which is " +
					"another origin; the password and the session token were not sent there");
			}
			if (CallKind.of(request) == CallKind.LOGIN) {
				throw new Refusal("the server answered with a redirect (HTTP " + code + " to " + target.encodedPath() +
					"); the password was not sent again. Check the server's address");
			}
			boolean get = request.method().equals("GET") || request.method().equals("HEAD");
			boolean resend = (code == 307 || code == 308) && (request.body() == null || !request.body().isOneShot());
			if (!get && !resend) {
				throw new Refusal("the server answered with a redirect (HTTP " + code + " to " + target.encodedPath() +
					") that would need the request sent again; it was not");
			}
			if (hops >= MOST_HOPS) {
				throw new Refusal("the server answered with more than " + MOST_HOPS + " redirects; stopped following");
			}
			request = request.newBuilder().url(target).build();
			response = chain.proceed(request);
		}
		return response;
	}

	private static boolean isRedirect(int code) {
		return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
	}
}
