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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * What an unsuccessful answer means for the depositor: what was being done, why it failed by its HTTP status, and the
 * server's explanation, with the session token and password taken out.
 */
final class UnsuccessfulAnswer {

	private static final long MAX_ERROR_BODY = 1 << 20;

	private UnsuccessfulAnswer() {}

	/**
	 * @param what what was being done, e.g. "listing the user folder"
	 * @param token the session token, or null
	 * @param password the password sent with the request, or null
	 */
	static BioStudiesException of(Response response, String what, String token, char[] password) {
		String body;
		try {
			ResponseBody b = response.peekBody(MAX_ERROR_BODY);
			body = b.string();
		}
		catch (IOException e) {
			body = "";
		}
		List<String> explanation = Redaction.lines(BioStudiesException.explanation(body), token, password);
		int code = response.code();
		String doing = what;
		if (code == 401 && !what.startsWith("the server did not accept")) {
			doing = what + ": the server did not accept the session (log in again)";
		}
		else if (code == 403) {
			doing = what + ": not allowed for this account";
		}
		else if (code == 429) {
			Duration asked = RetryAfter.parse(response.header("Retry-After"), Instant.now());
			doing = what + (asked == null ? ": the server is busy (too many requests): try again in a few minutes"
				: ": the server is busy and asks to wait " + Timeouts.words(asked) + ": try again after that");
		}
		else if (code == 413) {
			doing = what + ": too large for the server (uploads over HTTP are limited to 20 GB per file; use FTP or " +
				"Aspera, see " + org.biadeposit.UploadLimits.HELP + ")";
		}
		else if (code >= 500) {
			doing = what + ": the server failed";
		}
		else if (code != 401) {
			doing = what + ": the server refused it";
		}
		return new BioStudiesException(doing, code, explanation, null);
	}
}
