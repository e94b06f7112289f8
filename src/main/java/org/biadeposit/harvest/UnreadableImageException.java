package org.biadeposit.harvest;

/** A file of a known format that is broken; the message says what is wrong in words a user can act on. */
public class UnreadableImageException extends Exception {

	public UnreadableImageException(String message) {
		super(message);
	}

	public UnreadableImageException(String message, Throwable cause) {
		super(message, cause);
	}
}
