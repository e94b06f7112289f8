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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.biadeposit.harvest.UnreadableImageException;

import com.fasterxml.jackson.databind.JsonNode;

/** One axis of a multiscales image; type and unit are null where the NGFF version has none. */
record Axis(String name, String type, String unit) {

	/** NGFF 0.1 and 0.2 images have no axes metadata: they are always 5D, in this order. */
	static final List<Axis> IMPLICIT = List.of(new Axis("t", "time", null), new Axis("c", "channel", null),
		new Axis("z", "space", null), new Axis("y", "space", null), new Axis("x", "space", null));

	/** The axes (names only in NGFF 0.3, objects from 0.4), or null when there are none (NGFF 0.1, 0.2). */
	static List<Axis> list(JsonNode axes, String where) throws UnreadableImageException {
		if (axes == null || axes.isNull()) return null;
		if (!axes.isArray() || axes.isEmpty()) {
			throw new UnreadableImageException(where + " has an empty or malformed \"axes\" list");
		}
		List<Axis> list = new ArrayList<>();
		for (int a = 0; a < axes.size(); a++) {
			JsonNode axis = axes.get(a);
			String name = axis.isTextual() ? axis.asText() : ZarrJson.text(axis.get("name"));
			if (name == null) {
				throw new UnreadableImageException(where + " gives axis " + a + " no \"name\"");
			}
			list.add(new Axis(name, ZarrJson.text(axis.get("type")), ZarrJson.text(axis.get("unit"))));
		}
		return list;
	}

	/** The OME dimension of this axis ('x', 'y', 'z', 'c' or 't'), or 0 for an axis OME has no place for. */
	char dimension() {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.length() == 1 && "xyzct".contains(n)) return n.charAt(0);
		if ("channel".equals(type)) return 'c';
		if ("time".equals(type)) return 't';
		return 0;
	}
}
