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
package org.biadeposit.fiji;

import java.io.File;

import org.biadeposit.validate.Report;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > BioImage Archive > Validate Deposition: the same as {@code bia validate}. Every problem goes to the Log
 * window; the report is an output for macros ({@code errors} is 0 when the deposition can be packaged).
 */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Validate Deposition",
	label = "Validate Deposition")
public class ValidateDepositionCommand extends DepositionCommand {

	@Parameter(label = "Dataset folder", style = "directory")
	private File folder;

	/**
	 * The deposit.yaml to use; empty (the default) means the one in the folder, and a macro may leave it out. A
	 * path, not a File: SciJava asks for (or, headless, cancels on) a File input that is not given. Not remembered
	 * between runs: a deposit.yaml of another dataset must never be taken silently.
	 */
	@Parameter(label = "deposit.yaml (empty: the one in the folder)", required = false, persist = false)
	private String config = "";

	@Parameter(type = ItemIO.OUTPUT)
	private String report;

	@Parameter(type = ItemIO.OUTPUT)
	private int errors;

	@Parameter(type = ItemIO.OUTPUT)
	private int warnings;

	@Override
	public void run() {
		if (!isDatasetFolder(folder, "Validate Deposition")) return;
		Report r = deposition.validate(folder.toPath(), path(config));
		report = r.toText();
		errors = r.errors().size();
		warnings = r.warnings().size();
		r.problems().forEach(p -> {
			if (p.isError()) log.error(p.where() + ": " + p.message());
			else log.warn(p.where() + ": " + p.message());
		});
		status.showStatus("BioImage Archive: " + r.summary());
		if (ui != null && !ui.isHeadless()) {
			inform("Validate Deposition", r.hasErrors() ? r.summary() + ": see the Log window for each problem " +
				"and what to do" : r.summary() + ": the deposition can be packaged");
		}
	}
}
