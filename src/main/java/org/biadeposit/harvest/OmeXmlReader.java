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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.scijava.plugin.Plugin;
import org.scijava.Priority;

import ome.xml.meta.MetadataRetrieve;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.model.OME;
import ome.xml.model.Pixels;
import ome.xml.model.UUID;

/**
 * OME-XML files: {@code .ome.xml}, companion {@code .companion.ome}/{@code .ome} files of multi-file OME-TIFF sets,
 * and any {@code .xml} file whose root is {@code <OME>}. A companion file's dataset is the companion plus every TIFF
 * its TiffData elements name.
 */
@Plugin(type = MetadataReader.class, priority = Priority.HIGH)
public class OmeXmlReader implements MetadataReader {

	@Override
	public String format() {
		return "OME-XML";
	}

	@Override
	public boolean accepts(FileProbe file) {
		if (file.nameEndsWith(".ome.xml", ".ome")) return true;
		if (!file.nameEndsWith(".xml")) return false;
		String head = file.headText();
		return head.contains("<OME") || head.contains("openmicroscopy.org/Schemas/OME");
	}

	@Override
	public OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException {
		// A companion (.ome) exists to describe its data files: all must be there. An .ome.xml is often an extract
		// kept beside or without its TIFFs: the files that are there belong to it.
		return readCompanion(file.path(), format(), !file.nameEndsWith(".xml"), file.datasetFolder());
	}

	/**
	 * Reads an OME-XML file and resolves the files its TiffData elements name.
	 *
	 * @param datasetFolder the folder the named files must not leave
	 */
	static OmeMetadata readCompanion(Path xmlFile, String format, boolean requireParts, Path datasetFolder)
		throws IOException, UnreadableImageException
	{
		byte[] bytes = MetadataFile.read(xmlFile, xmlFile.getFileName().toString());
		if (bytes.length == 0) throw new UnreadableImageException("the file is empty (0 bytes)");
		MetadataRetrieve meta = OmeXml.parse(bytes);
		List<Path> used = usedFiles(xmlFile, meta, requireParts, datasetFolder);
		// A companion describes TIFFs: the dataset is an OME-TIFF (as Bio-Formats names it too).
		return new OmeMetadata(xmlFile, used.size() > 1 ? "OME-TIFF" : format, meta, used);
	}

	/**
	 * The files of a dataset: its metadata file and every file a TiffData/UUID FileName names, relative to the
	 * metadata file's folder.
	 *
	 * @param requireParts whether a named file that does not exist is an error (else it is left out)
	 * @param datasetFolder the folder the named files must not leave
	 * @throws UnreadableImageException when a required file does not exist (the dataset would be incomplete) or a
	 *     named file lies outside the dataset folder
	 */
	static List<Path> usedFiles(Path metadataFile, MetadataRetrieve meta, boolean requireParts, Path datasetFolder)
		throws IOException, UnreadableImageException
	{
		Set<Path> files = new LinkedHashSet<>();
		files.add(metadataFile);
		List<String> missing = new ArrayList<>();
		String self = documentUuid(meta);
		for (int i = 0; i < meta.getImageCount(); i++) {
			for (int t = 0; t < tiffDataCount(meta, i); t++) {
				UUID uuid = uuidElement(meta, i, t);
				String name = uuid != null ? uuid.getFileName() : uuidFileName(meta, i, t);
				if (name == null || name.isBlank()) continue;
				// A file renamed after writing still names itself by its old name, but with its own UUID.
				if (self != null && self.equals(uuid != null ? uuid.getValue() : uuidValue(meta, i, t))) continue;
				Path part = DatasetFolder.resolve(datasetFolder, metadataFile, name);
				if (!Files.exists(part)) {
					if (!missing.contains(name)) missing.add(name);
				}
				else {
					files.add(part);
				}
			}
		}
		if (requireParts && !missing.isEmpty()) {
			throw new UnreadableImageException("the OME-XML names " + missing.size() + " data file(s) that are " +
				"not next to it: " + String.join(", ", missing.subList(0, Math.min(5, missing.size()))) +
				(missing.size() > 5 ? ", …" : "") + ". Copy the whole multi-file dataset, or remove the file " +
				"from the deposit");
		}
		return new ArrayList<>(files);
	}

	/** The UUID of a TiffData that has none: it names no file. */
	private static final UUID NO_UUID = new UUID();

	/**
	 * A TiffData's UUID child read from the model itself, {@link #NO_UUID} when it has none, or null when the
	 * metadata is not the OME model (then the getters answer). Every single-file OME-TIFF has a TiffData without
	 * one, and the getter answers that with an exception: a stack trace per file.
	 */
	private static UUID uuidElement(MetadataRetrieve meta, int image, int tiffData) {
		if (!(meta instanceof OMEXMLMetadataImpl impl) || !(impl.getRoot() instanceof OME root)) return null;
		Pixels pixels = image < root.sizeOfImageList() ? root.getImage(image).getPixels() : null;
		if (pixels == null || tiffData >= pixels.sizeOfTiffDataList()) return null;
		UUID uuid = pixels.getTiffData(tiffData).getUUID();
		return uuid == null ? NO_UUID : uuid;
	}

	private static int tiffDataCount(MetadataRetrieve meta, int image) {
		try {
			return meta.getTiffDataCount(image);
		}
		catch (RuntimeException e) {
			return 0; // an Image without Pixels: ImageRecordMapper says what is wrong with it
		}
	}

	private static String documentUuid(MetadataRetrieve meta) {
		try {
			return meta.getUUID();
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private static String uuidValue(MetadataRetrieve meta, int image, int tiffData) {
		try {
			return meta.getUUIDValue(image, tiffData);
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private static String uuidFileName(MetadataRetrieve meta, int image, int tiffData) {
		try {
			return meta.getUUIDFileName(image, tiffData);
		}
		catch (RuntimeException e) {
			return null; // TiffData without a UUID child: the data is in the file itself
		}
	}
}
