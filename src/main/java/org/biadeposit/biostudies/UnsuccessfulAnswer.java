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
				"Aspera, see " + UploadPlan.LARGE_FILE_HELP + ")";
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
