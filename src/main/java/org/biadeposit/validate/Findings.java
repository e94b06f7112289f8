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
package org.biadeposit.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.Place;
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

	void error(Section section, Place where, String message) {
		add(section, Problem.error(where, message));
	}

	void warning(Section section, Place where, String message) {
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
