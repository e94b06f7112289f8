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
