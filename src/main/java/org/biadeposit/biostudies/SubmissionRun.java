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
package org.biadeposit.biostudies;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.Amounts;
import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;

/**
 * The upload-and-submit run of one package folder ({@code submission.json}, {@code filelists/},
 * {@code upload-plan.tsv}) in BioStudies, from login to accession:
 * <ol>
 * <li>checks that every file of the plan is here;</li>
 * <li>logs in (the password is wiped right after);</li>
 * <li>reads the package's {@code receipt.json}: when an earlier run submitted the package, or may have (see
 * {@link EarlierSubmission}), reports that study and stops: a new version is sent only with {@link #accession};</li>
 * <li>lists the user folder (only the folders the plan uses) to see what is already there;</li>
 * <li>picks the route ({@link UploadRoute}): HTTP refuses files above the 20 GB limit that are not already there,
 * Aspera needs {@code ascp};</li>
 * <li>creates the missing folders, uploads the data files in parallel — skipping those already on the server with
 * the same size that the upload record vouches for ({@link UploadSelection}) — and then the File-lists, which are
 * always sent;</li>
 * <li>checks that the user-folder listing has every file with its local size ({@link ListingCheck}), else stops;</li>
 * <li>writes {@code receipt.json} (status SENDING), submits {@code submission.json} (with {@link #accession} as its
 * {@code accno} for a new version of a study), writes the receipt with the accession, polls the status until
 * PROCESSED or INVALID (then shows the server's errors), and writes the receipt again;</li>
 * <li>logs out, also when something failed.</li>
 * </ol>
 * A new version of a study either sends what changed or, with {@link #metadataOnly}, no data files at all.
 * Each finished upload is recorded in the upload record of the server and user, in the user's cache folder (see
 * {@link UploadJournal}), so that a run started again after an interruption sends only what is missing and still
 * knows every file's checksums.
 * <p>
 * The steps above read in order here; the choices within them live in {@link PlannedFile}, {@link UploadSelection},
 * {@link EarlierSubmission} and {@link UploadJournal}.
 * </p>
 */
public final class SubmissionRun {

	/** How often the BioStudies command-line client asks for the status (spec §3). */
	public static final Duration POLL_INTERVAL = Duration.ofSeconds(20);
	public static final int DEFAULT_PARALLEL = 4;

	private final BioStudiesClient client;
	private final Path folder;
	private int parallel = DEFAULT_PARALLEL;
	private String accession;
	private boolean metadataOnly;
	private boolean fromPrevious; // every file is the previous version's: preferredSources=SUBMISSION
	private Duration pollInterval = POLL_INTERVAL;
	private Duration pollTimeout = Duration.ofHours(6);
	private ProgressListener listener = ProgressListener.NONE;
	private boolean resendUnverified;
	private long resendLimit = UploadSelection.RESEND_LIMIT;
	private Path uploadRecords;
	private boolean alreadySubmitted;
	private boolean md5;
	private UploadRoute route = UploadRoute.AUTO;
	private FtpLogin ftp;
	private AsperaLogin aspera;

	/**
	 * @param packageFolder the folder {@code bia package} wrote ({@link SubmissionPackage})
	 */
	public SubmissionRun(BioStudiesClient client, Path packageFolder) {
		this.client = client;
		this.folder = packageFolder.toAbsolutePath().normalize();
	}

	/** How many files are sent at the same time (default 4). */
	public SubmissionRun parallel(int files) {
		if (files < 1 || files > 64) throw new IllegalArgumentException("--parallel takes 1 to 64 files, not " + files);
		this.parallel = files;
		return this;
	}

	/** Deposit a new version of this existing study (e.g. {@code S-BIAD1234}); null for a new study. */
	public SubmissionRun accession(String existing) {
		if (existing != null && !existing.isBlank() && !existing.strip().matches("[A-Za-z][A-Za-z0-9-]*\\d")) {
			throw new IllegalArgumentException("'" + existing + "' does not look like an accession such as S-BIAD1234");
		}
		this.accession = existing == null || existing.isBlank() ? null : existing.strip();
		return this;
	}

	/**
	 * Update only the metadata of an existing study: the data files are neither checked nor sent (they may be gone
	 * from this computer); the File-lists are sent; the server takes the data files from the user folder or, if not
	 * there, from the study's previous version (its default source order, spec §3). Needs {@link #accession} or an
	 * {@code accno} in submission.json.
	 */
	public SubmissionRun metadataOnly(boolean only) {
		this.metadataOnly = only;
		return this;
	}

	/**
	 * The longest wait between two status requests (default 20 s, as the BioStudies CLI does); the first requests
	 * come sooner, from one second up.
	 */
	public SubmissionRun pollInterval(Duration interval) {
		this.pollInterval = interval;
		return this;
	}

	/** How long to wait for the server to process the submission before giving up waiting (default 6 h). */
	public SubmissionRun pollTimeout(Duration timeout) {
		this.pollTimeout = timeout;
		return this;
	}

	/**
	 * Send again the files above the re-send limit (1 GiB) that the user folder has with the same size but that
	 * nothing vouches for ({@code --resend-unverified}); smaller ones are always sent again.
	 */
	public SubmissionRun resendUnverified(boolean resend) {
		this.resendUnverified = resend;
		return this;
	}

	/** The size above which a same-size file nothing vouches for is reported rather than sent again. */
	SubmissionRun resendLimit(long bytes) {
		this.resendLimit = bytes;
		return this;
	}

	/**
	 * Compute the MD5 of every file as well as its SHA-256 ({@code --md5}; default off): BioStudies returns neither
	 * checksum, and MD5 costs more CPU than the transfer does. Without it the receipt has no MD5.
	 */
	public SubmissionRun md5(boolean compute) {
		this.md5 = compute;
		return this;
	}

	/**
	 * How the files go ({@code --via}, default {@link UploadRoute#AUTO}); FTP needs {@link #ftp}, Aspera
	 * {@link #aspera}.
	 */
	public SubmissionRun via(UploadRoute how) {
		this.route = how == null ? UploadRoute.AUTO : how;
		return this;
	}

	/** The FTP account and host for the FTP route; its password is wiped when {@link #run} ends. */
	public SubmissionRun ftp(FtpLogin login) {
		this.ftp = login;
		return this;
	}

	/**
	 * The Aspera account, rate and where {@code ascp} is looked for, for the Aspera route; its password is wiped when
	 * {@link #run} ends.
	 */
	public SubmissionRun aspera(AsperaLogin login) {
		this.aspera = login;
		return this;
	}

	/**
	 * The folder of the upload records (default: {@code bia-deposit/uploads} in the user's cache folder, see
	 * {@link UploadJournal}).
	 */
	public SubmissionRun uploadRecords(Path folder) {
		this.uploadRecords = folder;
		return this;
	}

	/**
	 * Whether the last {@link #run} found the package already submitted (its receipt names a study, or the server
	 * made one from a submission whose answer was lost) and so sent nothing.
	 */
	public boolean alreadySubmitted() {
		return alreadySubmitted;
	}

	/** Who hears about progress and gets messages for the depositor. */
	public SubmissionRun listener(ProgressListener l) {
		this.listener = l == null ? ProgressListener.NONE : l;
		return this;
	}

	/**
	 * Deposits the package.
	 *
	 * @param password wiped as soon as the login is over
	 * @return the receipt, also written to {@code OUT/receipt.json}
	 * @throws BioStudiesException when the server refuses something (with its explanation), cannot be reached after
	 *   retries, rejects the submission (INVALID, with its errors), or a local file is missing or too large
	 */
	public Receipt run(String user, char[] password) throws IOException {
		try {
			return deposit(user, password);
		}
		finally {
			Password.wipe(password);
			if (ftp != null) ftp.wipe();
			if (aspera != null) aspera.wipe();
		}
	}

	private Receipt deposit(String user, char[] password) throws IOException {
		ProgressListener say = new SerialListener(listener);
		// a half-written package (an interrupted bia package, a hand edit) is refused before anything is sent
		SubmissionPackage.verify(folder);
		client.listener(say); // "waiting for the server's answer" while a call takes long
		Path submissionFile = folder.resolve(SubmissionPackage.SUBMISSION);
		String submissionText = Files.readString(submissionFile, StandardCharsets.UTF_8);
		Submission submission = PageTabJson.read(new StringReader(submissionText), SubmissionPackage.SUBMISSION);
		if (accession != null) {
			if (submission.accno() != null && !submission.accno().isBlank() && !submission.accno().equals(accession)) {
				say.message("submission.json names " + submission.accno() + "; sending it as " + accession);
			}
			submissionText = BioStudiesClient.withAccession(submissionText, accession);
		}
		if (metadataOnly && accession == null && (submission.accno() == null || submission.accno().isBlank())) {
			throw new BioStudiesException("a metadata-only update is for an existing study: give its accession " +
				"(for example S-BIAD1234)");
		}
		UploadPlan plan = UploadPlan.read(folder.resolve(SubmissionPackage.UPLOAD_PLAN));
		List<PlannedFile> files = PlannedFile.of(plan, submission, folder, metadataOnly);
		alreadySubmitted = false;

		UserProfile profile;
		try {
			profile = client.login(user, password);
			say.message("logged in to " + client.server() + " as " + profile);
		}
		finally {
			Password.wipe(password);
		}
		String server = client.server().url();
		Sending run = new Sending(server, user, title(submission), submissionText, folder.resolve(Receipt.NAME));
		Path records = uploadRecords == null ? UploadJournal.defaultFolder() : uploadRecords;
		try (UploadJournal journal = UploadJournal.open(records, server, user)) {
			return deposit(files, run, journal, say, profile);
		}
		finally {
			boolean interrupted = Thread.interrupted(); // a cancelled deposit still ends its session
			try {
				client.logout();
			}
			catch (BioStudiesException e) {
				say.message("could not log out: " + e.getMessage());
			}
			finally {
				if (interrupted) Thread.currentThread().interrupt();
			}
		}
	}

	/** What this run sends and as whom, as the receipt records it, and where the receipt is. */
	record Sending(String server, String user, String title, String submission, Path receiptFile) {}

	private Receipt deposit(List<PlannedFile> files, Sending run, UploadJournal journal, ProgressListener say,
		UserProfile profile) throws IOException
	{
		Receipt earlier = accession == null ? Receipt.readIfPresent(run.receiptFile()) : null;
		if (earlier != null && earlier.status() != null) {
			EarlierSubmission.checkSameAccount(earlier, run.server(), run.user());
			Receipt known = EarlierSubmission.resolve(client, earlier, run, say);
			alreadySubmitted = known != null;
			if (known != null) return known;
		}
		List<PlannedFile> candidates = metadataOnly ? files.stream().filter(PlannedFile::fileList).toList() : files;
		// Listed by the API on every route: FTP uploads appear there, and that is where the submission finds them.
		Map<String, Long> onServer = FileTransfer.onServer(new HttpUploadArea(client), candidates);
		UploadSelection selection = UploadSelection.of(candidates, onServer, journal, run.server(), resendLimit,
			resendUnverified, md5);
		List<PlannedFile> send = selection.send;
		Map<String, Receipt.File> done = new HashMap<>(selection.kept);
		try (UploadArea area = route.open(send, client, profile, ftp, aspera, say)) {
			selection.tell(say);
			FileTransfer transfer = new FileTransfer(area, run.server(), parallel, md5, say);
			transfer.createFolders(send, onServer.keySet());
			transfer.upload(send, onServer, journal, done);
		}
		if (journal.problem() != null) say.message(journal.problem());
		ListingCheck.sizes(client, candidates); // what the submission will find, whichever route sent it
		if (metadataOnly) {
			int kept = 0;
			for (PlannedFile f : files) {
				if (f.fileList()) continue;
				kept++;
				// The checksums of the bytes this computer last sent to that path, when of the same size.
				UploadJournal.Entry sent = journal.sent(run.server(), f.remote());
				Checksums c = sent != null && sent.size() == f.size() ? sent.checksums() : null;
				done.put(f.remote(), f.receiptFile(c == null || md5 ? c : c.withoutMd5(), FileState.NOT_SENT));
			}
			say.message("metadata only: " + kept + " data files not sent; the server takes them from the previous " +
				"version");
		}
		fromPrevious = metadataOnly && candidates.isEmpty();
		List<Receipt.File> receiptFiles = files.stream().map(f -> done.get(f.remote())).toList();
		return submit(run, receiptFiles, say);
	}

	/**
	 * Sends the submission: writes the receipt first ({@link SubmissionStatus#SENDING}), then with the accession, then
	 * follows the processing.
	 */
	private Receipt submit(Sending run, List<Receipt.File> files, ProgressListener say) throws IOException {
		Receipt sending = new Receipt(accession, 0, SubmissionStatus.SENDING, run.server(), run.user(), run.title(),
			null, Instant.now(), files, List.of(), run.submission());
		sending.write(run.receiptFile());
		SubmissionRequest request;
		try {
			request = fromPrevious ? client.submitMetadataUpdate(run.submission()) : client.submitAsync(run.submission());
		}
		catch (BioStudiesException e) {
			if (e.status() >= 400 && e.status() < 500) { // refused: no study was made
				new Receipt(accession, 0, SubmissionStatus.REFUSED, run.server(), run.user(), run.title(), null, Instant
					.now(), files, e.serverMessage(), run.submission()).write(run.receiptFile());
				throw e;
			}
			throw new BioStudiesException(e.getMessage() + "\nit is not known whether BioStudies made the study: " +
				Receipt.NAME + " records that the submission was sent; run the same command again to find out (it " +
				"does not make a second study)", e.status(), List.of(), e);
		}
		Receipt receipt = receipt(request, SubmissionStatus.SUBMITTED, run, files, List.of());
		receipt.write(run.receiptFile());
		say.message("submitted: " + request + "; waiting for BioStudies to process it");

		SubmissionStatus status;
		try {
			status = poll(request, say);
		}
		catch (BioStudiesException e) {
			throw new BioStudiesException(request + " was submitted (see " + Receipt.NAME + "), but following its " +
				"processing failed: " + e.getMessage(), e.status(), List.of(), e);
		}
		if (status == SubmissionStatus.INVALID) {
			List<String> errors = client.errors(request);
			receipt(request, status, run, files, errors).write(run.receiptFile());
			List<String> lines = new ArrayList<>();
			lines.add("its reasons:");
			for (String e : errors) BioStudiesException.addMessage(lines, "  - ", e);
			if (errors.isEmpty()) lines.set(0, "it gave no reasons");
			throw new BioStudiesException("BioStudies rejected " + request + " (status INVALID)", 0, lines, null);
		}
		receipt = receipt(request, status, run, files, List.of());
		receipt.write(run.receiptFile());
		say.message("deposited: " + request.accNo() + " " + receipt.studyUrl());
		return receipt;
	}

	/** The study's title as BioStudies lists it: the root section's Title, else the submission's. */
	private static String title(Submission submission) {
		String title = submission.section().attribute("Title");
		return title == null || title.isBlank() ? submission.attribute("Title") : title;
	}

	/** Polls until PROCESSED or POST_PROCESSED (returned), INVALID (returned) or the timeout (an exception). */
	private SubmissionStatus poll(SubmissionRequest request, ProgressListener say) throws IOException {
		long deadline = System.nanoTime() + pollTimeout.toNanos();
		SubmissionStatus last = null;
		// Ask soon, then less and less often up to the interval: a small study is processed in seconds, a large
		// one in minutes, and the server should not be asked every second for those.
		long wait = Math.min(1000, pollInterval.toMillis());
		while (true) {
			SubmissionStatus status = client.status(request);
			if (status != last) say.message("status of " + request.accNo() + ": " + status);
			last = status;
			if (status.finished()) return status;
			if (System.nanoTime() > deadline) {
				throw new BioStudiesException(request + " is still being processed (" + status + ") after " +
					Amounts.duration(pollTimeout) + "; the receipt is written; ask for its status later");
			}
			try {
				Thread.sleep(wait);
				wait = Math.min(wait * 2, pollInterval.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("interrupted while waiting for " + request);
			}
		}
	}

	private Receipt receipt(SubmissionRequest r, SubmissionStatus status, Sending run, List<Receipt.File> files,
		List<String> errors)
	{
		return new Receipt(r.accNo(), r.version(), status, run.server(), run.user(), run.title(),
			client.server().studyUrl(r.accNo()), Instant.now(), files, errors, run.submission());
	}
}
