package org.biadeposit.biostudies;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Retries transient failures with the client's {@link RetryPolicy}: I/O errors (connection reset, refused,
 * timeouts) and HTTP 5xx. Not retried: 4xx; a 5xx whose body is a BioStudies ValidationTree (the server's considered
 * answer, e.g. a File-list it cannot find); TLS certificate problems; interrupted threads; cancelled calls.
 * <p>
 * A request tagged {@link NotIdempotent} (submitting a study) is only retried when it cannot have reached the
 * server's logic: the connection could not be made, or the answer was 503. Retrying a submission whose answer was
 * lost could create a second study.
 * </p>
 * <p>
 * An application interceptor, so each attempt goes through OkHttp's whole chain again (a fresh connection, the
 * session token added by the network interceptor, the request body written from the start).
 * </p>
 */
final class RetryInterceptor implements Interceptor {

	/** Tag for requests that must not be sent twice. */
	enum NotIdempotent { SUBMISSION }

	private final RetryPolicy policy;

	RetryInterceptor(RetryPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		boolean once = request.tag(NotIdempotent.class) != null;
		for (int attempt = 1;; attempt++) {
			Duration wait;
			try {
				Response response = chain.proceed(request);
				if (attempt >= policy.attempts() || !transientStatus(response, once)) return response;
				wait = retryAfter(response, policy.delayAfter(attempt));
				response.close();
			}
			catch (IOException e) {
				if (attempt >= policy.attempts() || chain.call().isCanceled() || !transientFailure(e, once)) {
					if (attempt > 1) e.addSuppressed(new IOException("gave up after " + attempt + " attempts"));
					throw e;
				}
				wait = policy.delayAfter(attempt);
			}
			sleep(wait);
		}
	}

	private static boolean transientStatus(Response response, boolean once) throws IOException {
		int code = response.code();
		if (once) return code == 503;
		if (code < 500) return false;
		if (code == 500) {
			ResponseBody peek = response.peekBody(64 * 1024);
			String body = peek.string();
			return !(body.contains("\"log\"") && body.contains("\"status\"")); // a ValidationTree: the server's verdict
		}
		return code != 501 && code != 505;
	}

	static boolean transientFailure(IOException e, boolean once) {
		if (e instanceof ConnectException || e instanceof NoRouteToHostException) return true; // nothing was sent
		if (once) return false;
		if (e instanceof SocketTimeoutException) return true;
		if (e instanceof InterruptedIOException || Thread.currentThread().isInterrupted()) return false;
		if (e instanceof UnknownHostException) return false; // most likely a mistyped server name
		// A reset in the middle of a TLS stream is transient; a failed handshake (untrusted certificate) is not.
		if (e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException) return false;
		return !(e instanceof LocalFileException);
	}

	private Duration retryAfter(Response response, Duration otherwise) {
		String header = response.header("Retry-After");
		if (header == null) return otherwise;
		try {
			long seconds = Long.parseLong(header.strip());
			Duration asked = Duration.ofSeconds(Math.max(seconds, 0));
			return asked.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : asked;
		}
		catch (NumberFormatException e) {
			return otherwise; // an HTTP date; the backoff is good enough
		}
	}

	private static void sleep(Duration wait) throws InterruptedIOException {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting to retry");
		}
	}

	/** A problem with the local file being sent (it vanished or changed): retrying the request cannot help. */
	static final class LocalFileException extends IOException {

		private static final long serialVersionUID = 1L;

		LocalFileException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
