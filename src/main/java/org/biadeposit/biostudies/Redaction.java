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
package org.biadeposit.biostudies;

import java.util.List;

/**
 * Takes secrets out of text that came from elsewhere (server error bodies, exception messages) before it is shown.
 * Our own messages never contain secrets; this guards against a server or library that echoes them.
 */
final class Redaction {

	static final String TOKEN = "[session token]";
	static final String PASSWORD = "[password]";

	private Redaction() {}

	/** The text with every occurrence of the token replaced; the text itself when there is no token. */
	static String token(String text, String token) {
		if (text == null || token == null || token.isEmpty()) return text;
		return text.replace(token, TOKEN);
	}

	/**
	 * The text with every occurrence of the password replaced, found without turning the password into a String.
	 * Passwords shorter than 4 characters are not searched for (they would mangle ordinary words).
	 */
	static String password(String text, char[] password) {
		if (text == null || password == null || password.length < 4) return text;
		StringBuilder out = null;
		int from = 0;
		for (int i = 0; i + password.length <= text.length();) {
			if (matches(text, i, password)) {
				if (out == null) out = new StringBuilder(text.length());
				out.append(text, from, i).append(PASSWORD);
				i += password.length;
				from = i;
			}
			else {
				i++;
			}
		}
		if (out == null) return text;
		return out.append(text, from, text.length()).toString();
	}

	static List<String> lines(List<String> lines, String token, char[] password) {
		return lines.stream().map(l -> password(token(l, token), password)).toList();
	}

	private static boolean matches(String text, int at, char[] password) {
		for (int j = 0; j < password.length; j++) {
			if (text.charAt(at + j) != password[j]) return false;
		}
		return true;
	}
}
