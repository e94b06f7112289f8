package org.biadeposit.fiji.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;

import org.biadeposit.fiji.DepositionWizardCommand;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.ui.UIService;

/** The menu command that opens the wizard, and its clear refusal when Fiji runs headless. */
class DepositionWizardCommandTest {

	@Test
	void isInTheBioImageArchiveMenuAndFailsClearlyHeadless() {
		// UIService's own headless switch, not java.awt.headless: that would make the whole test JVM headless.
		try (Context context = new Context()) {
			CommandService commands = context.service(CommandService.class);
			CommandInfo info = commands.getCommand(DepositionWizardCommand.class.getName());
			assertNotNull(info);
			assertEquals("Deposition Wizard", info.getLabel());
			assertEquals("Plugins > BioImage Archive > Deposition Wizard", info.getMenuPath().getMenuString());

			context.service(UIService.class).setHeadless(true);
			ExecutionException e = assertThrows(ExecutionException.class, () -> commands.run(
				DepositionWizardCommand.class, true).get());
			Throwable cause = e;
			while (cause.getCause() != null) cause = cause.getCause();
			assertTrue(cause.getMessage().startsWith("Deposition Wizard: it is a window and needs a display"), cause
				.getMessage());
		}
	}
}
