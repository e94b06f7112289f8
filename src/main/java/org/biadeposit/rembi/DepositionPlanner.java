package org.biadeposit.rembi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.rembi.yaml.DepositYaml;

/**
 * The way from a dataset folder to a {@link Deposition}: harvest the folder, read deposit.yaml if there is one,
 * build components, acquisitions and File-lists. Every problem met on the way is kept, none stops it.
 */
public final class DepositionPlanner {

	/** What planning gave: the deposition (null only if deposit.yaml could not be read at all) and the problems. */
	public record Plan(Deposition deposition, List<Problem> problems, List<HarvestedFile> harvested) {

		public boolean hasErrors() {
			return problems.stream().anyMatch(Problem::isError);
		}
	}

	private final Harvester harvester;
	private final HarvestCache cache;
	private final int threads;
	private HarvestRun.Listener listener = (done, found, latest) -> {};

	public DepositionPlanner(Harvester harvester, HarvestCache cache, int threads) {
		this.harvester = harvester;
		this.cache = cache;
		this.threads = threads;
	}

	public DepositionPlanner listener(HarvestRun.Listener value) {
		this.listener = value;
		return this;
	}

	/** deposit.yaml in the folder, if it is there. */
	public static Path defaultConfig(Path root) {
		Path yaml = root.resolve("deposit.yaml");
		return Files.isRegularFile(yaml) ? yaml : null;
	}

	/**
	 * @param config deposit.yaml, or null to plan from the harvest alone (components from top-level folders)
	 */
	public Plan plan(Path root, Path config) {
		List<Problem> problems = new ArrayList<>();
		Deposition described = null;
		if (config != null) {
			DepositYaml.Reading reading = DepositYaml.read(config, root);
			problems.addAll(reading.problems());
			described = reading.deposition();
			if (described == null) return new Plan(null, problems, List.of());
		}
		List<HarvestedFile> harvested = new ArrayList<>();
		new HarvestRun(harvester, cache, threads).recursive(true).listener(listener).run(List.of(root.toString()),
			harvested::add);
		problems.addAll(UnreadableImages.problems(root, described, harvested));
		DepositionBuilder.Result built = DepositionBuilder.build(root, described, harvested);
		problems.addAll(built.problems());
		return new Plan(built.deposition(), problems, harvested);
	}
}
