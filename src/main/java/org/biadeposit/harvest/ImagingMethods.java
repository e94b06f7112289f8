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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.ImageRecord.Channel;
import org.biadeposit.harvest.ImageRecord.ImagingMethod;

/**
 * The imaging method of an image as an FBbi term, derived from its channels' OME acquisition modes (or, for channels
 * without one, their contrast method).
 * <p>
 * The whole mapping is one table, {@code fbbi-imaging-methods.tsv} beside this class, with every identifier checked
 * against the ontology's own {@code fbbi.obo}; its first line names the source.
 * </p>
 */
public final class ImagingMethods {

	private static final Map<String, ImagingMethod> TABLE = load();

	private ImagingMethods() {}

	/** The FBbi term for an OME enumeration value, e.g. ("AcquisitionMode", "SpinningDiskConfocal"), or null. */
	public static ImagingMethod term(String omeField, String omeValue) {
		return omeValue == null ? null : TABLE.get(omeField + "\t" + omeValue);
	}

	/**
	 * The imaging method of an image: the term most of its channels map to (ties go to the first channel's). A
	 * wide-field channel under epifluorescence counts as fluorescence microscopy.
	 */
	public static ImagingMethod of(List<Channel> channels) {
		Map<ImagingMethod, Integer> votes = new LinkedHashMap<>();
		for (Channel c : channels) {
			ImagingMethod m = ofChannel(c);
			if (m != null) votes.merge(m, 1, Integer::sum);
		}
		ImagingMethod best = null;
		int bestVotes = 0;
		for (Map.Entry<ImagingMethod, Integer> e : votes.entrySet()) {
			if (e.getValue() > bestVotes) {
				best = e.getKey();
				bestVotes = e.getValue();
			}
		}
		return best;
	}

	private static ImagingMethod ofChannel(Channel c) {
		boolean fluorescence = "Epifluorescence".equals(c.illuminationType()) || "Fluorescence".equals(c
			.contrastMethod());
		if ("WideField".equals(c.acquisitionMode()) && fluorescence) return term("ContrastMethod", "Fluorescence");
		ImagingMethod m = term("AcquisitionMode", c.acquisitionMode());
		if (m == null) m = term("ContrastMethod", c.contrastMethod());
		return m;
	}

	/** Every FBbi term of the table, once each, in no particular order (for pickers). */
	public static List<ImagingMethod> all() {
		return List.copyOf(new java.util.LinkedHashSet<>(TABLE.values()));
	}

	private static Map<String, ImagingMethod> load() {
		Map<String, ImagingMethod> table = new HashMap<>();
		for (String[] f : BundledTable.rows(ImagingMethods.class, "fbbi-imaging-methods.tsv")) {
			if (f.length >= 4 && !f[2].isEmpty()) table.put(f[0] + "\t" + f[1], new ImagingMethod(f[3], f[2]));
		}
		return table;
	}
}
