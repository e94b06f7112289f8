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
import java.util.List;

/**
 * A whole BioImage Archive deposition as REMBI describes it: the study, its modules (biosamples, specimens, image
 * acquisitions, analyses, correlations), its study components and annotation sets, and for each of those its
 * File-list. Built from harvested records and {@code deposit.yaml}; validated, then written as PageTab.
 *
 * @param root the dataset folder; File-list paths are relative to it
 * @param config where the deposition's description came from (deposit.yaml), or null
 * @param published what the published study held beyond REMBI ({@code bia import}); {@link Published#NONE} for a
 *          new study
 */
public record Deposition(Path root, Path config, Study study, List<Biosample> biosamples, List<Specimen> specimens,
	List<ImageAcquisition> acquisitions, List<ImageAnalysis> analyses, List<ImageCorrelation> correlations,
	List<StudyComponent> components, List<AnnotationSet> annotations, Published published)
{

	/** A new study: nothing published. */
	public Deposition(Path root, Path config, Study study, List<Biosample> biosamples, List<Specimen> specimens,
		List<ImageAcquisition> acquisitions, List<ImageAnalysis> analyses, List<ImageCorrelation> correlations,
		List<StudyComponent> components, List<AnnotationSet> annotations)
	{
		this(root, config, study, biosamples, specimens, acquisitions, analyses, correlations, components,
			annotations, Published.NONE);
	}

	public Deposition {
		if (published == null) published = Published.NONE;
		biosamples = List.copyOf(biosamples);
		specimens = List.copyOf(specimens);
		acquisitions = List.copyOf(acquisitions);
		analyses = List.copyOf(analyses);
		correlations = List.copyOf(correlations);
		components = List.copyOf(components);
		annotations = List.copyOf(annotations);
	}

	/** This deposition with what the published study held beyond REMBI. */
	public Deposition withPublished(Published value) {
		return new Deposition(root, config, study, biosamples, specimens, acquisitions, analyses, correlations,
			components, annotations, value);
	}
}
