package org.biadeposit.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.Problem;

/** The problems found so far, kept by section of the deposition so that the report reads in deposition order. */
final class Findings {

	/** The sections of a deposition, in the order a report lists them. */
	enum Section {
		STUDY, BIOSAMPLES, SPECIMENS, ACQUISITIONS, ANALYSES, CORRELATIONS, COMPONENTS, ANNOTATIONS, FILE_LISTS,
		/** The deposition as a whole, and checks that could not run. */
		DEPOSITION
	}

	private final Map<Section, List<Problem>> bySection = new EnumMap<>(Section.class);

	void error(Section section, String where, String message) {
		add(section, Problem.error(where, message));
	}

	void warning(Section section, String where, String message) {
		add(section, Problem.warning(where, message));
	}

	private void add(Section section, Problem p) {
		bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(p);
	}

	/** Every problem: by section, then in the order found. */
	List<Problem> all() {
		List<Problem> out = new ArrayList<>();
		for (List<Problem> l : bySection.values()) out.addAll(l);
		return out;
	}
}
