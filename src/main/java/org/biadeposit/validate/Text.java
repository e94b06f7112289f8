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
