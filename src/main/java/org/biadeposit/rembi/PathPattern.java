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
package org.biadeposit.rembi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path pattern such as {@code {donor}/{condition}/day{day}/*.tif}: each {@code {name}} matches one path element
 * (or part of one) and becomes a File-list column; {@code *} matches within an element, {@code **} across elements,
 * {@code ?} one character. Paths are {@code /}-separated and relative.
 */
public final class PathPattern {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_ -]*)\\}");

	private final String source;
	private final Pattern regex;
	private final List<String> names;
	private final boolean byFolder;

	private PathPattern(String source, Pattern regex, List<String> names, boolean byFolder) {
		this.source = source;
		this.regex = regex;
		this.names = List.copyOf(names);
		this.byFolder = byFolder;
	}

	/**
	 * @throws PathPatternException naming the problem, e.g. an unclosed brace, a name used twice, or two parts that
	 *           match any text with nothing between them
	 */
	public static PathPattern compile(String pattern) {
		StringBuilder re = new StringBuilder();
		List<String> names = new ArrayList<>();
		String previous = null; // the part before, if it matches any text: where it ends would be a guess
		// whether the last part is * or ** right after a / of the pattern, and whether the part before is that /
		boolean byFolder = false, afterSlash = false;
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c == '{') {
				int close = pattern.indexOf('}', i);
				if (close < 0) throw new PathPatternException("the pattern \"" + pattern +
					"\" opens a { at character " + (i + 1) + " that is never closed with }");
				String part = pattern.substring(i, close + 1);
				Matcher m = PLACEHOLDER.matcher(part);
				if (!m.matches()) throw new PathPatternException("\"" + part + "\" in the pattern \"" + pattern +
					"\" is not a column name: a name starts with a letter or _, then letters, digits, spaces, _ and " +
					"- only");
				String name = m.group(1);
				if (names.contains(name)) throw new PathPatternException("the pattern \"" + pattern + "\" uses {" +
					name + "} twice; give each column its own name");
				adjacent(pattern, previous, part);
				names.add(name);
				re.append("(?<g").append(names.size()).append(">[^/]+?)");
				previous = part;
				i = close + 1;
				byFolder = afterSlash = false;
			}
			else if (c == '*') {
				boolean twin = i + 1 < pattern.length() && pattern.charAt(i + 1) == '*';
				boolean slash = twin && i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
				String part = twin ? "**" : "*";
				adjacent(pattern, previous, part);
				// "**/" matches zero or more folders, "**" any text, "*" any text within one folder or file name
				re.append(slash ? "(?:.*/)?" : twin ? ".*" : "[^/]*");
				previous = slash ? null : part;
				i += slash ? 3 : twin ? 2 : 1;
				// after "**/" no / need be met: it matches no folder too
				byFolder = !slash && afterSlash;
				afterSlash = false;
			}
			else if (c == '?') {
				re.append("[^/]");
				previous = null;
				i++;
				byFolder = afterSlash = false;
			}
			else {
				re.append(Pattern.quote(String.valueOf(c)));
				previous = null;
				i++;
				byFolder = false;
				afterSlash = c == '/';
			}
		}
		return new PathPattern(pattern, Pattern.compile(re.toString()), names, byFolder);
	}

	/** Refuses two parts that each match any text, one right after the other, such as {a}{b} or {a}*. */
	private static void adjacent(String pattern, String previous, String part) {
		if (previous == null) return;
		throw new PathPatternException("in the pattern \"" + pattern + "\", " + previous + " and " + part +
			" have nothing between them, so where one ends and the other starts would be a guess; put the text " +
			"that separates them in the file names between them, e.g. {plate}_{well}");
	}

	/** The column names, in the order they appear in the pattern. */
	public List<String> names() {
		return names;
	}

	/**
	 * Whether the folder of a path alone decides whether it matches and what it captures: the pattern ends in
	 * {@code /*} or {@code /**}, and a file name never holds a {@code /}, so any name in a folder gives what any other
	 * gives.
	 */
	boolean byFolder() {
		return byFolder;
	}

	/** The values of the pattern's columns for a path, or null if the path does not match. */
	public Map<String, String> match(String path) {
		Matcher m = regex.matcher(path);
		if (!m.matches()) return null;
		Map<String, String> values = new LinkedHashMap<>();
		for (int g = 0; g < names.size(); g++) values.put(names.get(g), m.group("g" + (g + 1)));
		return values;
	}

	@Override
	public String toString() {
		return source;
	}
}
