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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the BioStudies password comes from: a file ({@code --password-file F}, its first line), the environment
 * variable {@code BIA_PASSWORD}, or an interactive prompt without echo (the command line's) — never a plain
 * command-line argument. It is handled as a {@code char[]} that the caller wipes ({@link #wipe}) once logged in.
 */
public final class Password {

	/** The environment variable that may hold the password. */
	public static final String ENVIRONMENT_VARIABLE = "BIA_PASSWORD";

	private Password() {}

	/**
	 * The password from the first source that applies: the file if one is given, else {@code BIA_PASSWORD} if set
	 * and not empty, else the prompt.
	 *
	 * @param file {@code --password-file}, or null
	 * @param environment usually {@link System#getenv()}
	 * @param prompt asks the person at the keyboard; returns null when there is nobody to ask
	 * @throws IOException when the file cannot be read or is empty, or there is no source at all
	 */
	public static char[] from(Path file, Map<String, String> environment, Supplier<char[]> prompt) throws IOException {
		if (file != null) return fromFile(file);
		String env = environment.get(ENVIRONMENT_VARIABLE);
		if (env != null && !env.isEmpty()) return env.toCharArray();
		char[] typed = prompt == null ? null : prompt.get();
		if (typed == null) {
			throw new IOException("no password: there is no terminal to ask for it; give --password-file FILE or set " +
				ENVIRONMENT_VARIABLE);
		}
		if (typed.length == 0) throw new IOException("no password was typed");
		return typed;
	}

	/**
	 * A route's password (FTP, Aspera): the file's first line if a file is given, else the environment variable.
	 *
	 * @param option the option that names the file, for the message
	 * @param user the option that names the account, for the message
	 * @throws IllegalArgumentException when there is neither file nor a variable set and not empty
	 */
	public static char[] fromFileOrVariable(Path file, Map<String, String> environment, String variable, String option,
		String user) throws IOException
	{
		if (file != null) return fromFile(file);
		String env = environment.get(variable);
		if (env == null || env.isEmpty()) {
			throw new IllegalArgumentException(user + " needs its password: " + option + " F or " + variable);
		}
		return env.toCharArray();
	}

	/** The file's first line, without its line end. The bytes read are wiped. */
	public static char[] fromFile(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb &&
				(bytes[2] & 0xff) == 0xbf ? 3 : 0; // a UTF-8 byte order mark
			int end = start;
			while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
			if (end == start) {
				throw new IOException("the password file " + file + " is empty (its first line is blank)");
			}
			CharBuffer chars;
			try {
				chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, start, end - start));
			}
			catch (CharacterCodingException e) {
				throw new IOException("the password file " + file + " is not UTF-8 text");
			}
			char[] password = new char[chars.remaining()];
			chars.get(password);
			if (chars.hasArray()) Arrays.fill(chars.array(), '\0');
			return password;
		}
		finally {
			Arrays.fill(bytes, (byte) 0);
		}
	}

	/** Overwrites the password in memory. */
	public static void wipe(char[] password) {
		if (password != null) Arrays.fill(password, '\0');
	}
}
