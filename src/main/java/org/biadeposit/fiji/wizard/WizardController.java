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

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.biostudies.Password;
import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Problem;
import org.biadeposit.validate.Report;

/**
 * What the Deposition Wizard does, with no window: the steps and the rules for moving between them, the work in the
 * background (harvest, save, validation, packaging, upload) with a Stop for it, and the upload as
 * {@link UploadEvent}s. The view draws what it is told through {@link Events} and calls the methods here; the
 * tests drive this class the same way, without a display.
 * <p>
 * Threads: the methods are called, and {@link Events} are delivered, on one thread of the view's choosing (the
 * Swing event thread in the wizard), given as {@code ui}; the work runs on threads of its own.
 * </p>
 */
final class WizardController {

	/** What the view hears, always on the {@code ui} thread. */
	interface Events {

		default void step(WizardStep step) {}

		default void busy(boolean busy) {}

		/** A line for the status bar; {@code problem} when it reports something wrong. */
		default void status(String text, boolean problem) {}

		default void harvesting(int done, int found) {}

		/** A folder was harvested (its deposit.yaml read or written), or deposit.yaml was saved. */
		default void opened(DepositionDraft.State state, boolean saved) {}

		/** The harvest did not end: failed or stopped. */
		default void notOpened(String why) {}

		default void validated(Report report) {}

		default void packaged(DepositionWorkflow.Packaged p, Path out) {}

		default void upload(UploadEvent e) {}

		/** Show a problem's place (the step is already shown). */
		default void place(ProblemPlace place, Problem problem) {}
	}

	private final DepositionDraft draft;
	private final Consumer<Runnable> ui;
	private Events events = new Events() {};
	private UnaryOperator<Deposition> forms = d -> d;

	private volatile WizardStep step = WizardStep.DATASET;
	private volatile boolean busy;
	private volatile DepositionDraft.State state;
	private volatile Report report;
	private volatile Receipt receipt;
	private volatile Progress lastProgress;
	/** The thread of the work under way (harvest, save, validation, packaging, upload), for Stop and Pause. */
	private volatile Thread working;
	private volatile boolean stopping;
	private volatile Thread uploading;
	private volatile boolean pausing;
	private Path packageFolder;

	/**
	 * @param ui runs a task on the view's thread ({@code SwingUtilities::invokeLater} in the wizard)
	 */
	WizardController(DepositionDraft draft, Consumer<Runnable> ui) {
		this.draft = draft;
		this.ui = ui;
	}

	WizardController events(Events e) {
		this.events = e;
		return this;
	}

	/** The forms' edits: the description as deposit.yaml says it → as the forms say it. */
	WizardController forms(UnaryOperator<Deposition> edited) {
		this.forms = edited;
		return this;
	}

	WizardStep step() {
		return step;
	}

	boolean busy() {
		return busy;
	}

	DepositionDraft.State state() {
		return state;
	}

	Report report() {
		return report;
	}

	Receipt receipt() {
		return receipt;
	}

	Progress lastProgress() {
		return lastProgress;
	}

	boolean uploading() {
		return uploading != null;
	}

	Path packageFolder() {
		return packageFolder;
	}

	// -- the work in the background -----------------------------------------------------------------------------

	/** Runs {@code job} on a thread of its own, then {@code then} (or the failure) on the ui thread. */
	private <T> void work(String doing, Callable<T> job, Consumer<T> then, Consumer<String> failed) {
		busy = true;
		stopping = false;
		events.busy(true);
		events.status(doing, false);
		Thread t = new Thread(() -> {
			T result = null;
			String failure = null;
			try {
				result = job.call();
			}
			catch (Exception e) {
				failure = stopping ? "stopped" : e.getMessage() == null ? "failed" : e.getMessage();
			}
			T r = result;
			String f = failure;
			ui.accept(() -> {
				working = null;
				busy = false;
				events.busy(false);
				String what = doing.replace("…", "");
				if (f == null) {
					events.status(" ", false);
					then.accept(r);
				}
				else {
					events.status(what + (stopping ? " was stopped." : " failed: " + f), !stopping);
					if (failed != null) failed.accept(f);
				}
			});
		}, "bia-wizard-work");
		t.setDaemon(true);
		working = t;
		t.start();
	}

	/** Stops the work under way (a harvest, a validation); what it did so far is not kept. */
	void stop() {
		Thread t = working;
		if (t == null) return;
		stopping = true;
		t.interrupt();
	}

	// -- steps --------------------------------------------------------------------------------------------------

	/** Shows a step; leaving the forms saves them, and entering Validation validates. Refused while busy. */
	void go(WizardStep target) {
		if (busy) {
			events.step(step);
			return;
		}
		if (target != WizardStep.DATASET && state == null) {
			events.status("Choose the dataset folder and press Harvest first.", true);
			events.step(step);
			return;
		}
		if (step == WizardStep.DESCRIPTION && target != WizardStep.DESCRIPTION && formsChanged()) {
			save(() -> go(target));
			return;
		}
		show(target);
		if (target == WizardStep.VALIDATION) validate();
	}

	private void show(WizardStep target) {
		step = target;
		events.step(target);
	}

	// -- Dataset ---------------------------------------------------------------------------------------------------

	/** Harvests a folder (writing a deposit.yaml from the images if it has none) and reads its deposit.yaml. */
	void harvest(Path root) {
		work("Harvesting " + root + "…", () -> draft.open(root, p -> ui.accept(() -> events.harvesting(p
			.filesDone(), p.filesTotal()))), s -> {
				state = s;
				events.opened(s, false);
				events.status("Harvested " + s.root() + ".", false);
			}, why -> events.notOpened(why));
	}

	// -- Description -----------------------------------------------------------------------------------------------

	boolean formsChanged() {
		DepositionDraft.State s = state;
		return s != null && s.described() != null && !forms.apply(s.described()).equals(s.described());
	}

	/** Writes the forms to deposit.yaml, plans again, then runs {@code then}. */
	void save(Runnable then) {
		DepositionDraft.State before = state;
		if (before == null || before.described() == null) {
			then.run();
			return;
		}
		Deposition edited = forms.apply(before.described());
		work("Saving deposit.yaml…", () -> draft.save(before, edited), s -> {
			state = s;
			events.opened(s, true);
			then.run();
		}, null);
	}

	// -- Validation ------------------------------------------------------------------------------------------------

	void validate() {
		DepositionDraft.State s = state;
		if (s == null) return;
		work("Validating…", () -> draft.validate(s), r -> {
			report = r;
			events.validated(r);
		}, null);
	}

	/** Shows the step and the field (or File-list) a problem is about. */
	void goTo(Problem p) {
		DepositionDraft.State s = state;
		if (p == null || s == null || s.described() == null) return;
		ProblemPlace place = ProblemPlace.of(p.place(), new DescriptionDraft(s.described()));
		show(place.step());
		events.place(place, p);
		events.status(p.where() + ": " + p.message(), p.isError());
	}

	// -- Submit ----------------------------------------------------------------------------------------------------

	/**
	 * Saves the forms if changed, validates and packages into {@code out}, then uploads and submits; a package whose
	 * receipt names a study goes as a new version of it (see {@link DepositionDraft#deposit}).
	 *
	 * @param password wiped once the upload has logged in, or when nothing is sent
	 */
	void packageAndSubmit(Path out, String server, String user, char[] password) {
		Runnable pack = () -> {
			DepositionDraft.State s = state;
			work("Validating and packaging…", () -> draft.pack(s, out), p -> {
				report = p.report();
				events.packaged(p, out);
				if (p.written() == null) {
					Password.wipe(password);
					events.status("Validation found errors; nothing was packaged or sent.", true);
					return;
				}
				packageFolder = out;
				upload(server, user, password);
			}, why -> Password.wipe(password));
		};
		if (formsChanged()) save(pack);
		else pack.run();
	}

	/** Stops the upload: the files sent so far stay on the server; {@link #upload} again sends the rest. */
	void pause() {
		Thread t = uploading;
		if (t == null) return;
		pausing = true;
		t.interrupt();
	}

	/**
	 * Uploads the package written last, on a thread of its own; run again (Resume), it sends only what is missing.
	 *
	 * @param password wiped once the upload has logged in, or at once when there is nothing to upload
	 */
	void upload(String server, String user, char[] password) {
		Path pkg = packageFolder;
		if (pkg == null || uploading != null) {
			Password.wipe(password);
			return;
		}
		pausing = false;
		lastProgress = null;
		events.upload(new UploadEvent.Started(server));
		events.status("Uploading…", false);
		ProgressListener listener = new ProgressListener() {

			@Override
			public void progress(Progress p) {
				lastProgress = p;
				ui.accept(() -> events.upload(new UploadEvent.Sending(p)));
			}

			@Override
			public void message(String text) {
				ui.accept(() -> events.upload(new UploadEvent.Message(text)));
			}
		};
		Thread t = new Thread(() -> {
			DepositionDraft.Deposited done = null;
			Exception failure = null;
			try {
				done = draft.deposit(pkg, server, user, password, listener);
			}
			catch (IOException | RuntimeException e) {
				failure = e;
			}
			DepositionDraft.Deposited result = done;
			Exception error = failure;
			ui.accept(() -> uploaded(result, error));
		}, "bia-wizard-deposit");
		t.setDaemon(true);
		uploading = t;
		t.start();
	}

	private void uploaded(DepositionDraft.Deposited d, Exception error) {
		uploading = null;
		boolean paused = pausing;
		pausing = false;
		if (d != null && d.receipt().processed()) {
			receipt = d.receipt();
			UploadEvent.Deposited done = new UploadEvent.Deposited(d.receipt(), d.kind(), d.alreadySubmitted());
			events.upload(done);
			events.status(done.summary(), false);
		}
		else if (paused && d == null) {
			events.upload(new UploadEvent.Paused(lastProgress));
			events.status("Paused.", false);
		}
		else {
			Receipt r = d == null ? null : d.receipt();
			String why = r != null ? "BioStudies did not accept " + r.accession() + " (" + r.status() + "): " + String
				.join("; ", r.errors()) : error.getMessage();
			events.upload(new UploadEvent.Failed(why));
			events.status("Upload failed: " + why, true);
		}
	}
}
