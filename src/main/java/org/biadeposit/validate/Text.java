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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Small pieces of wording shared by the checks. */
final class Text {

	/** How many titles a message lists before it says "…". */
	private static final int LISTED = 5;

	private Text() {}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	/** {@code "a", "b", "c"}, or {@code "a", "b", … (7 in all)} for long lists. */
	static String quoted(Collection<String> names) {
		List<String> out = new ArrayList<>();
		for (String n : names) {
			if (n == null) continue;
			if (out.size() == LISTED) {
				out.add("… (" + names.stream().filter(Objects::nonNull).count() + " in all)");
				break;
			}
			out.add("\"" + n + "\"");
		}
		return String.join(", ", out);
	}

	/** The one name that equals {@code wanted} ignoring case, or null. */
	static String sameIgnoringCase(Collection<String> names, String wanted) {
		for (String n : names) {
			if (n != null && n.equalsIgnoreCase(wanted)) return n;
		}
		return null;
	}

	/** 1st, 2nd, 3rd, 4th, 11th… */
	static String ordinal(int n) {
		int mod100 = n % 100;
		int mod10 = n % 10;
		String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3
			? "rd" : "th";
		return n + suffix;
	}

	/** A size in decimal units as storage vendors and BIA write them: {@code 23.4 GB}. */
	static String bytes(long n) {
		String[] units = { "bytes", "kB", "MB", "GB", "TB", "PB", "EB" };
		if (n < 1000) return n + " bytes";
		double v = n;
		int u = 0;
		while (v >= 1000 && u < units.length - 1) {
			v /= 1000;
			u++;
		}
		return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
	}
}
