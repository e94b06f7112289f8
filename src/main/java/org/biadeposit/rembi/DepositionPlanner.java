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

	/**
	 * What planning gave: the deposition (null only if deposit.yaml could not be read at all), the problems, the
	 * harvest, the images made of several files (which validation checks are deposited whole), and the harvested
	 * images grouped by instrument set-up (what {@code bia init} proposes as acquisitions; each group holds the
	 * images that describe it, not every image: see {@link AcquisitionCoverage} for which files each covers).
	 */
	public record Plan(Deposition deposition, List<Problem> problems, List<HarvestedFile> harvested,
		MultiFileImages multiFileImages, List<AcquisitionGrouper.Group> acquisitionGroups)
	{

		/** A plan without multi-file images or grouped images. */
		public Plan(Deposition deposition, List<Problem> problems, List<HarvestedFile> harvested) {
			this(deposition, problems, harvested, MultiFileImages.NONE, List.of());
		}

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
		problems.addAll(UnreadableImages.problems(harvest.root(), described, harvest.failed()));
		DepositionBuilder.Result built = DepositionBuilder.build(harvest, described);
		problems.addAll(built.problems());
		return new Plan(built.deposition(), problems, harvest.harvested(), built.multiFileImages(), built
			.acquisitionGroups());
	}
}
