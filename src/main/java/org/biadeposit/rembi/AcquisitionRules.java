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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.biadeposit.harvest.DatasetFile;

/**
 * Which image acquisition took each image file, by the {@code files:} and {@code pattern:} rules deposit.yaml gives
 * its acquisitions: what fills the File-lists' "Image acquisition" column when a study component has association
 * rows with several acquisitions, and what says which of its images no rule assigns.
 */
final class AcquisitionRules {

	/** deposit.yaml, as the build's problems name it; its lines are filled in where the file was read. */
	private static final String CONFIG = "deposit.yaml";

	/** The most example files a problem names. */
	private static final int EXAMPLES = 3;

	private AcquisitionRules() {}

	/**
	 * The acquisition title of every image file whose path a rule takes; the first rule in deposit.yaml's order wins
	 * a file two rules take, with a warning.
	 *
	 * @param images the paths of the image files (a multi-file image's metadata file or store folder: an OME-Zarr
	 *          store is a folder), relative to the dataset folder
	 * @return a title or null for each path, in their order
	 */
	static String[] assign(List<String> images, List<ImageAcquisition> acquisitions, List<Problem> problems) {
		String[] out = new String[images.size()];
		List<ImageAcquisition> ruled = acquisitions.stream().filter(a -> a.files() != null).toList();
		if (ruled.isEmpty()) return out;
		List<DatasetFile> paths = images.stream().map(p -> new DatasetFile(p, 0)).toList();
		List<FileIndexes> taken = ComponentPlanner.indexes(ruled.stream().map(ImageAcquisition::files).toList(),
			paths);
		Set<String> clashes = new LinkedHashSet<>();
		for (int a = 0; a < ruled.size(); a++) {
			String title = ruled.get(a).title();
			FileIndexes files = taken.get(a);
			for (int i = 0; i < files.size(); i++) {
				int f = files.get(i);
				String earlier = out[f];
				if (earlier == null) out[f] = title;
				else if (!earlier.equals(title) && clashes.add(earlier + "\u0000" + title)) {
					problems.add(Problem.warning(Place.yaml(CONFIG, 0, List.of("acquisitions", title, "files")), "takes " +
						images.get(f) + ", which the rule of acquisition \"" + earlier + "\" takes too; it is given to \"" +
						earlier + "\" (the first in deposit.yaml). Narrow one of the two rules"));
				}
			}
		}
		return out;
	}

	/**
	 * A warning for a component whose association rows name several acquisitions, when some of its image files are
	 * taken by no rule, or by the rule of an acquisition none of its rows names.
	 */
	static void check(StudyComponent c, FileIndexes own, DatasetImages images, List<Problem> problems) {
		Set<String> used = new LinkedHashSet<>();
		for (Associations a : c.associations()) {
			if (a.acquisition() != null && !a.acquisition().isBlank()) used.add(a.acquisition());
		}
		if (used.size() < 2) return;
		List<String> none = new ArrayList<>();
		List<String> other = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < own.size(); i++) {
			FileListBuilder.ImageFile img = images.image(own.get(i));
			if (img == null) continue;
			// images only, each once: the parts of a multi-file image (a Zarr store's files) are one image
			String image = img.dataset() != null ? img.dataset() : images.files().get(own.get(i)).path();
			if (!seen.add(image)) continue;
			if (img.acquisition() == null) none.add(image);
			else if (!used.contains(img.acquisition())) other.add(image + " (\"" + img.acquisition() + "\")");
		}
		Place where = Place.yaml(CONFIG, 0, List.of("study_component", c.listName()));
		String which = "its association rows name " + used.size() + " image acquisitions (" + String.join(", ", used
			.stream().map(t -> "\"" + t + "\"").toList()) + "), so each image says which one took it (the File-list's " +
			"Image acquisition column)";
		if (!none.isEmpty()) {
			problems.add(Problem.warning(where, which + ", but no acquisition's files: rule takes " + count(none) +
				": add files: (folders or globs) or pattern: to those acquisitions under acquisitions:"));
		}
		if (!other.isEmpty()) {
			problems.add(Problem.warning(where, which + ", but " + count(other) + " taken by the rule of an " +
				"acquisition none of its rows names: add that acquisition to the component's rows, or narrow its " +
				"files: rule"));
		}
	}

	private static String count(List<String> files) {
		return files.size() + (files.size() == 1 ? " image: " : " images, e.g. ") + String.join(", ", files.subList(0,
			Math.min(EXAMPLES, files.size())));
	}
}
