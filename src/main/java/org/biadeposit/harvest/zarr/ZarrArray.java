package org.biadeposit.harvest.zarr;

import org.biadeposit.harvest.UnreadableImageException;

import com.fasterxml.jackson.databind.JsonNode;

import ome.xml.model.enums.PixelType;

/**
 * The metadata of one Zarr array: its shape and its pixel type (null when OME has no matching type).
 *
 * @param file the array's metadata file, as messages name it
 */
record ZarrArray(String file, long[] shape, PixelType pixelType) {

	/** The "shape" of array metadata: one whole number per dimension. */
	static long[] shape(JsonNode array, String file) throws UnreadableImageException {
		JsonNode shape = array.get("shape");
		if (shape == null || !shape.isArray()) {
			throw new UnreadableImageException(file + " has no \"shape\": the array's dimensions are unknown");
		}
		long[] lengths = new long[shape.size()];
		for (int d = 0; d < lengths.length; d++) {
			if (!shape.get(d).canConvertToLong()) {
				throw new UnreadableImageException(file + " has a \"shape\" with a non-integer length (" + shape.get(
					d) + ") at dimension " + d);
			}
			lengths[d] = shape.get(d).asLong();
		}
		return lengths;
	}
}
