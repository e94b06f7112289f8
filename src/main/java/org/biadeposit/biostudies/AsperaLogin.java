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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The Aspera account the BioStudies submission tool shows to FTP-mode users (its user name and password), how fast to
 * send ({@code ascp -l}), and where IBM's {@code ascp} is looked for: the directories of a {@code PATH}-style search
 * path, by default this process's {@code PATH}; {@code ascp} runs with that search path as its {@code PATH}. The
 * password reaches {@code ascp} only through its environment ({@code ASPERA_SCP_PASS}), never its argument list.
 */
public final class AsperaLogin {

	/** BIA's Aspera host, as the submission tool's help names it. */
	public static final String HOST = "fasp.ebi.ac.uk";
	/** The port the submission tool's help gives ({@code -P33001}). */
	public static final int PORT = 33001;
	/** The target rate the submission tool's help gives ({@code -l 400M}: 400 Mbit/s). */
	public static final String DEFAULT_RATE = "400M";

	/** Why the Aspera route cannot be taken without {@code ascp}, and what to do. */
	public static final String NO_ASCP = "--via aspera needs IBM's ascp, which is not on the PATH: install IBM " +
		"Aspera Connect or the IBM Aspera command-line interface and put the folder holding ascp on the PATH, or " +
		"send by FTP (--via ftp, with --ftp-user and --ftp-password-file)";

	private final UploadAccount account;
	private String rate = DEFAULT_RATE;
	private String searchPath = System.getenv("PATH");

	/**
	 * @param password kept (not copied) until {@link #wipe()}
	 * @throws IllegalArgumentException for no user or no password
	 */
	public AsperaLogin(String user, char[] password) {
		this.account = new UploadAccount("Aspera", "aspera", user, password);
	}

	/**
	 * The target rate of each {@code ascp} session ({@code --aspera-rate}): see {@link #rateOf}.
	 *
	 * @throws IllegalArgumentException for a rate {@link #rateOf} refuses
	 */
	public AsperaLogin rate(String r) {
		this.rate = rateOf(r);
		return this;
	}

	/**
	 * A target rate as {@code ascp -l} takes it: a whole number of kilobits per second, or with {@code K}, {@code M}
	 * or {@code G} ({@code 400M}, the default, is 400 Mbit/s); in upper case.
	 *
	 * @throws IllegalArgumentException for anything else
	 */
	public static String rateOf(String r) {
		String s = r == null ? "" : r.strip().toUpperCase(Locale.ROOT);
		if (!s.matches("[1-9]\\d{0,8}[KMG]?")) {
			throw new IllegalArgumentException("--aspera-rate takes a rate such as 400M (Mbit/s), 2G or 50000 " +
				"(kbit/s), not '" + r + "'");
		}
		return s;
	}

	/** Where {@code ascp} is looked for, and the {@code PATH} it runs with (default: this process's PATH). */
	public AsperaLogin searchPath(String path) {
		this.searchPath = path;
		return this;
	}

	/** IBM's {@code ascp} on the search path, or null when it is not there. */
	public Path ascp() {
		if (searchPath == null) return null;
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
		for (String dir : searchPath.split(File.pathSeparator)) {
			if (dir.isBlank()) continue;
			for (String name : windows ? new String[] { "ascp.exe", "ascp" } : new String[] { "ascp" }) {
				try {
					Path p = Path.of(dir.strip(), name);
					if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toAbsolutePath();
				}
				catch (InvalidPathException e) {
					// not a directory name: skipped, as a shell would
				}
			}
		}
		return null;
	}

	String searchPath() {
		return searchPath;
	}

	String user() {
		return account.user();
	}

	String rateOption() {
		return rate;
	}

	/** The password itself (not a copy): the caller must not keep it. */
	char[] password() {
		return account.password();
	}

	/** Overwrites the password. */
	public void wipe() {
		account.wipe();
	}

	/** {@code host:port}, without the account. */
	@Override
	public String toString() {
		return HOST + ":" + PORT;
	}
}
