package org.biadeposit.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.biadeposit.DepositionService;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.Harvester;

import picocli.CommandLine.Option;

/**
 * The options of every verb that reads images: {@code --threads}, {@code --cache}, {@code --no-cache},
 * {@code --time-limit}.
 */
final class HarvestOptions {

	@Option(names = "--threads", paramLabel = "N", converter = WholeNumber.class, description = "files read in " +
		"parallel (default: the number of processors)")
	int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--cache", paramLabel = "FILE", description = "keep the harvest cache in FILE (default: in " +
		"the user's cache folder)")
	Path cacheFile;

	@Option(names = "--no-cache", description = "read every file, keep no cache")
	boolean noCache;

	@Option(names = "--time-limit", paramLabel = "SECONDS", converter = WholeNumber.class, description = "give " +
		"up reading a file after this long: it becomes an error line and the rest goes on (default: 60)")
	int timeLimitSeconds = (int) HarvestRun.DEFAULT_TIME_LIMIT.toSeconds();

	/** The service settings these options name. */
	DepositionService.Settings settings() {
		return DepositionService.Settings.defaults().withThreads(threads).withHarvestCache(!noCache).withCacheFile(
			cacheFile).withTimeLimit(Duration.ofSeconds(timeLimitSeconds));
	}

	/** The harvest cache these options name, for a harvest of {@code paths}. */
	HarvestCache cache(Harvester harvester, List<String> paths) {
		if (noCache) return HarvestCache.none();
		return HarvestCache.at(cacheFile != null ? cacheFile : HarvestCache.defaultFile(paths), harvester);
	}
}
