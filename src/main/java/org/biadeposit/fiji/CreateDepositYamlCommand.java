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
import java.time.LocalDate;

import org.biadeposit.DepositionWorkflow;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Plugins > BioImage Archive > Create deposit.yaml: the same as {@code bia init}. */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Create deposit.yaml",
	label = "Create deposit.yaml")
public class CreateDepositYamlCommand extends DepositionCommand {

	@Parameter(label = "Dataset folder", style = "directory")
	private File folder;

	@Parameter(label = "Replace an existing deposit.yaml (kept as deposit.yaml.bak)")
	private boolean replace = false;

	@Parameter(type = ItemIO.OUTPUT)
	private File config;

	@Override
	public void run() {
		if (!isDatasetFolder(folder, "Create deposit.yaml")) return;
		try {
			DepositionWorkflow.Started started = deposition.init(folder.toPath(), replace, LocalDate.now());
			config = started.config().toFile();
			started.problems().forEach(p -> log.warn(p.toString()));
			inform("Create deposit.yaml", "Wrote " + config + " with " + started.deposition().components().size() +
				" study component(s) and " + started.deposition().acquisitions().size() + " image acquisition(s) " +
				"from " + started.imageFiles() + " image file(s).\nFill in the fields marked REQUIRED, then run " +
				"Validate Deposition.");
		}
		catch (IllegalStateException e) {
			fail("Create deposit.yaml: " + e.getMessage() + " (tick \"Replace\")");
		}
		catch (IOException e) {
			fail("Create deposit.yaml: could not write it: " + e.getMessage());
		}
	}
}
