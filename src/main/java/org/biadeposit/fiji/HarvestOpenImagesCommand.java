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

import org.biadeposit.Cancellation;
import org.biadeposit.DepositionService;
import org.biadeposit.harvest.HarvestedFile;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.measure.ResultsTable;

/**
 * Plugins > BioImage Archive > Harvest Open Images: every image open in Fiji, harvested from its source file, or,
 * for an image never saved, from the image itself; shown as a results table the user can save as CSV.
 */
@Plugin(type = Command.class, menuPath = "Plugins>BioImage Archive>Harvest Open Images",
	label = "Harvest Open Images")
public class HarvestOpenImagesCommand extends DepositionCommand {

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable table;

	@Parameter(type = ItemIO.OUTPUT)
	private int images;

	@Override
	public void run() {
		DepositionService.Harvested harvested = deposition.harvestOpenImages(new Cancellation());
		if (harvested.files().isEmpty()) {
			fail("Harvest Open Images: no image is open; open the images to deposit, or use Harvest Folder");
			return;
		}
		for (HarvestedFile h : harvested.files()) {
			if (h.hasError()) log.warn(h.file() + ": " + h.error());
		}
		table = HarvestFolderCommand.RecordTables.of(harvested.files());
		images = harvested.summary().images();
		status.showStatus("BioImage Archive: " + images + " image(s) from " + harvested.files().size() +
			" open window(s)");
		if (ui != null && !ui.isHeadless()) table.show("BioImage Archive: open images");
	}
}
