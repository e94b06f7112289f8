package org.biadeposit.fiji.wizard;

import org.biadeposit.Progress;
import org.biadeposit.biostudies.Receipt;

/** What the wizard's upload tells its view, as values: the view draws them and decides nothing from text. */
sealed interface UploadEvent {

	/** The upload started: logging in. */
	record Started(String server) implements UploadEvent {}

	/** Files are being sent; {@link Progress#complete()} once all are on the server (then it is submitted). */
	record Sending(Progress progress) implements UploadEvent {}

	/** A line for the depositor's log. */
	record Message(String text) implements UploadEvent {}

	/** Stopped by Pause: the files sent so far stay on the server; Resume sends the rest. */
	record Paused(Progress last) implements UploadEvent {}

	/**
	 * The study is stored: a new study, a new version of the study submitted earlier, or that study unchanged (nothing
	 * sent).
	 */
	record Deposited(Receipt receipt, EarlierDeposit.Kind kind, boolean alreadySubmitted) implements UploadEvent {

		/** One line for the depositor. */
		String summary() {
			if (alreadySubmitted) {
				return "Already submitted as " + receipt.accession() + " (version " + receipt.version() + "), and " +
					"nothing changed since: nothing was sent.";
			}
			if (kind == EarlierDeposit.Kind.NEW_VERSION) {
				return "Deposited version " + receipt.version() + " of " + receipt.accession() + ".";
			}
			return "Deposited as " + receipt.accession() + ".";
		}
	}

	/** It did not work; {@code why} says what to do. */
	record Failed(String why) implements UploadEvent {}
}
