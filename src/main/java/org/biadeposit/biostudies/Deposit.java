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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Section;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;

/**
 * One deposit of a package folder ({@code submission.json}, {@code filelists/}, {@code upload-plan.tsv}) in
 * BioStudies, from login to accession:
 * <ol>
 * <li>checks that every file of the plan is here;</li>
 * <li>logs in (the password is wiped right after);</li>
 * <li>lists the user folder (only the folders the plan uses) to see what is already there;</li>
 * <li>refuses files above the 20 GB HTTP limit that are not already there (they go by FTP or Aspera);</li>
 * <li>creates the missing folders, uploads the data files in parallel — skipping those already on the server with
 * the same size — and then the File-lists, which are always sent (small, and their content may change at the same
 * size);</li>
 * <li>submits {@code submission.json} (with {@link #accession} as its {@code accno} for a new version of a study),
 * writes {@code receipt.json}, polls the status until PROCESSED or INVALID (then shows the server's errors), and
 * writes the receipt again;</li>
 * <li>logs out, also when something failed.</li>
 * </ol>
 * A new version of a study either sends what changed (files already there with the same size are skipped, as
 * always) or, with {@link #metadataOnly}, no data files at all.
 * Each finished upload is recorded in {@code OUT/.upload-journal.jsonl} (see {@link UploadJournal}), so that a run
 * started again after an interruption sends only what is missing and still knows every file's checksums.
 */
public final class Deposit {

	/** How often the BioStudies command-line client asks for the status (spec §3). */
	public static final Duration POLL_INTERVAL = Duration.ofSeconds(20);
	public static final int DEFAULT_PARALLEL = 4;

	private final BioStudiesClient client;
	private final Path folder;
	private int parallel = DEFAULT_PARALLEL;
	private String accession;
	private boolean metadataOnly;
	private Duration pollInterval = POLL_INTERVAL;
	private Duration pollTimeout = Duration.ofHours(6);
	private ProgressListener listener = ProgressListener.NONE;

	/**
	 * @param packageFolder the folder {@code bia package} wrote ({@link SubmissionPackage})
	 */
	public Deposit(BioStudiesClient client, Path packageFolder) {
		this.client = client;
		this.folder = packageFolder.toAbsolutePath().normalize();
	}

	/** How many files are sent at the same time (default 4). */
	public Deposit parallel(int files) {
		if (files < 1 || files > 64) throw new IllegalArgumentException("--parallel takes 1 to 64 files, not " + files);
		this.parallel = files;
		return this;
	}

	/** Deposit a new version of this existing study (e.g. {@code S-BIAD1234}); null for a new study. */
	public Deposit accession(String existing) {
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
	public Deposit metadataOnly(boolean only) {
		this.metadataOnly = only;
		return this;
	}

	/**
	 * The longest wait between two status requests (default 20 s, as the BioStudies CLI does); the first requests
	 * come sooner, from one second up.
	 */
	public Deposit pollInterval(Duration interval) {
		this.pollInterval = interval;
		return this;
	}

	/** How long to wait for the server to process the submission before giving up waiting (default 6 h). */
	public Deposit pollTimeout(Duration timeout) {
		this.pollTimeout = timeout;
		return this;
	}

	/** Who hears about progress and gets messages for the depositor. */
	public Deposit listener(ProgressListener l) {
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
		}
	}

	private Receipt deposit(String user, char[] password) throws IOException {
		ProgressListener say = new Serial(listener);
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
		String rootPath = BioStudiesClient.folder(submission.attribute("RootPath"));
		List<Planned> files = local(plan, rootPath, fileLists(submission));

		try {
			UserProfile profile = client.login(user, password);
			say.message("logged in to " + client.server() + " as " + profile);
		}
		finally {
			Password.wipe(password);
		}
		try (UploadJournal journal = UploadJournal.open(folder.resolve(UploadJournal.NAME))) {
			return deposit(files, submissionText, journal, say);
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

	/** A file of the plan as it is now on this computer. */
	private record Planned(UploadPlan.Item item, String remote, long size, long modified, boolean fileList) {}

	private Receipt deposit(List<Planned> files, String submissionText, UploadJournal journal, ProgressListener say)
		throws IOException
	{
		String server = client.server().url();
		List<Planned> candidates = metadataOnly ? files.stream().filter(Planned::fileList).toList() : files;
		Map<String, Long> onServer = onServer(candidates);

		List<Planned> send = new ArrayList<>(), skip = new ArrayList<>(), changed = new ArrayList<>();
		for (Planned f : candidates) {
			Long there = onServer.get(f.remote());
			if (f.fileList() || there == null || there != f.size()) {
				send.add(f);
				continue;
			}
			UploadJournal.Entry sent = journal.sent(server, f.remote());
			if (sent != null && sent.size() == f.size() && sent.modified() != f.modified()) changed.add(f);
			else skip.add(f);
		}
		send.addAll(changed);

		List<Planned> tooLarge = send.stream().filter(f -> f.size() > UploadPlan.HTTP_LIMIT).toList();
		if (!tooLarge.isEmpty()) throw tooLarge(tooLarge);

		if (!skip.isEmpty()) {
			long bytes = skip.stream().mapToLong(Planned::size).sum();
			say.message("already on the server, not sent again: " + skip.size() +
				(skip.size() == 1 ? " file (" : " files (") + ProgressBar.bytes(bytes) + ")");
		}
		if (!changed.isEmpty()) {
			say.message("changed here since they were sent (same size, another modification time), sending again: " +
				changed.size() + " files");
		}

		createFolders(send, onServer.keySet());
		Map<String, Receipt.File> done = new HashMap<>();
		upload(send, journal, done, say);

		// Files not sent: their checksums come from the journal of the run that sent them. Only a file sent some other
		// way (an earlier tool, FTP, the web page) has no entry; it is read once here, as it was not read for sending.
		List<Planned> unknown = new ArrayList<>();
		for (Planned f : skip) {
			Checksums c = journal.checksums(f.item().local(), f.size(), f.modified());
			if (c == null) unknown.add(f);
			else done.put(f.remote(), file(f, c, Receipt.ON_SERVER));
		}
		if (!unknown.isEmpty()) {
			say.message("computing the checksums of " + unknown.size() + " files sent before without this tool");
			for (Planned f : unknown) done.put(f.remote(), file(f, Checksums.of(f.item().local()), Receipt.ON_SERVER));
		}
		if (metadataOnly) {
			int kept = 0;
			for (Planned f : files) {
				if (f.fileList()) continue;
				kept++;
				Checksums c = f.modified() < 0 ? null : journal.checksums(f.item().local(), f.size(), f.modified());
				UploadJournal.Entry sent = journal.sent(server, f.remote());
				if (c == null && sent != null && sent.size() == f.size()) c = sent.checksums();
				done.put(f.remote(), new Receipt.File(f.remote(), f.item().local().toString(), f.size(),
					c == null ? null : c.md5(), c == null ? null : c.sha256(), Receipt.NOT_SENT));
			}
			say.message("metadata only: " + kept + " data files not sent; the server takes them from your user " +
				"folder or the previous version");
		}
		List<Receipt.File> receiptFiles = files.stream().map(f -> done.get(f.remote())).toList();

		SubmissionRequest request = client.submitAsync(submissionText);
		say.message("submitted: " + request + "; waiting for BioStudies to process it");
		Path receiptFile = folder.resolve(Receipt.NAME);
		Receipt receipt = receipt(request, "SUBMITTED", receiptFiles, List.of(), submissionText);
		receipt.write(receiptFile);

		String status;
		try {
			status = poll(request, say);
		}
		catch (BioStudiesException e) {
			throw new BioStudiesException(request + " was submitted (see " + Receipt.NAME + "), but following its " +
				"processing failed: " + e.getMessage(), e.status(), List.of(), e);
		}
		if (SubmissionRequest.INVALID.equals(status)) {
			List<String> errors = client.errors(request);
			receipt(request, status, receiptFiles, errors, submissionText).write(receiptFile);
			List<String> lines = new ArrayList<>();
			lines.add("its reasons:");
			for (String e : errors) BioStudiesException.addMessage(lines, "  - ", e);
			if (errors.isEmpty()) lines.set(0, "it gave no reasons");
			throw new BioStudiesException("BioStudies rejected " + request + " (status INVALID)", 0, lines, null);
		}
		receipt = receipt(request, status, receiptFiles, List.of(), submissionText);
		receipt.write(receiptFile);
		say.message("deposited: " + request.accNo() + " " + receipt.studyUrl());
		return receipt;
	}

	/** The plan's files as they are now; refuses missing ones. Remote paths get the submission's RootPath. */
	private List<Planned> local(UploadPlan plan, String rootPath, Set<String> fileLists) throws IOException {
		List<Planned> files = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (UploadPlan.Item item : plan.items()) {
			Path local = item.local();
			boolean fileList = fileLists.contains(item.remote()) || local.startsWith(folder);
			String remote = rootPath.isEmpty() ? item.remote() : rootPath + "/" + item.remote();
			if (!Files.isRegularFile(local)) {
				if (metadataOnly && !fileList) files.add(new Planned(item, remote, item.size(), -1, false));
				else missing.add(local.toString());
				continue;
			}
			long modified = Files.getLastModifiedTime(local).toMillis();
			files.add(new Planned(item, remote, Files.size(local), modified, fileList));
		}
		if (!missing.isEmpty()) {
			List<String> lines = new ArrayList<>();
			missing.stream().limit(20).forEach(m -> lines.add("  - " + m));
			if (missing.size() > 20) lines.add("  … and " + (missing.size() - 20) + " more");
			lines.add(0, missing.size() + " missing (moved or deleted since the package was written?)");
			throw new BioStudiesException("files of " + SubmissionPackage.UPLOAD_PLAN + " are not here", 0, lines,
				null);
		}
		return files;
	}

	/** The {@code File List} paths the submission names (relative to the user folder or RootPath). */
	private static Set<String> fileLists(Submission submission) {
		Set<String> lists = new HashSet<>();
		for (Section s : submission.sections()) {
			for (String v : s.attributes("File List")) {
				try {
					lists.add(BioStudiesClient.folder(v));
				}
				catch (IllegalArgumentException e) {
					// not a path; the server will say so
				}
			}
		}
		return lists;
	}

	/**
	 * The sizes of the plan's files already in the user folder (and the folders that exist, with size -1). Lists only
	 * the folders the plan uses, not the whole user folder, which may hold other studies.
	 */
	private Map<String, Long> onServer(List<Planned> files) throws BioStudiesException {
		Set<String> needed = folders(files);
		Map<String, Long> there = new HashMap<>();
		List<String> queue = new ArrayList<>(List.of(""));
		while (!queue.isEmpty()) {
			String dir = queue.remove(queue.size() - 1);
			for (UserFile f : client.list(dir)) {
				if (f.directory()) {
					if (needed.contains(f.path())) {
						there.put(f.path(), -1L);
						queue.add(f.path());
					}
				}
				else {
					there.put(f.path(), f.size());
				}
			}
		}
		return there;
	}

	/** Every folder the files go in, with its parents. */
	private static Set<String> folders(List<Planned> files) {
		Set<String> folders = new TreeSet<>();
		for (Planned f : files) {
			String p = f.remote();
			for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
				folders.add(p.substring(0, slash));
			}
		}
		return folders;
	}

	private void createFolders(List<Planned> send, Set<String> existing) throws BioStudiesException {
		List<String> missing = folders(send).stream().filter(f -> !existing.contains(f))
			.sorted(Comparator.comparingInt((String f) -> f.split("/").length).thenComparing(f -> f)).toList();
		for (String f : missing) {
			int slash = f.lastIndexOf('/');
			client.createFolder(slash < 0 ? "" : f.substring(0, slash), f.substring(slash + 1));
		}
	}

	/** Sends the files, data first and File-lists last, {@link #parallel} at a time; stops all at the first failure. */
	private void upload(List<Planned> send, UploadJournal journal, Map<String, Receipt.File> done, ProgressListener say)
		throws IOException
	{
		if (send.isEmpty()) {
			say.message("nothing to send: every file is already on the server");
			return;
		}
		long bytes = send.stream().mapToLong(Planned::size).sum();
		say.message("sending " + send.size() + (send.size() == 1 ? " file (" : " files (") + ProgressBar.bytes(bytes) +
			")" + (parallel > 1 && send.size() > 1 ? ", " + Math.min(parallel, send.size()) + " at a time" : ""));
		ProgressMeter meter = new ProgressMeter(bytes, send.size(), say);
		List<Planned> data = send.stream().filter(f -> !f.fileList()).toList();
		List<Planned> lists = send.stream().filter(Planned::fileList).toList();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, send.size()), threads());
		ExecutorCompletionService<Receipt.File> finished = new ExecutorCompletionService<>(pool);
		AtomicInteger sent = new AtomicInteger();
		try {
			for (List<Planned> batch : List.of(data, lists)) {
				for (Planned f : batch) {
					finished.submit(() -> {
						Checksums c = client.send(f.item().local(), f.remote(), meter);
						if (c.size() != f.size()) {
							throw new BioStudiesException(f.item().local() + " changed while it was being sent");
						}
						journal.record(new UploadJournal.Entry(client.server().url(), f.remote(),
							f.item().local().toString(), f.size(), f.modified(), c));
						meter.fileDone(f.remote());
						sent.incrementAndGet();
						return file(f, c, Receipt.SENT);
					});
				}
				for (int i = 0; i < batch.size(); i++) { // in the order they finish: a failure stops the rest at once
					Receipt.File f = finished.take().get();
					done.put(f.remote(), f);
				}
			}
			meter.finish();
		}
		catch (ExecutionException e) {
			pool.shutdownNow();
			Throwable cause = e.getCause();
			say.message("sent " + sent.get() + " of " + send.size() + " files before stopping; run again to send " +
				"the rest");
			if (cause instanceof IOException io) throw io;
			if (cause instanceof RuntimeException re) throw re;
			throw new IOException(cause);
		}
		catch (InterruptedException e) {
			pool.shutdownNow();
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while sending files");
		}
		finally {
			pool.shutdownNow();
			try {
				pool.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Polls until PROCESSED or POST_PROCESSED (returned), INVALID (returned) or the timeout (an exception). */
	private String poll(SubmissionRequest request, ProgressListener say) throws IOException {
		long deadline = System.nanoTime() + pollTimeout.toNanos();
		String last = null;
		// Ask soon, then less and less often up to the interval: a small study is processed in seconds, a large
		// one in minutes, and the server should not be asked every second for those.
		long wait = Math.min(1000, pollInterval.toMillis());
		while (true) {
			String status = client.status(request);
			if (!status.equals(last)) say.message("status of " + request.accNo() + ": " + status);
			last = status;
			if (SubmissionRequest.DONE.contains(status) || SubmissionRequest.INVALID.equals(status)) return status;
			if (System.nanoTime() > deadline) {
				throw new BioStudiesException(request + " is still being processed (" + status + ") after " +
					ProgressBar.duration(pollTimeout) + "; the receipt is written; ask for its status later");
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

	private Receipt receipt(SubmissionRequest r, String status, List<Receipt.File> files, List<String> errors,
		String submission)
	{
		return new Receipt(r.accNo(), r.version(), status, client.server().url(), client.server().studyUrl(r.accNo()),
			Instant.now(), files, errors, submission);
	}

	private static Receipt.File file(Planned f, Checksums c, String state) {
		return new Receipt.File(f.remote(), f.item().local().toString(), f.size(), c.md5(), c.sha256(), state);
	}

	private static BioStudiesException tooLarge(List<Planned> files) {
		List<String> lines = new ArrayList<>();
		lines.add("these files are above the 20 GB per file that the API accepts over HTTP:");
		for (Planned f : files) lines.add("  - " + f.remote() + " (" + ProgressBar.bytes(f.size()) + ")");
		lines.add("send them by FTP or Aspera into your user folder, keeping these paths (see " +
			UploadPlan.LARGE_FILE_HELP + "), then run this again: files already there are not sent twice");
		String what = "cannot upload " + files.size() + (files.size() == 1 ? " file" : " files");
		return new BioStudiesException(what, 0, lines, null);
	}

	private static ThreadFactory threads() {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, "bia-upload-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}

	/** Passes calls on one at a time, whichever thread makes them. */
	private static final class Serial implements ProgressListener {

		private final ProgressListener target;

		Serial(ProgressListener target) {
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
}
