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
package org.biadeposit.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON shapes the sandbox answers with, as BioStudies writes them. */
final class Json {

	static final ObjectMapper MAPPER = new ObjectMapper();

	private Json() {}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	/**
	 * A BioStudies "ValidationTree": {@code {"status":"FAIL","log":{"level":"ERROR","message":...,"subnodes":[...]}}},
	 * one sub-node per detail.
	 */
	static ObjectNode validationTree(String message, List<String> details) {
		ObjectNode tree = object();
		tree.put("status", "FAIL");
		ObjectNode log = tree.putObject("log");
		log.put("level", "ERROR");
		log.put("message", message);
		ArrayNode subnodes = log.putArray("subnodes");
		for (String d : details) {
			ObjectNode node = subnodes.addObject();
			node.put("level", "ERROR");
			node.put("message", d);
			node.putArray("subnodes");
		}
		return tree;
	}

	/** The body of Spring Security's errors: {@code {"message": ...}}. */
	static ObjectNode message(String message) {
		ObjectNode node = object();
		node.put("message", message);
		return node;
	}

	/** The text of a field, or null when it is missing, null or not a scalar. */
	static String text(JsonNode node, String field) {
		if (node == null || !node.isObject()) return null;
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainerNode()) return null;
		return value.asText();
	}
}
