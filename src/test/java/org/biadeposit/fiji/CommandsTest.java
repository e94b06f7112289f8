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
package org.biadeposit.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Submission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

/**
 * The Fiji commands run through a SciJava Context and CommandService with the parameters a macro passes, headless
 * as in {@code ImageJ-linux64 --headless --run "Package Deposition" "folder=…,config=…,out=…"}.
 */
class CommandsTest {

	private static Context context;
	private static CommandService commands;
	private static String headlessBefore;

	@TempDir
	static Path cacheDir;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() {
		System.setProperty("bia.cache.dir", cacheDir.toString());
		headlessBefore = System.getProperty("java.awt.headless");
		System.setProperty("java.awt.headless", "true"); // as ImageJ-linux64 --headless
		context = new Context();
		commands = context.service(CommandService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
		System.clearProperty("bia.cache.dir");
		// Leave the test JVM as it found it: the wizard's test needs a display (under Xvfb).
		if (headlessBefore == null) System.clearProperty("java.awt.headless");
		else System.setProperty("java.awt.headless", headlessBefore);
	}

	private CommandModule run(Class<? extends org.scijava.command.Command> type, Object... params) throws Exception {
		return commands.run(type, true, params).get();
	}

	/** cells/control and cells/treated: an ImageJ TIFF each; zstack/: a companion OME-TIFF set. All generated. */
	private Path dataset() throws IOException {
		Path root = tmp.resolve("study");
		ExampleDataset.writeImageJTiff(root.resolve("cells/control/control-cells.tif"), 56, 30, 0.125);
		ExampleDataset.writeImageJTiff(root.resolve("cells/treated/treated-cells.tif"), 40, 24, 0);
		ExampleDataset.writeOmeTiffSet(root.resolve("zstack"), "zstack");
		return root;
	}

	@Test
	void theCommandsAreInTheBioImageArchiveMenuUnderTheirNames() {
		Map<String, Class<?>> expected = Map.of("Upload and Submit", UploadAndSubmitCommand.class,
			"Submission Status", SubmissionStatusCommand.class, "Open Sandbox Server", OpenSandboxServerCommand.class,
			"Harvest Open Images", HarvestOpenImagesCommand.class, "Harvest Folder", HarvestFolderCommand.class,
			"Create deposit.yaml",
			CreateDepositYamlCommand.class, "Build File-lists", BuildFileListsCommand.class, "Validate Deposition",
			ValidateDepositionCommand.class, "Package Deposition", PackageDepositionCommand.class);
		for (Map.Entry<String, Class<?>> e : expected.entrySet()) {
			CommandInfo info = commands.getCommand(e.getValue().getName());
			assertNotNull(info, e.getKey() + " is a discovered plugin");
			assertEquals(e.getKey(), info.getLabel());
			assertEquals("Plugins > BioImage Archive > " + e.getKey(), info.getMenuPath().getMenuString());
		}
	}

	@Test
	void macroParameterNamesAreShortAndLowercase() {
		for (Class<?> c : new Class<?>[] { HarvestFolderCommand.class, CreateDepositYamlCommand.class,
			BuildFileListsCommand.class, ValidateDepositionCommand.class, PackageDepositionCommand.class,
			UploadAndSubmitCommand.class, SubmissionStatusCommand.class, OpenSandboxServerCommand.class })
		{
			commands.getCommand(c.getName()).inputs().forEach(input -> {
				if (input.getType().getName().startsWith("org.scijava") || input.getType().getName().startsWith(
					"org.biadeposit.harvest") || input.getType() == SandboxService.class) return;
				assertTrue(input.getName().matches("[a-z]+"), c.getSimpleName() + " parameter " + input.getName());
			});
		}
		java.util.List<String> files = new java.util.ArrayList<>();
		commands.getCommand(PackageDepositionCommand.class.getName()).inputs().forEach(i -> {
			if (i.getType() == File.class || i.getType() == String.class) files.add(i.getName());
		});
		assertEquals(java.util.List.of("folder", "config", "out"), files, "run(\"Package Deposition\", " +
			"\"folder=... config=... out=...\")");
	}

	@Test
	void harvestFolderGivesATableOfImages() throws Exception {
		Path root = dataset();
		CommandModule m = run(HarvestFolderCommand.class, "folder", root.toFile(), "recursive", true);
		ResultsTable table = (ResultsTable) m.getOutput("table");
		assertEquals(3, table.size(), "two TIFFs and the companion set");
		assertEquals(3, m.getOutput("images"));
		assertEquals(0, m.getOutput("errors"));
		assertEquals("cells/control/control-cells.tif", table.getStringValue("file", 0));
		assertEquals("56", table.getStringValue("sizeX", 0));
		assertEquals("zstack/zstack.companion.ome", table.getStringValue("file", 2));
		assertEquals("4", table.getStringValue("sizeZ", 2));
	}

	@Test
	void fromCreateToPackageAsAMacroWould() throws Exception {
		Path root = dataset();
		CommandModule created = run(CreateDepositYamlCommand.class, "folder", root.toFile());
		File yaml = (File) created.getOutput("config");
		assertTrue(yaml.isFile());
		assertTrue(Files.readString(yaml.toPath()).contains("study_component:"));

		// config left out, as in run("Validate Deposition", "folder=...")
		CommandModule invalid = run(ValidateDepositionCommand.class, "folder", root.toFile());
		assertFalse(invalid.isCanceled(), "runs without config=, as a macro may call it: " + invalid
			.getCancelReason());
		assertTrue((Integer) invalid.getOutput("errors") > 0, "the starter is not filled in yet");
		assertTrue(((String) invalid.getOutput("report")).contains("study.title"));

		Files.writeString(yaml.toPath(), complete(LocalDate.now().plusMonths(3)));
		CommandModule valid = run(ValidateDepositionCommand.class, "folder", root.toFile(), "config", yaml.getPath());
		assertEquals(0, valid.getOutput("errors"), (String) valid.getOutput("report"));

		Path lists = tmp.resolve("lists");
		CommandModule built = run(BuildFileListsCommand.class, "folder", root.toFile(), "config", yaml.getPath(), "out",
			lists.toFile());
		assertEquals(2, built.getOutput("lists"));
		assertTrue(Files.isRegularFile(lists.resolve("cells.tsv")));

		Path out = tmp.resolve("package");
		CommandModule packaged = run(PackageDepositionCommand.class, "folder", root.toFile(), "config", yaml, "out", out
			.toFile());
		File submission = (File) packaged.getOutput("submission");
		Submission s = PageTabJson.read(submission.toPath());
		assertEquals("HeLa cells imaged for testing the Fiji commands", s.attribute("Title"));
		assertTrue(Files.isRegularFile(out.resolve("upload-plan.tsv")));
	}

	/** The dataset with a complete deposit.yaml, packaged by Package Deposition into {@code tmp/package}. */
	private Path packaged() throws Exception {
		Path root = dataset();
		Files.writeString(root.resolve("deposit.yaml"), complete(LocalDate.now().plusMonths(2)));
		Path out = tmp.resolve("package");
		run(PackageDepositionCommand.class, "folder", root.toFile(), "config", root.resolve("deposit.yaml").toFile(),
			"out", out.toFile());
		return out;
	}

	/** Package, open the sandbox, upload and submit, ask the status: all as a macro would. */
	@Test
	void uploadAndSubmitToTheSandboxOpenedFromFiji() throws Exception {
		Path out = packaged();
		String url = (String) run(OpenSandboxServerCommand.class, "port", 0, "data", tmp.resolve("server").toString())
			.getOutput("url");
		try {
			assertTrue(url.startsWith("http://127.0.0.1:"), url);
			CommandModule submitted = run(UploadAndSubmitCommand.class, "out", out.toFile(), "server", url, "user",
				org.biadeposit.sandbox.SandboxConfig.DEMO_EMAIL, "password", org.biadeposit.sandbox.SandboxConfig
					.DEMO_PASSWORD, "parallel", 2);
			String accno = (String) submitted.getOutput("accno");
			assertTrue(accno.startsWith("S-BIAD"), accno);
			assertTrue(((File) submitted.getOutput("receipt")).isFile());
			assertEquals("", submitted.getInput("password"), "the password is not kept in the inputs");
			Path passwordFile = tmp.resolve("pw");
			Files.writeString(passwordFile, org.biadeposit.sandbox.SandboxConfig.DEMO_PASSWORD);
			CommandModule status = run(SubmissionStatusCommand.class, "out", out.toFile(), "user",
				org.biadeposit.sandbox.SandboxConfig.DEMO_EMAIL, "passwordfile", passwordFile.toString());
			assertEquals("PROCESSED", status.getOutput("state"));

			ExecutionException wrong = assertThrows(ExecutionException.class, () -> run(UploadAndSubmitCommand.class,
				"out", out.toFile(), "server", url, "user", org.biadeposit.sandbox.SandboxConfig.DEMO_EMAIL,
				"password", "not-the-password"));
			String message = rootCause(wrong).getMessage();
			assertTrue(message.contains("did not accept the e-mail or password"), message);
			assertFalse(message.contains("not-the-password"));
		}
		finally {
			context.service(SandboxService.class).stop();
		}
	}

	/** Keeps the status-bar messages published while it is subscribed (the event service holds it weakly). */
	public static final class StatusBar {

		// read while events still arrive on other threads: a copy-on-write list is safe to stream meanwhile
		final List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();

		@org.scijava.event.EventHandler
		public void onEvent(org.scijava.app.event.StatusEvent e) {
			if (e.getStatusMessage() != null) shown.add(e.getStatusMessage());
		}
	}

	/**
	 * Issue 10: Upload and Submit by FTP (the account in its FTP fields) to the sandbox's FTP endpoint: the status bar
	 * shows the progress over the whole upload (files, bytes, rate) and the route; the FTP password is neither kept in
	 * the inputs nor saved in the preferences.
	 */
	@Test
	void uploadAndSubmitByFtpShowsTheProgressInTheStatusBar() throws Exception {
		Path out = packaged();
		StatusBar bar = new StatusBar();
		org.scijava.event.EventService events = context.service(org.scijava.event.EventService.class);
		var subscribers = events.subscribe(bar);
		String ftpPassword = org.biadeposit.sandbox.SandboxConfig.DEMO_PASSWORD;
		try (org.biadeposit.sandbox.SandboxServer sandbox = org.biadeposit.sandbox.SandboxServer.start(
			new org.biadeposit.sandbox.SandboxConfig().dataDir(tmp.resolve("server")).port(0).ftpPort(0).log(null)))
		{
			CommandModule submitted = run(UploadAndSubmitCommand.class, "out", out.toFile(), "server", sandbox
				.baseUrl(), "user", org.biadeposit.sandbox.SandboxConfig.DEMO_EMAIL, "password",
				org.biadeposit.sandbox.SandboxConfig.DEMO_PASSWORD, "via", "ftp", "ftpuser",
				org.biadeposit.sandbox.SandboxConfig.DEMO_EMAIL, "ftppassword", ftpPassword, "ftphost", "127.0.0.1:" +
					sandbox.ftpPort());
			assertTrue(((String) submitted.getOutput("accno")).startsWith("S-BIAD"));
			assertEquals(0, sandbox.received().stream().filter(org.biadeposit.sandbox.ReceivedRequest::isUpload)
				.count(), "no file went by HTTP");
			assertEquals("", submitted.getInput("ftppassword"), "the FTP password is not kept in the inputs");
			String saved = context.service(org.scijava.prefs.PrefService.class).get(UploadAndSubmitCommand.class,
				"ftppassword");
			assertTrue(saved == null || saved.isEmpty(), "the FTP password is not saved in the preferences");
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); // status events are delivered later
			while (System.nanoTime() < until && bar.shown.stream().noneMatch(m -> m.startsWith("deposited: "))) {
				Thread.sleep(20);
			}
			List<String> shown = List.copyOf(bar.shown);
			assertTrue(shown.stream().anyMatch(m -> m.contains(" by FTP 127.0.0.1:" + sandbox.ftpPort())), shown
				.toString());
			int files = (int) Files.readAllLines(out.resolve("upload-plan.tsv")).stream().skip(1).count();
			assertTrue(shown.stream().anyMatch(m -> m.matches("BioImage Archive: " + files + " of " + files +
				" files, [0-9.]+ of [0-9.]+ MB, [0-9.]+ MB/s.*")), "the progress over the whole upload: " + shown);
			assertTrue(shown.stream().noneMatch(m -> m.contains(ftpPassword)), shown.toString());
		}
		finally {
			events.unsubscribe(subscribers);
		}
	}

	/**
	 * The Aspera route from Fiji: the service's upload over a stand-in ascp (IBM's cannot be installed here) shows the
	 * progress over the whole upload in the status bar, as the other routes do; the command without ascp on the PATH
	 * says what to install.
	 */
	@Test
	void uploadAndSubmitByAsperaShowsTheProgressInTheStatusBar() throws Exception {
		assumeTrue(org.biadeposit.biostudies.AscpStandIn.canRun(), "the ascp stand-in is a POSIX shell script");
		Path out = packaged();
		StatusBar bar = new StatusBar();
		org.scijava.event.EventService events = context.service(org.scijava.event.EventService.class);
		var subscribers = events.subscribe(bar);
		String email = org.biadeposit.sandbox.SandboxConfig.DEMO_EMAIL;
		String password = org.biadeposit.sandbox.SandboxConfig.DEMO_PASSWORD;
		String asperaPassword = "aspera-password-for-fiji";
		try (org.biadeposit.sandbox.SandboxServer sandbox = org.biadeposit.sandbox.SandboxServer.start(
			new org.biadeposit.sandbox.SandboxConfig().dataDir(tmp.resolve("server")).port(0).log(null)))
		{
			String secret;
			try (org.biadeposit.biostudies.BioStudiesClient client = new org.biadeposit.biostudies.BioStudiesClient(
				org.biadeposit.biostudies.Server.of(sandbox.baseUrl())))
			{
				secret = client.login(email, password.toCharArray()).secret();
			}
			var ascp = org.biadeposit.biostudies.AscpStandIn.write(tmp.resolve("ascp"), sandbox.userFolder(email),
				secret, "bs-upload", asperaPassword);
			var login = new org.biadeposit.biostudies.AsperaLogin("bs-upload", asperaPassword.toCharArray())
				.searchPath(ascp.searchPath());
			org.biadeposit.biostudies.Receipt r = context.service(org.biadeposit.DepositionService.class).submit(out,
				org.biadeposit.DepositionService.Upload.to(sandbox.baseUrl(), email).withRoute(
					org.biadeposit.biostudies.UploadRoute.ASPERA, null).withAspera(login), password.toCharArray(),
				new org.biadeposit.Cancellation(), null);
			assertTrue(r.processed(), r.toString());
			assertEquals(0, sandbox.received().stream().filter(org.biadeposit.sandbox.ReceivedRequest::isUpload)
				.count(), "no file went by HTTP");
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); // status events are delivered later
			while (System.nanoTime() < until && bar.shown.stream().noneMatch(m -> m.startsWith("deposited: "))) {
				Thread.sleep(20);
			}
			List<String> shown = List.copyOf(bar.shown);
			assertTrue(shown.stream().anyMatch(m -> m.contains(" by Aspera ")), shown.toString());
			int files = (int) Files.readAllLines(out.resolve("upload-plan.tsv")).stream().skip(1).count();
			assertTrue(shown.stream().anyMatch(m -> m.matches("BioImage Archive: " + files + " of " + files +
				" files, [0-9.]+ of [0-9.]+ MB, [0-9.]+ MB/s.*")), "the progress over the whole upload: " + shown);
			assertTrue(shown.stream().noneMatch(m -> m.contains(asperaPassword)), shown.toString());

			assumeTrue(new org.biadeposit.biostudies.AsperaLogin("u", "p".toCharArray()).ascp() == null,
				"IBM's ascp is installed here");
			ExecutionException noAscp = assertThrows(ExecutionException.class, () -> run(UploadAndSubmitCommand.class,
				"out", out.toFile(), "server", sandbox.baseUrl(), "user", email, "password", password, "via", "aspera",
				"asperauser", "bs-upload", "asperapassword", asperaPassword));
			assertTrue(rootCause(noAscp).getMessage().contains("ascp"), rootCause(noAscp).getMessage());
		}
		finally {
			events.unsubscribe(subscribers);
		}
	}

	@Test
	void headlessFailuresEndWithAClearMessage() throws Exception {
		Path root = dataset();
		Files.writeString(root.resolve("deposit.yaml"), complete(LocalDate.now().minusDays(3)));
		ExecutionException e = assertThrows(ExecutionException.class, () -> run(PackageDepositionCommand.class,
			"folder", root.toFile(), "config", root.resolve("deposit.yaml").toFile(), "out", tmp.resolve("p")
				.toFile()));
		String message = rootCause(e).getMessage();
		assertTrue(message.startsWith("Package Deposition: nothing written"), message);
		assertTrue(message.contains("study.release_date"), message);
		assertFalse(Files.exists(tmp.resolve("p").resolve("submission.json")));

		ExecutionException notAFolder = assertThrows(ExecutionException.class, () -> run(HarvestFolderCommand.class,
			"folder", tmp.resolve("nowhere").toFile()));
		assertTrue(rootCause(notAFolder).getMessage().contains("is not a folder"));
	}

	@Test
	void harvestOpenImagesReadsWhatIsOpenOrSaysNothingIs() throws Exception {
		ExecutionException none = assertThrows(ExecutionException.class, () -> run(HarvestOpenImagesCommand.class));
		assertTrue(rootCause(none).getMessage().contains("no image is open"), rootCause(none).getMessage());

		Path file = tmp.resolve("saved.tif");
		ExampleDataset.writeImageJTiff(file, 56, 30, 0.125);
		ImagePlus saved = IJ.openImage(file.toString());
		ImagePlus fresh = IJ.createHyperStack("unsaved", 32, 16, 2, 1, 1, 8);
		Interpreter.batchMode = true; // how macros hold images without windows
		Interpreter.addBatchModeImage(saved);
		Interpreter.addBatchModeImage(fresh);
		try {
			CommandModule m = run(HarvestOpenImagesCommand.class);
			ResultsTable table = (ResultsTable) m.getOutput("table");
			assertEquals(2, m.getOutput("images"));
			assertEquals("ImageJ TIFF", table.getStringValue("format", 0));
			assertEquals("unsaved", table.getStringValue("file", 1));
			assertEquals("32", table.getStringValue("sizeX", 1));
		}
		finally {
			Interpreter.removeBatchModeImage(saved);
			Interpreter.removeBatchModeImage(fresh);
			Interpreter.batchMode = false;
		}
	}

	private static Throwable rootCause(Throwable t) {
		while (t.getCause() != null && t.getCause() != t) t = t.getCause();
		return t;
	}

	private static String complete(LocalDate release) {
		return String.join("\n", //
			"study:", //
			"  title: HeLa cells imaged for testing the Fiji commands", //
			"  description: Test images.", //
			"  release_date: " + release, //
			"  keywords: [HeLa]", //
			"  authors:", //
			"  - {first_name: Ada, last_name: Lovelace, role: submitter, affiliation: {name: EMBL}}", //
			"biosamples:", //
			"  HeLa:", //
			"    organism: {scientific_name: Homo sapiens, ncbi_taxon: NCBI:txid9606}", //
			"    biological_entity: HeLa cells", //
			"specimens:", //
			"  Fixed: {sample_preparation: fixed}", //
			"acquisitions:", //
			"  Widefield:", //
			"    imaging_method: {value: fluorescence microscopy}", //
			"    imaging_instrument: a microscope", //
			"    image_acquisition_parameters: three channels", //
			"study_component:", //
			"  cells: {description: HeLa cells, files: cells, biosample: HeLa, specimen: Fixed, acquisition: " +
				"Widefield}", //
			"  zstack: {description: a z-stack, files: zstack, biosample: HeLa, specimen: Fixed, acquisition: " +
				"Widefield}", //
			"");
	}
}
