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

/**
 * The scale among a list of NGFF coordinate transformations (NGFF 0.4 and later): one factor per axis, the pixel
 * size or time step. Translations do not change pixel sizes and are not read.
 */
final class ScaleTransform {

	private ScaleTransform() {}

	/**
	 * The scale of a list of coordinate transformations, or null when it has none (NGFF before 0.4, or a scale kept in
	 * a binary array by "path", which this reader does not open).
	 */
	static double[] read(JsonNode transformations, int axes, String where) throws UnreadableImageException {
		if (transformations == null || !transformations.isArray()) return null;
		for (JsonNode t : transformations) {
			if (!"scale".equals(t.path("type").asText())) continue;
			JsonNode values = t.get("scale");
			if (values == null || !values.isArray()) return null;
			if (values.size() != axes) {
				throw new UnreadableImageException(where + " has a scale of " + values.size() + " values for " + axes +
					" axes: it needs one value per axis");
			}
			double[] scale = new double[axes];
			for (int a = 0; a < axes; a++) {
				if (!values.get(a).isNumber()) {
					throw new UnreadableImageException(where + " has a non-numeric scale value (" + values.get(a) +
						") for axis " + a);
				}
				scale[a] = values.get(a).asDouble();
			}
			return scale;
		}
		return null;
	}

	/** The dataset scale times the multiscale-level scale (NGFF 0.4: the latter applies to every dataset). */
	static double[] product(double[] dataset, double[] multiscale) {
		if (dataset == null) return multiscale;
		if (multiscale == null) return dataset;
		double[] product = new double[dataset.length];
		for (int a = 0; a < product.length; a++) product[a] = dataset[a] * multiscale[a];
		return product;
	}

	/** A scale factor that can be a pixel size or time step: positive and finite. */
	static double positive(double value, Axis axis, String where) throws UnreadableImageException {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new UnreadableImageException(where + " gives axis \"" + axis.name() + "\" the scale " + value +
				"; a pixel size or time step must be a positive number");
		}
		return value;
	}
}
