package org.biadeposit.rembi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestedFile;

/**
 * The way from what the harvest station gave for a dataset folder (one walk: its files and their harvest) and what
 * deposit.yaml says to a {@link Deposition}: components, acquisitions and File-lists. Every problem met on the way
 * is kept, none stops it. This station neither walks nor harvests the folder: whoever runs the deposition runs the
 * harvest first and hands its result here.
 */
public final class DepositionPlanner {

	/** What planning gave: the deposition (null only if deposit.yaml could not be read at all) and the problems. */
	public record Plan(Deposition deposition, List<Problem> problems, List<HarvestedFile> harvested) {

		public boolean hasErrors() {
			return problems.stream().anyMatch(Problem::isError);
		}
	}

	private DepositionPlanner() {}

	/** deposit.yaml in the folder, if it is there. */
	public static Path defaultConfig(Path root) {
		Path yaml = root.resolve("deposit.yaml");
		return Files.isRegularFile(yaml) ? yaml : null;
	}

	/**
	 * @param harvest the harvest of the dataset folder
	 * @param described what deposit.yaml says, or null to plan from the harvest alone (components from top-level
	 *          folders)
	 * @param read what reading deposit.yaml found; the plan's problems begin with them
	 */
	public static Plan plan(DatasetHarvest harvest, Deposition described, List<Problem> read) {
		List<Problem> problems = new ArrayList<>(read);
		problems.addAll(UnreadableImages.problems(harvest.root(), described, harvest.harvested()));
		DepositionBuilder.Result built = DepositionBuilder.build(harvest, described);
		problems.addAll(built.problems());
		return new Plan(built.deposition(), problems, harvest.harvested());
	}
}
