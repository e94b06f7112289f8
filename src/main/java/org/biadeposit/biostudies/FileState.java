package org.biadeposit.biostudies;

/** What happened to one file of a deposit, as {@code receipt.json} says it (in these words). */
public enum FileState {

	/** The file was sent in this run. */
	SENT("sent"),
	/**
	 * The file was already in the user folder with the same size, and this computer's upload record vouches that it
	 * holds the same bytes (see {@link UploadJournal}); it was not sent again.
	 */
	ON_SERVER("already on server"),
	/**
	 * The file was in the user folder with the same size, but nothing vouches that it holds these bytes (it was sent
	 * some other way, or from another computer) and it was too large to send again without being asked
	 * ({@code --resend-unverified}); no checksums are claimed for it.
	 */
	NOT_VERIFIED("on server, not verified"),
	/**
	 * A metadata-only update: the file was not sent; the server keeps the previous version's (checksums from the upload
	 * record when known, otherwise null).
	 */
	NOT_SENT("not sent (metadata only)");

	private final String text;

	FileState(String text) {
		this.text = text;
	}

	/** The words {@code receipt.json} uses. */
	public String text() {
		return text;
	}

	@Override
	public String toString() {
		return text;
	}

	/** The state written in these words, or null when there is none. */
	static FileState of(String text) {
		for (FileState s : values()) {
			if (s.text.equals(text)) return s;
		}
		return null;
	}
}
