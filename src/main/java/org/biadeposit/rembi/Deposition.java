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
 */
public record Deposition(Path root, Path config, Study study, List<Biosample> biosamples, List<Specimen> specimens,
	List<ImageAcquisition> acquisitions, List<ImageAnalysis> analyses, List<ImageCorrelation> correlations,
	List<StudyComponent> components, List<AnnotationSet> annotations)
{

	public Deposition {
		biosamples = List.copyOf(biosamples);
		specimens = List.copyOf(specimens);
		acquisitions = List.copyOf(acquisitions);
		analyses = List.copyOf(analyses);
		correlations = List.copyOf(correlations);
		components = List.copyOf(components);
		annotations = List.copyOf(annotations);
	}
}
