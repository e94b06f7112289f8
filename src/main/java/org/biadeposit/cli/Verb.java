package org.biadeposit.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A verb of {@code scripts/bia}: its options are declared on its class; {@link #call} returns the exit status (0
 * success, 1 some input failed). A usage error is thrown as {@link #usage}, which exits 2 with the verb's help.
 * Options every verb takes: {@code -h/--help} and {@code -q/--quiet}.
 */
abstract class Verb implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and exit")
	boolean help;

	@Option(names = { "-q", "--quiet" }, description = "no progress and no informational lines on stderr " +
		"(results, warnings and errors are still printed)")
	boolean quiet;

	/** Set by {@link Main} before the verb runs. */
	Terminal terminal;

	PrintStream out() {
		return terminal.out();
	}

	PrintStream err() {
		return terminal.err();
	}

	/** A usage error: exit status 2, the message and the verb's help on stderr. */
	ParameterException usage(String problem) {
		return new ParameterException(spec.commandLine(), problem);
	}

	/** What {@code bia VERB:} messages start with. */
	String prefix() {
		return "bia " + spec.name() + ": ";
	}
}
