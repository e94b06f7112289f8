package org.biadeposit.fiji.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.SwingUtilities;

import org.biadeposit.cli.Main;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** {@code bia wizard [FOLDER]}: the same window outside Fiji, opened on the folder and harvesting it at once. */
class WizardLauncherTest {

	@TempDir
	Path tmp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

	private int bia(String... args) {
		return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
			StandardCharsets.UTF_8));
	}

	@Test
	void aFolderThatIsNotThereIsAUsageErrorBeforeAnyWindow() {
		assertEquals(2, bia("wizard", tmp.resolve("nowhere").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("bia wizard: " + tmp.resolve("nowhere") +
			" is not a folder: give the dataset folder"), err.toString(StandardCharsets.UTF_8));
		assertEquals(0, bia("wizard", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: bia wizard [FOLDER]"));
	}

	@Test
	void opensOnTheFolderAndHarvestsIt() throws Exception {
		Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under Xvfb, as .ci/run does");
		Path root = tmp.resolve("dataset");
		new ExampleDataset().write(root);
		try (Context context = new Context(HarvestService.class)) {
			AtomicReference<DepositionWizard> wizard = new AtomicReference<>();
			SwingUtilities.invokeAndWait(() -> wizard.set(WizardLauncher.open(context, root, "beta")));
			try {
				long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (wizard.get().controller.state() == null && System.nanoTime() < deadline) Thread.sleep(50);
				DepositionDraft.State state = wizard.get().controller.state();
				assertTrue(state != null, "the folder is harvested: " + wizard.get().status.getText());
				assertEquals(root, state.root());
				assertEquals(root.toString(), wizard.get().dataset.folder.getText());
			}
			finally {
				SwingUtilities.invokeAndWait(() -> wizard.get().dispose());
			}
		}
	}
}
