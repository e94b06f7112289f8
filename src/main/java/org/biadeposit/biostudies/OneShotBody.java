package org.biadeposit.biostudies;

import java.io.IOException;

import okhttp3.MediaType;
import okhttp3.RequestBody;

/** A body OkHttp must not send twice on its own (it would, after a connection failure, even for a POST). */
final class OneShotBody extends RequestBody {

	private final RequestBody body;

	OneShotBody(RequestBody body) {
		this.body = body;
	}

	@Override
	public MediaType contentType() {
		return body.contentType();
	}

	@Override
	public long contentLength() throws IOException {
		return body.contentLength();
	}

	@Override
	public void writeTo(okio.BufferedSink sink) throws IOException {
		body.writeTo(sink);
	}

	@Override
	public boolean isOneShot() {
		return true;
	}
}
