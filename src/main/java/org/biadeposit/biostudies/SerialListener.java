package org.biadeposit.biostudies;

import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;

/** Passes calls on one at a time, whichever thread makes them (parallel uploads report to one listener). */
final class SerialListener implements ProgressListener {

	private final ProgressListener target;

	SerialListener(ProgressListener target) {
		this.target = target;
	}

	@Override
	public synchronized void progress(Progress p) {
		target.progress(p);
	}

	@Override
	public synchronized void message(String text) {
		target.message(text);
	}
}
