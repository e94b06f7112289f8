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

/**
 * The FTP account for uploads ({@code --ftp-user}, {@code --ftp-password-file} or {@code BIA_FTP_PASSWORD}) and the
 * FTP host: the account the BioStudies submission tool shows to its FTP users. The password is held until
 * {@link #wipe()}; neither it nor the user name is ever part of {@link #toString()} or a message.
 */
public final class FtpLogin {

	/** BIA's FTP upload host. */
	public static final String DEFAULT_HOST = "ftp-private.ebi.ac.uk";
	public static final int DEFAULT_PORT = 21;

	private final String host;
	private final int port;
	private final UploadAccount account;

	/**
	 * @param hostAndPort {@code HOST} or {@code HOST:PORT}; null for {@link #DEFAULT_HOST}
	 * @param password kept (not copied) until {@link #wipe()}
	 * @throws IllegalArgumentException for a port that is not a number from 1 to 65535, or no user or password
	 */
	public FtpLogin(String hostAndPort, String user, char[] password) {
		String h = hostAndPort == null || hostAndPort.isBlank() ? DEFAULT_HOST : hostAndPort.strip();
		int colon = h.lastIndexOf(':');
		int p = DEFAULT_PORT;
		if (colon >= 0 && h.indexOf(':') == colon) {
			String digits = h.substring(colon + 1);
			if (!digits.matches("\\d{1,5}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 65535) {
				throw new IllegalArgumentException("--ftp-host takes HOST or HOST:PORT with a port from 1 to " +
					"65535, not '" + h + "'");
			}
			p = Integer.parseInt(digits);
			h = h.substring(0, colon);
		}
		if (h.isEmpty()) throw new IllegalArgumentException("--ftp-host names no host");
		this.account = new UploadAccount("FTP", "ftp", user, password);
		this.host = h;
		this.port = p;
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	String user() {
		return account.user();
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
		return host + ":" + port;
	}
}
