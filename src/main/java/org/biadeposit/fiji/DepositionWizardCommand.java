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

import java.awt.GraphicsEnvironment;

import javax.swing.SwingUtilities;

import org.biadeposit.fiji.wizard.WizardLauncher;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.sandbox.SandboxServer;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > BioImage Archive > Deposition Wizard: one window that walks through the whole deposition, from the
 * dataset folder to the accession, on the same deposit.yaml as the other commands and {@code scripts/bia}. It needs a
 * display; headless (macros with --headless, batch runs) the other commands do the same steps.
 */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Deposition Wizard", label = "Deposition Wizard")
public class DepositionWizardCommand extends DepositionCommand {

	@Parameter
	private HarvestService harvest;

	@Parameter
	private SandboxService sandboxes;

	@Override
	public void run() {
		if (GraphicsEnvironment.isHeadless() || ui == null || ui.isHeadless()) {
			fail("Deposition Wizard: it is a window and needs a display, but Fiji runs headless; use the commands " +
				"Create deposit.yaml, Validate Deposition, Package Deposition and Upload and Submit (or scripts/bia) " +
				"instead");
			return;
		}
		SandboxServer sandbox = sandboxes.running();
		String server = sandbox != null ? sandbox.baseUrl() : "beta";
		SwingUtilities.invokeLater(() -> WizardLauncher.open(getContext(), null, server));
	}
}
