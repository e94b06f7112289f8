package org.biadeposit;

/**
 * Follows a long step: {@link Progress} (done, total, rate, time left) and short messages for the depositor ("already
 * on the server, not sent again: 12 files"). The command line draws a progress bar; Fiji shows the progress in its
 * status bar.
 * <p>
 * Calls come from worker threads, but one at a time (never concurrently), and an implementation should return
 * quickly.
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
