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
