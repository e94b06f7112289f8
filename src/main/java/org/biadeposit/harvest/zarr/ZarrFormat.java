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
 * The two Zarr formats an OME-Zarr store is written in, and what each keeps where: Zarr v3 (NGFF 0.5) has one
 * {@code zarr.json} per group or array, with the NGFF metadata under {@code attributes.ome}; Zarr v2 (NGFF 0.1 to
 * 0.4) has a group's attributes in {@code .zattrs} and an array's metadata in {@code .zarray}. Where a folder has
 * both, v3 wins (the order of the constants).
 */
enum ZarrFormat {

	V3(ZarrFormat.ZARR_JSON, ZarrFormat.ZARR_JSON) {

		@Override
		JsonNode ngffAttributes(JsonNode groupMetadata) {
			return ZarrFormat.ngff(groupMetadata.path("attributes"));
		}

		@Override
		ZarrArray array(JsonNode metadata, String file) throws UnreadableImageException {
			if (!"array".equals(metadata.path("node_type").asText())) {
				throw new UnreadableImageException(file + " is not array metadata (its \"node_type\" is \"" + metadata
					.path("node_type").asText() + "\", expected \"array\"): the multiscales dataset path must name " +
					"the full-resolution array");
			}
			JsonNode dataType = metadata.path("data_type");
			if (dataType.isObject()) dataType = dataType.path("name");
			return new ZarrArray(file, ZarrArray.shape(metadata, file), DataTypes.ofZarr3(dataType.asText()));
		}
	},

	V2(ZarrFormat.ZATTRS, ZarrFormat.ZARRAY) {

		@Override
		JsonNode ngffAttributes(JsonNode groupMetadata) {
			return ZarrFormat.ngff(groupMetadata);
		}

		@Override
		ZarrArray array(JsonNode metadata, String file) throws UnreadableImageException {
			return new ZarrArray(file, ZarrArray.shape(metadata, file), DataTypes.ofNumpy(metadata.path("dtype")
				.asText()));
		}
	};

	static final String ZARR_JSON = "zarr.json";
	static final String ZATTRS = ".zattrs";
	static final String ZARRAY = ".zarray";

	/** The file of a group's metadata, and of an array's. */
	final String groupFile, arrayFile;

	ZarrFormat(String groupFile, String arrayFile) {
		this.groupFile = groupFile;
		this.arrayFile = arrayFile;
	}

	/** The NGFF attributes in a group's metadata file (an empty object when there are none). */
	abstract JsonNode ngffAttributes(JsonNode groupMetadata);

	/** The array an array metadata file describes. */
	abstract ZarrArray array(JsonNode metadata, String file) throws UnreadableImageException;

	/** NGFF 0.5 keeps its metadata under "ome"; earlier versions at the top of the attributes. */
	private static JsonNode ngff(JsonNode attributes) {
		JsonNode ome = attributes.get("ome");
		if (ome != null && ome.isObject()) return ome;
		return attributes.isObject() ? attributes : ZarrJson.JSON.createObjectNode();
	}
}
