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
