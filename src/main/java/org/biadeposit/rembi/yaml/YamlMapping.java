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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping being read. Made from the node tree, it reports keys that are not single values, keys given
 * twice, and (when the known keys are given) keys it does not know, with the nearest known key as a suggestion.
 * Merge keys ({@code <<: *anchor}) are followed; keys written in the mapping itself win over merged ones.
 */
final class YamlMapping {

	/** Unknown keys this close to a known one (in edits) get it as a suggestion. */
	private static final int SUGGESTION_DISTANCE = 2;

	private final YamlSource source;
	private final String path;
	private final int line;
	private final Map<String, YamlValue> entries = new LinkedHashMap<>();
	/** The known keys that unknown keys of this mapping look like. */
	private Set<String> misspelt = Set.of();

	/**
	 * @param node the mapping, or null for an empty one
	 * @param known the keys this mapping may have, or null if its keys are names (titles) of the user's choosing
	 */
	YamlMapping(YamlSource source, MappingNode node, String path, int line, List<String> known) {
		this(source, node, path, line, known, Map.of());
	}

	/**
	 * @param node the mapping, or null for an empty one
	 * @param known the keys this mapping may have, or null if its keys are names (titles) of the user's choosing
	 * @param defaults for known keys whose absence means a default: what a misspelling of them would otherwise
	 *          silently give, e.g. license → "the licence was not set (it would otherwise default to CC0)"
	 */
	YamlMapping(YamlSource source, MappingNode node, String path, int line, List<String> known,
		Map<String, String> defaults)
	{
		this.source = source;
		this.path = path;
		this.line = line;
		if (node == null) return;
		Map<String, Integer> explicitLines = new LinkedHashMap<>();
		List<NodeTuple> merged = new ArrayList<>();
		for (NodeTuple t : node.getValue()) {
			Node k = t.getKeyNode();
			int keyLine = YamlSource.line(k);
			if (Tag.MERGE.equals(k.getTag())) {
				merged.addAll(mergedTuples(t.getValueNode(), keyLine));
				continue;
			}
			String key = keyOf(k, keyLine);
			if (key == null) continue;
			Integer first = explicitLines.putIfAbsent(key, keyLine);
			if (first != null) {
				source.error(keyLine, YamlSource.child(path, key), "\"" + key + "\" is given twice (first on line " +
					first + "); YAML keeps only the last one, so merge the two or rename one");
			}
			entries.put(key, new YamlValue(source, t.getValueNode(), YamlSource.child(path, key), key, keyLine));
		}
		for (NodeTuple t : merged) {
			int keyLine = YamlSource.line(t.getKeyNode());
			String key = keyOf(t.getKeyNode(), keyLine);
			if (key != null && !entries.containsKey(key)) {
				entries.put(key, new YamlValue(source, t.getValueNode(), YamlSource.child(path, key), key,
					keyLine));
			}
		}
		if (known != null) reportUnknown(known, defaults);
	}

	/** The value of a key; an absent key gives a value that is not given. */
	YamlValue get(String key) {
		YamlValue v = entries.get(key);
		return v != null ? v : new YamlValue(source, null, YamlSource.child(path, key), key, line);
	}

	/** The entries in file order: for a mapping of titles, each title with its value. */
	Map<String, YamlValue> entries() {
		return entries;
	}

	/**
	 * The value of one of two keys that mean the same; both given is an error at the second.
	 *
	 * @param meaning what the two keys give, for the message
	 */
	YamlValue either(String key, String other, String meaning) {
		YamlValue a = get(key);
		YamlValue b = get(other);
		if (a.isGiven() && b.isGiven()) {
			b.error("both " + key + " (line " + a.line() + ") and " + other + " are given; they mean the same (" +
				meaning + "), so keep only one of them");
		}
		return b.isGiven() ? b : a;
	}

	private String keyOf(Node k, int keyLine) {
		if (k instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
			String key = s.getValue().strip();
			if (key.length() <= DepositYaml.MAX_VALUE_CHARS) return key;
			source.error(keyLine, path, "a key here is " + key.length() + " characters long; a key must be a " +
				"name, such as \"title\", of at most " + DepositYaml.MAX_VALUE_CHARS + " characters");
			return null;
		}
		source.error(keyLine, path, "a key here is " + (k instanceof ScalarNode ? "empty" : k instanceof MappingNode
			? "a mapping" : "a list") + "; a key must be a name, such as \"title\", followed by \":\"");
		return null;
	}

	private List<NodeTuple> mergedTuples(Node value, int keyLine) {
		List<NodeTuple> out = new ArrayList<>();
		if (value instanceof MappingNode m) {
			out.addAll(m.getValue());
		}
		else if (value instanceof SequenceNode s && s.getValue().stream().allMatch(MappingNode.class::isInstance)) {
			for (Node n : s.getValue()) out.addAll(((MappingNode) n).getValue());
		}
		else {
			source.error(keyLine, YamlSource.child(path, "<<"), "\"<<\" merges a mapping into this one; give it " +
				"an anchored mapping (\"<<: *name\") or a list of them");
		}
		return out;
	}

	/**
	 * Unknown keys far from every known key are ignored with a warning. One within a few edits of a known key is an
	 * error: its value was meant for that key, and ignoring it would lose it silently (or let a default stand in
	 * for it, such as the licence CC0).
	 */
	private void reportUnknown(List<String> known, Map<String, String> defaults) {
		Set<String> misspelt = new LinkedHashSet<>();
		for (Map.Entry<String, YamlValue> e : entries.entrySet()) {
			String key = e.getKey();
			if (known.contains(key)) continue;
			String suggestion = nearest(key, known);
			if (suggestion == null) {
				e.getValue().warning("\"" + key + "\" is not a key bia-deposit knows here, so it is ignored; the " +
					"keys here are " + String.join(", ", known));
				continue;
			}
			String consequence = defaults.get(suggestion);
			e.getValue().error("\"" + key + "\" is not a key bia-deposit knows here; did you mean \"" + suggestion +
				"\"? Its value was not read" + (consequence == null ? "" : ", so " + consequence) + ". Correct the " +
				"key");
			misspelt.add(suggestion);
		}
		this.misspelt = Set.copyOf(misspelt);
	}

	/** Whether an unknown key of this mapping looks like one of these known keys (and is reported as an error). */
	boolean misspells(String... keys) {
		for (String k : keys) {
			if (misspelt.contains(k)) return true;
		}
		return false;
	}

	/** The known key closest to {@code key}, if it is within {@link #SUGGESTION_DISTANCE} edits. */
	static String nearest(String key, List<String> known) {
		String best = null;
		int bestDistance = SUGGESTION_DISTANCE + 1;
		for (String k : known) {
			int d = distance(key.toLowerCase(), k);
			// "biosample_id" where "biosample" is meant: the bia-agent key in the place of ours.
			if (key.endsWith("_id") && key.substring(0, key.length() - 3).equals(k)) d = 1;
			if (d < bestDistance) {
				best = k;
				bestDistance = d;
			}
		}
		return best;
	}

	/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
	static int distance(String a, String b) {
		return org.biadeposit.rembi.Spelling.distance(a, b);
	}
}
