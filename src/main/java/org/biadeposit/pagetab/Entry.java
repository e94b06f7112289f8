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
package org.biadeposit.pagetab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a section's {@code files}, {@code links} or {@code subsections}: in PageTab each entry is either a
 * single item (a JSON object) or a table (a JSON array of objects, shown by BioStudies as one table). The distinction
 * is kept so that what is read is written back the same way.
 */
public sealed interface Entry<T> {

	/** The items of this entry: one, or the rows of the table. */
	List<T> items();

	/** A single item. */
	record One<T>(T item) implements Entry<T> {

		public One {
			Objects.requireNonNull(item, "item");
		}

		@Override
		public List<T> items() {
			return List.of(item);
		}
	}

	/** A table: one or more items shown together; BioStudies refuses an empty table. */
	record Table<T>(List<T> rows) implements Entry<T> {

		public Table {
			rows = List.copyOf(rows);
			if (rows.isEmpty()) throw new IllegalArgumentException("a table needs at least one row");
		}

		@Override
		public List<T> items() {
			return rows;
		}
	}

	/** The items of all entries, tables flattened, in order. */
	static <T> List<T> flatten(List<Entry<T>> entries) {
		List<T> all = new ArrayList<>();
		for (Entry<T> e : entries) all.addAll(e.items());
		return all;
	}

	/** Each item as a single entry. */
	static <T> List<Entry<T>> each(List<T> items) {
		List<Entry<T>> entries = new ArrayList<>(items.size());
		for (T item : items) entries.add(new One<>(item));
		return entries;
	}
}
