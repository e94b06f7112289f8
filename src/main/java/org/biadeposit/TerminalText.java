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
package org.biadeposit;

/**
 * Text from file names and file contents made safe to print to a terminal: every character a terminal could act
 * on is shown as an escape, so that a file named {@code evil\x1b[2J.tif} cannot clear, move or recolour the screen,
 * and a name or value with a newline or tab cannot fake a line or a column.
 * <p>
 * Escaped: C0 controls ({@code \t}, {@code \n}, {@code \r}, others as {@code \x1b}), DEL ({@code \x7f}), C1 controls
 * (<code>&#92;u0085</code>), the line and paragraph separators and the bidirectional marks, overrides and
 * isolates (<code>&#92;u202e</code>), which reorder what a terminal shows. Everything else, {@code µ} and
 * {@code Å} included, is left as it is. A backslash is not doubled, so Windows paths stay readable; the escapes
 * are for the eye, not to be parsed back.
 * </p>
 */
public final class TerminalText {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private TerminalText() {}

	/** One line (a name, a value, a message) with every control character shown as an escape; null stays null. */
	public static String line(String text) {
		if (text == null || firstControl(text, false) < 0) return text;
		StringBuilder s = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isControl(c)) s.append(c);
			else if (c == '\t') s.append("\\t");
			else if (c == '\n') s.append("\\n");
			else if (c == '\r') s.append("\\r");
			else if (c < 0x80) s.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
			else unicodeEscape(s, c);
		}
		return s.toString();
	}

	/**
	 * A message of several lines (a list of the server's validation messages) escaped line by line: its own line
	 * breaks stay, every other control character is shown as an escape; null stays null.
	 */
	public static String lines(String text) {
		if (text == null || text.indexOf('\n') < 0) return line(text);
		return String.join("\n", java.util.Arrays.stream(text.split("\n", -1)).map(TerminalText::line).toList());
	}

	/**
	 * JSON text (as Jackson writes it) with the control characters Jackson leaves as they are (DEL, C1, separators,
	 * bidirectional controls) written as <code>&#92;u</code> escapes. The JSON stays valid and means the same: those
	 * characters can only stand inside strings, where an escape is read back as the character.
	 */
	public static String json(String json) {
		if (json == null || firstControl(json, true) < 0) return json;
		StringBuilder s = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c >= 0x7f && isControl(c)) unicodeEscape(s, c);
			else s.append(c);
		}
		return s.toString();
	}

	/**
	 * Appends {@code text} as a JSON string exactly as {@link #json} gives Jackson's text of it (or {@code null}):
	 * quotes and backslashes escaped, {@code \b \t \n \f \r} and the other characters below U+0020 as Jackson
	 * escapes them, the control characters Jackson leaves as they are written as <code>&#92;u</code> escapes, and
	 * everything else as it is. For JSON written by hand where Jackson's reflection costs more than the text.
	 */
	public static void appendJson(StringBuilder s, String text) {
		if (text == null) {
			s.append("null");
			return;
		}
		s.append('"');
		int from = 0;
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f ? c != '"' && c != '\\' : c >= 0x7f && !isControl(c)) continue;
			s.append(text, from, i);
			from = i + 1;
			switch (c) {
				case '"' -> s.append("\\\"");
				case '\\' -> s.append("\\\\");
				case '\b' -> s.append("\\b");
				case '\t' -> s.append("\\t");
				case '\n' -> s.append("\\n");
				case '\f' -> s.append("\\f");
				case '\r' -> s.append("\\r");
				default -> {
					if (c < 0x20) s.append("\\u00").append(JACKSON_HEX[c >> 4]).append(JACKSON_HEX[c & 0xf]);
					else unicodeEscape(s, c);
				}
			}
		}
		s.append(text, from, text.length()).append('"');
	}

	/** Jackson writes the hex digits of its escapes in upper case. */
	private static final char[] JACKSON_HEX = "0123456789ABCDEF".toCharArray();

	/**
	 * Where the first control character is, or -1; from DEL on only, when asked. A plain loop: every harvested
	 * record's JSON is looked through, and a stream of its characters costs several times as much in a short run.
	 */
	private static int firstControl(String text, boolean fromDel) {
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x20 ? !fromDel : c >= 0x7f && isControl(c)) return i;
		}
		return -1;
	}

	/** Whether a terminal could act on this character instead of showing it. */
	static boolean isControl(int c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) ||
			(c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
	}

	private static void unicodeEscape(StringBuilder s, char c) {
		s.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(
			HEX[c & 0xf]);
	}
}
