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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.biadeposit.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;

/**
 * The FTP route, into {@code /<secret>} on the sandbox's FTP endpoint, passes the upload-area conformance tests; a
 * refused login names neither the user nor the password.
 */
class FtpUploadAreaTest extends UploadAreaOnSandbox {

	@Override
	UploadArea open() throws IOException {
		return new FtpUploadArea(new FtpLogin("127.0.0.1:" + sandbox.ftpPort(), SandboxConfig.DEMO_EMAIL,
			SandboxConfig.DEMO_PASSWORD.toCharArray()), profile.secret());
	}

	@Override
	void cutNextUpload(long bytes) {
		sandbox.faults().resetFtpUploadAfter(bytes);
	}

	@Override
	boolean appends() {
		return true;
	}

	@Test
	void aRefusedLoginNamesNoCredential() throws IOException {
		String password = "not the ftp password";
		try (UploadArea wrong = new FtpUploadArea(new FtpLogin("127.0.0.1:" + sandbox.ftpPort(), SandboxConfig
			.DEMO_EMAIL, password.toCharArray()), profile.secret()))
		{
			BioStudiesException e = assertThrows(BioStudiesException.class, () -> wrong.list(""));
			assertTrue(e.getMessage().contains("did not accept the FTP user name or password"), e.getMessage());
			assertFalse(e.getMessage().contains(password), e.getMessage());
			assertFalse(e.getMessage().contains(SandboxConfig.DEMO_EMAIL), e.getMessage());
		}
	}

	@Test
	void theFolderIsTheSecretOne() throws IOException {
		area.createFolder("", "mine");
		assertTrue(java.nio.file.Files.isDirectory(onServer("mine")));
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> new FtpUploadArea(new FtpLogin(
			"127.0.0.1:" + sandbox.ftpPort(), "u", "p".toCharArray()), " / "));
		assertTrue(e.getMessage().contains("no upload folder for FTP"), e.getMessage());
	}
}
