package org.biadeposit.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.biadeposit.harvest.DatasetWalk;
import org.biadeposit.harvest.HarvestCache;

/**
 * Phase (z), the bound of this design: what a cached re-harvest costs before it does anything for a single file.
 * The harvest's own walk ({@code DatasetWalk}, on as many threads as the harvest walks with, with its link and reach
 * checks) and, at the same time on its own thread, the harvest's load of the cache (b) wrote, as {@code HarvestCache}
 * loads it: nothing is looked up, handed on or printed. No folder is asked whether it is a dataset (the harvest asks
 * every folder), so this is a little less than the least (c) can take. (c) can only come as close to the walk floor
 * (w) as (z) is.
 */
final class WalkBound {

	int files;

	/** One pass: the walk with the cache loading beside it, until both are done (no cache file: the walk alone). */
	void run(Path tree, Path cacheFile, int threads) throws Exception {
		HarvestCache cache = HarvestCache.at(cacheFile, readers(cacheFile));
		new DatasetWalk(tree).recursive(true).threads(Math.min(threads, 4)).walk(new DatasetWalk.Visitor() {

			@Override
			public synchronized void file(Path file, long size, long modified) {
				files++;
			}

			@Override
			public void unreachable(Path path, String reason) {
				throw new IllegalStateException(path + ": " + reason);
			}
		});
		// waits for the load; a cache that was not loaded (another version, damaged) would make the bound a lie
		if (!cache.warnings().isEmpty()) throw new IllegalStateException(cache.warnings().toString());
	}

	/** The readers named in the cache's first line: a cache written for other readers is not loaded at all. */
	private static String readers(Path cacheFile) throws Exception {
		if (!Files.exists(cacheFile)) return "native"; // no cache: the walk alone
		try (BufferedReader r = Files.newBufferedReader(cacheFile, StandardCharsets.UTF_8)) {
			String first = r.readLine();
			int tab = first == null ? -1 : first.indexOf('\t');
			if (tab < 0) throw new IllegalStateException(cacheFile + " is not a harvest cache");
			return first.substring(tab + 1);
		}
	}
}
