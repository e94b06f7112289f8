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
package org.biadeposit.validate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A File-list path as BioStudies accepts it, the one rule every check of paths uses, and a safe name for one it does
 * not accept.
 *
 * <p>The rule is the backend's ({@code validPathPattern} in biostudies-backend-services
 * {@code commons/commons-bio/src/main/kotlin/ebi/ac/uk/io/sources/FileSourcesList.kt}): ASCII letters and digits,
 * space and {@code ! - _ * ' ( ) . /} only (its test {@code FileSourcesListTest} rejects {@code folder/filé.txt}),
 * no leading {@code ./}, no {@code ../}, no trailing {@code /}; and the BIA submission tool's extra rule, no two
 * spaces in a row ({@code frontend/src/services/sanitize.utils.ts}). We also refuse what that pattern lets through
 * but the file lookup cannot mean: a leading {@code /}, an empty part ({@code a//b}), a {@code .} or {@code ..} part
 * anywhere, and {@code \} as a separator.
 *
 * <p>The safe name uses the submission tool's substitutions ({@code &}→{@code Et}, {@code $}→{@code S},
 * {@code @}→{@code A}, {@code +}→{@code --}, {@code [ { <}→{@code (}, {@code ] } >}→{@code )}, {@code |}→{@code I},
 * {@code "}→{@code '}, {@code = ; : , ? \ ^ % ` ~ #}→{@code -}, control characters dropped, double spaces made
 * single); beyond them, letters with accents lose the accent and any other character becomes {@code -}.
 */
public final class BioStudiesPath {

	/** The punctuation BioStudies allows in a path, besides ASCII letters and digits. */
	public static final String ALLOWED_PUNCTUATION = "!-_*'(). /";

	/** One thing wrong with a path. */
	public record Fault(String message, boolean structural) {}

	private static final String[][] SUBSTITUTIONS = { { "&", "Et" }, { "$", "S" }, { "@", "A" }, { "=", "-" }, {
		";", "-" }, { ":", "-" }, { "+", "--" }, { ",", "-" }, { "?", "-" }, { "\\", "-" }, { "{", "(" }, { "[",
			"(" }, { "^", "-" }, { "}", ")" }, { "]", ")" }, { "%", "-" }, { "`", "-" }, { "\"", "'" }, { ">", ")" },
		{ "<", "(" }, { "~", "-" }, { "#", "-" }, { "|", "I" } };

	private BioStudiesPath() {}

	/** Whether BioStudies and the BIA submission tool accept the path as it is. */
	public static boolean accepted(String path) {
		return path != null && !path.isEmpty() && faults(path).isEmpty();
	}

	/** Everything wrong with the path, each said with what to do; structural faults stop the file lookup. */
	public static List<Fault> faults(String path) {
		if (plain(path)) return List.of();
		List<Fault> out = new ArrayList<>();
		if (path.indexOf('\\') >= 0) {
			out.add(new Fault("the path uses \\ as a separator; File-list paths use /, e.g. " + path.replace('\\',
				'/'), true));
		}
		if (path.startsWith("/")) {
			out.add(new Fault("the path starts with /, as if it were absolute; write it relative to the dataset " +
				"folder, without the leading /", true));
		}
		else if (path.startsWith("./")) {
			out.add(new Fault("the path starts with ./, which BioStudies rejects; write it without the leading ./",
				true));
		}
		if (path.endsWith("/")) {
			out.add(new Fault("the path ends with /, which BioStudies rejects; a File-list row names a file, so " +
				"remove the trailing / (and list the folder's files instead)", true));
		}
		if (path.contains("//")) {
			out.add(new Fault("the path has an empty part (//); write a single / between folder names", true));
		}
		String[] parts = path.replace('\\', '/').split("/", -1);
		boolean up = path.contains("../");
		boolean here = false;
		for (int i = 0; i < parts.length; i++) {
			up |= parts[i].equals("..");
			here |= parts[i].equals(".") && !(i == 0 && path.startsWith("./"));
		}
		if (up) {
			out.add(new Fault("the path goes up a folder (..), which BioStudies rejects; every file must be inside " +
				"the dataset folder and be named by its path from there (a folder name may not end in ..)", true));
		}
		if (here) out.add(new Fault("the path has a . part (this folder); write it without /./", true));
		Set<String> bad = new LinkedHashSet<>();
		path.codePoints().forEach(c -> {
			if (!allowed(c) && c != '\\') bad.add(describe(c));
		});
		if (!bad.isEmpty()) {
			out.add(new Fault("the path contains " + String.join(", ", bad) + ", which BioStudies does not accept " +
				"(\"The given file path contains invalid characters\"): only ASCII letters and digits, space and " +
				"! - _ * ' ( ) . / are allowed", false));
		}
		if (path.contains("  ")) {
			out.add(new Fault("the path has two spaces in a row, which the BIA submission tool refuses; use one",
				false));
		}
		return out;
	}

	/**
	 * Whether the path is one that nothing below can fault, found in one look at each character, as nearly every
	 * path of a study is: allowed characters only, no empty part (so no leading, trailing or double {@code /}), no
	 * part that is or ends in {@code .} or {@code ..} as a whole, no two spaces in a row. False sends the path to the
	 * full check, which says what is wrong (or finds nothing, for a name such as {@code a..}).
	 */
	static boolean plain(String path) {
		int start = 0;
		char previous = '/';
		for (int i = 0; i <= path.length(); i++) {
			char c = i < path.length() ? path.charAt(i) : '/';
			if (c == '/') {
				if (i == start || previous == '.' && (i - start == 1 || path.charAt(i - 2) == '.')) return false;
				start = i + 1;
			}
			else if (!allowed(c) || c == ' ' && previous == ' ') {
				return false;
			}
			previous = c;
		}
		return true;
	}

	/** Whether BioStudies allows this character in a path. */
	public static boolean allowed(int c) {
		return c >= 0 && c < 128 && ALLOWED[c];
	}

	/** Per ASCII character, whether it is allowed: looked up, not searched for, for every character of every row. */
	private static final boolean[] ALLOWED = new boolean[128];

	static {
		for (int c = 0; c < 128; c++) {
			ALLOWED[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ALLOWED_PUNCTUATION
				.indexOf(c) >= 0;
		}
	}

	/**
	 * The path BioStudies would accept that is nearest to this one: each part made safe by {@link #safeName}, a
	 * leading {@code /} or {@code ./}, empty and {@code .} parts and a trailing {@code /} dropped, a folder name
	 * ending in {@code ..} ended with {@code -} instead. The path itself when it is accepted already.
	 */
	public static String safe(String path) {
		if (accepted(path)) return path;
		String[] parts = path.split("/", -1);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			String p = safeName(parts[i]);
			if (p.isEmpty() || p.equals(".")) continue;
			if (i < parts.length - 1 || p.equals("..")) p = p.replaceAll("\\.\\.+$", "-");
			kept.add(p);
		}
		return String.join("/", kept);
	}

	/** One file or folder name made safe with the submission tool's substitutions (see the class comment). */
	public static String safeName(String name) {
		StringBuilder s = new StringBuilder();
		name.codePoints().forEach(c -> {
			if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) return;
			for (String[] sub : SUBSTITUTIONS) {
				if (sub[0].codePointAt(0) == c) {
					s.append(sub[1]);
					return;
				}
			}
			if (allowed(c) && c != '/') {
				s.append((char) c);
				return;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				s.append(' ');
				return;
			}
			String plain = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD).replaceAll(
				"\\p{M}+", "");
			if (plain.equals("ß")) plain = "ss";
			if (!plain.isEmpty() && plain.codePoints().allMatch(x -> allowed(x) && x != '/')) s.append(plain);
			else s.append('-');
		});
		return s.toString().replaceAll(" {2,}", " ");
	}

	/** {@code '#'}, or {@code 'é' (U+00E9)} for a character beyond ASCII, or {@code U+0009} for an invisible one. */
	static String describe(int c) {
		String code = String.format(Locale.ROOT, "U+%04X", c);
		if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c) || !Character
			.isDefined(c) || Character.getType(c) == Character.FORMAT)
		{
			return code;
		}
		String s = "'" + new String(Character.toChars(c)) + "'";
		return c < 128 ? s : s + " (" + code + ")";
	}
}
