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

import okhttp3.Request;

/**
 * What a request to the server is for, which decides how long its answer may take ({@link Timeouts}), how large the
 * answer may be, and whether a redirect may be followed ({@link SameOriginRedirects}). A request carries it as a tag;
 * a request without one is {@link #SHORT}.
 */
enum CallKind {

	/** Logging in: the password is in the body, so it is sent once, to the address asked for, never redirected. */
	LOGIN(Sizes.SMALL),
	/** Logging out, making a folder, asking for a status or errors: a small answer, soon. */
	SHORT(Sizes.SMALL),
	/** Listing a folder of the user folder: the answer may be long (one entry per file). */
	LISTING(Sizes.LARGE),
	/** Sending a file: the server may store the whole file before it answers. */
	UPLOAD(Sizes.SMALL),
	/** Submitting a study: the server reads it and checks the files it names before it answers. */
	SUBMISSION(Sizes.SMALL);

	/** The largest answer read, in bytes. */
	final long answerLimit;

	CallKind(long answerLimit) {
		this.answerLimit = answerLimit;
	}

	static CallKind of(Request request) {
		CallKind kind = request.tag(CallKind.class);
		return kind == null ? SHORT : kind;
	}

	/** The refusal's words for an answer over the limit. */
	String tooLarge() {
		return "the server's answer is larger than " + (answerLimit >> 20) + " MiB; refusing to read it";
	}

	private static final class Sizes {

		static final long SMALL = 1L << 20, LARGE = 64L << 20;
	}
}
