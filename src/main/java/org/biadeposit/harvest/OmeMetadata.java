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
package org.biadeposit.harvest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ome.xml.meta.MetadataRetrieve;

/**
 * What a {@link MetadataReader} found: the OME metadata of a dataset and the files it is made of.
 *
 * @param primaryFile the file that names the dataset (for a companion OME-TIFF set, the companion metadata file)
 * @param format the format as shown to the user
 * @param metadata the OME metadata, one Image per series
 * @param usedFiles every file of the dataset, the primary one included
 * @param warnings what the reader found that the records should say (a truncated file, an axis that is not what
 *          its name says), each for one image or for all
 * @param acquisitionDates acquisition dates by image index, as the records give them, where the OME metadata's
 *          own are missing or lost their zone (see {@link ImageRecordMapper})
 */
public record OmeMetadata(Path primaryFile, String format, MetadataRetrieve metadata, List<Path> usedFiles,
	List<ImageWarning> warnings, Map<Integer, String> acquisitionDates)
{

	public OmeMetadata {
		usedFiles = List.copyOf(usedFiles);
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
		acquisitionDates = acquisitionDates == null ? Map.of() : Map.copyOf(acquisitionDates);
	}

	/** What a reader found, with nothing more to say. */
	public OmeMetadata(Path primaryFile, String format, MetadataRetrieve metadata, List<Path> usedFiles) {
		this(primaryFile, format, metadata, usedFiles, List.of(), Map.of());
	}

	/** A dataset made of one file. */
	public static OmeMetadata singleFile(Path file, String format, MetadataRetrieve metadata) {
		return new OmeMetadata(file, format, metadata, List.of(file));
	}

	/** The same, with these warnings added. */
	public OmeMetadata withWarnings(List<ImageWarning> more) {
		if (more.isEmpty()) return this;
		List<ImageWarning> all = new java.util.ArrayList<>(warnings);
		all.addAll(more);
		return new OmeMetadata(primaryFile, format, metadata, usedFiles, all, acquisitionDates);
	}

	/**
	 * A warning for the record of one image.
	 *
	 * @param image the image's index, or -1 for every image of the dataset
	 */
	public record ImageWarning(int image, ImageRecord.Warning warning) {

		boolean concerns(int i) {
			return image < 0 || image == i;
		}
	}
}
