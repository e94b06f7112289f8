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

/** Plugins > BioImage Archive > Build File-lists: the same as {@code bia filelists}. */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Build File-lists", label = "Build File-lists")
public class BuildFileListsCommand extends DepositionCommand {

	@Parameter(label = "Dataset folder", style = "directory")
	private File folder;

	/**
	 * The deposit.yaml to use; empty (the default) means the one in the folder, and a macro may leave it out. A
	 * path, not a File: SciJava asks for (or, headless, cancels on) a File input that is not given. Not remembered
	 * between runs: a deposit.yaml of another dataset must never be taken silently.
	 */
	@Parameter(label = "deposit.yaml (empty: the one in the folder)", required = false, persist = false)
	private String config = "";

	@Parameter(label = "Output folder", style = "directory")
	private File out;

	@Parameter(type = ItemIO.OUTPUT)
	private int lists;

	@Override
	public void run() {
		if (!isDatasetFolder(folder, "Build File-lists")) return;
		try {
			DepositionWorkflow.ListsWritten written = deposition.fileLists(folder.toPath(), path(config), out
				.toPath());
			written.problems().forEach(p -> log.warn(p.toString()));
			lists = written.files().size() / 2;
			if (written.files().isEmpty() && written.problems().stream().anyMatch(p -> p.isError())) {
				fail("Build File-lists: nothing written; " + written.problems().get(0));
				return;
			}
			status.showStatus("BioImage Archive: wrote " + lists + " File-list(s) to " + out);
		}
		catch (IOException e) {
			fail("Build File-lists: could not write to " + out + ": " + e.getMessage());
		}
	}
}
