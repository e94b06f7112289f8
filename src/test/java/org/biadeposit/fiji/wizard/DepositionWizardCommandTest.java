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
