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
package org.biadeposit.harvest.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.biadeposit.harvest.FileProbe;
import org.biadeposit.harvest.MetadataFile;
import org.biadeposit.harvest.MetadataReader;
import org.biadeposit.harvest.OmeMetadata;
import org.biadeposit.harvest.OmeXml;
import org.biadeposit.harvest.UnreadableImageException;
import org.scijava.Priority;
import org.scijava.plugin.Plugin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import ome.xml.meta.OMEXMLMetadataImpl;

/**
 * OME-Zarr (OME-NGFF 0.1 to 0.5): a folder whose Zarr group attributes ({@code .zattrs} in Zarr v2, {@code zarr.json}
 * in Zarr v3) hold NGFF metadata. Only JSON metadata is read: group attributes and the full-resolution array's
 * {@code .zarray}/{@code zarr.json}, never a chunk.
 * <p>
 * One Image per multiscales image: the store itself, each field of a plate, or each series of a bioformats2raw
 * store ({@link StoreLayout}). When a bioformats2raw store has {@code OME/METADATA.ome.xml}, that XML is the metadata
 * and NGFF only fills the physical sizes the XML lacks. The whole store folder is one dataset. The store's files are
 * found by {@link ZarrStore} in either {@link ZarrFormat}; each image is read by {@link MultiscaleImage}.
 * </p>
 */
@Plugin(type = MetadataReader.class, priority = Priority.NORMAL)
public class OmeZarrReader implements MetadataReader {

	static final String FORMAT = "OME-Zarr";

	/** Attributes that make a Zarr group an OME-NGFF one. */
	private static final Set<String> NGFF_KEYS = Set.of("multiscales", "plate", "bioformats2raw.layout");

	@Override
	public String format() {
		return FORMAT;
	}

	@Override
	public boolean accepts(FileProbe file) {
		Path store = storeOf(file.path());
		if (!Files.isDirectory(store)) return false;
		Path name = store.toAbsolutePath().normalize().getFileName();
		if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zarr")) return true;
		for (ZarrFormat format : ZarrFormat.values()) {
			Path attributes = store.resolve(format.groupFile);
			if (!Files.isRegularFile(attributes)) continue;
			try {
				if (holdsNgffKeys(attributes)) return true;
			}
			catch (IOException e) {
				// Broken or unreadable Zarr group metadata: accept, so that read() reports what is wrong with it.
				return true;
			}
		}
		return false;
	}

	@Override
	public OmeMetadata read(FileProbe file) throws IOException, UnreadableImageException {
		ZarrStore store = new ZarrStore(storeOf(file.path()));
		ZarrGroup root = store.group("");
		if (root == null) {
			throw new UnreadableImageException(store.name + " is not an OME-Zarr image: it has neither " +
				ZarrFormat.ZATTRS + " (Zarr v2) nor " + ZarrFormat.ZARR_JSON + " (Zarr v3) group metadata");
		}
		OMEXMLMetadataImpl meta;
		if (!root.attributes().has("multiscales") && root.attributes().has("bioformats2raw.layout") && Files
			.isRegularFile(store.resolve(StoreLayout.OME_XML)))
		{
			meta = fromOmeXml(store, root);
		}
		else {
			meta = new OMEXMLMetadataImpl();
			List<ImageLocation> images = StoreLayout.images(store, root);
			for (int i = 0; i < images.size(); i++) {
				MultiscaleImage.read(store, images.get(i)).describe(meta, i);
			}
		}
		return new OmeMetadata(store.root, format(), meta, List.of(store.root));
	}

	/** The store folder: the probe itself, or the folder of a probed {@code .zattrs}/{@code zarr.json}. */
	private static Path storeOf(Path path) {
		Path name = path.getFileName();
		if (name == null || !(name.toString().equals(ZarrFormat.ZATTRS) || name.toString().equals(
			ZarrFormat.ZARR_JSON)) || !Files.isRegularFile(path))
		{
			return path;
		}
		Path parent = path.getParent();
		return parent != null ? parent : path.toAbsolutePath().getParent();
	}

	/**
	 * Whether group metadata holds an NGFF key at its top, under {@code ome} or under {@code attributes(.ome)}. Streams
	 * the file and stops at the first key found, so that a large consolidated {@code zarr.json} costs little.
	 */
	private static boolean holdsNgffKeys(Path file) throws IOException {
		if (MetadataFile.tooLarge(file)) return true; // read() says so
		try (JsonParser p = ZarrJson.JSON.createParser(file.toFile())) {
			return p.nextToken() == JsonToken.START_OBJECT && holdsNgffKeys(p, 0);
		}
	}

	private static boolean holdsNgffKeys(JsonParser p, int depth) throws IOException {
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String key = p.currentName();
			JsonToken value = p.nextToken();
			if (NGFF_KEYS.contains(key)) return true;
			if (value == JsonToken.START_OBJECT && depth < 2 && (key.equals("attributes") || key.equals("ome"))) {
				if (holdsNgffKeys(p, depth + 1)) return true;
			}
			else {
				p.skipChildren();
			}
		}
		return false;
	}

	/**
	 * The metadata of a bioformats2raw store's {@code OME/METADATA.ome.xml}, one Image per series, with the physical
	 * sizes and time increment the XML lacks taken from the series' multiscales (series i is the i-th series or plate
	 * field of the store, the order bioformats2raw writes them in).
	 */
	private static OMEXMLMetadataImpl fromOmeXml(ZarrStore store, ZarrGroup root) throws IOException,
		UnreadableImageException
	{
		Path xmlFile = store.resolve(StoreLayout.OME_XML);
		byte[] xml = MetadataFile.read(store.inside(xmlFile), store.display(xmlFile));
		OMEXMLMetadataImpl meta;
		try {
			meta = OmeXml.parse(xml);
		}
		catch (UnreadableImageException e) {
			// Also for NotThisFormatException: the store is OME-Zarr; it is its OME-XML that is broken.
			throw new UnreadableImageException(store.display(xmlFile) + ": " + e.getMessage(), e);
		}
		if (meta.getImageCount() == 0) {
			throw new UnreadableImageException(store.display(xmlFile) + " describes no image (no <Image> element)");
		}
		List<ImageLocation> images = null;
		for (int i = 0; i < meta.getImageCount(); i++) {
			if (!lacksPhysicalSizes(meta, i)) continue;
			if (images == null) images = StoreLayout.images(store, root);
			// An XML that describes more images than the store holds has nothing to fill them from.
			if (i < images.size()) MultiscaleImage.read(store, images.get(i)).fillMissingPhysicalSizes(meta, i);
		}
		return meta;
	}

	private static boolean lacksPhysicalSizes(OMEXMLMetadataImpl meta, int image) {
		return meta.getPixelsPhysicalSizeX(image) == null || meta.getPixelsPhysicalSizeY(image) == null || meta
			.getPixelsPhysicalSizeZ(image) == null || meta.getPixelsTimeIncrement(image) == null;
	}
}
