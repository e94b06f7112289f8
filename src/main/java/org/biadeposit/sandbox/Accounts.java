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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Who can log in, their user folders, and the open sessions (in memory: a restart logs everyone out). */
final class Accounts {

	/** A user, the secret that names their folder, and the folder. */
	record Account(SandboxUser user, String secret, Path folder) {
		String email() {
			return user.email();
		}
	}

	private final Map<String, Account> byEmail = new LinkedHashMap<>();
	private final Map<String, Account> sessions = new ConcurrentHashMap<>();
	private final Map<String, LocalDateTime> lastLogin = new ConcurrentHashMap<>();
	private final SecureRandom random = new SecureRandom();

	private final boolean ftp;

	/** {@code ftp}: the users' folders are reached over FTP too, so the profile says {@code uploadType: ftp}. */
	Accounts(List<SandboxUser> users, Path usersRoot, boolean ftp) throws IOException {
		this.ftp = ftp;
		for (SandboxUser u : users) {
			String secret = secretOf(u.email());
			Path folder = usersRoot.resolve(secret);
			Files.createDirectories(folder);
			byEmail.put(u.key(), new Account(u, secret, folder.toRealPath()));
		}
	}

	/**
	 * The user's secret, shaped like BioStudies' ({@code <2 chars>/<rest>-a<user id>}) and derived from the e-mail
	 * address alone, so that a user keeps their folder across restarts.
	 */
	static String secretOf(String email) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.trim().toLowerCase(Locale.ROOT)
				.getBytes(StandardCharsets.UTF_8));
			String hex = HexFormat.of().formatHex(digest);
			int id = 1 + Integer.parseInt(hex.substring(32, 37), 16) % 99999;
			return hex.substring(0, 2) + "/" + hex.substring(2, 32) + "-a" + id;
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java", e);
		}
	}

	List<Account> all() {
		return List.copyOf(byEmail.values());
	}

	Account byEmail(String email) {
		return email == null ? null : byEmail.get(email.trim().toLowerCase(Locale.ROOT));
	}

	/** The account for these credentials, or null. */
	Account check(String login, String password) {
		Account a = byEmail(login);
		if (a == null || password == null) return null;
		boolean same = MessageDigest.isEqual(a.user().password().getBytes(StandardCharsets.UTF_8),
			password.getBytes(StandardCharsets.UTF_8));
		return same ? a : null;
	}

	/** Every token ever issued, for tests that check a client never shows one. */
	private final java.util.Set<String> issued = java.util.concurrent.ConcurrentHashMap.newKeySet();

	java.util.Set<String> issued() {
		return java.util.Set.copyOf(issued);
	}

	/** Opens a session and returns its token. */
	String open(Account account) {
		byte[] bytes = new byte[20];
		random.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		sessions.put(token, account);
		issued.add(token);
		lastLogin.put(account.user().key(), LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
		return token;
	}

	/** {@code ftp} or {@code nfs}, as BioStudies' profile says how a user's folder is reached. */
	String uploadType() {
		return ftp ? "ftp" : "nfs";
	}

	/** When the account last logged in (UTC), which the profile shows as {@code lastActivity}. */
	LocalDateTime lastActivity(Account account) {
		return lastLogin.getOrDefault(account.user().key(), LocalDateTime.now(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MILLIS));
	}

	void close(String token) {
		if (token != null) sessions.remove(token);
	}

	Account session(String token) {
		return token == null ? null : sessions.get(token);
	}
}
