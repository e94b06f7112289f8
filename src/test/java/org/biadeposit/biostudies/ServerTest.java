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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerTest {

	@Test
	void prodAndBetaAreTheSpecsBaseUrls() {
		assertSame(Server.PROD, Server.of("prod"));
		assertSame(Server.BETA, Server.of(" BETA "));
		assertEquals("https://www.ebi.ac.uk/biostudies/submissions/api", Server.PROD.url());
		assertEquals("https://wwwdev.ebi.ac.uk/biostudies/submissions/api", Server.BETA.url());
		assertEquals("https://www.ebi.ac.uk/biostudies/studies/S-BIAD1234", Server.PROD.studyUrl("S-BIAD1234"));
		assertEquals("https://wwwdev.ebi.ac.uk/biostudies/studies/S-BIAD9", Server.BETA.studyUrl("S-BIAD9"));
		assertEquals("prod (https://www.ebi.ac.uk/biostudies/submissions/api)", Server.PROD.toString());
	}

	@Test
	void plainHttpIsRefusedUnlessTheHostIsLoopback() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> Server.of("http://biostudies.example.org/api"));
		assertTrue(e.getMessage().startsWith("refusing plain http:// to biostudies.example.org: the password and the " +
			"session token would cross the network unencrypted."), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Server.of("http://10.0.0.5:8080/api"));
		assertThrows(IllegalArgumentException.class, () -> Server.of("http://localhost.example.org/api"));
		assertThrows(IllegalArgumentException.class, () -> Server.of("http://[::2]/api"));
		for (String ok : new String[] { "http://localhost:8080/api", "http://127.0.0.1:8080/api",
			"http://127.1.2.3/api", "http://[::1]:9000/api", "http://LOCALHOST/api" })
		{
			assertTrue(Server.of(ok).isLoopback(), ok);
		}
	}

	@Test
	void httpsToAnyHostIsAcceptedWithoutConnecting() {
		Server s = Server.of("https://biostudies.example.org/submissions/api/");
		assertEquals("https://biostudies.example.org/submissions/api", s.url(), "no trailing slash");
		assertFalse(s.isLoopback());
		assertEquals("https://biostudies.example.org/submissions/api/submissions/S-BSST1.json", s.studyUrl("S-BSST1"));
	}

	@Test
	void aLocalServersStudyUrlIsItsSubmissionJson() {
		assertEquals("http://127.0.0.1:8080/api/submissions/S-BIAD1.json",
			Server.of("http://127.0.0.1:8080/api").studyUrl("S-BIAD1"));
	}

	@Test
	void otherMistakesAreExplained() {
		assertThrows(IllegalArgumentException.class, () -> Server.of(""));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Server.of("ftp://x")).getMessage()
			.contains("neither prod, beta nor an http(s):// URL"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> Server.of("https://ann:hunter2@biostudies.example.org/api"));
		assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Server.of("https://h.example.org/api?x=1"));
	}
}
