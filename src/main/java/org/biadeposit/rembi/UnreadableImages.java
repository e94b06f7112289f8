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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.HarvestedFile;

/**
 * Files of the dataset that look like images (a reader claims them, or their name says so) but cannot be read. Each
 * is an error: deposited, it would put a broken image in the archive. A file the depositor lists under
 * {@code non_image_files:} of a study component or annotation set is data, not an image: it is deposited as it is,
 * without image metadata, and not reported.
 */
final class UnreadableImages {

	private UnreadableImages() {}

	/**
	 * @param described what deposit.yaml says (its {@code non_image_files:}), or null
	 * @param harvested what the harvest of the root gave with an error (any other result is passed over)
	 */
	static List<Problem> problems(Path root, Deposition described, List<HarvestedFile> harvested) {
		List<FileSelection> nonImage = new ArrayList<>();
		if (described != null) {
			for (StudyComponent c : described.components()) {
				if (c.files() != null) nonImage.add(c.files().nonImageFiles());
			}
			for (AnnotationSet a : described.annotations()) {
				if (a.files() != null) nonImage.add(a.files().nonImageFiles());
			}
		}
		Path base = root.toAbsolutePath().normalize();
		List<Problem> problems = new ArrayList<>();
		for (HarvestedFile h : harvested) {
			// what the walk could not reach is reported as such (DepositionBuilder)
			if (!h.hasError() || !h.reached() || declared(base, h, nonImage)) continue;
			problems.add(Problem.error(Place.datasetFile(h.file()), "cannot be read as an image: " + h.error() + ". Do what that " +
				"says (repair or re-export a damaged file); or, if it is not image data, list it under " +
				FileSelection.NON_IMAGE_KEY +
				": of its study component in deposit.yaml (it is then deposited as it is, without image " +
				"metadata); or move it out of the dataset folder"));
		}
		return problems;
	}

	/** Whether deposit.yaml lists the file (or, for a folder such as a Zarr store, the folder) as non-image data. */
	private static boolean declared(Path base, HarvestedFile h, List<FileSelection> nonImage) {
		if (nonImage.isEmpty() || h.path() == null || !h.path().startsWith(base) || h.path().equals(base)) {
			return false;
		}
		String rel = DatasetFile.relative(base, h.path());
		// "x/" too: a folder entry takes what lies under it, and names a file (or a Zarr store) by its path
		List<DatasetFile> candidates = List.of(new DatasetFile(rel, 0), new DatasetFile(rel + "/", 0));
		for (Map.Entry<FileSelection, List<DatasetFile>> taken : ComponentPlanner.assign(nonImage, candidates)
			.entrySet())
		{
			if (!taken.getValue().isEmpty()) return true;
		}
		return false;
	}
}
