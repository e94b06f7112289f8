package org.biadeposit.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Figures a phase hands to the report: {@code key=value} lines on stdout, which {@code bench/run} appends to one
 * properties file (each phase runs in its own JVM).
 */
final class Results {

	private final PrintStream out;

	Results(PrintStream out) {
		this.out = out;
	}

	void put(String key, Object value) {
		String v = value instanceof Double ? String.format(Locale.ROOT, "%.6f", (Double) value) : String.valueOf(
			value);
		out.println(key + "=" + v.replace("\\", "\\\\").replace("\n", " "));
		out.flush();
	}
}
