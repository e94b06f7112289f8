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
