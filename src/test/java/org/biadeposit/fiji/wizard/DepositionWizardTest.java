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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * The wizard driven as a person would, on a real display (Xvfb in CI: {@code .ci/run} starts one): a dataset
 * written by our example generator, every step from the folder to the accession, against a sandbox BioStudies server.
 * Each step is painted to {@code target/wizard-screenshots/step-N-<name>.png}. Without a display the test is skipped.
 */
class DepositionWizardTest {

	static final Path SCREENSHOTS = Path.of("target", "wizard-screenshots");

	private static Context context;

	@TempDir
	Path tmp;

	private SandboxServer sandbox;
	private DepositionWizard wizard;

	/** This JVM was made headless by an earlier test, but there is a display: the scenario runs in a JVM of its own. */
	private static boolean freshJvm;
	private static boolean hasDisplay;

	@BeforeAll
	static void needsADisplay() {
		// Tests that play Fiji --headless set java.awt.headless=true for the whole JVM and leave it set; with a
		// display at hand, that leftover is undone here, which works as long as AWT has not yet read it.
		boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
		if (display && Boolean.getBoolean("java.awt.headless")) System.clearProperty("java.awt.headless");
		hasDisplay = display;
		if (!display) return;
		freshJvm = GraphicsEnvironment.isHeadless();
		if (!freshJvm) context = new Context(HarvestService.class);
	}

	@AfterAll
	static void dispose() {
		if (context != null) context.dispose();
		context = null;
	}

	@AfterEach
	void close() throws Exception {
		if (wizard != null) onEdt(() -> {
			wizard.dispose();
			return null;
		});
		if (sandbox != null) sandbox.close();
	}

	@Test
	void fromTheFolderToTheAccession() throws Exception {
		Assumptions.assumeTrue(hasDisplay, "no display (DISPLAY is unset): the Deposition Wizard test needs one; " +
			"run it under Xvfb, as .ci/run does (DISPLAY=:99)");
		if (freshJvm) runInAFreshJvm();
		else scenario();
	}

	/** Runs {@link #main} (the same scenario) in a new JVM with this one's class path, and fails if it fails. */
	private static void runInAFreshJvm() throws Exception {
		String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process p = new ProcessBuilder(launcher, "-cp", classPath, DepositionWizardTest.class.getName())
			.redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "the scenario ends");
		assertEquals(0, p.exitValue(), "the scenario, run in a JVM of its own (this one was made headless by an " +
			"earlier test):\n" + output);
	}

	/** The scenario in a JVM of its own: exit status 0 when it passes. */
	public static void main(String[] args) throws IOException {
		int status = 1;
		Path tmp = Files.createTempDirectory("bia-wizard-test");
		try {
			needsADisplay();
			if (!hasDisplay || freshJvm) throw new IllegalStateException("no display for the Deposition Wizard");
			DepositionWizardTest test = new DepositionWizardTest();
			test.tmp = tmp;
			try {
				test.scenario();
				status = 0;
			}
			finally {
				test.close();
				dispose();
			}
		}
		catch (Throwable e) {
			e.printStackTrace();
		}
		finally {
			try (var files = Files.walk(tmp)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}
		System.exit(status);
	}

	/** cells/control and cells/treated: an ImageJ TIFF each; zstack/: a companion OME-TIFF set. All generated. */
	private Path dataset() throws IOException {
		Path root = tmp.resolve("study");
		ExampleDataset.writeImageJTiff(root.resolve("cells/control/control-cells.tif"), 56, 30, 0.125);
		ExampleDataset.writeImageJTiff(root.resolve("cells/treated/treated-cells.tif"), 40, 24, 0);
		ExampleDataset.writeOmeTiffSet(root.resolve("zstack"), "zstack");
		return root;
	}

	private void scenario() throws Exception {
		Path root = dataset();
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).processingDelay(
			Duration.ofMillis(50)).log(null));
		HarvestCache cache = HarvestCache.at(tmp.resolve("harvest-cache.jsonl"), "native");
		DepositionDraft draft = new DepositionDraft(context.service(HarvestService.class).harvester(), r -> cache, 2,
			LocalDate.now()).pollInterval(Duration.ofMillis(200));
		wizard = onEdt(() -> {
			DepositionWizard w = new DepositionWizard(draft, sandbox.baseUrl());
			w.setVisible(true);
			return w;
		});
		Files.createDirectories(SCREENSHOTS);

		// 1 Dataset: the folder has no deposit.yaml, so one is written from the images
		onEdt(() -> {
			wizard.dataset.folder.setText(root.toString());
			wizard.dataset.harvest.doClick();
			return null;
		});
		waitIdle();
		assertTrue(Files.isRegularFile(root.resolve("deposit.yaml")), "the starter deposit.yaml is written");
		assertTrue(onEdt(() -> wizard.dataset.opened.getText()).contains("Wrote"), onEdt(() -> wizard.dataset.opened.getText()));
		assertTrue(onEdt(() -> wizard.dataset.progress.getString()).startsWith("done: 3 image(s)"), onEdt(
			() -> wizard.dataset.progress.getString()));
		screenshot(1, "dataset");

		// 2 Images: the harvested table and the study components
		click(() -> wizard.next);
		assertEquals(WizardStep.IMAGES, onEdt(wizard.controller::step));
		JTable images = onEdt(() -> wizard.images.images);
		assertEquals(3, (int) onEdt(images::getRowCount), "two TIFFs and the companion set");
		assertEquals("cells/control/control-cells.tif", cell(images, 0, "File"));
		assertEquals("56", cell(images, 0, "Width (px)"));
		assertEquals("4", cell(images, 2, "Z slices"));
		JTable components = onEdt(() -> wizard.images.components);
		assertEquals(2, (int) onEdt(components::getRowCount));
		assertEquals("cells", cell(components, 0, "Study component"));
		assertEquals("2", cell(components, 0, "Files"));
		assertTrue(onEdt(() -> wizard.images.summary.getText()).contains("3 images"));
		screenshot(2, "images");

		// 3 Description: the acquisitions pre-filled from the harvest; the empty required title is marked
		click(() -> wizard.next);
		DescriptionStep form = onEdt(() -> wizard.description);
		Deposition starter = DepositYaml.read(root.resolve("deposit.yaml"), root).deposition();
		assertFalse(starter.acquisitions().isEmpty());
		assertEquals(starter.acquisitions().get(0).title(), onEdt(() -> form.value("acquisitions.0.title")));
		assertEquals(starter.acquisitions().get(0).imageAcquisitionParameters(), onEdt(() -> form.value(
			"acquisitions.0.image_acquisition_parameters")));
		assertNotNull(onEdt(() -> form.value("acquisitions.0.image_acquisition_parameters")), "parameters from the " +
			"harvest");
		String method = onEdt(() -> form.value("acquisitions.0.imaging_method"));
		if (!starter.acquisitions().get(0).imagingMethods().isEmpty()) {
			assertEquals(starter.acquisitions().get(0).imagingMethods().get(0).value(), method);
		}
		assertEquals(null, onEdt(() -> form.value("study.0.title")));
		assertTrue(onEdt(() -> form.isMarked("study.0.title")), "an empty required field is tinted");
		screenshot(3, "description");
		onEdt(() -> form.focus("acquisitions.0.image_acquisition_parameters"));
		screenshot(3, "description-acquisitions");

		// everything but the title, as a depositor would type it
		onEdt(() -> {
			form.set("study.0.description", "HeLa cells and a z-stack, arranged to test the wizard.");
			form.set("study.0.release_date", LocalDate.now().plusMonths(2).toString());
			form.set("study.0.keywords", "HeLa, wizard");
			form.set("authors.0.first_name", "Ada");
			form.set("authors.0.last_name", "Lovelace");
			form.set("authors.0.email", "ada@example.org");
			form.set("organisations.0.name", "EMBL-EBI");
			form.set("biosamples.0.title", "HeLa");
			form.set("biosamples.0.scientific_name", "Homo sapiens");
			form.set("biosamples.0.ncbi_taxon", "NCBI:txid9606");
			form.set("biosamples.0.biological_entity", "HeLa cells");
			form.set("specimens.0.sample_preparation", "fixed and stained");
			for (int i = 0; form.fields.containsKey("acquisitions." + i + ".title"); i++) {
				if (form.value("acquisitions." + i + ".imaging_instrument") == null) {
					form.set("acquisitions." + i + ".imaging_instrument", "a widefield microscope");
				}
				if (form.value("acquisitions." + i + ".imaging_method") == null) {
					form.set("acquisitions." + i + ".imaging_method", "fluorescence microscopy");
				}
			}
			form.set("study_component.0.description", "HeLa cells, control and treated");
			form.set("study_component.1.description", "A multi-file OME-TIFF z-stack");
			return null;
		});
		assertFalse(onEdt(() -> form.isMarked("study.0.description")));

		// 4 File-lists: Next saves deposit.yaml, which the scripts' reader then reads as the forms say
		click(() -> wizard.next);
		assertEquals(WizardStep.FILE_LISTS, onEdt(wizard.controller::step));
		Deposition saved = DepositYaml.read(root.resolve("deposit.yaml"), root).orThrow();
		assertEquals("Homo sapiens", saved.biosamples().get(0).organism().scientificName());
		assertEquals("HeLa", saved.components().get(0).firstAssociations().biosample(), "renaming the biosample renames " +
			"it in the components");
		assertTrue(Files.isRegularFile(root.resolve(DepositionDraft.BACKUP)), "the starter, with its comments, is kept");
		assertEquals(2, (int) onEdt(() -> wizard.fileLists.tabs.getTabCount()));
		JTable cells = onEdt(() -> wizard.fileLists.tables.get(0));
		assertEquals(2, (int) onEdt(cells::getRowCount));
		assertEquals("cells/control/control-cells.tif", cell(cells, 0, "Files"));
		screenshot(4, "file-lists");

		// a path pattern added under the list: Apply saves deposit.yaml and the list shows its column at once
		onEdt(() -> {
			wizard.fileLists.selection.get(0).get("pattern").setText("cells/{condition}/*.tif");
			wizard.fileLists.apply.get(0).doClick();
			return null;
		});
		waitIdle();
		JTable withPattern = onEdt(() -> wizard.fileLists.tables.get(0));
		assertEquals("control", cell(withPattern, 0, "condition"), "the pattern's column, at once");
		assertEquals("cells/{condition}/*.tif", DepositYaml.read(root.resolve("deposit.yaml"), root).orThrow()
			.components().get(0).files().pattern());
		screenshot(4, "file-lists-pattern");

		// 5 Validation: the missing title is listed; Go to focuses its field
		click(() -> wizard.next);
		assertEquals(WizardStep.VALIDATION, onEdt(wizard.controller::step));
		List<Problem> problems = onEdt(() -> wizard.controller.report().problems());
		Problem title = problems.stream().filter(p -> p.place() instanceof Place.ConfigKey k && k.keys().equals(List
			.of("study", "title")) && k.line() > 0).findFirst().orElseThrow(() -> new AssertionError("no study.title " +
				"problem with its line in " + problems));
		assertTrue(title.isError());
		assertTrue(problems.stream().noneMatch(p -> p.message().contains("in no study component")), "the wizard's " +
			"backup of deposit.yaml is not taken for data: " + problems);
		assertEquals(problems.size(), (int) onEdt(() -> wizard.validation.model.getSize()));
		assertTrue(onEdt(() -> wizard.validation.summary.getText()).contains("error"));
		onEdt(() -> {
			wizard.validation.problems.setSelectedValue(title, true);
			return null;
		});
		screenshot(5, "validation");
		onEdt(() -> {
			wizard.validation.goTo.doClick();
			return null;
		});
		Component titleField = onEdt(() -> form.fields.get("study.0.title"));
		waitFor(() -> onEdtQuietly(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager()
			.getFocusOwner() == titleField), "Go to gives the title field the focus");
		assertEquals(WizardStep.DESCRIPTION, onEdt(wizard.controller::step));
		screenshot(5, "validation-go-to");

		onEdt(() -> {
			form.set("study.0.title", "HeLa cells and a z-stack deposited through the wizard");
			return null;
		});
		onEdt(() -> { // the step list leads back; leaving the forms saves them, entering Validation validates
			wizard.stepList.setSelectedValue(WizardStep.VALIDATION, false);
			return null;
		});
		waitIdle();
		assertEquals(WizardStep.VALIDATION, onEdt(wizard.controller::step));
		assertFalse(onEdt(() -> wizard.controller.report().hasErrors()), () -> quiet(() -> wizard.controller.report().toText()));
		assertTrue(onEdt(() -> wizard.validation.summary.getText()).startsWith("No errors"));
		screenshot(5, "validation-no-errors");

		// 6 Submit: package, upload (paused and resumed), submit, accession
		click(() -> wizard.next);
		assertEquals(WizardStep.SUBMIT, onEdt(wizard.controller::step));
		assertEquals(sandbox.baseUrl(), onEdt(() -> wizard.submit.server.getText()));
		sandbox.faults().delay(Duration.ofMillis(300)); // slow enough to press Pause during the upload
		onEdt(() -> {
			wizard.submit.user.setText(SandboxConfig.DEMO_EMAIL);
			wizard.submit.password.setText(SandboxConfig.DEMO_PASSWORD);
			wizard.submit.submit.doClick();
			return null;
		});
		waitFor(() -> wizard.controller.lastProgress() != null && wizard.controller.lastProgress().filesDone() >= 1, "a file is uploaded");
		onEdt(() -> {
			wizard.submit.pause.doClick();
			return null;
		});
		waitFor(() -> onEdtQuietly(() -> !wizard.controller.uploading()), "Pause stops the upload");
		assertEquals("Resume", onEdt(() -> wizard.submit.pause.getText()), () -> quiet(() -> wizard.submit.log
			.getText()));
		assertNull(onEdt(() -> wizard.controller.receipt()), "paused before submitting");
		sandbox.faults().delay(Duration.ZERO);
		onEdt(() -> {
			wizard.submit.pause.doClick();
			return null;
		});
		waitFor(() -> onEdtQuietly(() -> wizard.controller.receipt() != null || (!wizard.controller.uploading() && wizard.status
			.getText().startsWith("Upload failed"))), "Resume deposits");
		assertNotNull(onEdt(() -> wizard.controller.receipt()), () -> quiet(() -> wizard.submit.log.getText()));
		String accession = onEdt(() -> wizard.controller.receipt().accession());
		assertTrue(accession.startsWith("S-BIAD"), accession);
		assertTrue(onEdt(() -> wizard.submit.accession.getText()).contains(accession));
		assertEquals(1000, (int) onEdt(() -> wizard.submit.progress.getValue()));
		String log = onEdt(() -> wizard.submit.log.getText());
		assertTrue(log.contains("paused"), log);
		assertTrue(log.contains("already on the server, not sent again"), "Resume sends only what is missing: " + log);
		assertEquals("", onEdt(() -> new String(wizard.submit.password.getPassword())), "the password is not kept");
		screenshot(6, "submit");

		// a study shaped like a real one, with long names: every step still usable at 1024x768
		Path example = tmp.resolve("example");
		new ExampleDataset().write(example);
		Path yaml = example.resolve("deposit.yaml");
		Files.writeString(yaml, Files.readString(yaml).replace("name: Wild type", "name: Wild-type primary " +
			"bronchial epithelial cells of two healthy donors, fixed and immunostained at day 0 and day 7, confocal " +
			"z-stacks").replace("name: CFTR knock-out", "name: CFTR knock-out primary bronchial epithelial cells of " +
				"two donors, imaged live at day 0 and day 7 on a widefield microscope"));
		onEdt(() -> {
			wizard.controller.go(WizardStep.DATASET);
			wizard.dataset.folder.setText(example.toString());
			wizard.dataset.harvest.doClick();
			return null;
		});
		waitIdle();
		assertEquals(List.of(), onEdt(() -> wizard.description.draft().problems().keySet().stream().filter(k -> k
			.startsWith("study_component.")).toList()), "the checks as typed judge the File-lists as built");
		for (WizardStep s : WizardStep.values()) {
			onEdt(() -> {
				wizard.controller.go(s);
				return null;
			});
			waitIdle();
			screenshot(7, "long-names-" + s.name().toLowerCase());
		}
	}

	// -- driving the window ---------------------------------------------------------------------------------------

	private static <T> T onEdt(Callable<T> call) throws Exception {
		AtomicReference<T> out = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		SwingUtilities.invokeAndWait(() -> {
			try {
				out.set(call.call());
			}
			catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) throw failure.get();
		return out.get();
	}

	private static boolean onEdtQuietly(Callable<Boolean> call) {
		return quiet(call);
	}

	private static <T> T quiet(Callable<T> call) {
		try {
			return onEdt(call);
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private void click(Callable<javax.swing.AbstractButton> button) throws Exception {
		onEdt(() -> {
			button.call().doClick();
			return null;
		});
		waitIdle();
	}

	/** Waits until the wizard's background work (harvest, save, validation, packaging) is over. */
	private void waitIdle() throws Exception {
		waitFor(() -> onEdtQuietly(() -> !wizard.controller.busy()), "the wizard finishes its work");
		onEdt(() -> null); // events queued by the work's end
		String status = onEdt(() -> wizard.status.getText());
		if (status.contains("failed")) fail("the wizard says: " + status);
	}

	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) fail("timed out: " + what);
			Thread.sleep(20);
		}
	}

	private static String cell(JTable table, int row, String column) throws Exception {
		return onEdt(() -> String.valueOf(table.getValueAt(row, table.getColumnModel().getColumnIndex(column))));
	}

	/** The sizes every step is painted and checked at: the smallest supported screen, and a large one. */
	static final List<java.awt.Dimension> SIZES = List.of(new java.awt.Dimension(1024, 768), new java.awt.Dimension(
		1600, 1000));

	/**
	 * Paints the window as it is now, at each of {@link #SIZES}, into
	 * target/wizard-screenshots/step-N-name-WxH.png, and checks that every field, button and table of the step shown
	 * is there to use: not squeezed to nothing, and not cut off at the side (a form scrolls up and down only).
	 */
	private void screenshot(int step, String name) throws Exception {
		java.awt.Dimension before = onEdt(wizard::getSize);
		for (java.awt.Dimension size : SIZES) {
			BufferedImage image = onEdt(() -> {
				wizard.setSize(size);
				wizard.validate();
				wizard.getRootPane().validate();
				BufferedImage i = new BufferedImage(wizard.getRootPane().getWidth(), wizard.getRootPane().getHeight(),
					BufferedImage.TYPE_INT_RGB);
				Graphics2D g = i.createGraphics();
				wizard.getRootPane().printAll(g);
				g.dispose();
				return i;
			});
			String file = "step-" + step + "-" + name + "-" + size.width + "x" + size.height + ".png";
			ImageIO.write(image, "png", SCREENSHOTS.resolve(file).toFile());
			List<String> hidden = onEdt(() -> WizardLayout.unusable(wizard.getRootPane()));
			assertEquals(List.of(), hidden, "at " + size.width + "x" + size.height + " (" + file + ")");
		}
		onEdt(() -> {
			wizard.setSize(before);
			wizard.validate();
			return null;
		});
	}
}
