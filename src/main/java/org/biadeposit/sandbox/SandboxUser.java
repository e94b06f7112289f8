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
package org.biadeposit.sandbox;

import java.util.Locale;
import java.util.Objects;

/**
 * A depositor account of the sandbox: the e-mail address that logs in, its password and the full name the profile
 * shows. The password is never part of {@link #toString()}.
 */
public record SandboxUser(String email, String password, String fullName) {

	public SandboxUser {
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(password, "password");
		if (email.isBlank()) throw new IllegalArgumentException("a sandbox user needs an e-mail address");
		if (password.isEmpty()) throw new IllegalArgumentException("the sandbox user " + email + " needs a password");
		email = email.trim();
		if (fullName == null || fullName.isBlank()) {
			int at = email.indexOf('@');
			fullName = at > 0 ? email.substring(0, at) : email;
		}
	}

	/** Parses {@code email:password} (the password is everything after the first colon), as {@code --user} takes it. */
	public static SandboxUser parse(String emailColonPassword) {
		int colon = emailColonPassword.indexOf(':');
		if (colon <= 0 || colon == emailColonPassword.length() - 1) throw new IllegalArgumentException(
			"a user is given as email:password, not '" + emailColonPassword.replaceAll(":.*", ":…") + "'");
		return new SandboxUser(emailColonPassword.substring(0, colon), emailColonPassword.substring(colon + 1), null);
	}

	String key() {
		return email.toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return "SandboxUser[" + email + ", " + fullName + "]";
	}
}
