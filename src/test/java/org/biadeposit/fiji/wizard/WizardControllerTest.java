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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Study;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.biadeposit.validate.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * The wizard's controller with no window (this JVM may well be headless): the example dataset harvested, validated,
 * packaged and sent to a sandbox BioStudies server on loopback, paused and resumed, and sent again after a submit
 * from the command line's upload class: as a new version of the same study, never as a second study.
 */
class WizardControllerTest {

	private static Context context;

	@TempDir
	Path tmp;

	private SandboxServer sandbox;
	private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
	private final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();

	@BeforeAll
	static void harvestService() {
		context = new Context(HarvestService.class);
	}

	@AfterAll
	static void dispose() {
		context.dispose();
	}

	@AfterEach
	void stop() {
		uiThread.shutdownNow();
		if (sandbox != null) sandbox.close();
	}

	/** Everything the view would hear, in order, as values (a step, a report, an upload event, a status line). */
	private class Listening implements WizardController.Events {

		@Override
		public void opened(DepositionDraft.State state, boolean saved) {
			heard.add(state);
		}

		@Override
		public void notOpened(String why) {
			heard.add("not opened: " + why);
		}

		@Override
		public void validated(Report report) {
			heard.add(report);
		}

		@Override
		public void packaged(DepositionWorkflow.Packaged p, Path out) {
			heard.add(p);
		}

		@Override
		public void upload(UploadEvent e) {
			heard.add(e);
		}
	}

	private DepositionDraft draft() {
		HarvestCache cache = HarvestCache.at(tmp.resolve("harvest-cache.jsonl"), "native");
		return new DepositionDraft(context.service(HarvestService.class).harvester(), r -> cache, 2, LocalDate.now())
			.pollInterval(Duration.ofMillis(50)).uploadRecords(tmp.resolve("upload-records"));
	}

	private WizardController controller() {
		return new WizardController(draft(), uiThread::execute).events(new Listening());
	}

	/** The next event of this type; the others before it are dropped. */
	private <T> T next(Class<T> type) throws InterruptedException {
		List<Object> skipped = new ArrayList<>();
		while (true) {
			Object e = heard.poll(30, TimeUnit.SECONDS);
			if (e == null) throw new AssertionError("no " + type.getSimpleName() + " heard; before: " + skipped);
			if (type.isInstance(e)) return type.cast(e);
			skipped.add(e);
		}
	}

	private Path example() throws IOException {
		Path root = tmp.resolve("dataset");
		new ExampleDataset().write(root);
		return root;
	}

	private void startSandbox() throws IOException {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).processingDelay(
			Duration.ofMillis(20)).log(null));
	}

	private long studies() throws IOException {
		try (var all = Files.list(sandbox.dataDir().resolve("submissions"))) {
			return all.filter(Files::isDirectory).count();
		}
	}

	private static char[] password() {
		return SandboxConfig.DEMO_PASSWORD.toCharArray();
	}

	@Test
	void aStudySubmittedFromTheCommandLineGoesAgainAsItsNextVersionNeverAsASecondStudy() throws Exception {
		Path root = example();
		Path pkg = tmp.resolve("package");
		startSandbox();
		// bia submit, once: package and deposit as the command line does
		DepositionWorkflow.Packaged first = new DepositionWorkflow(context.service(HarvestService.class).harvester(),
			HarvestCache.none(), 2, p -> {}).pack(root, root.resolve("deposit.yaml"), pkg);
		assertNotNull(first.written(), first.report().toText());
		Receipt submitted;
		try (BioStudiesClient client = new BioStudiesClient(Server.of(sandbox.baseUrl()))) {
			submitted = new SubmissionRun(client, pkg).pollInterval(Duration.ofMillis(50)).uploadRecords(tmp.resolve(
				"upload-records")).run(SandboxConfig.DEMO_EMAIL, password());
		}
		assertEquals(1, submitted.version());

		// the wizard on the same folder and package, nothing changed: the same study, nothing sent
		WizardController wizard = controller();
		uiThread.execute(() -> wizard.harvest(root));
		assertNotNull(next(DepositionDraft.State.class).described());
		uiThread.execute(() -> wizard.packageAndSubmit(pkg, sandbox.baseUrl(), SandboxConfig.DEMO_EMAIL, password()));
		UploadEvent.Deposited again = next(UploadEvent.Deposited.class);
		assertTrue(again.alreadySubmitted(), "nothing changed: " + again);
		assertEquals(EarlierDeposit.Kind.UNCHANGED, again.kind());
		assertEquals(submitted.accession(), again.receipt().accession());
		assertTrue(again.summary().startsWith("Already submitted as " + submitted.accession()), again.summary());
		assertEquals(1, studies());

		// the description changed in the forms: Submit saves, packages and sends version 2 of the same study
		wizard.forms(d -> retitled(d, "Primary airway epithelial cells, wild type and CFTR knock-out, revised"));
		uiThread.execute(() -> wizard.packageAndSubmit(pkg, sandbox.baseUrl(), SandboxConfig.DEMO_EMAIL, password()));
		UploadEvent.Deposited version2 = next(UploadEvent.Deposited.class);
		assertFalse(version2.alreadySubmitted());
		assertEquals(EarlierDeposit.Kind.NEW_VERSION, version2.kind());
		assertEquals(submitted.accession(), version2.receipt().accession());
		assertEquals(2, version2.receipt().version());
		assertEquals("Deposited version 2 of " + submitted.accession() + ".", version2.summary());
		assertEquals(1, studies(), "one study, two versions");
		assertTrue(Files.isRegularFile(sandbox.submissionFolder(submitted.accession(), 2).resolve("submission.json")));
		assertEquals(version2.receipt(), onUi(wizard::receipt));
	}

	@Test
	void pauseStopsTheUploadAndResumeSendsOnlyTheRest() throws Exception {
		Path root = example();
		Path pkg = tmp.resolve("package");
		startSandbox();
		// Pause as soon as a file is sent, from the view's thread as the button would
		WizardController[] controller = new WizardController[1];
		boolean[] pressed = { false };
		WizardController wizard = controller[0] = new WizardController(draft(), uiThread::execute).events(
			new Listening() {

				@Override
				public void upload(UploadEvent e) {
					super.upload(e);
					// slow enough from the first file on that the pause comes before the last one
					if (e instanceof UploadEvent.Sending) sandbox.faults().delay(Duration.ofMillis(40));
					if (e instanceof UploadEvent.Sending s && s.progress().filesDone() >= 1 && !pressed[0]) {
						pressed[0] = true;
						controller[0].pause();
					}
				}
			});
		uiThread.execute(() -> wizard.harvest(root));
		next(DepositionDraft.State.class);
		uiThread.execute(() -> wizard.packageAndSubmit(pkg, sandbox.baseUrl(), SandboxConfig.DEMO_EMAIL, password()));
		UploadEvent.Paused paused = next(UploadEvent.Paused.class);
		assertNotNull(paused.last());
		assertFalse(onUi(wizard::uploading));
		assertNull(onUi(wizard::receipt), "paused before submitting");
		assertFalse(Files.exists(pkg.resolve(Receipt.NAME)), "nothing submitted");

		sandbox.faults().delay(Duration.ZERO);
		heard.clear();
		uiThread.execute(() -> wizard.upload(sandbox.baseUrl(), SandboxConfig.DEMO_EMAIL, password())); // Resume
		List<String> log = new ArrayList<>();
		UploadEvent.Deposited done;
		while (true) {
			UploadEvent e = next(UploadEvent.class);
			if (e instanceof UploadEvent.Message m) log.add(m.text());
			if (e instanceof UploadEvent.Deposited d) {
				done = d;
				break;
			}
			assertFalse(e instanceof UploadEvent.Failed, e::toString);
		}
		assertEquals(EarlierDeposit.Kind.NEW_STUDY, done.kind());
		assertTrue(done.receipt().accession().startsWith("S-BIAD"), done.receipt().accession());
		assertTrue(log.stream().anyMatch(l -> l.contains("already on the server, not sent again")), "Resume sends " +
			"only what is missing: " + log);
		assertEquals(1, studies());
	}

	@Test
	void stoppingTheHarvestKeepsNoStarterWrittenFromPartOfTheImages() throws Exception {
		Path root = example();
		Files.delete(root.resolve("deposit.yaml"));
		// events on the harvest's own thread, so that Stop lands while it runs
		WizardController[] wizard = new WizardController[1];
		wizard[0] = new WizardController(draft(), Runnable::run).events(new Listening() {

			@Override
			public void harvesting(int done, int found) {
				wizard[0].stop();
			}
		});
		wizard[0].harvest(root);
		assertEquals("not opened: stopped", next(String.class));
		assertNull(wizard[0].state());
		assertFalse(wizard[0].busy());
		assertFalse(Files.exists(root.resolve("deposit.yaml")), "no starter from part of the images");
	}

	@Test
	void noStepButTheFirstBeforeAHarvest() throws Exception {
		WizardController wizard = controller();
		onUi(() -> {
			wizard.go(WizardStep.VALIDATION);
			return null;
		});
		assertEquals(WizardStep.DATASET, onUi(wizard::step));
	}

	private <T> T onUi(java.util.concurrent.Callable<T> call) throws Exception {
		return uiThread.submit(call).get(30, TimeUnit.SECONDS);
	}

	private static Deposition retitled(Deposition d, String title) {
		Study s = d.study();
		return new Deposition(d.root(), d.config(), new Study(title, s.description(), s.releaseDate(), s.keywords(), s
			.authors(), s.organisations(), s.license(), s.grants(), s.fundingStatement(), s.acknowledgements(), s
				.publications(), s.links(), s.rembiVersion()), d.biosamples(), d.specimens(), d.acquisitions(), d
					.analyses(), d.correlations(), d.components(), d.annotations());
	}
}
