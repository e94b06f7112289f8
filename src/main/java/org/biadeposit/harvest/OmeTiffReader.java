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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.scijava.plugin.Plugin;
import org.scijava.Priority;

import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.meta.OMEXMLMetadataRoot;

/**
 * OME-TIFF: OME-XML in the first IFD's ImageDescription. Handles single files, multi-file sets whose master TIFF
 * holds the whole XML, and sets whose TIFFs hold only a {@code BinaryOnly} pointer to a companion metadata file
 * (then the dataset is named by the companion).
 */
@Plugin(type = MetadataReader.class, priority = Priority.HIGH)
public class OmeTiffReader implements MetadataReader {

	@Override
	public String format() {
		return "OME-TIFF";
	}

	@Override
	public boolean accepts(FileProbe file) {
		if (!file.isTiff()) return false;
		if (file.nameEndsWith(".ome.tif", ".ome.tiff", ".ome.tf2", ".ome.tf8", ".ome.btf")) return true;
		TiffDirectory tiff = file.tiffOrNull();
		return tiff != null && tiff.description != null && tiff.description.contains("<OME");
	}

	@Override
	public OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException {
		TiffDirectory tiff = file.tiff();
		String xml = tiff.description;
		if (xml == null || !xml.contains("<OME")) {
			throw new NotThisFormatException("the TIFF has no OME-XML in its ImageDescription");
		}
		OMEXMLMetadataImpl meta = OmeXml.parse(xml);
		String companion = binaryOnlyMetadataFile(meta);
		if (companion != null) {
			Path metadataFile = DatasetFolder.resolve(file.datasetFolder(), file.path(), companion);
			if (!Files.isRegularFile(metadataFile)) {
				throw new UnreadableImageException("this OME-TIFF keeps its metadata in \"" + companion +
					"\", which is not next to it. Copy the companion file with the TIFFs");
			}
			return OmeXmlReader.readCompanion(metadataFile, format(), true, file.datasetFolder());
		}
		checkComplete(file.path(), tiff);
		OmeMetadata found = new OmeMetadata(file.path(), format(), meta, OmeXmlReader.usedFiles(file.path(), meta,
			true, file.datasetFolder()));
		// more planes than the first: follow the image directories to the last one (one small read each)
		return morePlanesThanOne(meta) ? found.withWarnings(truncation(file.path(), file.tiffWithIfdCount())) : found;
	}

	private static boolean morePlanesThanOne(OMEXMLMetadataImpl meta) {
		if (meta.getImageCount() > 1) return true;
		try {
			return (long) meta.getPixelsSizeZ(0).getValue() * meta.getPixelsSizeC(0).getValue() * meta
				.getPixelsSizeT(0).getValue() > 1;
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	/**
	 * A warning when the image directories or the last image's pixel data run past the end of the file: a
	 * truncated copy whose first image is whole (Bio-Formats reads those without complaint).
	 */
	static List<OmeMetadata.ImageWarning> truncation(Path path, TiffDirectory counted) {
		if (counted.truncatedNeeding <= counted.fileSize) return List.of();
		return List.of(new OmeMetadata.ImageWarning(-1, new ImageRecord.Warning(path.toAbsolutePath().normalize()
			.toString(), "TIFF image directories", String.valueOf(counted.ifdCount), "the TIFF's image " +
				"directories and pixel data need at least " + counted.truncatedNeeding + " bytes but the file has " +
				"only " + counted.fileSize + ": the file is truncated (an interrupted copy?) and its images from number " + counted.ifdCount +
				" on are missing or incomplete; copy it again from the original")));
	}

	/** Fails on a TIFF whose first image's pixel data runs past the end of the file. */
	static void checkComplete(Path path, TiffDirectory tiff) throws UnreadableImageException {
		if (tiff.firstImageDataEnd > tiff.fileSize) {
			throw new UnreadableImageException("the file is truncated: its first image's pixel data ends at byte " +
				tiff.firstImageDataEnd + " but the file has only " + tiff.fileSize +
				" bytes (an interrupted copy?). Copy it again from the original");
		}
	}

	private static String binaryOnlyMetadataFile(OMEXMLMetadataImpl meta) {
		if (meta.getRoot() instanceof OMEXMLMetadataRoot root && root.getBinaryOnly() == null) return null;
		try {
			String f = meta.getBinaryOnlyMetadataFile();
			return f == null || f.isBlank() ? null : f;
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
