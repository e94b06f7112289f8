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
package org.biadeposit.fiji.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list of entries of the description (the authors, the biosamples, the study components) that the Description step
 * edits: add, remove, reorder, and set a field from text. No Swing: the form binds to it.
 *
 * @param <T> the record of one entry ({@link org.biadeposit.rembi.Biosample}, ...)
 */
final class DraftSection<T> {

	/** The section's key in deposit.yaml, and in form field keys ({@code biosamples.0.title}). */
	final String key;
	final String title;
	/** What one entry is called ("Author"). */
	final String entryName;
	/** Exactly one entry (the study itself): no add, remove or reorder. */
	final boolean single;
	final List<DraftField<T>> fields;
	private final Supplier<T> blank;
	private final List<T> entries;
	/** Each entry's last non-empty title (first field): what other entries name it by, while it is retyped. */
	private final List<String> named = new ArrayList<>();

	DraftSection(String key, String title, String entryName, boolean single, List<T> entries, Supplier<T> blank,
		List<DraftField<T>> fields)
	{
		this.key = key;
		this.title = title;
		this.entryName = entryName;
		this.single = single;
		this.entries = new ArrayList<>(entries);
		this.blank = blank;
		this.fields = List.copyOf(fields);
		for (int i = 0; i < this.entries.size(); i++) named.add(blankToNull(get(i, this.fields.get(0).key())));
	}

	List<T> entries() {
		return List.copyOf(entries);
	}

	int size() {
		return entries.size();
	}

	T entry(int i) {
		return entries.get(i);
	}

	/** Adds a blank entry at the end; returns its index. */
	int add() {
		if (single && !entries.isEmpty()) return 0;
		entries.add(blank.get());
		named.add(blankToNull(get(entries.size() - 1, fields.get(0).key())));
		return entries.size() - 1;
	}

	void remove(int i) {
		if (single) return;
		entries.remove(i);
		named.remove(i);
	}

	/** Moves an entry to another place in the list (the authors' order is the order of authorship). */
	void move(int from, int to) {
		if (to < 0 || to >= entries.size() || from == to) return;
		entries.add(to, entries.remove(from));
		named.add(to, named.remove(from));
	}

	DraftField<T> field(String fieldKey) {
		return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst().orElse(null);
	}

	/** The text of a field of an entry (empty when not set). */
	String get(int i, String fieldKey) {
		return field(fieldKey).read(entries.get(i));
	}

	/** Sets a field of an entry from text; blank text clears it. */
	void set(int i, String fieldKey, String text) {
		String v = blankToNull(text);
		entries.set(i, field(fieldKey).with().apply(entries.get(i), v));
		if (v != null && fieldKey.equals(fields.get(0).key())) named.set(i, v);
	}

	/** The entry's title as it was last not empty (null if never): what the other entries name it by. */
	String lastTitle(int i) {
		return named.get(i);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	void replace(int i, T entry) {
		entries.set(i, entry);
	}

	/** The form key of a field: {@code authors.0.orcid}. */
	String formKey(int i, String fieldKey) {
		return key + "." + i + "." + fieldKey;
	}
}
