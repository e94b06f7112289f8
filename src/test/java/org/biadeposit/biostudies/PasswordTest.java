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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordTest {

	@TempDir
	Path tmp;

	@Test
	void theFilesFirstLineWithoutItsLineEnd() throws IOException {
		Path f = Files.writeString(tmp.resolve("pw"), "s3cret pässword \r\nsecond line\n", StandardCharsets.UTF_8);
		assertArrayEquals("s3cret pässword ".toCharArray(), Password.fromFile(f), "only the line end is removed");
		Files.writeString(f, "\uFEFFnoeol", StandardCharsets.UTF_8);
		assertArrayEquals("noeol".toCharArray(), Password.fromFile(f));
	}

	@Test
	void anEmptyFileIsAnErrorNotAnEmptyPassword() throws IOException {
		Path f = Files.writeString(tmp.resolve("pw"), "\nsecond");
		IOException e = assertThrows(IOException.class, () -> Password.fromFile(f));
		assertTrue(e.getMessage().contains("is empty"));
		assertThrows(IOException.class, () -> Password.fromFile(tmp.resolve("missing")));
	}

	@Test
	void theFileComesFirstThenTheEnvironmentThenThePrompt() throws IOException {
		Path f = Files.writeString(tmp.resolve("pw"), "from-file\n");
		Map<String, String> env = Map.of("BIA_PASSWORD", "from-env");
		assertArrayEquals("from-file".toCharArray(), Password.from(f, env, () -> "typed".toCharArray()));
		assertArrayEquals("from-env".toCharArray(), Password.from(null, env, () -> "typed".toCharArray()));
		assertArrayEquals("typed".toCharArray(), Password.from(null, Map.of("BIA_PASSWORD", ""),
			() -> "typed".toCharArray()));
	}

	@Test
	void withoutATerminalTheMessageSaysWhatToDo() {
		IOException e = assertThrows(IOException.class, () -> Password.from(null, Map.of(), () -> null));
		assertEquals("no password: there is no terminal to ask for it; give --password-file FILE or set BIA_PASSWORD",
			e.getMessage());
	}

	@Test
	void wipe() {
		char[] p = "abc".toCharArray();
		Password.wipe(p);
		assertArrayEquals(new char[3], p);
		Password.wipe(null);
		assertFalse(new String(p).contains("a"));
	}
}
