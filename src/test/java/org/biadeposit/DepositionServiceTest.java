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
package org.biadeposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;



import org.biadeposit.biostudies.Receipt;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.biadeposit.validate.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;

/** The service as a script gets it, through a real SciJava Context, on the generated example dataset. */
class DepositionServiceTest {

	@TempDir
	static Path shared;

	private static Context context;
	private static DepositionService bia;
	/** The example dataset, written once; tests that change it work on their own copy. */
	private static Path example;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() throws IOException {
		System.setProperty("bia.cache.dir", shared.resolve("cache").toString());
		context = new Context();
		bia = context.service(DepositionService.class);
		bia.setSettings(DepositionService.Settings.defaults().withThreads(2).withHarvestCache(false));
		example = shared.resolve("example");
		new ExampleDataset().write(example);
	}

	@AfterAll
	static void stop() {
		context.dispose();
		System.clearProperty("bia.cache.dir");
	}

	/** Keeps the status messages published while it is subscribed (the event service holds it weakly). */
	public static final class StatusMessages {

		final List<String> messages = Collections.synchronizedList(new ArrayList<>());
		final CountDownLatch first = new CountDownLatch(1);
		private final String wanted;

		StatusMessages(String wanted) {
			this.wanted = wanted;
		}

		@EventHandler
		public void onEvent(StatusEvent e) {
			if (e.getStatusMessage() == null) return;
			messages.add(e.getStatusMessage());
			if (e.getStatusMessage().startsWith(wanted)) first.countDown();
		}
	}

	@Test
	void initValidatePackageOnTheExampleWithProgressInTheStatusBar() throws Exception {
		StatusMessages status = new StatusMessages("BioImage Archive: read");
		context.service(EventService.class).subscribe(status);
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Files.delete(root.resolve("deposit.yaml"));

		DepositionWorkflow.Started started = bia.init(root, false, LocalDate.of(2026, 12, 1));
		assertEquals(root.resolve("deposit.yaml"), started.config());
		assertEquals(11, started.imageFiles());
		assertTrue(status.first.await(30, TimeUnit.SECONDS), "harvest progress reached the StatusService: " +
			status.messages);
		assertThrows(IllegalStateException.class, () -> bia.init(root, false, LocalDate.of(2026, 12, 1)),
			"an existing deposit.yaml is kept unless replace is asked for");

		Report starter = bia.validate(root, null);
		assertTrue(starter.hasErrors(), "the starter is to be filled in");
		assertTrue(starter.toText().contains("study.title"), starter.toText());

		Files.writeString(root.resolve("deposit.yaml"), ExampleDataset.depositYaml(LocalDate.now().plusMonths(3)));
		assertFalse(bia.validate(root, null).hasErrors(), bia.validate(root, null).toText());
		DepositionWorkflow.ListsWritten lists = bia.fileLists(root, null, tmp.resolve("lists"));
		assertFalse(lists.files().isEmpty());
		assertTrue(lists.files().stream().allMatch(Files::isRegularFile));
		DepositionWorkflow.Packaged packaged = bia.pack(root, root.resolve("deposit.yaml"), tmp.resolve("package"));
		assertNotNull(packaged.written(), packaged.report().toText());
		assertTrue(Files.isRegularFile(tmp.resolve("package/submission.json")));
	}

	@Test
	void aCancelledHarvestStopsAndReturnsWhatItRead() throws IOException {
		Path root = tmp.resolve("many");
		ExampleDataset.Summary written = new ExampleDataset().files(40).write(root);
		Cancellation cancel = new Cancellation();
		List<String> seen = new ArrayList<>();
		DepositionService.Harvested h = bia.harvest(List.of(root), true, cancel, f -> {
			seen.add(f.file());
			cancel.cancel();
		});
		assertTrue(h.cancelled());
		assertFalse(h.files().isEmpty(), "what was read before the cancel is returned");
		assertTrue(h.files().size() < written.datasets(), h.files().size() + " of " + written.datasets() +
			" datasets: the walk stopped");
		assertEquals(seen.size(), h.files().size());

		DepositionService.Harvested none = bia.harvest(List.of(root), true, cancel, f -> {});
		assertTrue(none.files().isEmpty(), "a cancelled handle stops a new step at once");
		DepositionService.Harvested whole = bia.harvest(root);
		assertFalse(whole.cancelled());
		assertEquals(written.datasets(), whole.files().size());
		assertEquals(0, whole.summary().errors());
	}

	/**
	 * Upload cancelled after the first file, submitted again (that file is not sent twice), then the status; against
	 * the sandbox server on loopback.
	 */
	@Test
	void aCancelledUploadResumesWithoutSendingAgainThenSubmitsAndTellsItsStatus() throws Exception {
		Path out = tmp.resolve("package");
		assertNotNull(bia.pack(example, example.resolve("deposit.yaml"), out).written());
		try (SandboxServer sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0)
			.processingDelay(Duration.ofMillis(50)).log(null)))
		{
			DepositionService.Upload upload = DepositionService.Upload.to(sandbox.baseUrl(), SandboxConfig.DEMO_EMAIL)
				.withParallel(1);
			Cancellation cancel = new Cancellation();
			List<String> arrived = Collections.synchronizedList(new ArrayList<>());
			ProgressListener cancelAfterTheFirstFile = new ProgressListener() {

				@Override
				public void progress(Progress p) {
					if (p.filesDone() >= 1 && p.item() != null) {
						arrived.add(p.item());
						cancel.cancel();
					}
				}
			};
			char[] password = SandboxConfig.DEMO_PASSWORD.toCharArray();
			assertThrows(CancellationException.class, () -> bia.submit(out, upload, password, cancel,
				cancelAfterTheFirstFile));
			assertFalse(Thread.currentThread().isInterrupted(), "the caller's thread is not left interrupted");
			assertTrue(new String(password).chars().allMatch(c -> c == 0), "the password is wiped");
			assertFalse(arrived.isEmpty());
			assertFalse(Files.exists(out.resolve(Receipt.NAME)), "nothing was submitted");

			char[] again = SandboxConfig.DEMO_PASSWORD.toCharArray();
			Receipt receipt = bia.submit(out, upload, again, new Cancellation(), null);
			assertTrue(receipt.processed(), String.valueOf(receipt.status()));
			assertTrue(new String(again).chars().allMatch(c -> c == 0), "the password is wiped");
			String first = arrived.get(0);
			Receipt.File kept = receipt.files().stream().filter(f -> f.remote().equals(first)).findFirst()
				.orElseThrow();
			assertEquals(org.biadeposit.biostudies.FileState.ON_SERVER, kept.state(), first + " arrived before the cancel: not sent again");
			assertTrue(receipt.files().stream().anyMatch(f -> f.state() == org.biadeposit.biostudies.FileState.SENT), "the rest was sent");

			DepositionService.SubmissionStatus status = bia.status(out, SandboxConfig.DEMO_EMAIL, SandboxConfig
				.DEMO_PASSWORD.toCharArray());
			assertEquals(receipt.accession(), status.accession());
			assertEquals("PROCESSED", status.status());
			assertEquals(List.of(), status.errors());
		}
	}

	@Test
	void statusOfAFolderNeverSubmittedSaysSo() {
		IOException e = assertThrows(IOException.class, () -> bia.status(tmp, "me@example.org", "secret"
			.toCharArray()));
		assertTrue(e.getMessage().contains("has no receipt.json"), e.getMessage());
		assertNull(e.getCause());
	}
}
