package org.biadeposit.harvest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated table shipped in the jar: {@code #} lines first (the first names the table's source), then a header
 * line, then one row per line.
 */
public final class BundledTable {

	private BundledTable() {}

	/** The rows of the table {@code name} beside {@code owner}, without comments, header and blank lines. */
	public static List<String[]> rows(Class<?> owner, String name) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = owner.getResourceAsStream(name)) {
			if (in == null) throw new IllegalStateException(name + " is missing from the jar");
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			boolean header = true;
			while ((line = r.readLine()) != null) {
				if (line.startsWith("#") || line.isBlank()) continue;
				if (header) {
					header = false;
					continue;
				}
				rows.add(line.split("\t", -1));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}
}
