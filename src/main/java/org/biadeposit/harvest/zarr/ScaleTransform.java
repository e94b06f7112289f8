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
