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
