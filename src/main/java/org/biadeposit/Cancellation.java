/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
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
