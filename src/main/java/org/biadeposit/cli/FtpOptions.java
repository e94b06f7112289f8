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
package org.biadeposit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.biadeposit.biostudies.FtpLogin;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.UploadRoute;

import picocli.CommandLine.Option;

/**
 * The route options of {@code bia submit}: {@code --via} (see also {@link AsperaOptions}), and the FTP account the BioStudies submission tool shows
 * ({@code --ftp-user}, {@code --ftp-password-file} or {@code BIA_FTP_PASSWORD}, {@code --ftp-host}). The FTP
 * password is never taken from the command line: {@code --ftp-password} is recognised only to refuse it.
 */
final class FtpOptions {

	/** The environment variable that may hold the FTP password. */
	static final String PASSWORD_VARIABLE = "BIA_FTP_PASSWORD";

	@Option(names = "--via", paramLabel = "http|ftp|aspera|auto", description = "how the files go (default: auto: " +
		"HTTP when the upload is under 50 GB and every file at most 20 GB, FTP up to 1 TB, Aspera above when ascp is " +
		"on the PATH and --aspera-user given, else FTP)")
	String via = "auto";

	@Option(names = "--ftp-user", paramLabel = "NAME", description = "the FTP user name the BioStudies " +
		"submission tool shows")
	String user;

	@Option(names = "--ftp-password-file", paramLabel = "FILE", description = "read the FTP password from FILE's " +
		"first line (else " + PASSWORD_VARIABLE + ")")
	Path passwordFile;

	@Option(names = "--ftp-host", paramLabel = "HOST[:PORT]", description = "the FTP host (default: " +
		FtpLogin.DEFAULT_HOST + ")")
	String host;

	@Option(names = "--ftp-password", arity = "0..1", hidden = true)
	String refusedPassword;

	static final String REFUSAL = "an FTP password is never taken from the command line (it would stay in the " +
		"shell history and the process list); use --ftp-password-file F or " + PASSWORD_VARIABLE;

	UploadRoute route() {
		return UploadRoute.of(via);
	}

	/**
	 * The FTP account, or null when none is given (the HTTP route needs none; the FTP route then says what to give).
	 * The caller wipes it.
	 *
	 * @throws IllegalArgumentException for a password on the command line, or a password without a user
	 */
	FtpLogin login(Map<String, String> environment) throws IOException {
		if (refusedPassword != null) throw new IllegalArgumentException(REFUSAL);
		if (user == null || user.isBlank()) {
			if (passwordFile != null) throw new IllegalArgumentException("--ftp-password-file needs --ftp-user NAME");
			if (route() == UploadRoute.FTP) {
				throw new IllegalArgumentException("--via ftp needs the FTP account the BioStudies submission tool " +
					"shows: --ftp-user NAME, and --ftp-password-file F or " + PASSWORD_VARIABLE);
			}
			return null;
		}
		char[] password = Password.fromFileOrVariable(passwordFile, environment, PASSWORD_VARIABLE,
			"--ftp-password-file", "--ftp-user");
		try {
			return new FtpLogin(host, user, password);
		}
		catch (IllegalArgumentException e) {
			Password.wipe(password);
			throw e;
		}
	}
}
