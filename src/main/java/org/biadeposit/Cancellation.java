package org.biadeposit;

/**
 * A request to stop a long step of the {@link DepositionService} (a harvest, an upload), shared between whoever asks
 * (a Cancel button, a script, another thread) and the step under way. A harvest cancelled ends after the files
 * being read and returns what it read; an upload cancelled stops sending, and the next submit of the same package
 * sends only what had not arrived (the upload record remembers what did).
 * <p>
 * One handle per step: once cancelled it stays cancelled, and a step given a cancelled handle stops at once.
 * </p>
 */
public final class Cancellation {

	private boolean cancelled;
	private Runnable stop;

	/** Asks the step to stop; safe from any thread, at any time, more than once. */
	public synchronized void cancel() {
		if (cancelled) return;
		cancelled = true;
		if (stop != null) stop.run();
	}

	public synchronized boolean isCancelled() {
		return cancelled;
	}

	/**
	 * How to stop the step now under way (null once it is over). Run at once when the handle is already cancelled.
	 */
	synchronized void stopWith(Runnable action) {
		stop = action;
		if (cancelled && action != null) action.run();
	}
}
