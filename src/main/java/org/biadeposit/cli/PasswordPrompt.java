package org.biadeposit.cli;

import java.io.Console;

/** Asks for the BioStudies password at the terminal, without echo. */
final class PasswordPrompt {

	private PasswordPrompt() {}

	/** The password typed; null when there is no terminal to ask at (input or output redirected). */
	static char[] ask(String user) {
		Console console = System.console();
		if (console == null) return null;
		return console.readPassword("BioStudies password for %s: ", user);
	}
}
