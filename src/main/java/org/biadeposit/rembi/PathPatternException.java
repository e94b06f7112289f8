package org.biadeposit.rembi;

/** A path pattern that cannot be read; the message names the pattern and says what is wrong with it. */
public final class PathPatternException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	PathPatternException(String message) {
		super(message);
	}
}
