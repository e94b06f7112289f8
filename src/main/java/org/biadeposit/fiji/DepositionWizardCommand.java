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
