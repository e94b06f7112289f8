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
package org.biadeposit.rembi;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The licences BIA offers (the BioImages.v5 template: CC0 by default, or CC BY 4.0), with the URL the submission
 * gives each and the ways people write them. The one place that knows them: deposit.yaml's reader, starter and
 * writer, the validator, the wizard, the PageTab writer and import all ask here.
 */
public enum Licence {

	CC0("CC0", "https://creativecommons.org/publicdomain/zero/1.0/legalcode", Set.of("cc0", "cc010",
		"cc010universal", "cczero"), "creativecommonsorgpublicdomainzero10"),
	CC_BY_4_0("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/legalcode", Set.of("ccby40",
		"ccby40international", "creativecommonsattribution40", "creativecommonsattribution40international"),
		"creativecommonsorglicensesby40");

	/** The licence a study has when deposit.yaml names none. */
	public static final Licence DEFAULT = CC0;

	private final String label;
	private final String url;
	private final Set<String> spellings;
	private final String urlPart;

	Licence(String label, String url, Set<String> spellings, String urlPart) {
		this.label = label;
		this.url = url;
		this.spellings = spellings;
		this.urlPart = urlPart;
	}

	/** How deposit.yaml and the submission name it, e.g. "CC BY 4.0". */
	public String label() {
		return label;
	}

	/** The legal code's address, the submission's URL qualifier of License. */
	public String url() {
		return url;
	}

	/** The names as deposit.yaml and the submission write them: "CC0", "CC BY 4.0". */
	public static List<String> labels() {
		return List.of(CC0.label, CC_BY_4_0.label);
	}

	/** "CC0" or "CC BY 4.0" as the other one is offered: "CC0 (the BIA default) or CC BY 4.0". */
	public static String choices() {
		return DEFAULT.label + " or " + CC_BY_4_0.label;
	}

	/** The licence of exactly this name; null for any other text. */
	public static Licence labelled(String label) {
		for (Licence l : values()) {
			if (l.label.equals(label)) return l;
		}
		return null;
	}

	/** The URL of the licence of exactly this name; null for any other. */
	public static String urlOf(String label) {
		Licence l = labelled(label);
		return l == null ? null : l.url;
	}

	/**
	 * The licence this text means, from the ways people write them ("cc-by 4.0", "Creative Commons Attribution 4.0
	 * International", the licence's web address); null if it is none of them.
	 */
	public static Licence written(String text) {
		if (text == null) return null;
		String k = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		for (Licence l : values()) {
			if (l.spellings.contains(k) || k.contains(l.urlPart)) return l;
		}
		return null;
	}
}
