package org.biadeposit.biostudies;

import java.io.IOException;

/**
 * The client refused to go on with an exchange because going on would be unsafe or pointless: a redirect to another
 * origin, plain http to a host that is not loopback, an answer over its size limit. Never retried. Its message is our
 * own words, without secrets, and is shown after what was being done.
 */
final class Refusal extends IOException {

	private static final long serialVersionUID = 1L;

	Refusal(String message) {
		super(message);
	}
}
