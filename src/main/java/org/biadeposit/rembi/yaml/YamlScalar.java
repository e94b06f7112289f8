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

import java.util.regex.Pattern;

/**
 * One text written into deposit.yaml (by {@code bia init} and by the wizard) so that {@link DepositYaml} reads back
 * exactly that text, whatever it holds: plain when that is safe ({@code Zeiss LSM 880}), else double-quoted with
 * every character YAML could take for something else escaped. Lines stay short: a long text goes on over several
 * lines, folded at a space where it has one, else continued with YAML's escaped line break ({@code \} at the end of
 * a line). A key too long for SnakeYAML's one-line keys (1,024 characters) is written as an explicit key
 * ({@code ? "…"} then {@code :} on the next line).
 */
final class YamlScalar {

	/** How long a written line of a quoted text gets before it goes on over the next. */
	static final int WIDTH = 100;
	/** Keys longer than this are written as explicit keys: SnakeYAML reads one-line keys up to 1,024 characters. */
	private static final int SIMPLE_KEY = 1000;

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/-]*");
	private static final Pattern SPECIAL_WORD = Pattern.compile("(?i)(true|false|yes|no|on|off|y|n|null|~)");
	private static final Pattern NUMBER_LIKE = Pattern.compile("[-+0-9.eE_:]+");

	private YamlScalar() {}

	/**
	 * A value as YAML.
	 *
	 * @param indent the spaces in front of the lines a long value goes on over (more than its key's)
	 */
	static String value(String s, int indent) {
		if (isPlain(s)) return s;
		return quoted(s, Math.max(indent, 2));
	}

	/**
	 * A mapping key with its colon: {@code key:} or, for a long or many-line key, {@code ? "…"} and the colon on the
	 * next line, at {@code indent} spaces (the key's own).
	 */
	static String key(String k, int indent) {
		if (isPlain(k) && k.length() <= SIMPLE_KEY) return k + ":";
		String q = quoted(k, indent + 2);
		if (q.length() <= SIMPLE_KEY && q.indexOf('\n') < 0) return q + ":";
		return "? " + q + "\n" + " ".repeat(indent) + ":";
	}

	/** Whether the text reads back as itself without quotes, on one short line. */
	private static boolean isPlain(String s) {
		return s.length() <= WIDTH && PLAIN.matcher(s).matches() && !s.endsWith(" ") && !s.contains("  ") &&
			!SPECIAL_WORD.matcher(s).matches() && !NUMBER_LIKE.matcher(s).matches();
	}

	/** The text double-quoted, escaped, and broken over lines of about {@link #WIDTH} characters. */
	private static String quoted(String s, int indent) {
		StringBuilder out = new StringBuilder(s.length() + 16).append('"');
		String breakLine = "\n" + " ".repeat(indent);
		int lineStart = 0;
		int i = 0;
		while (i < s.length()) {
			int c = s.codePointAt(i);
			int next = i + Character.charCount(c);
			int length = out.length() - lineStart;
			if (length >= WIDTH && c == ' ' && i > 0 && s.charAt(i - 1) != ' ' && next < s.length() && s.charAt(
				next) != ' ')
			{
				// A line break between two words folds back into this one space.
				out.append(breakLine);
				lineStart = out.length() - indent;
				i = next;
				continue;
			}
			if (length >= 2 * WIDTH) {
				// No space to fold at: an escaped line break, which reads back as nothing.
				out.append('\\').append(breakLine);
				lineStart = out.length() - indent;
				if (c == ' ') {
					// The spaces a continued line starts with are not read, so this one is written as an escape.
					out.append("\\x20");
					i = next;
					continue;
				}
			}
			escape(out, c);
			i = next;
		}
		return out.append('"').toString();
	}

	private static void escape(StringBuilder out, int c) {
		switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (printable(c)) out.appendCodePoint(c);
				else out.append(String.format("\\u%04X", c));
			}
		}
	}

	/**
	 * Whether YAML takes the character as written inside double quotes: printable, and not one of YAML 1.1's line
	 * breaks (NEL, line and paragraph separator), nor a byte-order mark, nor half of a surrogate pair.
	 */
	private static boolean printable(int c) {
		if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) return false;
		return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 &&
			c <= 0x10FFFF;
	}
}
