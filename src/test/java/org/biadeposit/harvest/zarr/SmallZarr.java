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
