package org.biadeposit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bia}: the command, whose verbs are its subcommands. Given no verb it prints its help on stderr and exits 2.
 */
@Command(name = "bia", versionProvider = BiaCommand.Version.class, //
	description = { "Deposits microscopy datasets in the EBI BioImage Archive: harvest image metadata, write " +
		"deposit.yaml, build the File-lists, validate, package, upload and submit to BioStudies." }, //
	subcommands = { HarvestVerb.class, InitVerb.class, FileListsVerb.class, ValidateVerb.class, PackageVerb.class,
		SubmitVerb.class, StatusVerb.class, SandboxVerb.class, DemoVerb.class, ExampleVerb.class, WizardVerb.class }, //
	footer = { "", "Run 'bia VERB --help' for a verb's options. Exit status: 0 success, 1 some input failed, 2 usage " +
		"error.", "Passwords are never taken from the command line: use the prompt, --password-file FILE or " +
			"BIA_PASSWORD." })
final class BiaCommand implements Callable<Integer> {

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
