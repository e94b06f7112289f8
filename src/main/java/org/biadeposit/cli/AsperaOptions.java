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

import org.biadeposit.biostudies.AsperaLogin;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.UploadRoute;

import picocli.CommandLine.Option;

/**
 * The Aspera options of {@code bia submit}: the Aspera account the BioStudies submission tool shows
 * ({@code --aspera-user}, {@code --aspera-password-file} or {@code BIA_ASPERA_PASSWORD}) and the target rate
 * ({@code --aspera-rate}). IBM's {@code ascp} is looked for on the PATH. The password is never taken from the
 * command line: {@code --aspera-password} is recognised only to refuse it.
 */
final class AsperaOptions {

	/** The environment variable that may hold the Aspera password. */
	static final String PASSWORD_VARIABLE = "BIA_ASPERA_PASSWORD";

	@Option(names = "--aspera-user", paramLabel = "NAME", description = "the Aspera user name the BioStudies " +
		"submission tool shows")
	String user;

	@Option(names = "--aspera-password-file", paramLabel = "FILE", description = "read the Aspera password from " +
		"FILE's first line (else " + PASSWORD_VARIABLE + ")")
	Path passwordFile;

	@Option(names = "--aspera-rate", paramLabel = "RATE", description = "the target rate of each ascp session, in " +
		"kbit/s or with K, M or G (default: " + AsperaLogin.DEFAULT_RATE + ", 400 Mbit/s)")
	String rate;

	@Option(names = "--aspera-password", arity = "0..1", hidden = true)
	String refusedPassword;

	static final String REFUSAL = "an Aspera password is never taken from the command line (it would stay in the " +
		"shell history and the process list); use --aspera-password-file F or " + PASSWORD_VARIABLE;

	/**
	 * The Aspera account, or null when none is given (the other routes need none; the Aspera route then says what
	 * to give). {@code ascp} is looked for on the environment's PATH. The caller wipes it.
	 *
	 * @throws IllegalArgumentException for a password on the command line, a password without a user, a bad rate, or
	 *   {@code --via aspera} without the account or without {@code ascp} on the PATH
	 */
	AsperaLogin login(UploadRoute route, Map<String, String> environment) throws IOException {
		if (refusedPassword != null) throw new IllegalArgumentException(REFUSAL);
		if (user == null || user.isBlank()) {
			if (rate != null) AsperaLogin.rateOf(rate); // a mistyped rate is said even when not used
			if (passwordFile != null) {
				throw new IllegalArgumentException("--aspera-password-file needs --aspera-user NAME");
			}
			if (route == UploadRoute.ASPERA) {
				throw new IllegalArgumentException("--via aspera needs the Aspera account the BioStudies submission " +
					"tool shows: --aspera-user NAME, and --aspera-password-file F or " + PASSWORD_VARIABLE);
			}
			return null;
		}
		String r = rate == null ? AsperaLogin.DEFAULT_RATE : AsperaLogin.rateOf(rate); // before reading a password
		char[] password = Password.fromFileOrVariable(passwordFile, environment, PASSWORD_VARIABLE,
			"--aspera-password-file", "--aspera-user");
		AsperaLogin login = new AsperaLogin(user, password).rate(r).searchPath(environment.get("PATH"));
		if (route == UploadRoute.ASPERA && login.ascp() == null) {
			login.wipe();
			throw new IllegalArgumentException(AsperaLogin.NO_ASCP);
		}
		return login;
	}
}
