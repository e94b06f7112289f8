package org.biadeposit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.biadeposit.sandbox.SandboxCommandLine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code bia sandbox [options]}: the sandbox server, whose options are its own ({@link SandboxCommandLine}, which
 * shares no code with the client): everything after the verb, {@code --help} included, is handed to it.
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
		return SandboxCommandLine.run(args.toArray(new String[0]), terminal.out(), terminal.err());
	}
}
