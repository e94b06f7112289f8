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
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each value that image records repeat, the values met lately: the records of a study mostly repeat
 * their instrument, channels and sizes, and differ in a name or a date. A study of a million files whose records
 * each differ would otherwise hold a copy of every repeated value per file (about 1.7 of the 2 KB a record took).
 * Values are immutable (strings, boxed numbers, records, unmodifiable lists), so sharing them changes nothing but
 * memory. Bounded: emptied when full.
 */
final class SharedValues {

	private static final int MOST = 4096;
	private static final Map<Object, Object> KNOWN = new ConcurrentHashMap<>();

	private SharedValues() {}

	/** An equal value met lately, or this one (then remembered). */
	@SuppressWarnings("unchecked")
	static <T> T of(T value) {
		if (value == null) return null;
		Object known = KNOWN.putIfAbsent(value, value);
		if (known != null) return (T) known;
		if (KNOWN.size() > MOST) KNOWN.clear();
		return value;
	}

	/** The same record with every value but its file, series name and date shared. */
	static ImageRecord parts(ImageRecord r) {
		return new ImageRecord(r.file(), r.series(), r.seriesName(), of(r.format()), of(r.sizeX()), of(r.sizeY()), of(r
			.sizeZ()), of(r.sizeC()), of(r.sizeT()), of(r.pixelType()), of(r.physicalSizeX()), of(r.physicalSizeY()), of(r
				.physicalSizeZ()), of(r.timeIncrement()), list(r.channels()), of(r.objective()), list(r.objectives()), of(r
					.microscope()), list(r.detectors()), r.acquisitionDate(), of(r.imagingMethod()), list(r.warnings()));
	}

	/** A list of shared items, itself shared. */
	private static <T> List<T> list(List<T> items) {
		if (items.isEmpty()) return List.of();
		return of(List.copyOf(items.stream().map(SharedValues::of).toList()));
	}
}
