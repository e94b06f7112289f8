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
package org.biadeposit.rembi.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.biadeposit.rembi.Associations;

/**
 * A study component's description written from its association rows, for a component deposit.yaml leaves without
 * one (bia-agent's template has no component descriptions): "Images of BIOSAMPLE prepared as SPECIMEN, acquired by
 * ACQUISITION." a row, the same sentence once.
 */
final class RowDescription {

	private RowDescription() {}

	/** The description, or null when no row names a biosample, specimen or acquisition. */
	static String of(List<Associations> rows) {
		Set<String> sentences = new LinkedHashSet<>();
		for (Associations a : rows) {
			List<String> parts = new ArrayList<>();
			if (given(a.biosample())) parts.add("Images of " + a.biosample().strip());
			if (given(a.specimen())) parts.add((parts.isEmpty() ? "Images prepared as " : "prepared as ") + a.specimen()
				.strip());
			if (given(a.acquisition())) parts.add((parts.isEmpty() ? "Images acquired by " : "acquired by ") + a
				.acquisition().strip());
			if (given(a.analysis())) parts.add("analysed by " + a.analysis().strip());
			if (!parts.isEmpty()) sentences.add(joined(parts) + ".");
		}
		return sentences.isEmpty() ? null : String.join(" ", sentences);
	}

	private static String joined(List<String> parts) {
		StringBuilder s = new StringBuilder(parts.get(0));
		for (int i = 1; i < parts.size(); i++) s.append(i == 1 && parts.get(1).startsWith("prepared") ? " " : ", ")
			.append(parts.get(i));
		return s.toString();
	}

	private static boolean given(String s) {
		return s != null && !s.isBlank();
	}
}
