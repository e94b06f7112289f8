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

import java.util.regex.Pattern;

/**
 * An e-mail address without the characters that stick to it when it is copied from a web page or a mail program
 * ({@code mailto:}, angle brackets, quotes, spaces, a closing full stop or comma), which BIA's curators otherwise
 * strip by hand.
 */
public final class EmailAddress {

	/** Good enough to catch a name or a phone number in the e-mail field; not RFC 5322. */
	public static final Pattern PLAIN = Pattern.compile("[^@\\s\\u00A0\\u200B<>\"',;:()\\[\\]]+@" +
		"[^@\\s\\u00A0\\u200B.<>\"',;:()\\[\\]]+(\\.[^@\\s\\u00A0\\u200B.<>\"',;:()\\[\\]]+)+");

	private EmailAddress() {}

	/** The address without stray characters; the text itself (stripped) when it is not an address even then. */
	public static String cleaned(String text) {
		if (text == null) return null;
		String s = text.strip();
		s = s.replaceFirst("(?i)^mailto:\\s*", "");
		// "Jane Doe <jane@x.org>": the part in angle brackets
		int lt = s.lastIndexOf('<');
		int gt = s.lastIndexOf('>');
		if (lt >= 0 && gt > lt) s = s.substring(lt + 1, gt);
		s = s.replaceAll("[\\s\"'<>\\u200B\\u00A0]", "");
		s = s.replaceAll("^[.,;:()\\[\\]]+|[.,;:()\\[\\]]+$", "");
		return PLAIN.matcher(s).matches() ? s : text.strip();
	}

	/** Whether the text is an address as it stands. */
	public static boolean plain(String text) {
		return text != null && PLAIN.matcher(text).matches();
	}
}
