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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.pagetab.SubmissionPackage;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;

class SubmissionRunTest {

	@TempDir
	Path tmp;
	MockWebServer server;
	FakeBioStudies fake;
	BioStudiesClient client;
	PackageFolder pkg;
	final List<String> messages = Collections.synchronizedList(new ArrayList<>());
	final List<Progress> progress = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void start() throws IOException {
		server = Http.server();
		fake = new FakeBioStudies();
		server.setDispatcher(fake);
		client = Http.client(server);
		pkg = PackageFolder.write(tmp);
	}

	@AfterEach
	void stop() throws IOException {
		client.close();
		server.shutdown();
	}

	private SubmissionRun deposit() {
		return new SubmissionRun(client, pkg.out).uploadRecords(tmp.resolve("cache")).pollInterval(Duration.ofMillis(1))
			.listener(new ProgressListener() {

			@Override
			public void progress(Progress p) {
				progress.add(p);
			}

			@Override
			public void message(String text) {
				messages.add(text);
			}
		});
	}

	private Receipt run() throws IOException {
		return deposit().run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
	}

	private boolean said(String start) {
		return messages.stream().anyMatch(m -> m.startsWith(start));
	}

	/** Issue 8 item 9: submit half-read a half-written package; now it refuses it before sending anything. */
	@Test
	void aPackageCutShortIsRefusedBeforeAnythingIsSent() throws Exception {
		Path list = pkg.out.resolve("filelists/Cells.json");
		String whole = Files.readString(list);
		Files.writeString(list, whole.substring(0, whole.length() / 2)); // as an interrupted bia package left it
		IOException e = assertThrows(IOException.class, this::run);
		assertTrue(e instanceof org.biadeposit.pagetab.IncompletePackageException, e.toString());
		assertTrue(e.getMessage().contains("Cells.json"), e.getMessage());
		assertEquals(0, server.getRequestCount(), "nothing was sent, not even the log-in");
		assertEquals(List.of(), fake.uploads);
	}

	@Test
	void depositsThePackageAndWritesTheReceipt() throws Exception {
		char[] password = FakeBioStudies.PASSWORD.toCharArray();
		Receipt receipt = deposit().run(FakeBioStudies.USER, password);
		assertArrayEquals(new char[password.length], password, "the password is wiped");

		assertEquals(Set.copyOf(pkg.files.keySet()), Set.copyOf(fake.uploads));
		assertEquals(new TreeSet<>(List.of("", "cells", "cells/control", "cells/treated", "filelists", "lifetime",
			"lifetime/zstack")), new TreeSet<>(fake.folders));
		int lastData = -1, firstList = Integer.MAX_VALUE;
		for (int i = 0; i < fake.uploads.size(); i++) {
			if (fake.uploads.get(i).startsWith("filelists/")) firstList = Math.min(firstList, i);
			else lastData = i;
		}
		assertTrue(lastData < firstList, "File-lists go after the data: " + fake.uploads);
		assertEquals(List.of(PackageFolder.SUBMISSION), fake.submissions, "submission.json is sent as it is");
		assertEquals(1, fake.logins.get());
		assertEquals(1, fake.logouts.get());

		assertEquals("S-BIAD101", receipt.accession());
		assertEquals(1, receipt.version());
		assertEquals(SubmissionStatus.PROCESSED, receipt.status());
		assertTrue(receipt.processed());
		assertEquals(server.url("/api").toString(), receipt.server());
		assertEquals(server.url("/api/submissions/S-BIAD101.json").toString(), receipt.studyUrl());
		assertEquals(5, receipt.files().size());
		for (Receipt.File f : receipt.files()) {
			byte[] bytes = Files.readAllBytes(pkg.files.get(f.remote()));
			assertEquals(bytes.length, f.size());
			assertEquals(null, f.md5(), "no MD5 unless asked for: " + f.remote());
			assertEquals(Http.hex("SHA-256", bytes), f.sha256(), f.remote());
			assertEquals(FileState.SENT, f.state());
			assertEquals(pkg.files.get(f.remote()).toString(), f.local());
		}
		Receipt written = Receipt.read(pkg.out.resolve("receipt.json"));
		assertEquals(receipt.files(), written.files());
		assertEquals(SubmissionStatus.PROCESSED, written.status());
		ObjectMapper json = new ObjectMapper();
		assertEquals(json.readTree(PackageFolder.SUBMISSION), json.readTree(written.submission()));
		try (var records = Files.list(tmp.resolve("cache"))) {
			List<Path> all = records.toList();
			assertEquals(1, all.size(), "one upload record for this server and user: " + all);
			assertEquals(5, Files.readAllLines(all.get(0)).size());
		}
		assertFalse(Files.exists(pkg.out.resolve(".upload-journal.jsonl")), "the record is not in the package");

		Progress last = progress.get(progress.size() - 1);
		assertEquals(5, last.filesDone());
		assertEquals(5, last.filesTotal());
		assertEquals(last.total(), last.done());
		assertTrue(said("logged in to "), messages.toString());
		assertTrue(said("sending 5 files"), messages.toString());
		assertTrue(said("submitted: S-BIAD101 version 1"), messages.toString());
		assertTrue(messages.contains("status of S-BIAD101: REQUESTED"), messages.toString());
		assertTrue(messages.contains("status of S-BIAD101: PROCESSED"), messages.toString());
		assertTrue(messages.contains("deposited: S-BIAD101 " + server.url("/api/submissions/S-BIAD101.json")),
			messages.toString());
	}

	/** Issue 8 item 5: a same-size file in the user folder that no upload record vouches for is sent again. */
	@Test
	void aFileOnTheServerWithTheSameSizeThatNoRecordVouchesForIsSentAgain() throws Exception {
		fake.folders.addAll(List.of("cells", "cells/control", "cells/treated"));
		fake.files.put("cells/control/a.tif", 1000L); // same size, but who knows which bytes: sent again
		fake.files.put("cells/treated/b.tif", 5L); // a different size: sent again
		Receipt receipt = run();
		assertTrue(fake.uploads.contains("cells/control/a.tif"), fake.uploads.toString());
		assertTrue(fake.uploads.contains("cells/treated/b.tif"));
		assertEquals(5, fake.uploads.size());
		assertTrue(said("on the server with the same size but not sent from this computer (no upload record " +
			"vouches for them), sending again: 1 file"), messages.toString());
		Receipt.File a = receipt.files().get(0);
		assertEquals("cells/control/a.tif", a.remote());
		assertEquals(FileState.SENT, a.state());
		assertEquals(Http.hex("SHA-256", Files.readAllBytes(pkg.files.get(a.remote()))), a.sha256());
		assertFalse(fake.calls.contains("POST folder/user/cells"), "existing folders are not created again");
	}

	/**
	 * Issue 8 item 5: above the re-send limit (1 GiB; lowered here), a same-size file nothing vouches for is not
	 * sent again but reported, and the receipt claims no checksum for it; {@code --resend-unverified} sends it.
	 */
	@Test
	void aLargeFileNothingVouchesForIsReportedAndSentOnlyWhenAsked() throws Exception {
		fake.folders.addAll(List.of("cells", "cells/control", "lifetime", "lifetime/zstack"));
		fake.files.put("cells/control/a.tif", 1000L); // below the limit: sent again
		fake.files.put("lifetime/zstack/c.ome.tif", 3000L); // above: reported
		Receipt receipt = deposit().resendLimit(1500).run(FakeBioStudies.USER, FakeBioStudies.PASSWORD
			.toCharArray());
		assertTrue(fake.uploads.contains("cells/control/a.tif"), fake.uploads.toString());
		assertFalse(fake.uploads.contains("lifetime/zstack/c.ome.tif"), fake.uploads.toString());
		String report = messages.stream().filter(m -> m.contains("--resend-unverified")).findFirst().orElse("");
		assertTrue(report.contains("lifetime/zstack/c.ome.tif (3.0 kB)") && report.contains("larger than 1.5 kB"),
			messages.toString());
		Receipt.File c = receipt.files().stream().filter(f -> f.remote().equals("lifetime/zstack/c.ome.tif"))
			.findFirst().orElseThrow();
		assertEquals(FileState.NOT_VERIFIED, c.state());
		assertEquals(null, c.sha256(), "no checksum claimed for bytes this client did not send");
		assertEquals(null, c.md5());
		assertEquals(c, Receipt.read(pkg.out.resolve("receipt.json")).files().get(2));

		fake.uploads.clear();
		messages.clear();
		Receipt again = deposit().resendLimit(1500).resendUnverified(true).accession(receipt.accession())
			.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
		assertTrue(fake.uploads.contains("lifetime/zstack/c.ome.tif"), fake.uploads.toString());
		assertFalse(fake.uploads.contains("cells/control/a.tif"), "vouched for by the first run's record");
		Receipt.File sent = again.files().get(2);
		assertEquals(FileState.SENT, sent.state());
		assertEquals(Http.hex("SHA-256", Files.readAllBytes(pkg.files.get(sent.remote()))), sent.sha256());
	}

	@Test
	void fileListsAreAlwaysSent() throws Exception {
		run();
		fake.uploads.clear();
		messages.clear();
		Receipt again = deposit().accession("S-BIAD101").run(FakeBioStudies.USER, FakeBioStudies.PASSWORD
			.toCharArray());
		assertEquals(List.of("filelists/Cells.json", "filelists/Lifetime.json"),
			fake.uploads.stream().sorted().toList());
		assertTrue(messages.contains("already on the server, not sent again: 3 files (6.0 kB)"), messages.toString());
		assertFalse(said("computing the checksums"), "checksums of files not sent come from the journal");
		assertEquals(List.of("S-BIAD101", 2), List.of(again.accession(), again.version()));
		assertEquals(3, again.files().stream().filter(f -> f.state().equals(FileState.ON_SERVER)).count());
	}

	@Test
	void anInterruptedRunStartedAgainSendsOnlyWhatIsMissing() throws Exception {
		fake.uploadFailures.put("lifetime/zstack/c.ome.tif", FakeBioStudies.tree(400, "Upload refused",
			"disk quota exceeded"));
		SubmissionRun first = deposit().parallel(1);
		BioStudiesException e = assertThrows(BioStudiesException.class,
			() -> first.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray()));
		assertEquals("uploading lifetime/zstack/c.ome.tif: the server refused it (HTTP 400): Upload refused\n" +
			"  - disk quota exceeded", e.getMessage());
		assertEquals(1, fake.logouts.get(), "logged out after the failure");
		assertTrue(said("sent 2 of 5 files before stopping"), messages.toString());
		assertTrue(fake.submissions.isEmpty());
		assertFalse(Files.exists(pkg.out.resolve("receipt.json")));
		assertEquals(List.of("cells/control/a.tif", "cells/treated/b.tif"), fake.uploads);

		fake.uploads.clear();
		messages.clear();
		Receipt receipt = run();
		assertEquals(Set.of("lifetime/zstack/c.ome.tif", "filelists/Cells.json", "filelists/Lifetime.json"),
			Set.copyOf(fake.uploads));
		assertTrue(messages.contains("already on the server, not sent again: 2 files (3.0 kB)"), messages.toString());
		assertFalse(said("computing the checksums"), "the journal has the checksums of the first run's files");
		for (Receipt.File f : receipt.files()) {
			assertEquals(Http.hex("SHA-256", Files.readAllBytes(pkg.files.get(f.remote()))), f.sha256(), f.remote());
		}
		assertEquals(2, fake.logouts.get());
	}

	@Test
	void withoutMd5NoMd5IsClaimedEvenWhereTheUploadRecordHasOne() throws Exception {
		Receipt first = deposit().md5(true).run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
		for (Receipt.File f : first.files()) {
			assertEquals(Http.hex("MD5", Files.readAllBytes(pkg.files.get(f.remote()))), f.md5(), f.remote());
		}
		// a new version, then a metadata-only one, without --md5: the record vouches (and has MD5), the receipt has none
		Receipt second = deposit().accession("S-BIAD101").run(FakeBioStudies.USER, FakeBioStudies.PASSWORD
			.toCharArray());
		Receipt third = deposit().accession("S-BIAD101").metadataOnly(true).run(FakeBioStudies.USER, FakeBioStudies
			.PASSWORD.toCharArray());
		assertTrue(second.files().stream().anyMatch(f -> f.state().equals(FileState.ON_SERVER)), second.toString());
		assertTrue(third.files().stream().anyMatch(f -> f.state().equals(FileState.NOT_SENT)), third.toString());
		for (Receipt receipt : List.of(second, third)) {
			for (Receipt.File f : receipt.files()) {
				byte[] bytes = Files.readAllBytes(pkg.files.get(f.remote()));
				assertEquals(Http.hex("SHA-256", bytes), f.sha256(), f.remote());
				assertEquals(null, f.md5(), f.state() + " " + f.remote());
			}
		}
	}

	@Test
	void aFileChangedSinceItWasSentIsSentAgain() throws Exception {
		run();
		Path a = pkg.files.get("cells/control/a.tif");
		byte[] other = new byte[1000];
		new Random(99).nextBytes(other);
		Files.write(a, other);
		Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
		fake.uploads.clear();
		messages.clear();
		Receipt receipt = deposit().accession("S-BIAD101").run(FakeBioStudies.USER, FakeBioStudies.PASSWORD
			.toCharArray());
		assertTrue(fake.uploads.contains("cells/control/a.tif"), fake.uploads.toString());
		assertTrue(said("changed here since they were sent"), messages.toString());
		assertEquals(Http.hex("SHA-256", other), receipt.files().get(0).sha256());
	}

	@Test
	void connectionsLostDuringUploadAreRetried() throws Exception {
		fake.uploadFailures.put("cells/control/a.tif", new MockResponse().setSocketPolicy(
			SocketPolicy.DISCONNECT_AFTER_REQUEST));
		fake.uploadFailures.put("cells/treated/b.tif", new MockResponse().setResponseCode(503));
		Receipt receipt = run();
		assertEquals(SubmissionStatus.PROCESSED, receipt.status());
		assertEquals(Set.copyOf(pkg.files.keySet()), Set.copyOf(fake.uploads));
		Progress last = progress.get(progress.size() - 1);
		assertEquals(last.total(), last.done(), "retried bytes are not counted twice");
	}

	@Test
	void anInvalidSubmissionShowsTheServersErrors() throws Exception {
		fake.statuses.clear();
		fake.statuses.addAll(List.of("REQUESTED", "INVALID"));
		fake.errors.add("The following files could not be found:\n  - cells/control/a.tif\n" +
			"Referenced in file list: filelists/Cells.json");
		BioStudiesException e = assertThrows(BioStudiesException.class, this::run);
		assertEquals(String.join("\n", //
			"BioStudies rejected S-BIAD101 version 1 (status INVALID): its reasons:", //
			"  - The following files could not be found:", //
			"      - cells/control/a.tif", //
			"    Referenced in file list: filelists/Cells.json"), e.getMessage());
		Receipt receipt = Receipt.read(pkg.out.resolve("receipt.json"));
		assertEquals(SubmissionStatus.INVALID, receipt.status());
		assertEquals(fake.errors, receipt.errors());
		assertEquals(1, fake.logouts.get());
	}

	@Test
	void aRefusedSubmissionStopsWithTheServersMessageAndLogsOut() throws Exception {
		fake.submitAnswer = s -> FakeBioStudies.tree(400, "Submission validation errors",
			"Release date cannot be in the past");
		BioStudiesException e = assertThrows(BioStudiesException.class, this::run);
		assertEquals("submitting: the server refused it (HTTP 400): Submission validation errors\n" +
			"  - Release date cannot be in the past", e.getMessage());
		assertEquals(1, fake.submissions.size());
		assertEquals(1, fake.logouts.get());
		Receipt refused = Receipt.read(pkg.out.resolve("receipt.json"));
		assertEquals(List.of(SubmissionStatus.REFUSED, false), List.of(refused.status(), refused.hasAccession()));
		assertEquals(List.of("Submission validation errors", "  - Release date cannot be in the past"), refused
			.errors());
	}

	@Test
	void aNewVersionOfAnExistingStudy() throws Exception {
		run();
		fake.uploads.clear();
		Receipt receipt = deposit().accession("S-BIAD101").run(FakeBioStudies.USER,
			FakeBioStudies.PASSWORD.toCharArray());
		assertEquals("S-BIAD101", receipt.accession());
		assertEquals(2, receipt.version());
		JsonNode sent = new ObjectMapper().readTree(fake.submissions.get(1));
		assertEquals("S-BIAD101", sent.get("accno").asText());
		assertEquals("S-BIAD101", new ObjectMapper().readTree(receipt.submission()).get("accno").asText());
		assertThrows(IllegalArgumentException.class, () -> deposit().accession("not an accession"));
	}

	@Test
	void aMetadataOnlyUpdateSendsNoDataFiles() throws Exception {
		Receipt first = run();
		Files.delete(pkg.files.get("cells/treated/b.tif")); // gone from this computer: fine for metadata
		fake.files.clear(); // and from the user folder: the server has the previous version's
		fake.uploads.clear();
		fake.calls.clear(); // the first run listed the data folders after its upload (the listing check)
		messages.clear();
		Receipt update = deposit().accession("S-BIAD101").metadataOnly(true).run(FakeBioStudies.USER,
			FakeBioStudies.PASSWORD.toCharArray());
		assertEquals(List.of("filelists/Cells.json", "filelists/Lifetime.json"),
			fake.uploads.stream().sorted().toList());
		assertFalse(fake.calls.contains("GET files/user/cells"), "data folders are not even listed");
		assertEquals(2, update.version());
		assertTrue(said("metadata only: 3 data files not sent"), messages.toString());
		for (int i = 0; i < 3; i++) {
			Receipt.File f = update.files().get(i);
			assertEquals(FileState.NOT_SENT, f.state());
			assertEquals(first.files().get(i).sha256(), f.sha256(), "from the journal");
		}
		assertEquals(update.files(), Receipt.read(pkg.out.resolve("receipt.json")).files());

		BioStudiesException e = assertThrows(BioStudiesException.class, () -> deposit().metadataOnly(true)
			.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray()));
		assertTrue(e.getMessage().startsWith("a metadata-only update is for an existing study"));
	}

	@Test
	void filesAboveTheHttpLimitAreRefusedUnlessAlreadyThere() throws Exception {
		Path big = pkg.dataset.resolve("lifetime/huge.tif");
		try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
			f.setLength(org.biadeposit.UploadLimits.HTTP_FILE + 1); // sparse: takes no space
		}
		pkg.files.put("lifetime/huge.tif", big);
		pkg.writePlan();
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> deposit().via(UploadRoute.HTTP).run(
			FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray()));
		assertTrue(e.getMessage().startsWith("cannot upload 1 file: these files are above the 20 GB per file that " +
			"the API accepts over HTTP:\n  - lifetime/huge.tif (20.0 GB)\n"), e.getMessage());
		assertTrue(e.getMessage().contains("--via ftp") && e.getMessage().contains("Aspera"), e.getMessage());
		assertTrue(e.getMessage().contains(org.biadeposit.UploadLimits.HELP));
		assertTrue(fake.uploads.isEmpty(), "nothing sent");
		assertEquals(1, fake.logouts.get());
		// By default (--via auto) it goes by FTP, which needs the FTP account.
		e = assertThrows(BioStudiesException.class, this::run);
		assertTrue(e.getMessage().startsWith("these files go by FTP (HTTP takes uploads under 50.0 GB in all and " +
			"20.0 GB per file; this one is 20.0 GB, lifetime/huge.tif 20.0 GB): give the FTP account"), e.getMessage());
		assertTrue(fake.uploads.isEmpty(), "nothing sent");
		assertEquals(2, fake.logouts.get());

		// Sent by FTP meanwhile: on the server with its size, but not sent by this client, so not vouched for (and too
		// large to send again): reported, recorded as not verified, with no checksums.
		fake.folders.add("lifetime");
		fake.files.put("lifetime/huge.tif", Files.size(big));
		Receipt receipt = run();
		assertFalse(fake.uploads.contains("lifetime/huge.tif"));
		Receipt.File huge = receipt.files().stream().filter(f -> f.remote().equals("lifetime/huge.tif")).findFirst()
			.orElseThrow();
		assertEquals(FileState.NOT_VERIFIED, huge.state());
		assertEquals(null, huge.sha256());
		assertTrue(said("on the server with the same size but not sent from this computer, larger than 1.1 GB"),
			messages.toString());
	}

	@Test
	void aWrongPasswordStopsBeforeAnythingIsSent() {
		char[] wrong = "not the password".toCharArray();
		BioStudiesException e = assertThrows(BioStudiesException.class,
			() -> deposit().run(FakeBioStudies.USER, wrong));
		assertEquals(401, e.status());
		assertArrayEquals(new char[wrong.length], wrong, "wiped even when refused");
		assertEquals(List.of("POST auth/login"), fake.calls);
	}

	@Test
	void missingLocalFilesAreReportedBeforeLoggingIn() throws Exception {
		Files.delete(pkg.files.get("cells/treated/b.tif"));
		BioStudiesException e = assertThrows(BioStudiesException.class, this::run);
		assertTrue(e.getMessage().startsWith("files of upload-plan.tsv are not here: 1 missing"), e.getMessage());
		assertTrue(e.getMessage().contains("b.tif"));
		assertTrue(fake.calls.isEmpty());
	}

	@Test
	void rootPathPutsEverythingInASubFolder() throws Exception {
		String withRoot = PackageFolder.SUBMISSION.replace("\"value\" : \"BioImages\"\n  } ]",
			"\"value\" : \"BioImages\"\n  }, {\n    \"name\" : \"RootPath\",\n    \"value\" : \"study-1\"\n  } ]");
		assertTrue(withRoot.contains("RootPath"));
		Files.writeString(pkg.out.resolve("submission.json"), withRoot);
		SubmissionPackage.seal(pkg.out);
		fake.submitAnswer = s -> new MockResponse().setBody("{\"accNo\":\"S-BIAD7\",\"version\":1}");
		Receipt receipt = run();
		assertEquals(Set.of("study-1/cells/control/a.tif", "study-1/cells/treated/b.tif",
			"study-1/lifetime/zstack/c.ome.tif", "study-1/filelists/Cells.json", "study-1/filelists/Lifetime.json"),
			Set.copyOf(fake.uploads));
		assertEquals("study-1/cells/control/a.tif", receipt.files().get(0).remote());
		Map<String, Long> there = fake.files;
		assertEquals(1000L, there.get("study-1/cells/control/a.tif"));
	}

	// ---- issue 8 item 4: a rerun never makes a second study

	@Test
	void aRerunAfterSuccessReportsTheStudyAndSendsNothing() throws Exception {
		Receipt first = run();
		fake.uploads.clear();
		fake.calls.clear();
		messages.clear();
		SubmissionRun again = deposit();
		Receipt second = again.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
		assertTrue(again.alreadySubmitted());
		assertEquals(1, fake.submissions.size(), "no second submission");
		assertTrue(fake.uploads.isEmpty(), "nothing sent");
		assertEquals(first.accession(), second.accession());
		assertTrue(said("already submitted as S-BIAD101 (version 1) on " + first.time() + ", status PROCESSED; " +
			"nothing sent. To send a new version of it, use --accession S-BIAD101"), messages.toString());
		assertEquals(first.accession(), Receipt.read(pkg.out.resolve("receipt.json")).accession());
	}

	@Test
	void aGarbledAnswerToTheSubmissionLeavesAReceiptThatARerunResolves() throws Exception {
		fake.acceptedAnswer = new MockResponse().setBody("<html>Bad gateway</html>"); // the server made the study
		BioStudiesException e = assertThrows(BioStudiesException.class, this::run);
		assertTrue(e.getMessage().startsWith("submitting: the server's answer is not the JSON expected") && e
			.getMessage().contains("it is not known whether BioStudies made the study: receipt.json records"), e
			.getMessage());
		Receipt sending = Receipt.read(pkg.out.resolve("receipt.json"));
		assertEquals(List.of(SubmissionStatus.SENDING, false, FakeBioStudies.USER), List.of(sending.status(), sending
			.hasAccession(), sending.user()));
		assertEquals("Cells and lifetimes, packaged for the biostudies tests", sending.title());
		assertEquals(5, sending.files().size());

		fake.acceptedAnswer = null;
		fake.uploads.clear();
		messages.clear();
		SubmissionRun again = deposit();
		Receipt found = again.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
		assertTrue(again.alreadySubmitted());
		assertEquals("S-BIAD101", found.accession());
		assertEquals(1, fake.submissions.size(), "no second study");
		assertTrue(fake.uploads.isEmpty());
		assertTrue(said("already submitted as S-BIAD101 (found among your studies"), messages.toString());
		Receipt recorded = Receipt.read(pkg.out.resolve("receipt.json"));
		assertEquals(List.of("S-BIAD101", 1), List.of(recorded.accession(), recorded.version()));
		assertEquals(sending.files(), recorded.files());
	}

	@Test
	void aSubmissionLostBeforeTheServerMadeAStudyIsSentAgainOnTheRerun() throws Exception {
		fake.submitAnswer = s -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
		assertThrows(BioStudiesException.class, this::run);
		assertEquals(SubmissionStatus.SENDING, Receipt.read(pkg.out.resolve("receipt.json")).status());
		fake.submitAnswer = null;
		messages.clear();
		SubmissionRun again = deposit();
		Receipt receipt = again.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
		assertFalse(again.alreadySubmitted());
		assertTrue(said("BioStudies has no study 'Cells and lifetimes, packaged for the biostudies tests' since " +
			"then: submitting the package"), messages.toString());
		assertEquals(List.of("S-BIAD101", SubmissionStatus.PROCESSED), List.of(receipt.accession(), receipt.status()));
		assertEquals(2, fake.submissions.size());
	}

	@Test
	void aReceiptForAnotherServerIsNotOverwritten() throws Exception {
		run();
		Path file = pkg.out.resolve("receipt.json");
		Files.writeString(file, Files.readString(file).replace(server.url("/api").toString(),
			"https://elsewhere.example.org/api"));
		String before = Files.readString(file);
		BioStudiesException e = assertThrows(BioStudiesException.class, this::run);
		assertTrue(e.getMessage().startsWith("receipt.json records S-BIAD101 on https://elsewhere.example.org/api; " +
			"to submit this package to " + server.url("/api") + " as well, move receipt.json aside first"), e
			.getMessage());
		assertEquals(before, Files.readString(file));
		assertEquals(1, fake.submissions.size());
	}

	@Test
	void aLostAnswerToANewVersionIsReportedOnTheRerunAndNotSentAgain() throws Exception {
		run();
		fake.acceptedAnswer = new MockResponse().setBody("garbled");
		assertThrows(BioStudiesException.class, () -> deposit().accession("S-BIAD101").run(FakeBioStudies.USER,
			FakeBioStudies.PASSWORD.toCharArray()));
		Receipt sending = Receipt.read(pkg.out.resolve("receipt.json"));
		assertEquals(List.of("S-BIAD101", 0, SubmissionStatus.SENDING), List.of(sending.accession(), sending.version(),
			sending.status()), "the receipt keeps an accession");
		fake.acceptedAnswer = null;
		messages.clear();
		SubmissionRun again = deposit();
		again.run(FakeBioStudies.USER, FakeBioStudies.PASSWORD.toCharArray());
		assertTrue(again.alreadySubmitted());
		assertEquals(2, fake.submissions.size(), "not sent a third time");
		assertTrue(said("a new version of S-BIAD101 was sent on " + sending.time() + " and got no answer; nothing " +
			"sent now. Look at the study's versions, and to send it again, use --accession S-BIAD101"),
			messages.toString());
	}

	@Test
	void anUploadRecordThatCannotBeWrittenCostsNoDeposit() throws Exception {
		Path notAFolder = tmp.resolve("cache-is-a-file");
		Files.writeString(notAFolder, "not a folder");
		Receipt receipt = deposit().uploadRecords(notAFolder).run(FakeBioStudies.USER, FakeBioStudies.PASSWORD
			.toCharArray());
		assertEquals(SubmissionStatus.PROCESSED, receipt.status());
		assertEquals(5, fake.uploads.size());
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("could not read the upload record " + notAFolder) &&
			m.endsWith("; a later run sends again the files it cannot vouch for")), messages.toString());
	}

	/** Issue 8 item 16: a damaged receipt names itself and says what to do, before anything is sent. */
	@Test
	void aDamagedReceiptStopsTheRunWithAClearMessage() throws Exception {
		Files.writeString(pkg.out.resolve("receipt.json"), "{\n  \"accession\" : \"S-BIAD9\",\n  \"version\" : ");
		DamagedReceiptException e = assertThrows(DamagedReceiptException.class, this::run);
		assertTrue(e.getMessage().startsWith("receipt.json in " + pkg.out.toAbsolutePath() + " is damaged (line 3, " +
			"column 15): the file ends in the middle (cut short?); fix it, or move it aside"), e.getMessage());
		assertTrue(fake.uploads.isEmpty());
		assertTrue(fake.submissions.isEmpty());
		assertEquals(1, fake.logouts.get());
	}
}
