package org.biadeposit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.biadeposit.fiji.wizard.WizardLauncher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code bia wizard [FOLDER] [--server prod|beta|URL]}: the Deposition Wizard window of Fiji, outside Fiji. Its
 * arguments are the window's own ({@link WizardLauncher}): everything after the verb, {@code --help} included, is
 * handed to it. Returns when the window is closed.
 */
@Command(name = "wizard", description = { "The Deposition Wizard window, outside Fiji (needs a display).", "",
	"Its options: bia wizard --help." })
final class WizardVerb implements Callable<Integer> {

	@Unmatched
	List<String> args = new ArrayList<>();

	/** Set by {@link Main} before the verb runs. */
	Terminal terminal;

	@Override
	public Integer call() {
		return WizardLauncher.run(args, terminal.out(), terminal.err());
	}
}
