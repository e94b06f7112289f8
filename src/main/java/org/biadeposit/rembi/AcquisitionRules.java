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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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

	/** The rules of deposit.yaml's acquisitions that have files: or pattern:, to ask image by image. */
	static Ruling ruling(List<ImageAcquisition> acquisitions) {
		return new Ruling(acquisitions.stream().filter(a -> a.files() != null).toList());
	}

	/**
	 * Which acquisition took each image file, asked image by image in path order: the first rule in deposit.yaml's
	 * order that takes its path wins a file two rules take, with a warning (one per two acquisitions, at the
	 * first file they share).
	 */
	static final class Ruling {

		private final List<ImageAcquisition> ruled;
		private final List<Predicate<String>> takers;
		private final Set<String> clashes = new LinkedHashSet<>();
		/** The warnings by the rule that takes a file an earlier one took, in the order they were met. */
		private final List<List<Problem>> warnings = new ArrayList<>();

		private Ruling(List<ImageAcquisition> ruled) {
			this.ruled = ruled;
			this.takers = ruled.stream().map(a -> ComponentPlanner.taker(a.files())).toList();
			ruled.forEach(a -> warnings.add(new ArrayList<>()));
		}

		/**
		 * @param image an image file's path (a multi-file image's metadata file or store folder: an OME-Zarr store
		 *          is a folder), relative to the dataset folder
		 * @return the title of the acquisition whose rule takes it, or null
		 */
		String title(String image) {
			String first = null;
			for (int a = 0; a < ruled.size(); a++) {
				if (!takers.get(a).test(image)) continue;
				String title = ruled.get(a).title();
				if (first == null) first = title;
				else if (!first.equals(title) && clashes.add(first + "\u0000" + title)) {
					warnings.get(a).add(Problem.warning(Place.yaml(CONFIG, 0, List.of("acquisitions", title, "files")),
						"takes " + image + ", which the rule of acquisition \"" + first + "\" takes too; it is given to \"" +
							first + "\" (the first in deposit.yaml). Narrow one of the two rules"));
				}
			}
			return first;
		}

		/** The warnings about files two rules take, in deposit.yaml's order of the later rule. */
		List<Problem> problems() {
			List<Problem> out = new ArrayList<>();
			warnings.forEach(out::addAll);
			return out;
		}
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
		// a count and the first few of each: a component of millions of images holds no list of them
		Examples none = new Examples();
		Examples other = new Examples();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < own.size(); i++) {
			FileListBuilder.ImageFile img = images.image(own.get(i));
			if (img == null) continue;
			// images only, each once: the parts of a multi-file image (a Zarr store's files) are one image
			if (img.dataset() != null && !seen.add(img.dataset())) continue;
			if (img.acquisition() != null && used.contains(img.acquisition())) continue;
			String image = img.dataset() != null ? img.dataset() : images.files().get(own.get(i)).path();
			if (img.acquisition() == null) none.add(image);
			else other.add(image + " (\"" + img.acquisition() + "\")");
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

	private static String count(Examples files) {
		return files.count + (files.count == 1 ? " image: " : " images, e.g. ") + String.join(", ", files.first);
	}

	/** How many images, and the first {@value #EXAMPLES} of them. */
	private static final class Examples {

		int count;
		final List<String> first = new ArrayList<>();

		void add(String image) {
			if (count++ < EXAMPLES) first.add(image);
		}

		boolean isEmpty() {
			return count == 0;
		}
	}
}
