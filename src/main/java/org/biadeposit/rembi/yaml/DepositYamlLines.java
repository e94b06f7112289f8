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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The line of every key in deposit.yaml, so that a problem found after reading (by the validator, by the build)
 * points at the line it is about: {@code deposit.yaml:12 study.license}. A key that the file does not have (a value
 * that is absent) is placed at the line of the nearest key above it in the path that the file has, its parent, or at
 * line 1 when not even its section is there.
 */
public final class DepositYamlLines {

	/** The keys that mean the same in deposit.yaml, as the reader takes them. */
	private static final Map<String, String> SAME = Map.of("license", "licence", "licence", "license",
		"organisations", "organizations", "organizations", "organisations", "affiliations", "affiliation",
		"affiliation", "affiliations", "roles", "role", "role", "roles", "study_component", "associations");

	private final String config;
	private final Map<List<String>, Integer> lines;

	private DepositYamlLines(String config, Map<List<String>, Integer> lines) {
		this.config = config;
		this.lines = lines;
	}

	/**
	 * The key lines of a deposit.yaml; none (every line 0) if it is not given, cannot be read or is not YAML, as for a
	 * deposition made in memory.
	 *
	 * @param yaml the file, or null; places name it by its file name
	 * @param orName the name places give when there is no file
	 */
	public static DepositYamlLines of(Path yaml, String orName) {
		Path fileName = yaml == null ? null : yaml.getFileName();
		String name = fileName == null ? orName : fileName.toString();
		if (yaml == null || !Files.isRegularFile(yaml)) return new DepositYamlLines(name, null);
		YamlSource quiet = new YamlSource(name);
		Node root = YamlDocument.parse(yaml, quiet);
		if (quiet.hasErrors()) return new DepositYamlLines(name, null);
		Map<List<String>, Integer> lines = new HashMap<>();
		if (root != null) walk(root, new ArrayList<>(), lines);
		return new DepositYamlLines(name, lines);
	}

	/** The name the file goes by in places: {@code deposit.yaml}. */
	public String config() {
		return config;
	}

	/**
	 * The line of a key path, or that of the nearest key above it that the file has (1 if none); 0 when the file
	 * was not read.
	 */
	public int line(List<String> keys) {
		if (lines == null) return 0;
		// a component's one association row is written as its own keys: study_component.cells.biosample
		int row = keys.indexOf("associations");
		if (row > 0 && row + 1 < keys.size() && Place.isItem(keys.get(row + 1)) && find(keys) == null) {
			List<String> own = new ArrayList<>(keys.subList(0, row));
			own.addAll(keys.subList(row + 2, keys.size()));
			if (find(own) != null) return find(own);
		}
		for (int n = keys.size(); n > 0; n--) {
			Integer line = find(keys.subList(0, n));
			if (line != null) return line;
		}
		return 1;
	}

	/** The place of a key path: {@code deposit.yaml:12 study.license}. */
	public Place place(List<String> keys) {
		return Place.yaml(config, line(keys), keys);
	}

	/** A key path, as a person writes it: {@code study.authors[2].orcid}; see {@link Place#keys(String)}. */
	public Place place(String keyPath) {
		return place(Place.keys(keyPath));
	}

	/**
	 * The problem placed at its line, if it is about a key of deposit.yaml whose line was not known where it was
	 * found (while building the deposition); any other problem as it is.
	 */
	public Problem placed(Problem p) {
		if (lines == null || !(p.place() instanceof Place.ConfigKey k) || k.line() > 0 || k.keys().isEmpty()) return p;
		return new Problem(p.severity(), place(k.keys()), p.message());
	}

	/** Each problem {@link #placed(Problem) placed}, in the same order. */
	public List<Problem> placed(List<Problem> problems) {
		return problems.stream().map(this::placed).toList();
	}

	private Integer find(List<String> keys) {
		Integer line = lines.get(keys);
		if (line != null) return line;
		// the same key in its other spelling (licence for license), one key at a time
		for (int i = 0; i < keys.size(); i++) {
			String other = SAME.get(keys.get(i));
			if (other == null) continue;
			List<String> spelt = new ArrayList<>(keys);
			spelt.set(i, other);
			line = lines.get(spelt);
			if (line != null) return line;
		}
		return null;
	}

	/** A deposit.yaml is a few levels deep; deeper (or an alias that includes itself) is not followed. */
	private static final int MAX_DEPTH = 32;
	/** Aliases can repeat a mapping many times over; keys beyond these are not indexed. */
	private static final int MAX_KEYS = 100_000;

	private static void walk(Node node, List<String> path, Map<List<String>, Integer> lines) {
		if (path.size() >= MAX_DEPTH || lines.size() >= MAX_KEYS) return;
		if (node instanceof MappingNode m) {
			for (NodeTuple t : m.getValue()) {
				if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
				path.add(k.getValue().strip());
				lines.putIfAbsent(List.copyOf(path), YamlSource.line(k));
				walk(t.getValueNode(), path, lines);
				path.remove(path.size() - 1);
			}
		}
		else if (node instanceof SequenceNode s) {
			List<Node> items = s.getValue();
			for (int i = 0; i < items.size(); i++) {
				path.add("[" + (i + 1) + "]");
				lines.putIfAbsent(List.copyOf(path), YamlSource.line(items.get(i)));
				walk(items.get(i), path, lines);
				path.remove(path.size() - 1);
			}
		}
	}
}
