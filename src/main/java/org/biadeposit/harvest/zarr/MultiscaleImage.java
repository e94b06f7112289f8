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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.UnreadableImageException;

import com.fasterxml.jackson.databind.JsonNode;

import ome.units.quantity.Length;
import ome.units.quantity.Time;
import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.model.enums.DimensionOrder;
import ome.xml.model.enums.PixelType;
import ome.xml.model.primitives.PositiveInteger;

/**
 * The full-resolution level of one multiscales image, as OME needs it: sizes and pixel type (null without array
 * metadata), physical sizes and time increment (null where the metadata gives no scale or no unit) and channel names
 * from the "omero" rendering metadata.
 */
record MultiscaleImage(String name, Map<Character, Integer> sizes, PixelType pixelType, Length physicalX,
	Length physicalY, Length physicalZ, Time timeIncrement, List<String> channelNames)
{

	/** More channels than this in one image are refused: each becomes an entry of the deposition. */
	static final int MAX_CHANNELS = 100_000;

	static MultiscaleImage read(ZarrStore store, ImageLocation at) throws IOException, UnreadableImageException {
		ZarrGroup group = store.group(at.path());
		if (group == null) {
			throw new UnreadableImageException(store.name + "/" + at.path() + " is listed as an image but has no " +
				ZarrFormat.ZATTRS + " or " + ZarrFormat.ZARR_JSON + ": the image group is missing from the store");
		}
		String where = "the multiscales metadata in " + group.file();
		JsonNode list = group.attributes().get("multiscales");
		if (list == null) {
			throw new UnreadableImageException(group.file() + " has no multiscales metadata: the group \"" + at
				.path() + "\" is not an image");
		}
		if (!list.isArray() || list.isEmpty()) {
			throw new UnreadableImageException(where + " is empty: it lists no image");
		}
		JsonNode multiscale = list.get(0);
		JsonNode datasets = multiscale.get("datasets");
		if (datasets == null || !datasets.isArray() || datasets.isEmpty()) {
			throw new UnreadableImageException(where + " lists no datasets (\"datasets\" is missing or empty); " +
				"it must list at least the full-resolution array");
		}
		JsonNode fullResolution = datasets.get(0);
		String datasetPath = store.relativePath(fullResolution.get("path"), where + ", dataset 0");
		ZarrArray array = store.array(at.path().isEmpty() ? datasetPath : at.path() + "/" + datasetPath);

		List<Axis> axes = Axis.list(multiscale.get("axes"), where);
		if (axes == null) {
			if (array != null && array.shape().length != 5) {
				throw new UnreadableImageException(where + " names no axes, so the image must be 5D (t, c, z, y, " +
					"x as in NGFF 0.1 and 0.2), but " + array.file() + " has a " + array.shape().length + "D shape. " +
					"Add \"axes\" (NGFF 0.4) to the multiscales metadata");
			}
			axes = Axis.IMPLICIT;
		}
		else if (array != null && array.shape().length != axes.size()) {
			throw new UnreadableImageException(where + " lists " + axes.size() + " axes but " + array.file() +
				" has a " + array.shape().length + "D shape: the axes must name every dimension of the array");
		}

		double[] scale = ScaleTransform.product(ScaleTransform.read(fullResolution.get("coordinateTransformations"),
			axes.size(), where + ", dataset 0"), ScaleTransform.read(multiscale.get("coordinateTransformations"), axes
				.size(), where));

		Map<Character, Integer> sizes = null;
		if (array != null) {
			sizes = new HashMap<>(Map.of('x', 1, 'y', 1, 'z', 1, 'c', 1, 't', 1));
		}
		Map<Character, Length> lengths = new HashMap<>();
		Time timeIncrement = null;
		StringBuilder seen = new StringBuilder();
		for (int a = 0; a < axes.size(); a++) {
			Axis axis = axes.get(a);
			char dimension = axis.dimension();
			// Axes OME has no place for (NGFF allows custom ones, such as an angle) are left out of the description.
			if (dimension == 0) continue;
			if (seen.indexOf(String.valueOf(dimension)) >= 0) {
				throw new UnreadableImageException(where + " has two axes for dimension " + dimension + " (axis \"" +
					axis.name() + "\" repeats it)");
			}
			seen.append(dimension);
			if (array != null) sizes.put(dimension, length(array, a, axis));
			// A space or time axis without a unit has no physical size: NGFF defines no default unit, and a guessed
			// one would put a wrong number into the deposition.
			if (scale == null || axis.unit() == null) continue;
			if (dimension == 't') {
				timeIncrement = new Time(ScaleTransform.positive(scale[a], axis, where), NgffUnits.time(axis, where));
			}
			else if (dimension != 'c') {
				lengths.put(dimension, new Length(ScaleTransform.positive(scale[a], axis, where), NgffUnits.length(axis,
					where)));
			}
		}

		List<String> channelNames = channelNames(group.attributes());
		int channels = sizes != null ? sizes.get('c') : channelNames.size();
		if (channels > MAX_CHANNELS) {
			throw new UnreadableImageException((sizes != null ? array.file() + " gives the channel axis the length "
				: group.file() + " lists ") + channels + " channels; bia-deposit describes at most " + MAX_CHANNELS +
				" channels per image (each becomes an entry of the deposition). Check the array's shape and axes");
		}
		String name = at.fixedName();
		if (name == null) name = ZarrJson.text(multiscale.get("name"));
		if (name == null) name = at.defaultName();
		return new MultiscaleImage(name, sizes, array == null ? null : array.pixelType(), lengths.get('x'), lengths
			.get('y'), lengths.get('z'), timeIncrement, channelNames);
	}

	/** Writes this image as Image {@code image} of the metadata. */
	void describe(OMEXMLMetadataImpl meta, int image) {
		meta.setImageID("Image:" + image, image);
		meta.setImageName(name, image);
		meta.setPixelsID("Pixels:" + image, image);
		// Any valid order: the pixels are not read through this metadata.
		meta.setPixelsDimensionOrder(DimensionOrder.XYZCT, image);
		if (sizes != null) {
			meta.setPixelsSizeX(new PositiveInteger(sizes.get('x')), image);
			meta.setPixelsSizeY(new PositiveInteger(sizes.get('y')), image);
			meta.setPixelsSizeZ(new PositiveInteger(sizes.get('z')), image);
			meta.setPixelsSizeC(new PositiveInteger(sizes.get('c')), image);
			meta.setPixelsSizeT(new PositiveInteger(sizes.get('t')), image);
		}
		if (pixelType != null) meta.setPixelsType(pixelType, image);
		if (physicalX != null) meta.setPixelsPhysicalSizeX(physicalX, image);
		if (physicalY != null) meta.setPixelsPhysicalSizeY(physicalY, image);
		if (physicalZ != null) meta.setPixelsPhysicalSizeZ(physicalZ, image);
		if (timeIncrement != null) meta.setPixelsTimeIncrement(timeIncrement, image);
		// Channels must add up to SizeC: with a known c axis there are exactly that many, named by "omero" only when
		// it lists as many; without array metadata the "omero" channels are all there is to go by.
		Integer sizeC = sizes == null ? null : sizes.get('c');
		int channels = sizeC != null ? sizeC : channelNames.size();
		boolean named = channelNames.size() == channels;
		for (int c = 0; c < channels; c++) {
			meta.setChannelID("Channel:" + image + ":" + c, image, c);
			meta.setChannelSamplesPerPixel(new PositiveInteger(1), image, c);
			if (named && channelNames.get(c) != null) meta.setChannelName(channelNames.get(c), image, c);
		}
	}

	/** Sets the physical sizes and time increment that Image {@code image} of the metadata lacks. */
	void fillMissingPhysicalSizes(OMEXMLMetadataImpl meta, int image) {
		if (meta.getPixelsPhysicalSizeX(image) == null && physicalX != null) meta.setPixelsPhysicalSizeX(physicalX,
			image);
		if (meta.getPixelsPhysicalSizeY(image) == null && physicalY != null) meta.setPixelsPhysicalSizeY(physicalY,
			image);
		if (meta.getPixelsPhysicalSizeZ(image) == null && physicalZ != null) meta.setPixelsPhysicalSizeZ(physicalZ,
			image);
		if (meta.getPixelsTimeIncrement(image) == null && timeIncrement != null) meta.setPixelsTimeIncrement(
			timeIncrement, image);
	}

	private static int length(ZarrArray array, int dimension, Axis axis) throws UnreadableImageException {
		long length = array.shape()[dimension];
		if (length < 1 || length > Integer.MAX_VALUE) {
			throw new UnreadableImageException(array.file() + " gives axis \"" + axis.name() + "\" the length " +
				length + ", which no image can have (from 1 to " + Integer.MAX_VALUE + ")");
		}
		return (int) length;
	}

	/** The "omero" channel labels, in order (null for a channel without a label); empty without "omero". */
	private static List<String> channelNames(JsonNode attributes) {
		List<String> names = new ArrayList<>();
		JsonNode channels = attributes.path("omero").path("channels");
		if (channels.isArray()) {
			for (JsonNode channel : channels) names.add(ZarrJson.text(channel.get("label")));
		}
		return names;
	}
}
