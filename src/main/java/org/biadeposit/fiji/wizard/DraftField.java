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
