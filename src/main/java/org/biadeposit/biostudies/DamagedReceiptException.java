package org.biadeposit.biostudies;

import java.io.IOException;

/**
 * {@code receipt.json} cannot be read: cut short, not JSON, or a field of the wrong type. The message names the file,
 * the place (line and column, or the field) and what to do.
 */
public final class DamagedReceiptException extends IOException {

	private static final long serialVersionUID = 1L;

	DamagedReceiptException(String message) {
		super(message);
	}
}
