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

import java.io.File;
import java.nio.file.Path;

import org.biadeposit.DepositionService;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;

/**
 * What the BioImage Archive commands share: the {@link DepositionService} that does the work (with progress in Fiji's
 * status bar), and errors that end in a dialog saying what to fix (in the GUI) or an exception with one clear line
 * (headless, so that the run fails). A command only turns its parameters into a call and shows what comes back.
 */
abstract class DepositionCommand extends ContextCommand {

	@Parameter
	protected DepositionService deposition;

	@Parameter
	protected StatusService status;

	@Parameter
	protected LogService log;

	@Parameter(required = false)
	protected UIService ui;

	/**
	 * The password: typed in the password field, else from the password file, else from BIA_PASSWORD; null when none
	 * is given (the caller says so in Fiji's words).
	 */
	protected static char[] password(String typed, String file) throws java.io.IOException {
		if (typed != null && !typed.isEmpty()) return typed.toCharArray();
		if (path(file) == null && (System.getenv("BIA_PASSWORD") == null || System.getenv("BIA_PASSWORD").isEmpty())) {
			return null;
		}
		return org.biadeposit.biostudies.Password.from(path(file), System.getenv(), null);
	}

	/** An optional path parameter as a path, or null when it was not given. */
	protected static Path path(String p) {
		return p == null || p.isBlank() ? null : Path.of(p.trim());
	}

	/**
	 * Whether the dataset folder parameter names a folder; if not, the command ends saying so.
	 *
	 * @param command the command's menu label, to start the message with
	 */
	protected boolean isDatasetFolder(File folder, String command) {
		if (folder != null && folder.isDirectory()) return true;
		fail(command + ": " + folder + " is not a folder; choose the dataset folder");
		return false;
	}

	/** Ends the command with a message that says what to fix. */
	protected void fail(String message) {
		log.error(message);
		status.clearStatus();
		if (ui != null && !ui.isHeadless()) {
			ui.showDialog(message, "BioImage Archive", DialogPrompt.MessageType.ERROR_MESSAGE);
			cancel(message);
			return;
		}
		throw new IllegalStateException(message);
	}

	/** A message for the user, in the GUI as a dialog, always in the log. */
	protected void inform(String title, String message) {
		log.info(message);
		if (ui != null && !ui.isHeadless()) ui.showDialog(message, title, DialogPrompt.MessageType.INFORMATION_MESSAGE);
	}
}
