package org.biadeposit.fiji;

import java.util.ArrayList;
import java.util.List;

import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.OpenImageHarvest;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import ij.ImagePlus;
import ij.WindowManager;
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
		int[] ids = WindowManager.getIDList();
		if (ids == null || ids.length == 0) {
			fail("Harvest Open Images: no image is open; open the images to deposit, or use Harvest Folder");
			return;
		}
		OpenImageHarvest harvester = new OpenImageHarvest(harvest.harvester());
		List<HarvestedFile> harvested = new ArrayList<>();
		for (int i = 0; i < ids.length && !isCanceled(); i++) {
			ImagePlus image = WindowManager.getImage(ids[i]);
			if (image == null) continue;
			status.showStatus(i, ids.length, "BioImage Archive: " + image.getTitle());
			HarvestedFile h = harvester.harvest(image);
			if (h.hasError()) log.warn(image.getTitle() + ": " + h.error());
			harvested.add(h);
		}
		table = HarvestFolderCommand.RecordTables.of(harvested);
		images = harvested.stream().mapToInt(h -> h.records().size()).sum();
		status.showStatus("BioImage Archive: " + images + " image(s) from " + harvested.size() + " open window(s)");
		if (ui != null && !ui.isHeadless()) table.show("BioImage Archive: open images");
	}
}
