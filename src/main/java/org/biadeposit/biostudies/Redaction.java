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
