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
package org.biadeposit.rembi.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a YAML file with its key path and the line a person would look at (the key's line for an entry,
 * the item's line for a list item). Reading it as the wrong kind reports an error and gives "not given" (null,
 * empty), so reading goes on and every problem is found in one pass.
 *
 * <p>
 * Values are read from the text as written (so {@code year: 2020} is "2020" and {@code orcid: 0000-0002-…} stays as
 * it is), stripped of surrounding white space. A YAML null ({@code title:} with nothing), {@code ~} and a blank
 * string all mean "not given".
 */
final class YamlValue {

	private final YamlSource source;
	private final Node node;
	private final String path;
	/** The key this value stands under (for a list item, the list's key), for messages. */
	private final String key;
	private final int line;

	YamlValue(YamlSource source, Node node, String path, String key, int line) {
		this.source = source;
		this.node = node;
		this.path = path;
		this.key = key;
		this.line = line;
	}

	String path() {
		return path;
	}

	int line() {
		return line;
	}

	/** Whether a value is there: present, not a YAML null and not blank. */
	boolean isGiven() {
		if (node == null) return false;
		if (node instanceof ScalarNode s) return !Tag.NULL.equals(s.getTag()) && !s.getValue().isBlank();
		return true;
	}

	boolean isList() {
		return node instanceof SequenceNode;
	}

	boolean isMapping() {
		return node instanceof MappingNode;
	}

	void error(String message) {
		source.error(line, path, message);
	}

	void warning(String message) {
		source.warning(line, path, message);
	}

	/** The value as text, or null if not given or not a single value (an error). */
	String text() {
		if (!isGiven()) return null;
		if (node instanceof ScalarNode s) return withinLimit(s.getValue().strip());
		error("is " + kind() + ", but a single value is needed here; write one value after \"" + (isItem() ? "- "
			: key + ": ") + "\" (for text on several lines, write \"|\" there and indent the lines below it)");
		return null;
	}

	/** The text, or null (and an error) if it is longer than deposit.yaml takes. */
	private String withinLimit(String text) {
		if (text.length() <= DepositYaml.MAX_VALUE_CHARS) return text;
		error("is " + String.format(Locale.ROOT, "%,d", text.length()) + " characters long, but deposit.yaml takes " +
			"values of at most " + String.format(Locale.ROOT, "%,d", DepositYaml.MAX_VALUE_CHARS) + " characters; " +
			"shorten it, or keep such a long text in a file of the dataset");
		return null;
	}

	/** A single value as a one-item list, or the items of a list of single values. */
	List<String> texts() {
		List<String> out = new ArrayList<>();
		if (!isGiven()) return out;
		if (node instanceof ScalarNode) {
			out.add(text());
			return out;
		}
		if (!(node instanceof SequenceNode)) {
			error("is a mapping, but a value or a list of values is needed here; write one value, or one per line " +
				"each starting with \"- \"");
			return out;
		}
		for (YamlValue item : items()) {
			String t = item.text();
			if (t != null) out.add(t);
		}
		return out;
	}

	/** A single value, or the items of a list of single values joined with {@code separator}. */
	String joinedText(String separator) {
		List<String> all = texts();
		return all.isEmpty() ? null : String.join(separator, all);
	}

	/** The items of a list; an absent or null value is an empty list, any other kind an error. */
	List<YamlValue> items() {
		List<YamlValue> out = new ArrayList<>();
		if (!isGiven()) return out;
		if (!(node instanceof SequenceNode seq)) {
			error("is " + kind() + ", but a list is needed here; write each item on its own line starting with " +
				"\"- \", indented under \"" + key + ":\"");
			return out;
		}
		List<Node> values = seq.getValue();
		for (int i = 0; i < values.size(); i++) {
			Node v = values.get(i);
			out.add(new YamlValue(source, v, YamlSource.item(path, i), key, YamlSource.line(v)));
		}
		return out;
	}

	/**
	 * The value as a mapping whose keys are {@code known} (others are reported as unknown), or, if {@code known}
	 * is null, a mapping whose keys are names (titles). An absent or null value is an empty mapping; any other kind
	 * is an error and an empty mapping.
	 */
	YamlMapping mapping(List<String> known) {
		return mapping(known, Map.of());
	}

	/**
	 * As {@link #mapping(List)}, for a mapping where some keys have defaults.
	 *
	 * @param defaults see {@link YamlMapping#YamlMapping(YamlSource, MappingNode, String, int, List, Map)}
	 */
	YamlMapping mapping(List<String> known, Map<String, String> defaults) {
		if (node instanceof MappingNode m) return new YamlMapping(source, m, path, line, known, defaults);
		if (isGiven()) {
			error("is " + kind() + ", but a mapping is needed here; write \"key: value\" lines " + (isItem()
				? "after \"- \"" : "indented under \"" + key + ":\"" + (isList() ? ", without \"- \" in front" : "")));
		}
		return new YamlMapping(source, null, path, line, known);
	}

	/** "a mapping", "a list" or "a single value", for messages. */
	String kind() {
		if (node instanceof MappingNode) return "a mapping";
		if (node instanceof SequenceNode) return "a list";
		return "a single value";
	}

	/** Whether this is an item of a list rather than the value of a key. */
	private boolean isItem() {
		return path.endsWith("]");
	}
}
