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
