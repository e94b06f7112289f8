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

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bia}: the command, whose verbs are its subcommands ({@link #VERBS}, added by {@link Main#commandLine}). Given
 * no verb it prints its help on stderr and exits 2.
 */
@Command(name = "bia", versionProvider = BiaCommand.Version.class, //
	description = { "Deposits microscopy datasets in the EBI BioImage Archive: harvest image metadata, write " +
		"deposit.yaml, build the File-lists, validate, package, upload and submit to BioStudies." }, //
	footer = { "", "Run 'bia VERB --help' for a verb's options. Exit status: 0 success, 1 some input failed, 2 usage " +
		"error.", "Passwords are never taken from the command line: use the prompt, --password-file FILE or " +
			"BIA_PASSWORD." })
final class BiaCommand implements Callable<Integer> {

	/** The verbs, in the order the help lists them. */
	static final List<Class<?>> VERBS = List.of(HarvestVerb.class, InitVerb.class, FileListsVerb.class,
		ValidateVerb.class, RenameVerb.class, PackageVerb.class, ImportVerb.class, SubmitVerb.class, StatusVerb.class,
		SandboxVerb.class, DemoVerb.class, ExampleVerb.class, WizardVerb.class);

	/** A verb's name, as its {@code @Command} gives it (read without building its model). */
	static String name(Class<?> verb) {
		return verb.getAnnotation(Command.class).name();
	}

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and exit")
	boolean help;

	@Option(names = { "-V", "--version" }, versionHelp = true, description = "print the version and exit")
	boolean version;

	private final Terminal terminal;

	BiaCommand(Terminal terminal) {
		this.terminal = terminal;
	}

	/** No verb given: the help, on stderr, as a usage error. */
	@Override
	public Integer call() {
		terminal.err().print(spec.commandLine().getUsageMessage());
		return 2;
	}

	/** The version of bia-deposit: from the jar's manifest, else from the build's version.properties. */
	static final class Version implements IVersionProvider {

		@Override
		public String[] getVersion() {
			return new String[] { "bia-deposit " + version() };
		}

		static String version() {
			String v = BiaCommand.class.getPackage().getImplementationVersion();
			if (v != null) return v;
			try (InputStream in = BiaCommand.class.getResourceAsStream("version.properties")) {
				Properties p = new Properties();
				if (in != null) p.load(in);
				return p.getProperty("version", "(unknown version)");
			}
			catch (IOException e) {
				return "(unknown version)";
			}
		}
	}
}
