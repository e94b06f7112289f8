package org.biadeposit.rembi;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes path patterns: the input is a pattern, a line break, and a path (seeds in PathPatternFuzzTestInputs,
 * written by {@link org.biadeposit.FuzzSeeds}). Contract: a pattern compiles or is refused with a
 * {@link PathPatternException}; a compiled pattern matches any path or not, without throwing.
 */
class PathPatternFuzzTest {

	@FuzzTest(maxDuration = "60s")
	void compileAndMatch(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		int newline = text.indexOf('\n');
		String pattern = newline < 0 ? text : text.substring(0, newline);
		String path = newline < 0 ? "" : text.substring(newline + 1);
		PathPattern compiled;
		try {
			compiled = PathPattern.compile(pattern);
		}
		catch (PathPatternException e) {
			if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("no message", e);
			return;
		}
		compiled.match(path);
		compiled.names();
	}
}
