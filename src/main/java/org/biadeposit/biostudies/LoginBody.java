package org.biadeposit.biostudies;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The body of {@code POST /auth/login}: {@code {"login": user, "password": password}} as UTF-8, built without turning
 * the password into a String; the intermediate characters are wiped. The caller wipes the bytes once they are sent.
 */
final class LoginBody {

	private LoginBody() {}

	static byte[] of(String user, char[] password) {
		String head = "{\"login\":" + JsonNodeFactory.instance.textNode(user).toString() + ",\"password\":\"";
		int length = head.length() + 2;
		for (char c : password) length += escapedLength(c);
		char[] chars = new char[length];
		head.getChars(0, head.length(), chars, 0);
		int at = head.length();
		for (char c : password) at = escape(c, chars, at);
		chars[at++] = '"';
		chars[at] = '}';
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		Arrays.fill(chars, '\0');
		if (encoded.hasArray()) Arrays.fill(encoded.array(), (byte) 0);
		return bytes;
	}

	private static int escapedLength(char c) {
		if (c == '"' || c == '\\') return 2;
		return c < 0x20 ? 6 : 1;
	}

	private static int escape(char c, char[] out, int at) {
		if (c == '"' || c == '\\') {
			out[at++] = '\\';
			out[at++] = c;
		}
		else if (c < 0x20) {
			String hex = String.format("\\u%04x", (int) c); // a control character: not worth hiding
			hex.getChars(0, 6, out, at);
			at += 6;
		}
		else {
			out[at++] = c;
		}
		return at;
	}
}
