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
