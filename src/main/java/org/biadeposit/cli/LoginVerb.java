package org.biadeposit.cli;

import java.io.IOException;

import org.biadeposit.TerminalText;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A verb that logs in to BioStudies ({@code submit}, {@code status}): refuses a password on the command line,
 * makes its call, and says what failed (exit 1) or what was given wrong (exit 2).
 */
abstract class LoginVerb extends Verb {

	@Mixin
	LoginOptions login;

	@Option(names = "--json", description = "one JSON document on stdout instead of the lines")
	boolean json;

	/** The verb's work; an {@link IllegalArgumentException} is a value given wrong (a usage error). */
	abstract int run() throws IOException;

	@Override
	public Integer call() {
		if (login.passwordOnCommandLine()) throw usage(LoginOptions.REFUSAL);
		try {
			return run();
		}
		catch (IllegalArgumentException e) {
			throw usage(e.getMessage());
		}
		catch (IOException e) {
			err().println(prefix() + TerminalText.lines(e.getMessage()));
			return 1;
		}
	}
}
