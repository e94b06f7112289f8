package org.biadeposit.biostudies;

/**
 * Follows a deposit: upload progress (bytes and files done, rate, time left) and short messages for the depositor
 * ("already on the server, not sent again: 12 files"). The command line draws a progress bar ({@link ProgressBar});
 * Fiji shows the progress in its status bar.
 * <p>
 * Calls come from the upload threads, but one at a time (never concurrently), and at most a few times a second, so
 * an implementation needs no locking of its own. It should return quickly.
 * </p>
 */
public interface ProgressListener {

	/** Ignores everything. */
	ProgressListener NONE = p -> {};

	/** New progress. */
	void progress(Progress progress);

	/** A message for the depositor: one line, no secrets. */
	default void message(String text) {}
}
