package org.biadeposit;

import java.time.Duration;
import java.util.Locale;

/** Sizes and durations written for people, as progress lines and messages show them. */
public final class Amounts {

	private Amounts() {}

	/** A byte count for people: {@code 812 B}, {@code 3.4 kB}, {@code 1.2 GB} (powers of 1000). */
	public static String bytes(long n) {
		if (n < 1000) return n + " B";
		String[] units = { "kB", "MB", "GB", "TB", "PB" };
		double v = n;
		int u = -1;
		while (v >= 999.95 && u < units.length - 1) {
			v /= 1000;
			u++;
		}
		return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
	}

	/** A duration for people: {@code 48 s}, {@code 3 min 05 s}, {@code 2 h 10 min}. */
	public static String duration(Duration d) {
		long s = Math.max(0, (d.toMillis() + 999) / 1000);
		if (s < 60) return s + " s";
		if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
		return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
	}
}
