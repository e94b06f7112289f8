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
