package org.biadeposit.cli;

import java.nio.file.Path;
import java.util.List;

import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.Harvester;

import picocli.CommandLine.Option;

/** The options of every verb that reads images: {@code --threads}, {@code --cache}, {@code --no-cache}. */
final class HarvestOptions {

	@Option(names = "--threads", paramLabel = "N", converter = WholeNumber.class, description = "files read in " +
		"parallel (default: the number of processors)")
	int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--cache", paramLabel = "FILE", description = "keep the harvest cache in FILE (default: in " +
		"the user's cache folder)")
	Path cacheFile;

	@Option(names = "--no-cache", description = "read every file, keep no cache")
	boolean noCache;

	/** The harvest cache these options name, for a harvest of {@code paths}. */
	HarvestCache cache(Harvester harvester, List<String> paths) {
		if (noCache) return HarvestCache.none();
		return HarvestCache.at(cacheFile != null ? cacheFile : HarvestCache.defaultFile(paths), harvester);
	}
}
