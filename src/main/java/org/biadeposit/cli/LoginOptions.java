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

import org.biadeposit.biostudies.Password;

import picocli.CommandLine.Option;

/**
 * The options of the verbs that log in to BioStudies: {@code --server}, {@code --user}, {@code --password-file}.
 * The password comes from the prompt, {@code --password-file} or {@code BIA_PASSWORD}, never from the command line:
 * {@code --password} and {@code -p} are recognised only to refuse them.
 */
final class LoginOptions {

	@Option(names = "--server", paramLabel = "prod|beta|URL", description = "the BioStudies server: prod, beta, " +
		"or the URL of its API")
	String server;

	@Option(names = "--user", paramLabel = "EMAIL", description = "your BioStudies login")
	String user;

	@Option(names = "--password-file", paramLabel = "FILE", description = "read the password from FILE's first " +
		"line (else BIA_PASSWORD, else a prompt)")
	Path passwordFile;

	@Option(names = { "--password", "-p" }, arity = "0..1", hidden = true)
	String refusedPassword;

	/** Whether a password was given on the command line (it is refused, and never shown). */
	boolean passwordOnCommandLine() {
		return refusedPassword != null;
	}

	static final String REFUSAL = "a password is never taken from the command line (it would stay in the shell " +
		"history and the process list); use the prompt, --password-file F, or BIA_PASSWORD";

	/** The password: from the file, else BIA_PASSWORD, else typed at the prompt. The caller wipes it. */
	char[] password(Map<String, String> environment) throws IOException {
		String who = user;
		return Password.from(passwordFile, environment, () -> PasswordPrompt.ask(who));
	}
}
