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

import java.util.Arrays;
import java.util.Locale;

/**
 * The user name and password of an upload route's account (FTP, Aspera), as the BioStudies submission tool shows
 * them: checked once, the password held (not copied) until {@link #wipe()}. Neither is ever part of a message.
 */
final class UploadAccount {

	private final String user;
	private final char[] password;

	/**
	 * @param route the route's name in messages ({@code FTP}, {@code Aspera})
	 * @param option the route's option prefix ({@code ftp}: {@code --ftp-user}, {@code --ftp-password-file},
	 *          {@code BIA_FTP_PASSWORD})
	 * @throws IllegalArgumentException for no user or no password, naming the options that give them
	 */
	UploadAccount(String route, String option, String user, char[] password) {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("give the " + route + " user name the BioStudies submission tool " +
				"shows, with --" + option + "-user NAME");
		}
		if (password == null || password.length == 0) {
			throw new IllegalArgumentException("give the " + route + " password the BioStudies submission tool " +
				"shows, with --" + option + "-password-file F or BIA_" + option.toUpperCase(Locale.ROOT) +
				"_PASSWORD");
		}
		this.user = user.strip();
		this.password = password;
	}

	String user() {
		return user;
	}

	/** The password itself (not a copy): the caller must not keep it. */
	char[] password() {
		return password;
	}

	/** Overwrites the password. */
	void wipe() {
		Arrays.fill(password, '\0');
	}
}
