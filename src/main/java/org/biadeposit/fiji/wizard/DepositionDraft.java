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
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.ProgressListener;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.harvest.RecordTable;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.DepositionPlanner;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.biadeposit.rembi.yaml.DepositYamlWriter;
import org.biadeposit.validate.Report;

/**
 * The deposition the wizard works on, as the stations see it: the dataset folder, its deposit.yaml (written from the
 * images, as {@code bia init} does, when the folder has none), what deposit.yaml says and what was built from it and
 * the harvest. Every file the wizard reads or writes goes through here, so its windows only show and collect; and
 * since deposit.yaml is read and written here with the same reader the scripts use, the wizard and the scripts never
 * disagree. Not thread-bound: the wizard calls it off the event thread.
 */
public final class DepositionDraft {

	/**
	 * The deposition at one moment.
	 *
	 * @param described what deposit.yaml says (what the forms show and edit); null if it cannot be read at all
	 * @param built the deposition built from deposit.yaml and the harvest (components with File-lists); may be null
	 * @param problems reading deposit.yaml and building, before validation
	 * @param starterWritten whether deposit.yaml was written from the images just now
	 */
	public record State(Path root, Path config, Deposition described, Deposition built, List<HarvestedFile> harvested,
		List<Problem> problems, boolean starterWritten)
	{

		/** The harvested images as rows of {@link RecordTable#COLUMNS}. */
		public List<List<String>> imageRows() {
			List<List<String>> rows = new ArrayList<>();
			for (HarvestedFile h : harvested) {
				if (!h.notAnImage()) rows.addAll(RecordTable.rows(h));
			}
			return rows;
		}
	}

	/** deposit.yaml as it was before the wizard first rewrote it, beside it. */
	public static final String BACKUP = ".deposit.yaml.bak";

	/** Where the harvest cache of a dataset folder is kept. */
	public interface CacheFor {

		HarvestCache cache(Path root);
	}

	private final Harvester harvester;
	private final CacheFor caches;
	private final int threads;
	private final LocalDate today;
	private Duration pollInterval = SubmissionRun.POLL_INTERVAL;
	private Path uploadRecords;
	private boolean backedUp;

	/**
	 * @param caches the harvest cache for a folder (the user's cache folder in Fiji), so that the repeated plans of a
	 *          wizard session read each image once
	 * @param today the day starter release dates are counted from
	 */
	public DepositionDraft(Harvester harvester, CacheFor caches, int threads, LocalDate today) {
		this.harvester = harvester;
		this.caches = caches;
		this.threads = threads;
		this.today = today;
	}

	/** The default harvest cache of a folder, in the user's cache folder (as the Fiji commands use). */
	public static CacheFor userCache(Harvester harvester) {
		return root -> HarvestCache.at(HarvestCache.defaultFile(List.of(root.toString())), harvester);
	}

	/** The longest wait between two status requests after submitting (default as {@link SubmissionRun}). */
	public DepositionDraft pollInterval(Duration interval) {
		this.pollInterval = interval;
		return this;
	}

	/** The folder of the upload records (default: the user's cache folder, as {@code bia submit}). */
	public DepositionDraft uploadRecords(Path folder) {
		this.uploadRecords = folder;
		return this;
	}

	private DepositionWorkflow workflow(Path root, ProgressListener listener) {
		return new DepositionWorkflow(harvester, caches.cache(root), threads, listener);
	}

	/**
	 * Opens a dataset folder: writes a starter deposit.yaml from the images if there is none, then harvests, reads
	 * deposit.yaml and builds the deposition. Interrupted (the wizard's Stop), it ends with an
	 * {@link InterruptedIOException} and keeps no starter written from part of the images.
	 */
	public State open(Path root, ProgressListener listener) throws IOException {
		if (!Files.isDirectory(root)) {
			throw new IOException(root + " is not a folder; choose the folder that holds the dataset");
		}
		Path config = root.resolve("deposit.yaml");
		boolean starter = !Files.exists(config);
		if (starter) {
			workflow(root, listener).init(root, false, today);
			if (Thread.currentThread().isInterrupted()) { // written from part of the images: not kept
				Files.deleteIfExists(config);
				throw new InterruptedIOException("the harvest of " + root + " was stopped");
			}
		}
		backedUp = false;
		State state = plan(root, config, starter, listener);
		if (Thread.currentThread().isInterrupted()) {
			throw new InterruptedIOException("the harvest of " + root + " was stopped");
		}
		return state;
	}

	private State plan(Path root, Path config, boolean starter, ProgressListener listener) {
		DepositionPlanner.Plan plan = workflow(root, listener).plan(root, config);
		DepositYaml.Reading reading = DepositYaml.read(config, root);
		return new State(root, config, reading.deposition(), plan.deposition(), plan.harvested(), plan.problems(),
			starter);
	}

	/**
	 * Writes deposit.yaml from the edited description and plans again. The first time in a session the file as it
	 * was is kept as {@value #BACKUP}, since rewriting it drops its comments; hidden, so that it is not taken for a
	 * file of the dataset.
	 */
	public State save(State state, Deposition edited) throws IOException {
		if (!backedUp && Files.exists(state.config())) {
			Files.copy(state.config(), state.root().resolve(BACKUP), StandardCopyOption.REPLACE_EXISTING);
			backedUp = true;
		}
		Files.writeString(state.config(), DepositYamlWriter.write(edited));
		return plan(state.root(), state.config(), false, ProgressListener.NONE);
	}

	/** Every problem at once, as {@code bia validate} reports them. */
	public Report validate(State state) {
		return workflow(state.root(), ProgressListener.NONE).validate(state.root(), state.config());
	}

	/** Validates and writes the package, as {@code bia package}; nothing is written when there are errors. */
	public DepositionWorkflow.Packaged pack(State state, Path out) throws IOException {
		return workflow(state.root(), ProgressListener.NONE).pack(state.root(), state.config(), out);
	}

	/**
	 * A package sent: the receipt, and how it went.
	 *
	 * @param kind a new study, a new version of the study the package's receipt names, or that study unchanged
	 * @param alreadySubmitted whether nothing was sent because the study was already submitted
	 */
	public record Deposited(Receipt receipt, EarlierDeposit.Kind kind, boolean alreadySubmitted) {}

	/**
	 * Uploads and submits a package, as {@code bia submit}. Run again after an interruption, it sends only what is not
	 * yet on the server. A package whose receipt names a study of this server goes as a new version of that study
	 * when it changed since ({@link EarlierDeposit}), never as a second study.
	 *
	 * @param password wiped when the login is over
	 */
	public Deposited deposit(Path packageFolder, String server, String user, char[] password,
		ProgressListener listener) throws IOException
	{
		try {
			EarlierDeposit earlier = EarlierDeposit.of(packageFolder);
			EarlierDeposit.Kind kind = earlier.kind(server);
			if (kind == EarlierDeposit.Kind.NEW_VERSION) {
				listener.message("changed since " + earlier.receipt().accession() + " version " + earlier.receipt()
					.version() + " was submitted: sending a new version of it");
			}
			try (BioStudiesClient client = new BioStudiesClient(Server.of(server))) {
				SubmissionRun deposit = new SubmissionRun(client, packageFolder).pollInterval(pollInterval).listener(listener)
					.accession(earlier.accession(server));
				if (uploadRecords != null) deposit.uploadRecords(uploadRecords);
				Receipt receipt = deposit.run(user, password);
				return new Deposited(receipt, kind, deposit.alreadySubmitted());
			}
		}
		finally {
			Password.wipe(password);
		}
	}
}
