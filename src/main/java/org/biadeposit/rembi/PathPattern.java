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

	private PathPattern(String source, Pattern regex, List<String> names) {
		this.source = source;
		this.regex = regex;
		this.names = List.copyOf(names);
	}

	/**
	 * @throws IllegalArgumentException naming the problem, e.g. an unclosed brace or a name used twice
	 */
	public static PathPattern compile(String pattern) {
		StringBuilder re = new StringBuilder();
		List<String> names = new ArrayList<>();
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c == '{') {
				int close = pattern.indexOf('}', i);
				if (close < 0) throw new IllegalArgumentException("the pattern \"" + pattern +
					"\" opens a { at position " + (i + 1) + " that is never closed");
				Matcher m = PLACEHOLDER.matcher(pattern.substring(i, close + 1));
				if (!m.matches()) throw new IllegalArgumentException("\"" + pattern.substring(i, close + 1) +
					"\" in the pattern is not a column name (letters, digits, _ and - only)");
				String name = m.group(1);
				if (names.contains(name)) throw new IllegalArgumentException("the pattern \"" + pattern +
					"\" uses {" + name + "} twice");
				names.add(name);
				re.append("(?<g").append(names.size()).append(">[^/]+?)");
				i = close + 1;
			}
			else if (c == '*') {
				boolean twin = i + 1 < pattern.length() && pattern.charAt(i + 1) == '*';
				if (twin) {
					// "**/" matches zero or more folders
					boolean slash = i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
					re.append(slash ? "(?:.*/)?" : ".*");
					i += slash ? 3 : 2;
				}
				else {
					re.append("[^/]*");
					i++;
				}
			}
			else if (c == '?') {
				re.append("[^/]");
				i++;
			}
			else {
				re.append(Pattern.quote(String.valueOf(c)));
				i++;
			}
		}
		return new PathPattern(pattern, Pattern.compile(re.toString()), names);
	}

	/** The column names, in the order they appear in the pattern. */
	public List<String> names() {
		return names;
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
