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
package org.biadeposit.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.biadeposit.TerminalText;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code scripts/bia}: one command with verbs ({@link BiaCommand}), each declared on its own class. Each verb is also
 * a Fiji command behind a menu entry; the names and outputs are a contract other tools rely on.
 */
public final class Main {

	private Main() {}

	public static void main(String[] args) {
		// This JVM is ours: no XML parser in it (Bio-Formats' included, with --fiji) reads external DTDs or entities.
		org.biadeposit.harvest.ExternalXmlAccess.refuseForThisJvm();
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		int status = run(Arrays.asList(args), out, err);
		out.flush();
		System.exit(status);
	}

	/** Runs a verb; returns the exit status (0 success, 1 some input failed, 2 usage error). */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> environment = System.getenv();
		return run(args, new Terminal(out, err, environment, Terminal.isInteractive(environment)));
	}

	static int run(List<String> args, Terminal terminal) {
		int status = commandLine(terminal, args.isEmpty() ? null : args.get(0)).execute(args.toArray(new String[0]));
		terminal.out().flush();
		terminal.err().flush();
		return status;
	}

	/** The command with all its verbs, printing to {@code terminal}. */
	static CommandLine commandLine(Terminal terminal) {
		return commandLine(terminal, null);
	}

	/**
	 * The command, printing to {@code terminal}, with the verb {@code first} names if it names one, else with all
	 * of them. Building a verb's options from its annotations takes picocli a few tens of milliseconds in a fresh
	 * JVM, all verbs about a quarter of a second of every run; a run of one verb needs only that one (its help and
	 * its errors are the same), and anything else (no verb, the command's own options, a misspelt verb, whose
	 * message names the verbs) gets them all.
	 */
	static CommandLine commandLine(Terminal terminal, String first) {
		IFactory defaults = CommandLine.defaultFactory();
		IFactory factory = new IFactory() {

			@Override
			public <K> K create(Class<K> type) throws Exception {
				K made = defaults.create(type);
				if (made instanceof Verb verb) verb.terminal = terminal;
				if (made instanceof HandedOnVerb handedOn) handedOn.terminal = terminal;
				return made;
			}
		};
		CommandLine cl = new CommandLine(new BiaCommand(terminal), factory);
		List<Class<?>> verbs = BiaCommand.VERBS.stream().filter(v -> BiaCommand.name(v).equals(first)).toList();
		for (Class<?> verb : verbs.isEmpty() ? BiaCommand.VERBS : verbs) {
			cl.addSubcommand(BiaCommand.name(verb), new CommandLine(verb, factory));
		}
		cl.setOut(new PrintWriter(terminal.out(), true));
		cl.setErr(new PrintWriter(terminal.err(), true));
		cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
		cl.setExpandAtFiles(false); // @name is a file name like any other, never a file of arguments
		cl.setParameterExceptionHandler((e, args) -> usageError(e, terminal.err()));
		cl.setExecutionExceptionHandler((e, command, parsed) -> {
			// What the verbs do not catch themselves: said in one line, never as a stack trace.
			Throwable said = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
			terminal.err().println(who(command) + ": " + (said.getMessage() != null ? TerminalText.lines(said
				.getMessage()) : "stopped by an unexpected failure"));
			return 1;
		});
		return cl;
	}

	/**
	 * A usage error: what is wrong, naming the option or argument, then the verb's help; exit status 2. Never a
	 * stack trace.
	 */
	private static int usageError(ParameterException e, PrintStream err) {
		CommandLine cl = e.getCommandLine();
		String problem = e.getMessage();
		if (e instanceof UnmatchedArgumentException u && cl.getParent() == null && !u.getUnmatched().isEmpty() && !u
			.getUnmatched().get(0).startsWith("-"))
		{
			problem = "unknown verb '" + u.getUnmatched().get(0) + "'";
		}
		else if (e.getCause() instanceof TypeConversionException t && e.getArgSpec() instanceof OptionSpec o) {
			problem = o.longestName() + " takes " + t.getMessage();
		}
		err.println(who(cl) + ": " + TerminalText.line(problem) + "\n\n" + cl.getUsageMessage().stripTrailing());
		return 2;
	}

	private static String who(CommandLine cl) {
		return cl.getParent() == null ? "bia" : "bia " + cl.getCommandName();
	}
}
