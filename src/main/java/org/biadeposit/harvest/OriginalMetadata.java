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
package org.biadeposit.harvest;

import java.util.List;
import java.util.Map;

/**
 * Bio-Formats' original-metadata table of a file, as its reader names the keys: what the file itself says, beside
 * the OME mapping. Global keys, one table per series, and the modulo annotations by which Bio-Formats says that
 * an axis holds more than its name (phase steps along T, for instance).
 *
 * @param global the reader's global metadata
 * @param series the series metadata, by series index
 * @param modulo the modulo annotations (length above 1) by series index
 */
record OriginalMetadata(Map<String, Object> global, List<Map<String, Object>> series, List<List<Modulo>> modulo) {

	static final OriginalMetadata NONE = new OriginalMetadata(Map.of(), List.of(), List.of());

	OriginalMetadata {
		global = Map.copyOf(global);
		series = series.stream().map(Map::copyOf).toList();
		modulo = modulo.stream().map(List::copyOf).toList();
	}

	/**
	 * Bio-Formats' note that an axis holds steps of another kind.
	 *
	 * @param axis the axis holding them: Z, C or T
	 * @param type Bio-Formats' name of what it holds ("phase", "rotation", "illumination", "lifetime" ...)
	 * @param length how many steps of it there are
	 */
	record Modulo(char axis, String type, int length) {}

	/** The global value whose key ends with the given one (Bio-Formats prefixes keys with their path), or null. */
	String global(String keyEnd) {
		return valueEnding(global, keyEnd);
	}

	/** The series value whose key ends with the given one, or null. */
	String series(int index, String keyEnd) {
		return index < series.size() ? valueEnding(series.get(index), keyEnd) : null;
	}

	/**
	 * The attribute of an element of the series' XML as Bio-Formats flattens it into keys
	 * ({@code "Image #0|ATLConfocalSettingDefinition #0|Magnification"}): the first element of that name that has
	 * it, or null.
	 */
	String seriesAttribute(int index, String element, String attribute) {
		for (Map<String, String> e : seriesElements(index, element)) {
			if (e.get(attribute) != null) return e.get(attribute);
		}
		return null;
	}

	/** Each element of that name in a series' flattened XML, as its attributes, in key order. */
	List<Map<String, String>> seriesElements(int index, String element) {
		Map<String, Map<String, String>> byPrefix = new java.util.TreeMap<>();
		if (index >= series.size()) return List.of();
		for (Map.Entry<String, Object> e : series.get(index).entrySet()) {
			String[] parts = e.getKey().split("\\|");
			if (parts.length < 2) continue;
			for (int p = parts.length - 2; p >= 0; p--) {
				if (!bare(parts[p]).equals(element)) continue;
				String prefix = String.join("|", java.util.Arrays.copyOf(parts, p + 1));
				String v = text(e.getValue());
				if (v != null) byPrefix.computeIfAbsent(prefix, k -> new java.util.HashMap<>()).put(bare(
					parts[parts.length - 1]), v);
				break;
			}
		}
		return List.copyOf(byPrefix.values());
	}

	/** A key segment without Bio-Formats' " #n" numbering. */
	private static String bare(String segment) {
		return segment.replaceFirst(" #\\d+$", "").trim();
	}

	/** The modulo annotations of a series. */
	List<Modulo> modulo(int index) {
		return index < modulo.size() ? modulo.get(index) : List.of();
	}

	private static String valueEnding(Map<String, Object> table, String keyEnd) {
		Object exact = table.get(keyEnd);
		if (exact != null) return text(exact);
		String best = null;
		for (Map.Entry<String, Object> e : table.entrySet()) {
			String k = e.getKey();
			// "…|Key", "…|Key #1" (Bio-Formats numbers repeated keys): the first in key order, for a stable answer
			if (endsWithKey(k, keyEnd) && (best == null || k.compareTo(best) < 0)) best = k;
		}
		return best == null ? null : text(table.get(best));
	}

	static boolean endsWithKey(String key, String keyEnd) {
		String k = bare(key);
		return k.equals(keyEnd) || k.endsWith("|" + keyEnd);
	}

	private static String text(Object v) {
		String s = v == null ? null : v.toString().trim();
		return s == null || s.isEmpty() ? null : s;
	}
}
