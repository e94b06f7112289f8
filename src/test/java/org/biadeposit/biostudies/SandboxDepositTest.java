package org.biadeposit.biostudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
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
class SandboxDepositTest {

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
				HarvestCache.none(), 2, (d, f, h) -> {}).pack(dataset, dataset.resolve("deposit.yaml"), packaged);
			assertTrue(p.written() != null, p.report().toText());
		}
	}

	@AfterEach
	void stop() {
		if (sandbox != null) sandbox.close();
	}

	private SandboxServer start() throws IOException {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).processingDelay(
			Duration.ofMillis(50)).log(null));
		return sandbox;
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
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(sandbox.baseUrl())).retry(retry).build()) {
			return new Deposit(client, pkg).parallel(2).pollInterval(Duration.ofMillis(50)).run(USER, PASSWORD
				.toCharArray());
		}
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

	/** Uploads the server accepted (a cut-off upload of an earlier run may be logged late, with no response). */
	private long uploads() {
		return sandbox.received().stream().filter(r -> r.isUpload() && r.status() == 200).count();
	}

	@Test
	void aWholeSubmissionGivesAnAccessionAndAReceiptWithTheChecksums() throws Exception {
		start();
		Path pkg = copyOfPackage();
		Receipt r = deposit(pkg, FAST);
		assertEquals("S-BIAD1", r.accession());
		assertTrue(r.processed(), r.status());
		assertAllArrivedIdentical(pkg);
		assertEquals(plan(pkg).size(), r.files().size());
		for (Receipt.File f : r.files()) {
			Checksums local = Checksums.of(Path.of(f.local()));
			assertEquals(local.md5(), f.md5(), f.remote());
			assertEquals(local.sha256(), f.sha256(), f.remote());
			assertEquals(Receipt.SENT, f.state());
		}
		assertTrue(Files.isRegularFile(sandbox.submissionFolder("S-BIAD1", 1).resolve("submission.json")),
			"the sandbox stored what it received");
		Receipt written = Receipt.read(pkg.resolve(Receipt.NAME));
		assertEquals(List.of(r.accession(), r.version(), r.status(), r.files()), List.of(written.accession(), written
			.version(), written.status(), written.files()), "receipt.json says the same");
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
		int dataFilesComplete = (int) complete.stream().filter(p -> !p.startsWith("filelists/")).count();
		sandbox.clearReceived();

		Receipt r = deposit(pkg, RetryPolicy.NONE);
		assertTrue(r.processed());
		long dataFiles = plan(pkg).stream().filter(row -> !row[1].startsWith("filelists/")).count();
		long fileLists = plan(pkg).size() - dataFiles;
		assertEquals(dataFiles - dataFilesComplete + fileLists, uploads(), "finished data files are not sent again");
		assertEquals(dataFilesComplete, r.files().stream().filter(f -> f.state().equals(Receipt.ON_SERVER)).count());
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
		Path passwordFile = tmp.resolve("password");
		Files.writeString(passwordFile, PASSWORD + "\n");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
			classpath, "org.biadeposit.cli.Main", "submit", pkg.toString(), "--server", sandbox.baseUrl(), "--user",
			USER, "--password-file", passwordFile.toString(), "--parallel", "1").redirectErrorStream(true)
			.redirectOutput(tmp.resolve("child.log").toFile()).start();
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
		Receipt r = deposit(pkg, FAST);
		assertTrue(r.processed());
		for (Receipt.File f : r.files()) {
			if (complete.contains(f.remote()) && !f.remote().startsWith("filelists/")) {
				assertEquals(Receipt.ON_SERVER, f.state(), f.remote() + " arrived before the kill: not sent again");
			}
		}
		assertAllArrivedIdentical(pkg);
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
		Path list = pkg.resolve("filelists/wild_type.json");
		Files.writeString(list, Files.readString(list).replace("wild-type/donor-01/day-00/wt-d01-t00-field1.ome.tif",
			"wild-type/missing.tif"));
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
}
