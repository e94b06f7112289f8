package org.biadeposit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.biadeposit.sandbox.SandboxCommandLine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code bia sandbox [options]}: the sandbox server, whose options are its own ({@link SandboxCommandLine}, which
 * shares no code with the client): everything after the verb, {@code --help} included, is handed to it ({@code -q}
 * as {@code --quiet}, as the other verbs take it).
 */
@Command(name = "sandbox", description = { "A BioStudies-compatible server on this computer, to rehearse.", "",
	"Its options: bia sandbox --help." })
final class SandboxVerb implements Callable<Integer> {

	@Unmatched
	List<String> args = new ArrayList<>();

	/** Set by {@link Main} before the verb runs. */
	Terminal terminal;

	@Override
	public Integer call() {
		// -q means --quiet here too, as in every other verb.
		String[] given = args.stream().map(a -> a.equals("-q") ? "--quiet" : a).toArray(String[]::new);
		return SandboxCommandLine.run(given, terminal.out(), terminal.err());
	}
}
