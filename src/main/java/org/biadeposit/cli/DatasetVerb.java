package org.biadeposit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.DepositionService;
import org.biadeposit.TerminalText;
import org.biadeposit.rembi.Problem;
import org.scijava.Context;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A verb over a dataset folder and its deposit.yaml ({@code init}, {@code filelists}, {@code validate}, {@code
 * package}): checks the folder and the config, then makes one call into the {@link DepositionService}, with the
 * harvest's progress on the terminal.
 */
abstract class DatasetVerb extends Verb {

	@Parameters(paramLabel = "DIR", arity = "0..1", description = "the dataset folder")
	Path dir;

	@Option(names = "--config", paramLabel = "FILE", description = "the deposit.yaml (default: DIR/deposit.yaml)")
	Path config;

	@Mixin
	HarvestOptions harvest;

	/** Checks what this verb needs besides the folder; throws {@link #usage} when something is missing. */
	void check() {}

	/** The one call into the service, and what it prints; returns the exit status. */
	abstract int run(DepositionService deposition) throws IOException;

	@Override
	public Integer call() {
		if (dir == null) throw usage("give the dataset folder (one)");
		if (!Files.isDirectory(dir)) throw usage(dir + " is not a folder");
		check();
		if (config != null && !Files.isRegularFile(config)) throw usage("no such file: " + config);
		ProgressBar progress = terminal.progress(quiet);
		try (Context context = new Context(DepositionService.class)) {
			DepositionService deposition = context.service(DepositionService.class);
			deposition.setSettings(harvest.settings().withProgress(progress));
			try {
				return run(deposition);
			}
			finally {
				progress.finish();
			}
		}
		catch (IOException e) {
			err().println(prefix() + TerminalText.line(e.getMessage()));
			return 1;
		}
	}

	/** Warnings and other problems on stderr, one per line. */
	void printWarnings(List<Problem> problems) {
		for (Problem p : problems) err().println(TerminalText.line(p.toString()));
	}
}
