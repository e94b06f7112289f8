package org.biadeposit.fiji;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.ProgressListener;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
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
		Harvester harvester = harvest.harvester();
		HarvestCache cache = HarvestCache.at(HarvestCache.defaultFile(List.of(folder.getPath())), harvester);
		HarvestRun run = new HarvestRun(harvester, cache, Runtime.getRuntime().availableProcessors()).recursive(
			recursive);
		ProgressListener bar = progress();
		run.listener(p -> {
			if (isCanceled()) run.cancel();
			bar.progress(p);
		});
		List<HarvestedFile> harvested = new ArrayList<>();
		HarvestRun.Summary summary = run.run(List.of(folder.getPath()), harvested::add);
		table = RecordTables.of(harvested);
		images = summary.images();
		errors = summary.errors();
		for (HarvestedFile h : harvested) {
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
