package org.biadeposit.rembi;

import java.util.List;

/** How images were acquired (REMBI Image acquisition): instrument, parameters, imaging methods (FBbi terms). */
public record ImageAcquisition(String title, String imagingInstrument, String imageAcquisitionParameters,
	List<ImagingMethod> imagingMethods)
{

	public ImageAcquisition {
		imagingMethods = imagingMethods == null ? List.of() : List.copyOf(imagingMethods);
	}

	/**
	 * An imaging method as an ontology term.
	 *
	 * @param ontologyId e.g. "http://purl.obolibrary.org/obo/FBbi_00000251"
	 * @param ontologyName e.g. "Biological Imaging Methods Ontology (FBbi)"
	 */
	public record ImagingMethod(String value, String ontologyId, String ontologyName) {}
}
