package org.biadeposit.harvest;

import org.scijava.service.SciJavaService;

/** Harvests image metadata with every {@link MetadataReader} plugin available in this context. */
public interface HarvestService extends SciJavaService {

	/** A harvester over the reader plugins, highest priority first. */
	Harvester harvester();

	/** A run over files and folders (walking sub-folders unless told not to), with the given cache (or none). */
	default HarvestRun run(HarvestCache cache) {
		return new HarvestRun(harvester(), cache, Runtime.getRuntime().availableProcessors());
	}
}
