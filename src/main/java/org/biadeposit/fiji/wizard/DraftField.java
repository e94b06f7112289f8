package org.biadeposit.fiji.wizard;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One field of an entry of the description (an author's ORCID iD, a biosample's organism): its key as in
 * deposit.yaml, its label, and how it is read from and written into the entry's record.
 *
 * @param required marked {@code *} in the form and tinted while empty
 * @param longText several lines (descriptions, protocols)
 * @param terms the bundled table it is picked from (free text still allowed), or null
 */
record DraftField<T>(String key, String label, boolean required, boolean longText, Function<T, String> get,
	BiFunction<T, String, T> with, Terms terms)
{

	static <T> DraftField<T> text(String key, String label, boolean required, Function<T, String> get,
		BiFunction<T, String, T> with)
	{
		return new DraftField<>(key, label, required, false, get, with, null);
	}

	static <T> DraftField<T> area(String key, String label, boolean required, Function<T, String> get,
		BiFunction<T, String, T> with)
	{
		return new DraftField<>(key, label, required, true, get, with, null);
	}

	DraftField<T> pickedFrom(Terms table) {
		return new DraftField<>(key, label, required, longText, get, with, table);
	}

	/** The text shown: the value, or empty. */
	String read(T entry) {
		String v = get.apply(entry);
		return v == null ? "" : v;
	}
}
