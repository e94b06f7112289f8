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
