package org.biadeposit.harvest;

import java.nio.file.Path;
import java.util.List;

import ome.xml.meta.MetadataRetrieve;

/**
 * What a {@link MetadataReader} found: the OME metadata of a dataset and the files it is made of.
 *
 * @param primaryFile the file that names the dataset (for a companion OME-TIFF set, the companion metadata file)
 * @param format the format as shown to the user
 * @param metadata the OME metadata, one Image per series
 * @param usedFiles every file of the dataset, the primary one included
 */
public record OmeMetadata(Path primaryFile, String format, MetadataRetrieve metadata, List<Path> usedFiles) {

	public OmeMetadata {
		usedFiles = List.copyOf(usedFiles);
	}

	/** A dataset made of one file. */
	public static OmeMetadata singleFile(Path file, String format, MetadataRetrieve metadata) {
		return new OmeMetadata(file, format, metadata, List.of(file));
	}
}
