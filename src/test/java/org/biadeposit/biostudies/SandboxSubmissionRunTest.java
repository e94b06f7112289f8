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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.biadeposit.ProgressListener;
import org.biadeposit.pagetab.SubmissionPackage;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.pagetab.SubmissionPackage;
import org.biadeposit.sandbox.ReceivedRequest;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * The client against the sandbox server over loopback, the two written independently from the spec: a whole
 * submission, resumes after a reset connection and after the process is killed, retries, refusals, secrets.
 */
class SandboxSubmissionRunTest {

	private static final String USER = SandboxConfig.DEMO_EMAIL;
	private static final String PASSWORD = SandboxConfig.DEMO_PASSWORD;
	private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(100));

	@TempDir
	static Path shared;

	/** The example dataset, packaged once; each test copies the package (its journal and receipt are per run). */
	private static Path packaged;

	@TempDir
	Path tmp;

	private SandboxServer sandbox;

	@BeforeAll
	static void packageTheExample() throws IOException {
		Path dataset = shared.resolve("dataset");
		new ExampleDataset().write(dataset);
		packaged = shared.resolve("package");
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow.Packaged p = new DepositionWorkflow(context.service(HarvestService.class).harvester(),
				HarvestCache.none(), 2, ProgressListener.NONE).pack(dataset, dataset.resolve("deposit.yaml"), packaged);
			assertTrue(p.written() != null, p.report().toText());
		}
	}

	@AfterEach
	void stop() {
		if (sandbox != null) sandbox.close();
		System.clearProperty("bia.cache.dir");
	}

	private SandboxServer start() throws IOException {
		return start(Duration.ofMillis(50));
	}

	private SandboxServer start(Duration processing) throws IOException {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).processingDelay(
			processing).log(null));
		return sandbox;
	}

	/** The cache folder given to bia ({@code bia.cache.dir}); the upload records are in {@link #records()}. */
	private Path cache() {
		return tmp.resolve("cache");
	}

	private Path records() {
		return cache().resolve("bia-deposit").resolve("uploads");
	}

	/** The remote paths the upload records list as sent. */
	private List<String> recorded() throws IOException {
		List<String> recorded = new ArrayList<>();
		if (!Files.isDirectory(records())) return recorded;
		try (var files = Files.list(records())) {
			for (Path f : (Iterable<Path>) files::iterator) {
				for (String line : Files.readAllLines(f)) {
					if (line.endsWith("}")) recorded.add(new ObjectMapper().readTree(line).get("remote").asText());
				}
			}
		}
		return recorded;
	}

	/** How many studies the sandbox holds. */
	private long studies() throws IOException {
		if (!Files.isDirectory(sandbox.dataDir().resolve("submissions"))) return 0;
		try (var all = Files.list(sandbox.dataDir().resolve("submissions"))) {
			return all.filter(Files::isDirectory).count();
		}
	}

	private Path copyOfPackage() throws IOException {
		Path copy = tmp.resolve("package");
		try (var files = Files.walk(packaged)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Path target = copy.resolve(packaged.relativize(f).toString());
				if (Files.isDirectory(f)) Files.createDirectories(target);
				else Files.copy(f, target);
			}
		}
		// The plan names the package's own files (the File-lists) by absolute path: point them at the copy.
		Path plan = copy.resolve("upload-plan.tsv");
		Files.writeString(plan, Files.readString(plan).replace(packaged.toAbsolutePath().toString(), copy
			.toAbsolutePath().toString()));
		return copy;
	}

	private Receipt deposit(Path pkg, RetryPolicy retry) throws IOException {
		return deposit(pkg, retry, sandbox.baseUrl(), null);
	}

	private Receipt deposit(Path pkg, RetryPolicy retry, String url, SubmissionRun[] made) throws IOException {
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(url)).retry(retry).build()) {
			SubmissionRun d = new SubmissionRun(client, pkg).parallel(2).pollInterval(Duration.ofMillis(50))
				.uploadRecords(records());
			if (made != null) made[0] = d;
			return d.run(USER, PASSWORD.toCharArray());
		}
	}

	/** Runs bia submit in another JVM, its output in child.log; the upload records in {@link #cache()}. */
	private Process child(Path pkg, String... more) throws IOException {
		Path passwordFile = tmp.resolve("password");
		Files.writeString(passwordFile, PASSWORD + "\n");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Dbia.cache.dir=" + cache(), "-cp", classpath, "org.biadeposit.cli.Main", "submit", pkg
			.toString(), "--server", sandbox.baseUrl(), "--user", USER, "--password-file", passwordFile.toString()));
		command.addAll(List.of(more));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
			.start();
	}

	private static List<String[]> plan(Path pkg) throws IOException {
		List<String[]> rows = new ArrayList<>();
		List<String> lines = Files.readAllLines(pkg.resolve("upload-plan.tsv"));
		for (String line : lines.subList(1, lines.size())) rows.add(line.split("\t"));
		return rows;
	}

	/** Every file of the plan is in the user folder with exactly the local bytes. */
	private void assertAllArrivedIdentical(Path pkg) throws IOException {
		Path folder = sandbox.userFolder(USER);
		for (String[] row : plan(pkg)) {
			Path remote = folder.resolve(row[1]);
			assertTrue(Files.isRegularFile(remote), row[1] + " arrived");
			assertEquals(-1L, Files.mismatch(Path.of(row[0]), remote), row[1] + " arrived byte for byte");
		}
	}

	/**
	 * Files stored by uploads the server accepted (small files go many per request; a cut-off upload of an earlier run
	 * may be logged late, with no response).
	 */
	private long uploads() {
		return sandbox.received().stream().filter(r -> r.isUpload() && r.status() == 200).mapToLong(r -> r
			.storedFiles().size()).sum();
	}

	@Test
	void aWholeSubmissionGivesAnAccessionAndAReceiptWithTheChecksums() throws Exception {
		start();
		Path pkg = copyOfPackage();
		Receipt r = deposit(pkg, FAST);
		assertEquals("S-BIAD1", r.accession());
		assertTrue(r.processed(), r.status().name());
		assertAllArrivedIdentical(pkg);
		assertEquals(plan(pkg).size(), r.files().size());
		for (Receipt.File f : r.files()) {
			Checksums local = Checksums.of(Path.of(f.local()));
			assertEquals(local.sha256(), f.sha256(), f.remote());
			assertNull(f.md5(), "no MD5 unless asked for (--md5): " + f.remote());
			assertEquals(FileState.SENT, f.state());
		}
		assertFalse(Files.readString(pkg.resolve(Receipt.NAME)).contains("md5"), "receipt.json has no MD5");
		assertTrue(Files.isRegularFile(sandbox.submissionFolder("S-BIAD1", 1).resolve("submission.json")),
			"the sandbox stored what it received");
		Receipt written = Receipt.read(pkg.resolve(Receipt.NAME));
		assertEquals(List.of(r.accession(), r.version(), r.status(), r.files()), List.of(written.accession(), written
			.version(), written.status(), written.files()), "receipt.json says the same");
	}

	@Test
	void withMd5TheReceiptHasMd5AndSha256OfEveryFileAlsoOfThoseSentWithout() throws Exception {
		start();
		Path pkg = copyOfPackage();
		Receipt first = deposit(pkg, FAST);
		for (Receipt.File f : first.files()) assertNull(f.md5(), f.remote());
		// bia submit --md5 for a new version: the data files are vouched for by the record (which has no MD5), so
		// not sent again, but read here for their MD5; the File-lists are sent again and digested on the way
		Process child = child(pkg, "--md5", "--accession", first.accession(), "--poll", "1");
		boolean ended = child.waitFor(60, TimeUnit.SECONDS);
		if (!ended) child.destroyForcibly();
		assertTrue(ended, "bia submit --md5 ended: " + Files.readString(tmp.resolve("child.log")));
		assertEquals(0, child.exitValue(), Files.readString(tmp.resolve("child.log")));
		Receipt second = Receipt.read(pkg.resolve(Receipt.NAME));
		assertEquals(2, second.version());
		assertEquals(Set.of(FileState.ON_SERVER, FileState.SENT), second.files().stream().map(Receipt.File::state)
			.collect(Collectors.toSet()));
		for (Receipt.File f : second.files()) {
			assertEquals(Checksums.of(Path.of(f.local())), new Checksums(f.size(), f.md5(), f.sha256()), f.remote());
		}
		assertAllArrivedIdentical(pkg);
	}

	/**
	 * Issue 10: {@code bia submit --via ftp} sends every file by FTP into {@code /<secret>} (none by the API), and the
	 * study is accepted; the FTP account reaches neither the output nor the receipt.
	 */
	@Test
	void bySubmitViaFtpTheStudyIsAccepted() throws Exception {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).ftpPort(0)
			.processingDelay(Duration.ofMillis(50)).log(null));
		Path pkg = copyOfPackage();
		Path ftpPassword = tmp.resolve("ftp-password");
		Files.writeString(ftpPassword, PASSWORD + "\n");
		Process child = child(pkg, "--via", "ftp", "--ftp-user", USER, "--ftp-password-file", ftpPassword.toString(),
			"--ftp-host", "127.0.0.1:" + sandbox.ftpPort(), "--poll", "1");
		boolean ended = child.waitFor(60, TimeUnit.SECONDS);
		if (!ended) child.destroyForcibly();
		String log = Files.readString(tmp.resolve("child.log"));
		assertTrue(ended, "bia submit --via ftp ended: " + log);
		assertEquals(0, child.exitValue(), log);
		assertTrue(log.contains("by FTP 127.0.0.1:" + sandbox.ftpPort()), log);
		assertEquals(0, sandbox.received().stream().filter(ReceivedRequest::isUpload).count(), "nothing by HTTP");
		assertTrue(Receipt.read(pkg.resolve(Receipt.NAME)).processed());
		assertAllArrivedIdentical(pkg);
		assertFalse(log.contains(PASSWORD), log);
		assertFalse(Files.readString(pkg.resolve(Receipt.NAME)).contains(PASSWORD));
	}

	/** A file cut off on the FTP route: the run stops, and the next one sends only its missing bytes. */
	@Test
	void aFileCutOffByFtpIsResumedByTheNextRun() throws Exception {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).ftpPort(0)
			.processingDelay(Duration.ofMillis(50)).log(null));
		sandbox.faults().resetFtpUploadAfter(1_000);
		Path pkg = copyOfPackage();
		List<String> said = new ArrayList<>();
		assertThrows(IOException.class, () -> ftpRun(pkg, said));
		assertEquals(1, sandbox.faults().resetsInjected());
		Receipt r = ftpRun(pkg, said);
		assertTrue(r.processed());
		assertTrue(said.stream().anyMatch(m -> m.endsWith(": resuming after the 1000 bytes already on the server")),
			said.toString());
		assertAllArrivedIdentical(pkg);
	}

	/**
	 * Issue 10: a real kill -9 of {@code bia submit --via ftp} in the middle of a file (a file larger than what the
	 * sockets hold, stored slowly by the sandbox), then the same command again: the cut-off file is completed from the
	 * bytes already on the server (REST), the files finished before the kill are not sent again, and there is one
	 * study, also after a third run.
	 */
	@Test
	void bySubmitViaFtpKilledMidFileTheSameCommandSendsOnlyTheMissingBytes() throws Exception {
		Path dataset = tmp.resolve("dataset");
		new ExampleDataset().largeFile(16L << 20).write(dataset);
		Path pkg = tmp.resolve("package");
		try (Context context = new Context(HarvestService.class)) {
			assertTrue(new DepositionWorkflow(context.service(HarvestService.class).harvester(), HarvestCache.none(), 2,
				ProgressListener.NONE).pack(dataset, dataset.resolve("deposit.yaml"), pkg).written() != null);
		}
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).ftpPort(0)
			.processingDelay(Duration.ofMillis(50)).log(null));
		sandbox.faults().throttleFtpUploads(4L << 20);
		Path ftpPassword = Files.writeString(tmp.resolve("ftp-password"), PASSWORD + "\n");
		String[] ftp = { "--parallel", "1", "--via", "ftp", "--ftp-user", USER, "--ftp-password-file", ftpPassword
			.toString(), "--ftp-host", "127.0.0.1:" + sandbox.ftpPort(), "--poll", "1" };
		Process child = child(pkg, ftp);
		Path folder = sandbox.userFolder(USER);
		String[] cut = null;
		for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); cut == null && child.isAlive() &&
			System.nanoTime() < deadline;)
		{
			Thread.sleep(2);
			for (String[] row : plan(pkg)) {
				Path remote = folder.resolve(row[1]);
				if (Long.parseLong(row[2]) > 8L << 20 && Files.isRegularFile(remote) && Files.size(remote) >= 2L << 20) {
					cut = row;
				}
			}
		}
		child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		assertTrue(cut != null, "the child was killed sending the large file: " + Files.readString(tmp.resolve(
			"child.log")));
		Path partial = folder.resolve(cut[1]);
		long there = -1; // what the child had handed to its socket still arrives: wait until the file stops growing
		for (int still = 0; still < 25; still++, Thread.sleep(20)) {
			if (Files.size(partial) != there) still = 0;
			there = Files.size(partial);
		}
		assertTrue(there < Long.parseLong(cut[2]), "killed in the middle of " + cut[1] + ": " + there);
		// the small files go in batches beside the large one: those finished before the kill are recorded (perhaps
		// none yet), and must not be sent again
		List<String> recorded = recorded();
		sandbox.faults().clear();

		Process again = child(pkg, ftp);
		boolean ended = again.waitFor(90, TimeUnit.SECONDS);
		if (!ended) again.destroyForcibly();
		String log = Files.readString(tmp.resolve("child.log"));
		assertTrue(ended && again.exitValue() == 0, log);
		assertTrue(log.contains(cut[1] + ": resuming after the " + there + " bytes already on the server"), log);
		Receipt r = Receipt.read(pkg.resolve(Receipt.NAME));
		assertTrue(r.processed(), log);
		for (Receipt.File f : r.files()) {
			if (recorded.contains(f.remote()) && !f.remote().startsWith("filelists/")) {
				assertEquals(FileState.ON_SERVER, f.state(), f.remote() + " was finished before the kill: not sent again");
			}
		}
		String resumed = cut[1];
		assertEquals(FileState.SENT, r.files().stream().filter(f -> f.remote().equals(resumed)).findFirst()
			.orElseThrow().state());
		assertAllArrivedIdentical(pkg);
		assertEquals(1, studies(), "one study");

		SubmissionRun[] third = new SubmissionRun[1];
		assertEquals(r.accession(), deposit(pkg, FAST, sandbox.baseUrl(), third).accession());
		assertTrue(third[0].alreadySubmitted());
		assertEquals(1, studies(), "a run after the study was made makes no second one");
	}

	/**
	 * Issue 10: after the upload the sizes in the user-folder listing are checked against the local files; a file of
	 * another size there (here cut short on the server once every upload had finished) is named and the submission is
	 * not sent. The next run sends that file again and submits.
	 */
	@Test
	void aFileOfAnotherSizeInTheListingStopsTheSubmission() throws Exception {
		start();
		Path pkg = copyOfPackage();
		String[] victim = plan(pkg).stream().filter(row -> !row[1].startsWith("filelists/")).findFirst().orElseThrow();
		Path onServer = sandbox.userFolder(USER).resolve(victim[1]);
		boolean[] cut = { false };
		ProgressListener cutter = new ProgressListener() {

			@Override
			public void progress(org.biadeposit.Progress p) {
				if (!cut[0] && p.filesTotal() > 0 && p.filesDone() == p.filesTotal()) {
					cut[0] = true;
					try (var channel = java.nio.channels.FileChannel.open(onServer, java.nio.file.StandardOpenOption.WRITE)) {
						channel.truncate(100);
					}
					catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				}
			}
		};
		BioStudiesException e;
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).retry(FAST).build()) {
			e = assertThrows(BioStudiesException.class, () -> new SubmissionRun(client, pkg).parallel(2).pollInterval(
				Duration.ofMillis(50)).uploadRecords(records()).listener(cutter).run(USER, PASSWORD.toCharArray()));
		}
		assertTrue(cut[0], "every upload finished");
		assertTrue(e.getMessage().contains("the submission was not sent"), e.getMessage());
		assertTrue(e.getMessage().contains("\n  - " + victim[1] + " ("), e.getMessage());
		assertTrue(e.getMessage().contains("): 100 bytes there, " + victim[2] + " bytes here"), e.getMessage());
		assertEquals(0, studies(), "no study");
		assertFalse(Files.exists(pkg.resolve(Receipt.NAME)), "nothing was sent, so no receipt");
		// bia status finds these uploads by the upload record, and their age
		UploadAge age = UploadAge.ofPackage(pkg, Server.of(sandbox.baseUrl()).url(), USER, records(), Instant.now()
			.plus(Duration.ofDays(61)));
		assertEquals(plan(pkg).size(), age.files());
		assertTrue(age.old() && age.warning() != null, age.toString());

		Instant rerun = Instant.now();
		Receipt r = deposit(pkg, FAST);
		assertTrue(r.processed());
		assertAllArrivedIdentical(pkg);
		assertEquals(1, studies());
		for (Receipt.File f : r.files()) { // when each file was uploaded: by the first run, or this one
			assertTrue(f.state() == FileState.ON_SERVER ? f.uploaded().isBefore(rerun) : !f.uploaded().isBefore(rerun),
				f.toString());
		}
		assertEquals(null, UploadAge.unsubmitted(r, Instant.now().plus(Duration.ofDays(61))), "a study took them");
	}

	private Receipt ftpRun(Path pkg, List<String> said) throws IOException {
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).retry(FAST).build()) {
			return new SubmissionRun(client, pkg).parallel(1).pollInterval(Duration.ofMillis(50))
				.uploadRecords(records()).via(UploadRoute.FTP).ftp(new FtpLogin("127.0.0.1:" + sandbox.ftpPort(), USER,
					PASSWORD.toCharArray())).listener(new ProgressListener() {

					@Override
					public void progress(org.biadeposit.Progress p) {}

					@Override
					public void message(String text) {
						said.add(text);
					}
				}).run(USER, PASSWORD.toCharArray());
		}
	}

	@Test
	void aConnectionResetMidFileIsRetriedAndTheFileArrivesWhole() throws Exception {
		start().faults().resetUploadAfter(1_000); // below every data file, so whichever comes first is cut mid-file
		Path pkg = copyOfPackage();
		Receipt r = deposit(pkg, FAST);
		assertTrue(r.processed());
		assertEquals(1, sandbox.faults().resetsInjected(), "the fault happened");
		assertAllArrivedIdentical(pkg);
	}

	/**
	 * A run that stops part-way (here a 503 with retries off: a reset connection is retried at once, by OkHttp for a
	 * re-sendable upload, so it cannot stop a run deterministically) and is started again.
	 */
	@Test
	void anInterruptedRunStartedAgainSendsOnlyWhatIsMissing() throws Exception {
		Path pkg = copyOfPackage();
		start().faults().failRequest(requestsBeforeUploads(pkg) + 4, 503); // after a few uploads
		assertThrows(IOException.class, () -> deposit(pkg, RetryPolicy.NONE), "no retries: the run stops");
		assertTrue(sandbox.received().stream().anyMatch(r -> r.isUpload() && r.status() == 200),
			"some files arrived before it stopped");
		Path folder = sandbox.userFolder(USER);
		List<String> complete = new ArrayList<>();
		for (String[] row : plan(pkg)) {
			Path remote = folder.resolve(row[1]);
			if (Files.isRegularFile(remote) && Files.size(remote) == Long.parseLong(row[2])) complete.add(row[1]);
			else assertFalse(Files.isRegularFile(remote) && Files.size(remote) == Long.parseLong(row[2]));
		}
		// Files the run recorded as sent; one that arrived while the run was being stopped may be unrecorded: it cannot
		// be vouched for and is sent again.
		List<String> recorded = recorded().stream().filter(p -> !p.startsWith("filelists/")).toList();
		assertTrue(complete.containsAll(recorded), recorded + " within " + complete);
		int dataFilesComplete = recorded.size();
		sandbox.clearReceived();

		Receipt r = deposit(pkg, RetryPolicy.NONE);
		assertTrue(r.processed());
		long dataFiles = plan(pkg).stream().filter(row -> !row[1].startsWith("filelists/")).count();
		long fileLists = plan(pkg).size() - dataFiles;
		assertEquals(dataFiles - dataFilesComplete + fileLists, uploads(), "finished data files are not sent again");
		assertEquals(dataFilesComplete, r.files().stream().filter(f -> f.state().equals(FileState.ON_SERVER)).count());
		for (Receipt.File f : r.files()) {
			assertEquals(Checksums.of(Path.of(f.local())).sha256(), f.sha256(), "checksums also for skipped files");
		}
		assertAllArrivedIdentical(pkg);
	}

	/** A real kill -9 of a running bia submit, then the same command again. */
	@Test
	void aKilledRunStartedAgainSendsOnlyWhatIsMissing() throws Exception {
		start().faults().delay(Duration.ofMillis(150));
		Path pkg = copyOfPackage();
		Process child = child(pkg, "--parallel", "1");
		Path folder = sandbox.userFolder(USER);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		int arrived = 0;
		while (arrived < 2 && System.nanoTime() < deadline) {
			Thread.sleep(50);
			arrived = 0;
			for (String[] row : plan(pkg)) {
				Path remote = folder.resolve(row[1]);
				if (Files.isRegularFile(remote) && Files.size(remote) == Long.parseLong(row[2])) arrived++;
			}
		}
		assertTrue(arrived >= 2, "the child uploaded some files: " + Files.readString(tmp.resolve("child.log")));
		child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		assertFalse(child.isAlive());

		List<String> complete = new ArrayList<>();
		for (String[] row : plan(pkg)) {
			Path remote = folder.resolve(row[1]);
			if (Files.isRegularFile(remote) && Files.size(remote) == Long.parseLong(row[2])) complete.add(row[1]);
		}
		assertTrue(complete.size() < plan(pkg).size(), "killed before the end");
		sandbox.faults().clear();
		sandbox.clearReceived();
		// What the child recorded as sent (a file that arrived just before the kill may be unrecorded: sent again).
		List<String> recorded = recorded();
		assertFalse(recorded.isEmpty(), "the child recorded its uploads in the cache folder");
		Receipt r = deposit(pkg, FAST);
		assertTrue(r.processed());
		for (Receipt.File f : r.files()) {
			if (recorded.contains(f.remote()) && !f.remote().startsWith("filelists/")) {
				assertEquals(FileState.ON_SERVER, f.state(), f.remote() + " arrived before the kill: not sent again");
			}
		}
		assertAllArrivedIdentical(pkg);
		assertEquals(1, studies(), "one study");
	}

	/** Log in, list the empty user folder, then one request per folder to make: the requests before any upload. */
	private static int requestsBeforeUploads(Path pkg) throws IOException {
		java.util.Set<String> folders = new java.util.HashSet<>();
		for (String[] row : plan(pkg)) {
			for (int slash = row[1].indexOf('/'); slash > 0; slash = row[1].indexOf('/', slash + 1)) {
				folders.add(row[1].substring(0, slash));
			}
		}
		return 2 + folders.size();
	}

	@Test
	void a503IsRetried() throws Exception {
		start().faults().failRequest(3, 503);
		Receipt r = deposit(copyOfPackage(), FAST);
		assertTrue(r.processed());
		assertEquals(1, sandbox.faults().failuresInjected());
	}

	@Test
	void theCommandLineSubmitsAndNoSecretReachesAnyOutput() throws Exception {
		start();
		Path pkg = copyOfPackage();
		Path passwordFile = tmp.resolve("password");
		Files.writeString(passwordFile, PASSWORD + "\n");
		System.setProperty("bia.cache.dir", cache().toString()); // the upload records, as CommandsTest does
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int status = org.biadeposit.cli.Main.run(List.of("submit", pkg.toString(), "--server", sandbox.baseUrl(),
			"--user", USER, "--password-file", passwordFile.toString(), "--poll", "1"), new PrintStream(out, true,
				StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8) + Files.readString(pkg
			.resolve(Receipt.NAME));
		assertEquals(0, status, all);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("accession: S-BIAD1"), all);
		assertFalse(all.contains(PASSWORD), "the password appears nowhere");
		for (String token : sandbox.issuedTokens()) assertFalse(all.contains(token), "the session token appears nowhere");

		out.reset();
		err.reset();
		Files.writeString(passwordFile, "wrong-" + PASSWORD + "\n");
		int refused = org.biadeposit.cli.Main.run(List.of("status", pkg.toString(), "--user", USER,
			"--password-file", passwordFile.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));
		String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertEquals(1, refused);
		assertTrue(said.contains("did not accept the e-mail or password"), said);
		assertFalse(said.contains("wrong-" + PASSWORD));
	}

	@Test
	void theServersOwnValidationMessageIsShown() throws Exception {
		start();
		Path pkg = copyOfPackage();
		// A File-list naming a file that is not uploaded: the server says which.
		Path list = pkg.resolve("filelists/wild-type.json");
		Files.writeString(list, Files.readString(list).replace("wild-type/donor-01/day-00/wt-d01-t00-field1.ome.tif",
			"wild-type/missing.tif"));
		SubmissionPackage.seal(pkg);
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> deposit(pkg, FAST));
		assertEquals(400, e.status());
		assertTrue(e.getMessage().contains("could not be found") && e.getMessage().contains("wild-type/missing.tif"), e
			.getMessage());
	}

	/** A plan whose remote path leaves the user folder is refused before anything is sent. */
	@Test
	void aPathThatEscapesTheUserFolderIsRefusedByTheClient() throws Exception {
		start();
		Path pkg = copyOfPackage();
		Path plan = pkg.resolve("upload-plan.tsv");
		List<String> lines = new ArrayList<>(Files.readAllLines(plan));
		String[] first = lines.get(1).split("\t");
		lines.set(1, first[0] + "\t../outside/" + Path.of(first[1]).getFileName() + "\t" + first[2]);
		Files.write(plan, lines);
		IOException e = assertThrows(IOException.class, () -> deposit(pkg, FAST));
		assertTrue(e.getMessage().contains("upload-plan.tsv line 2") && e.getMessage().contains(
			"not a path inside the user folder"), e.getMessage());
		assertEquals(0, uploads(), "nothing was sent");
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).retry(FAST).build()) {
			client.login(USER, PASSWORD.toCharArray());
			assertThrows(IllegalArgumentException.class, () -> client.upload(Path.of(first[0]), "a/../../x.tif",
				ProgressListener.NONE));
			client.logout();
		}
		assertEquals(0, uploads());
		assertFalse(Files.exists(sandbox.userFolder(USER).getParent().resolve("outside")));
	}

	// ---- issue 8 item 4: a rerun never makes a second study

	private int cli(List<String> args, ByteArrayOutputStream out) throws IOException {
		Path passwordFile = tmp.resolve("password");
		Files.writeString(passwordFile, PASSWORD + "\n");
		System.setProperty("bia.cache.dir", cache().toString());
		List<String> all = new ArrayList<>(List.of("submit"));
		all.addAll(args);
		all.addAll(List.of("--server", sandbox.baseUrl(), "--user", USER, "--password-file", passwordFile.toString(),
			"--poll", "1"));
		return org.biadeposit.cli.Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(
			out, true, StandardCharsets.UTF_8));
	}

	@Test
	void aRerunAfterSuccessMakesNoSecondStudy() throws Exception {
		start();
		Path pkg = copyOfPackage();
		Receipt first = deposit(pkg, FAST);
		sandbox.clearReceived();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = cli(List.of(pkg.toString()), out);
		String said = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, status, "nothing failed: " + said);
		assertTrue(said.contains("already submitted: nothing was sent\naccession: S-BIAD1 (version 1)"), said);
		assertEquals(1, studies(), "the sandbox has one study");
		assertEquals(0, uploads(), "nothing sent");
		assertFalse(sandbox.received().stream().anyMatch(r -> r.path().endsWith("/submissions/async")));
		assertEquals(first.accession(), Receipt.read(pkg.resolve(Receipt.NAME)).accession());
	}

	@Test
	void aRerunWithAccessionSendsANewVersion() throws Exception {
		start();
		Path pkg = copyOfPackage();
		deposit(pkg, FAST);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = cli(List.of(pkg.toString(), "--accession", "S-BIAD1"), out);
		assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
		assertEquals(1, studies());
		assertTrue(Files.isRegularFile(sandbox.submissionFolder("S-BIAD1", 2).resolve("submission.json")));
		Receipt r = Receipt.read(pkg.resolve(Receipt.NAME));
		assertEquals(List.of("S-BIAD1", 2, SubmissionStatus.PROCESSED), List.of(r.accession(), r.version(), r
			.status()));
	}

	/** A real kill -9 of bia submit right after it printed "submitted:", then the same command again. */
	@Test
	void aKillRightAfterSubmittedThenARerunMakesNoSecondStudy() throws Exception {
		start(Duration.ofSeconds(20)); // the child waits for processing when it is killed
		Path pkg = copyOfPackage();
		Process child = child(pkg, "--poll", "1");
		Path log = tmp.resolve("child.log");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (child.isAlive() && System.nanoTime() < deadline && !(Files.exists(log) && Files.readString(log)
			.contains("submitted: "))) Thread.sleep(20);
		child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		assertTrue(Files.readString(log).contains("submitted: S-BIAD1 version 1"), Files.readString(log));
		assertEquals(1, studies());
		assertEquals(SubmissionStatus.SUBMITTED, Receipt.read(pkg.resolve(Receipt.NAME)).status(),
			"killed while it waited");

		sandbox.clearReceived();
		SubmissionRun[] made = new SubmissionRun[1];
		Receipt r = deposit(pkg, FAST, sandbox.baseUrl(), made);
		assertTrue(made[0].alreadySubmitted());
		assertEquals("S-BIAD1", r.accession());
		assertEquals(1, studies(), "no second study");
		assertEquals(0, uploads());
	}

	/** The connection drops after the sandbox accepted the submission: the answer with the accession is lost. */
	@Test
	void aLostAnswerToTheSubmissionThenARerunFindsTheStudy() throws Exception {
		start();
		Path pkg = copyOfPackage();
		String base = sandbox.baseUrl();
		String path = java.net.URI.create(base).getPath();
		try (AnswerDroppingProxy proxy = new AnswerDroppingProxy(sandbox.port(), "POST " + path +
			"/submissions/async")) {
			String viaProxy = base.replace(":" + sandbox.port() + "/", ":" + proxy.port() + "/");
			BioStudiesException e = assertThrows(BioStudiesException.class, () -> deposit(pkg, FAST, viaProxy, null));
			assertEquals(1, proxy.dropped());
			assertTrue(e.getMessage().contains("it is not known whether BioStudies made the study"), e.getMessage());
			assertEquals(1, studies(), "the sandbox made the study");
			Receipt sending = Receipt.read(pkg.resolve(Receipt.NAME));
			assertEquals(List.of(SubmissionStatus.SENDING, false), List.of(sending.status(), sending.hasAccession()));

			SubmissionRun[] made = new SubmissionRun[1];
			Receipt r = deposit(pkg, FAST, viaProxy, made);
			assertTrue(made[0].alreadySubmitted());
			assertEquals("S-BIAD1", r.accession());
			assertEquals(1, studies(), "no second study");
			assertEquals("S-BIAD1", Receipt.read(pkg.resolve(Receipt.NAME)).accession(), "recorded in the receipt");
		}
	}

	// ---- issue 8 item 5: a same-size file is skipped only when vouched for

	/** The copied package sends its first data file from a copy in the test folder, which the test may change. */
	private Path ownFirstDataFile(Path pkg) throws IOException {
		Path plan = pkg.resolve("upload-plan.tsv");
		List<String> lines = new ArrayList<>(Files.readAllLines(plan));
		String[] first = lines.get(1).split("\t");
		Path copy = tmp.resolve("data").resolve(Path.of(first[0]).getFileName().toString());
		Files.createDirectories(copy.getParent());
		if (!Files.exists(copy)) Files.copy(Path.of(first[0]), copy);
		lines.set(1, copy + "\t" + first[1] + "\t" + first[2]);
		Files.write(plan, lines);
		return copy;
	}

	@Test
	void aFileChangedAtTheSameSizeIsSentAgainAndTheServerHasTheNewBytes() throws Exception {
		start();
		Path pkg = copyOfPackage();
		Path data = ownFirstDataFile(pkg);
		deposit(pkg, FAST);
		byte[] bytes = Files.readAllBytes(data);
		for (int i = 0; i < bytes.length; i += 97) bytes[i] ^= 0x5a; // other content, the same size
		Files.write(data, bytes);
		Files.setLastModifiedTime(data, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(data)
			.toMillis() + 5000));
		// 'bia package' again: a new package folder, no receipt, no journal of the earlier run in it
		Files.walk(tmp.resolve("package")).sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile()
			.delete());
		Path again = copyOfPackage();
		ownFirstDataFile(again);
		Receipt r = deposit(again, FAST);
		assertAllArrivedIdentical(again);
		Receipt.File changed = r.files().get(0);
		assertEquals(FileState.SENT, changed.state());
		assertEquals(Checksums.of(data).sha256(), changed.sha256());
	}

	@Test
	void aFileOnTheServerThatNoRecordVouchesForIsSentAgain() throws Exception {
		start();
		Path pkg = copyOfPackage();
		String[] first = plan(pkg).get(0);
		Path remote = sandbox.userFolder(USER).resolve(first[1]);
		Files.createDirectories(remote.getParent());
		Files.write(remote, new byte[Integer.parseInt(first[2])]); // the same size, other bytes (sent some other way)
		Receipt r = deposit(pkg, FAST);
		assertAllArrivedIdentical(pkg);
		assertEquals(FileState.SENT, r.files().get(0).state());
		for (Receipt.File f : r.files()) assertEquals(Checksums.of(Path.of(f.local())).sha256(), f.sha256());
	}
}
