package org.biadeposit.harvest;

/** Thrown by a {@link MetadataReader} that finds, on reading, that a file is not its format after all. */
public class NotThisFormatException extends UnreadableImageException {

	public NotThisFormatException(String message) {
		super(message);
	}
}
