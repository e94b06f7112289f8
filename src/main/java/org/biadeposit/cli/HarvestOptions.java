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
