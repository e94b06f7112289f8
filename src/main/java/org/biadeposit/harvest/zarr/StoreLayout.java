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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.biadeposit.harvest.UnreadableImageException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The layouts of an OME-Zarr store and the multiscales images each holds: an image (the store itself), a plate (each
 * field of each well) or a bioformats2raw store (each series).
 */
final class StoreLayout {

	/** The OME-XML a bioformats2raw store may carry beside its series. */
	static final String OME_XML = "OME/METADATA.ome.xml";

	private StoreLayout() {}

	/** The multiscales images of a store: each field of a plate, each series of a bioformats2raw store, or itself. */
	static List<ImageLocation> images(ZarrStore store, ZarrGroup root) throws IOException, UnreadableImageException {
		JsonNode attributes = root.attributes();
		if (attributes.has("plate")) return plateFields(store, root);
		if (attributes.has("multiscales")) return List.of(new ImageLocation("", null, store.name));
		if (attributes.has("bioformats2raw.layout")) return bioformats2rawSeries(store, root);
		if (attributes.has("well")) {
			throw new UnreadableImageException(root.file() + " describes one well of a plate, not a whole OME-Zarr " +
				"image: harvest the plate folder that holds this well");
		}
		throw new UnreadableImageException(root.file() + " holds no OME-NGFF metadata (no multiscales, plate or " +
			"bioformats2raw.layout attribute): " + store.name + " is a plain Zarr store, not an OME-Zarr image. " +
			"Convert it to OME-Zarr (for example with bioformats2raw or ome-zarr-py) before depositing");
	}

	/** Every field of every well, in the order the plate lists the wells; labels are not listed, so not read. */
	private static List<ImageLocation> plateFields(ZarrStore store, ZarrGroup root) throws IOException,
		UnreadableImageException
	{
		String where = "the plate metadata in " + root.file();
		JsonNode wells = root.attributes().get("plate").get("wells");
		if (wells == null || !wells.isArray() || wells.isEmpty()) {
			throw new UnreadableImageException(where + " lists no wells (\"wells\" is missing or empty)");
		}
		List<ImageLocation> fields = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		for (int w = 0; w < wells.size(); w++) {
			String wellPath = store.relativePath(wells.get(w).get("path"), where + ", well " + w);
			// Each entry must be a group of its own: a repeated one would be read again and again.
			once(listed, wellPath, where + " lists the well");
			ZarrGroup well = store.group(wellPath);
			if (well == null) {
				throw new UnreadableImageException(where + " lists well \"" + wellPath + "\", but the store has no " +
					store.name + "/" + wellPath + "/" + ZarrFormat.ZATTRS + " or " + ZarrFormat.ZARR_JSON +
					": the well is missing");
			}
			JsonNode images = well.attributes().path("well").get("images");
			if (images == null || !images.isArray()) {
				throw new UnreadableImageException("the well metadata in " + well.file() + " lists no fields " +
					"(\"well\".\"images\" is missing)");
			}
			Set<String> wellFields = new HashSet<>();
			for (int f = 0; f < images.size(); f++) {
				String fieldPath = store.relativePath(images.get(f).get("path"), "the well metadata in " + well
					.file() + ", image " + f);
				once(wellFields, fieldPath, "the well metadata in " + well.file() + " lists the image");
				String path = wellPath + "/" + fieldPath;
				fields.add(new ImageLocation(path, path, path));
			}
		}
		if (fields.isEmpty()) {
			throw new UnreadableImageException(where + " lists wells, but none of them lists a field (image)");
		}
		return fields;
	}

	/** Fails on a path listed twice. */
	private static void once(Set<String> listed, String path, String listing) throws UnreadableImageException {
		if (!listed.add(path)) {
			throw new UnreadableImageException(listing + " \"" + path + "\" more than once: list each once");
		}
	}

	/**
	 * The series of a bioformats2raw store: those {@code OME/} lists in its "series" attribute, else the numbered
	 * groups 0, 1, 2… (the layout's rule when "series" is absent).
	 */
	private static List<ImageLocation> bioformats2rawSeries(ZarrStore store, ZarrGroup root) throws IOException,
		UnreadableImageException
	{
		List<ImageLocation> series = new ArrayList<>();
		ZarrGroup ome = store.group("OME");
		JsonNode listed = ome == null ? null : ome.attributes().get("series");
		if (listed != null && listed.isArray()) {
			Set<String> paths = new HashSet<>();
			for (int s = 0; s < listed.size(); s++) {
				String path = store.relativePath(listed.get(s), "the series list in " + ome.file() + ", entry " + s);
				once(paths, path, "the series list in " + ome.file() + " lists the series");
				series.add(new ImageLocation(path, null, path));
			}
		}
		else {
			for (int s = 0; Files.isDirectory(store.resolve(String.valueOf(s))); s++) {
				series.add(new ImageLocation(String.valueOf(s), null, String.valueOf(s)));
			}
		}
		if (series.isEmpty()) {
			throw new UnreadableImageException(root.file() + " declares a bioformats2raw layout, but " + store.name +
				" holds no series: it has no group 0 and no " + OME_XML + ". Copy the whole store");
		}
		return series;
	}
}
