package org.biadeposit.sandbox;

import java.util.List;

/**
 * One request the sandbox received, as {@link SandboxServer#received()} lists them.
 *
 * @param sequence    the request's number, counting from 1 since the server started (the count that
 *                    {@link Faults#failRequest(int, int)} uses)
 * @param method      the HTTP method
 * @param path        the raw request path below the base path, e.g. {@code /files/user/assay%20A}
 * @param query       the raw query string, or {@code null}
 * @param bodyBytes   how many bytes of the request body the sandbox read
 * @param status      the status it answered, or {@link #NO_RESPONSE} when it closed the connection without one (an
 *                    injected reset, or the client went away)
 * @param user        the e-mail address of the logged-in user, or {@code null}
 * @param storedFiles the files an upload stored completely, as paths in the user folder, in the order stored
 */
public record ReceivedRequest(long sequence, String method, String path, String query, long bodyBytes, int status,
	String user, List<String> storedFiles) {

	/** The {@link #status()} of a request that got no HTTP response. */
	public static final int NO_RESPONSE = -1;

	public ReceivedRequest {
		storedFiles = List.copyOf(storedFiles);
	}

	/** True for the user-folder upload endpoints. */
	public boolean isUpload() {
		return "POST".equals(method) && path.startsWith("/files/user") && !path.equals("/files/user/query") &&
			!path.equals("/files/user/delete") && !path.equals("/files/user/rename") &&
			!path.equals("/files/user/download");
	}
}
