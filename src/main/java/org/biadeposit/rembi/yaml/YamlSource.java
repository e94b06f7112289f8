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
import java.util.Map;

import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A YAML file being read, and the problems found in it so far. Each has a {@link Place}: the file, the line
 * (from 1) and the key path, list items numbered from 1 (as a person counts): {@code deposit.yaml:12
 * study.authors[2].role}.
 */
final class YamlSource {

	private final String name;
	/** Problems with the line they point at (0: the whole file), in the order they were found. */
	private final List<Map.Entry<Integer, Problem>> problems = new ArrayList<>();

	YamlSource(String name) {
		this.name = name;
	}

	String name() {
		return name;
	}

	/** The problems in file order (those about the whole file first); those on one line in the order found. */
	List<Problem> problems() {
		return problems.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
	}

	boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.getValue().isError());
	}

	/** The place of a key path at a line: {@code deposit.yaml:12 study.license}; an empty path is the line. */
	Place where(int line, String path) {
		return Place.yaml(name, line, Place.keys(path));
	}

	void error(int line, String path, String message) {
		problems.add(Map.entry(line, Problem.error(where(line, path), message)));
	}

	void warning(int line, String path, String message) {
		problems.add(Map.entry(line, Problem.warning(where(line, path), message)));
	}

	/** A problem with the whole file, such as one that cannot be opened. */
	void error(String message) {
		problems.add(Map.entry(0, Problem.error(Place.config(name), message)));
	}

	/** A problem at a line and column, such as a syntax error: "file:line:column". */
	void error(int line, int column, String message) {
		problems.add(Map.entry(line, Problem.error(Place.yaml(name, line, column), message)));
	}

	/** The line (from 1) a node starts on. */
	static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	/** The path of an entry: {@code study} + {@code title} → {@code study.title}; odd keys are quoted. */
	static String child(String path, String key) {
		String segment = key.isEmpty() || key.strip().length() != key.length() || key.matches(".*[.\\[\\]\"].*")
			? "\"" + key.replace("\"", "\\\"") + "\"" : key;
		return path.isEmpty() ? segment : path + "." + segment;
	}

	/** The path of a list item, numbered from 1. */
	static String item(String path, int index) {
		return path + "[" + (index + 1) + "]";
	}
}
