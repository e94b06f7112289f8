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
