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
package org.biadeposit.example;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes an OME-Zarr image (c, z, y, x) with two resolution levels: NGFF 0.4 on Zarr v2 ({@code .zgroup},
 * {@code .zattrs}, {@code .zarray}, "/"-separated chunk keys) or NGFF 0.5 on Zarr v3 ({@code zarr.json} with the
 * {@code ome} attributes, default chunk keys {@code c/…}). Chunks are uncompressed, one plane each.
 */
final class ZarrWriter {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ZarrWriter() {}

	/** Writes the store at {@code store} (a folder named {@code ….ome.zarr}); {@code version} "0.4" or "0.5". */
	static void write(Path store, String version, SetUp s, String name, int sizeX, int sizeY, int sizeZ,
		TiffWriter.Planes pixels) throws IOException
	{
		boolean v3 = version.equals("0.5");
		int sizeC = s.channels().size();
		List<Object> datasets = new ArrayList<>();
		for (int level = 0; level < 2; level++) {
			double f = 1 << level;
			datasets.add(map("path", Integer.toString(level), "coordinateTransformations", List.of(map("type", "scale",
				"scale", List.of(1.0, s.zStep(), s.pixelSize() * f, s.pixelSize() * f)))));
		}
		List<Object> axes = List.of(map("name", "c", "type", "channel"), map("name", "z", "type", "space", "unit",
			"micrometer"), map("name", "y", "type", "space", "unit", "micrometer"), map("name", "x", "type", "space",
				"unit", "micrometer"));
		Map<String, Object> multiscale = map("name", name, "axes", axes, "datasets", datasets, "type", "mean");
		if (!v3) multiscale.put("version", version);
		List<Object> channels = new ArrayList<>();
		int max = s.bitsPerPixel() == 8 ? 255 : 65535;
		for (SetUp.Channel c : s.channels()) {
			channels.add(map("label", c.name(), "color", c.color(), "active", true, "window", map("start", 0, "end", max,
				"min", 0, "max", max)));
		}
		Map<String, Object> ome = map("multiscales", List.of(multiscale), "omero", map("name", name, "channels",
			channels));
		Files.createDirectories(store);
		if (v3) {
			ome.put("version", version);
			json(store.resolve("zarr.json"), map("zarr_format", 3, "node_type", "group", "attributes", map("ome",
				ome)));
		}
		else {
			json(store.resolve(".zgroup"), map("zarr_format", 2));
			json(store.resolve(".zattrs"), ome);
		}
		int bytes = s.bitsPerPixel() / 8;
		for (int level = 0; level < 2; level++) {
			int w = Math.max(1, sizeX >> level), h = Math.max(1, sizeY >> level);
			Path array = Files.createDirectories(store.resolve(Integer.toString(level)));
			List<Integer> shape = List.of(sizeC, sizeZ, h, w), chunks = List.of(1, 1, h, w);
			if (v3) {
				json(array.resolve("zarr.json"), map("zarr_format", 3, "node_type", "array", "shape", shape, "data_type",
					bytes == 1 ? "uint8" : "uint16", "chunk_grid", map("name", "regular", "configuration", map(
						"chunk_shape", chunks)), "chunk_key_encoding", map("name", "default", "configuration", map(
							"separator", "/")), "fill_value", 0, "codecs", List.of(map("name", "bytes", "configuration",
								map("endian", "little"))), "dimension_names", List.of("c", "z", "y", "x")));
			}
			else {
				json(array.resolve(".zarray"), map("zarr_format", 2, "shape", shape, "chunks", chunks, "dtype", bytes == 1
					? "|u1" : "<u2", "compressor", null, "fill_value", 0, "order", "C", "filters", null,
					"dimension_separator", "/"));
			}
			ByteBuffer full = ByteBuffer.allocate(sizeX * sizeY * bytes).order(ByteOrder.LITTLE_ENDIAN);
			ByteBuffer chunk = ByteBuffer.allocate(w * h * bytes).order(ByteOrder.LITTLE_ENDIAN);
			for (int c = 0; c < sizeC; c++) {
				for (int z = 0; z < sizeZ; z++) {
					full.clear();
					pixels.fill(c * sizeZ + z, full);
					chunk.clear();
					int step = 1 << level;
					for (int y = 0; y < h; y++) {
						for (int x = 0; x < w; x++) {
							int at = ((y * step) * sizeX + x * step) * bytes;
							if (bytes == 1) chunk.put(full.get(at));
							else chunk.putShort(full.getShort(at));
						}
					}
					Path key = v3 ? array.resolve("c").resolve(Integer.toString(c)) : array.resolve(Integer.toString(c));
					key = key.resolve(Integer.toString(z)).resolve("0");
					Files.createDirectories(key);
					Files.write(key.resolve("0"), chunk.array());
				}
			}
		}
	}

	private static void json(Path file, Object value) throws IOException {
		JSON.writeValue(file.toFile(), value);
	}

	/** An ordered map from alternating keys and values. */
	static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
		return m;
	}
}
