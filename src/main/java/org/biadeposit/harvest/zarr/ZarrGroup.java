package org.biadeposit.harvest.zarr;

import com.fasterxml.jackson.databind.JsonNode;

/** One Zarr group's NGFF attributes (under "ome" in NGFF 0.5) and the file they came from, as messages name it. */
record ZarrGroup(String file, JsonNode attributes) {}
