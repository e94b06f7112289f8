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
