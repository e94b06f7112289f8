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
package org.biadeposit.biostudies;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A file or folder in the user folder on the server.
 *
 * @param path the path from the user folder's root, {@code /}-separated, e.g. {@code assayA/emb01.tif}
 * @param size in bytes (as the server reports it; 0 or more for folders)
 */
public record UserFile(String path, long size, boolean directory) {

	/** The last part of the path. */
	public String name() {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * The entries of a folder listing ({@code GET /files/user/{path}}: a JSON array of {@code {name, size, type}}),
	 * read one at a time so that a long listing never becomes a tree in memory; null when the answer is not an array.
	 *
	 * @param folder the folder listed, from the user folder's root
	 */
	static List<UserFile> listed(JsonParser p, String folder) throws IOException {
		if (p.nextToken() != JsonToken.START_ARRAY) return null;
		List<UserFile> files = new ArrayList<>();
		for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY;) {
			if (t == null) throw new JsonParseException(p, "no end");
			if (t != JsonToken.START_OBJECT) {
				p.skipChildren();
				continue;
			}
			JsonNode f = JSON.readTree(p);
			String name = f.path("name").asText("");
			if (name.isEmpty()) continue;
			files.add(new UserFile(folder.isEmpty() ? name : folder + "/" + name, f.path("size").asLong(0), f.path(
				"type").asText("FILE").equalsIgnoreCase("DIR")));
		}
		return files;
	}
}
