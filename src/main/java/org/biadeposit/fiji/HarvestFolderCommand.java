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
import java.util.List;

import org.biadeposit.Cancellation;
import org.biadeposit.DepositionService;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.RecordTable;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.measure.ResultsTable;

/** Plugins > BioImage Archive > Harvest Folder: the same as {@code bia harvest}, shown as a results table. */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Harvest Folder", label = "Harvest Folder")
public class HarvestFolderCommand extends DepositionCommand {

	@Parameter(label = "Dataset folder", style = "directory")
	private File folder;

	@Parameter(label = "Include subfolders")
	private boolean recursive = true;

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable table;

	@Parameter(type = ItemIO.OUTPUT)
	private int images;

	@Parameter(type = ItemIO.OUTPUT)
	private int errors;

	@Override
	public void run() {
		if (!isDatasetFolder(folder, "Harvest Folder")) return;
		Cancellation cancel = new Cancellation();
		DepositionService.Harvested harvested = deposition.harvest(List.of(folder.toPath()), recursive, cancel, h -> {
			if (isCanceled()) cancel.cancel();
		});
		HarvestRun.Summary summary = harvested.summary();
		table = RecordTables.of(harvested.files());
		images = summary.images();
		errors = summary.errors();
		for (HarvestedFile h : harvested.files()) {
			if (h.hasError()) log.warn(h.file() + ": " + h.error());
		}
		status.showStatus("BioImage Archive: " + images + " image(s) in " + summary.datasets() + " file(s)" +
			(errors > 0 ? ", " + errors + " could not be read (see the Log)" : ""));
		if (ui != null && !ui.isHeadless()) table.show("BioImage Archive harvest of " + folder.getName());
	}

	/** The harvest as an ImageJ results table, one row per image (or error), columns as {@link RecordTable}. */
	static final class RecordTables {

		private RecordTables() {}

		static ResultsTable of(List<HarvestedFile> harvested) {
			ResultsTable rt = new ResultsTable();
			rt.showRowNumbers(false);
			for (HarvestedFile h : harvested) {
				for (List<String> row : RecordTable.rows(h)) {
					rt.incrementCounter();
					for (int c = 0; c < RecordTable.COLUMNS.size(); c++) {
						rt.addValue(RecordTable.COLUMNS.get(c), row.get(c));
					}
				}
			}
			return rt;
		}
	}
}
