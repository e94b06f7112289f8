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
