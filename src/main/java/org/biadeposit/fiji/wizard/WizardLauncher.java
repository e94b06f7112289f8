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

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javax.swing.SwingUtilities;

import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.Harvester;
import org.scijava.Context;

/**
 * {@code bia wizard [FOLDER]}: the Deposition Wizard outside Fiji, the same window as Plugins › BioImage Archive ›
 * Deposition Wizard, in a SciJava context of its own with the harvest service. With a folder, the wizard opens on it
 * and harvests it at once. The command returns when the window is closed.
 */
public final class WizardLauncher {

	static final String USAGE = String.join("\n", //
		"usage: bia wizard [FOLDER] [--server prod|beta|URL]", //
		"  opens the Deposition Wizard (a window: it needs a display), on FOLDER if given, harvested at once;", //
		"  --server is the server the Submit step offers first (default beta)");

	private WizardLauncher() {}

	/**
	 * Opens the wizard on the event thread: for a folder, it harvests it at once.
	 *
	 * @param folder the dataset folder, or null
	 * @param server the server the Submit step offers first
	 */
	public static DepositionWizard open(Context context, Path folder, String server) {
		Harvester harvester = context.service(HarvestService.class).harvester();
		DepositionDraft draft = new DepositionDraft(harvester, DepositionDraft.userCache(harvester), Runtime
			.getRuntime().availableProcessors(), LocalDate.now());
		DepositionWizard wizard = new DepositionWizard(draft, server);
		wizard.setVisible(true);
		if (folder != null) {
			wizard.dataset.folder.setText(folder.toString());
			wizard.dataset.harvest.doClick();
		}
		return wizard;
	}

	/** Runs {@code bia wizard}; returns the exit status (0 when the window was closed, 2 for a usage error). */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		Path folder = null;
		String server = "beta";
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--help") || a.equals("-h")) {
				out.println(USAGE);
				return 0;
			}
			if (a.equals("--server")) {
				if (i + 1 >= args.size()) return usage(err, "--server needs prod, beta or a URL");
				server = args.get(++i);
			}
			else if (a.startsWith("-")) {
				return usage(err, "unknown option " + a);
			}
			else if (folder != null) {
				return usage(err, "give one dataset folder, not " + folder + " and " + a);
			}
			else {
				folder = Path.of(a);
				if (!Files.isDirectory(folder)) return usage(err, a + " is not a folder: give the dataset folder");
			}
		}
		if (GraphicsEnvironment.isHeadless()) {
			err.println("bia wizard: the Deposition Wizard is a window and there is no display (DISPLAY is not set, " +
				"or Java runs headless); use bia init, validate, package and submit instead");
			return 2;
		}
		CountDownLatch closed = new CountDownLatch(1);
		try (Context context = new Context(HarvestService.class)) {
			Path f = folder;
			String s = server;
			SwingUtilities.invokeAndWait(() -> open(context, f, s).addWindowListener(new WindowAdapter() {

				@Override
				public void windowClosed(WindowEvent e) {
					closed.countDown();
				}
			}));
			closed.await();
			return 0;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		}
		catch (java.lang.reflect.InvocationTargetException e) {
			err.println("bia wizard: the window could not be opened: " + e.getCause().getMessage());
			return 1;
		}
	}

	private static int usage(PrintStream err, String problem) {
		err.println("bia wizard: " + problem + "\n\n" + USAGE);
		return 2;
	}
}
