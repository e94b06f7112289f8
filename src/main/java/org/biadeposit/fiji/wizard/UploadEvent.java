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
