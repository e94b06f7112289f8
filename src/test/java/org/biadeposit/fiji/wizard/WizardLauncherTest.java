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
