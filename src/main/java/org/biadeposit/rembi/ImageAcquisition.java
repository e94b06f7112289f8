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

import java.util.List;

/**
 * How images were acquired (REMBI Image acquisition): instrument, parameters, imaging methods (FBbi terms).
 *
 * @param files which files it took (deposit.yaml {@code files:} and {@code pattern:} under the acquisition), or
 *          null: the rule that fills the File-lists' "Image acquisition" column where a study component has several
 *          acquisitions
 */
public record ImageAcquisition(String title, String imagingInstrument, String imageAcquisitionParameters,
	List<ImagingMethod> imagingMethods, FileSelection files)
{

	public ImageAcquisition {
		imagingMethods = imagingMethods == null ? List.of() : List.copyOf(imagingMethods);
	}

	/** An acquisition without a rule for its files. */
	public ImageAcquisition(String title, String imagingInstrument, String imageAcquisitionParameters,
		List<ImagingMethod> imagingMethods)
	{
		this(title, imagingInstrument, imageAcquisitionParameters, imagingMethods, null);
	}

	/** The same acquisition with these imaging methods (its rule for files kept). */
	public ImageAcquisition withImagingMethods(List<ImagingMethod> methods) {
		return new ImageAcquisition(title, imagingInstrument, imageAcquisitionParameters, methods, files);
	}

	/**
	 * An imaging method as an ontology term.
	 *
	 * @param ontologyId e.g. "http://purl.obolibrary.org/obo/FBbi_00000251"
	 * @param ontologyName e.g. "Biological Imaging Methods Ontology (FBbi)"
	 */
	public record ImagingMethod(String value, String ontologyId, String ontologyName) {}
}
