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
