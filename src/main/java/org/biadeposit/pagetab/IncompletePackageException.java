package org.biadeposit.pagetab;

import java.io.IOException;

/**
 * A folder that is not a complete package as {@code bia package} writes it: missing, interrupted, cut short or
 * changed afterwards. The message names the folder and the file, and says to write the package again.
 */
public class IncompletePackageException extends IOException {

	public IncompletePackageException(String message) {
		super(message);
	}
}
