package org.biadeposit.fiji;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.ProgressListener;
import org.biadeposit.Progress;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.Harvester;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;

/**
 * What the BioImage Archive commands share: the harvester, progress in Fiji's status bar, and errors that end in a
 * dialog saying what to fix (in the GUI) or an exception with one clear line (headless, so that the run fails).
 */
abstract class DepositionCommand extends ContextCommand {

	@Parameter
	protected HarvestService harvest;

	@Parameter
	protected StatusService status;

	@Parameter
	protected LogService log;

	@Parameter(required = false)
	protected UIService ui;

	/** The workflow over the dataset folder, with the harvest cache and progress in the status bar. */
	protected DepositionWorkflow workflow(File folder) {
		Harvester harvester = harvest.harvester();
		HarvestCache cache = HarvestCache.at(HarvestCache.defaultFile(List.of(folder.getPath())), harvester);
		return new DepositionWorkflow(harvester, cache, Runtime.getRuntime().availableProcessors(), progress());
	}

	/** Reports harvest progress in Fiji's status bar. */
	protected ProgressListener progress() {
		return p -> status.showStatus((int) p.done(), (int) Math.max(p.total(), p.done()), "BioImage Archive: " +
			(p.step() == Progress.Step.PACKAGE ? "writing the package" : "read " + p.done() + " of " + p.total() +
				" files"));
	}

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
