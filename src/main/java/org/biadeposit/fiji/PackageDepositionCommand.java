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
import java.io.IOException;

import org.biadeposit.DepositionWorkflow;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins > BioImage Archive > Package Deposition: the same as {@code bia package}. Macro:
 * {@code run("Package Deposition", "folder=/data config=/data/deposit.yaml out=/data/bia");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Package Deposition",
	label = "Package Deposition")
public class PackageDepositionCommand extends DepositionCommand {

	@Parameter(label = "Dataset folder", style = "directory")
	private File folder;

	@Parameter(label = "deposit.yaml", style = "open")
	private File config;

	@Parameter(label = "Package folder", style = "directory")
	private File out;

	@Parameter(type = ItemIO.OUTPUT)
	private File submission;

	@Override
	public void run() {
		if (!isDatasetFolder(folder, "Package Deposition")) return;
		if (config == null || !config.isFile()) {
			fail("Package Deposition: " + config + " is not a deposit.yaml; run Create deposit.yaml first");
			return;
		}
		try {
			DepositionWorkflow.Packaged packaged = deposition.pack(folder.toPath(), config.toPath(), out
				.toPath());
			packaged.report().problems().forEach(p -> {
				if (p.isError()) log.error(p.where() + ": " + p.message());
				else log.warn(p.where() + ": " + p.message());
			});
			if (packaged.written() == null) {
				fail("Package Deposition: nothing written, " + packaged.report().summary() + ". Each problem and " +
					"what to do is in the Log window; the first: " + packaged.report().errors().get(0));
				return;
			}
			submission = packaged.written().submission().toFile();
			inform("Package Deposition", "Wrote the package to " + out + ": " + packaged.written().files() +
				" file(s), " + packaged.written().bytes() + " bytes to upload.");
		}
		catch (IOException e) {
			fail("Package Deposition: could not write to " + out + ": " + e.getMessage());
		}
	}
}
