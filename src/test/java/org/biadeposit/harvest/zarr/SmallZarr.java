package org.biadeposit.harvest.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the JSON metadata of small OME-Zarr stores for tests (never a chunk: the readers never read one). */
public final class SmallZarr {

	/** Axes of a channel, y, x image, as NGFF 0.4 writes them. */
	public static final String CYX = "[{\"name\": \"c\", \"type\": \"channel\"}, {\"name\": \"y\", \"type\": \"space\", " +
		"\"unit\": \"micrometer\"}, {\"name\": \"x\", \"type\": \"space\", \"unit\": \"micrometer\"}]";

	private SmallZarr() {}

	/** The group attributes of an NGFF 0.4 image with one dataset "0". */
	public static String imageAttributes(String axes, String scale) {
		return "{\"multiscales\": [{\"version\": \"0.4\", \"name\": \"small\", \"axes\": " + axes + ", " +
			"\"datasets\": [{\"path\": \"0\", \"coordinateTransformations\": [{\"type\": \"scale\", \"scale\": " +
			scale + "}]}]}]}";
	}

	/** The Zarr v2 metadata of a uint8 array. */
	public static String arrayMetadata(String shape, String chunks) {
		return "{\"zarr_format\": 2, \"shape\": " + shape + ", \"chunks\": " + chunks + ", \"dtype\": \"|u1\", " +
			"\"compressor\": null, \"fill_value\": 0, \"order\": \"C\", \"filters\": null}";
	}

	/** A Zarr v2 store holding one c, y, x image of the given shape. */
	public static Path image(Path store, String shape, String chunks) throws IOException {
		write(store.resolve(".zgroup"), "{\"zarr_format\": 2}");
		write(store.resolve(".zattrs"), imageAttributes(CYX, "[1.0, 0.5, 0.5]"));
		write(store.resolve("0/.zarray"), arrayMetadata(shape, chunks));
		return store;
	}

	public static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}
}
