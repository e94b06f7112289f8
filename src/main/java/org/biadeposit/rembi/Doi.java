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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A DOI as BIA keeps it, the bare name {@code 10.1038/s41592-021-01262-9}, read from the ways people paste one: a
 * {@code https://doi.org/} or {@code dx.doi.org} link (with or without scheme), a {@code DOI:} prefix, and the
 * mixtures curators have fixed by hand ({@code DOI: https://doi.org/…}, {@code https://doi.org/DOI: 10.…}).
 */
public final class Doi {

	private static final Pattern BARE = Pattern.compile("10\\.\\d{4,9}/\\S+");
	private static final Pattern PREFIX = Pattern.compile("(?i)^(doi\\s*:\\s*|https?://|(dx\\.)?doi\\.org/|www\\.)");

	private Doi() {}

	/** The bare DOI, or null when the text holds none (an article's web address, for instance). */
	public static String bare(String text) {
		if (text == null) return null;
		String s = text.strip();
		String before;
		do {
			before = s;
			s = PREFIX.matcher(s).replaceFirst("").strip();
		}
		while (!s.equals(before));
		if (s.contains("%2F") || s.contains("%2f")) s = URLDecoder.decode(s, StandardCharsets.UTF_8);
		while (s.endsWith(".") || s.endsWith(",") || s.endsWith(";")) s = s.substring(0, s.length() - 1);
		return BARE.matcher(s).matches() ? s : null;
	}
}
