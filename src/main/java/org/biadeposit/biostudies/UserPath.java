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

/** Paths in the user folder on the server. */
final class UserPath {

	private UserPath() {}

	/**
	 * A path in the user folder, checked and normalised: {@code /}-separated, no leading or trailing slash, no empty,
	 * {@code .} or {@code ..} parts, no backslash; {@code ""} for the root (also for null).
	 *
	 * @throws IllegalArgumentException when the path would leave the user folder or uses backslashes
	 */
	static String of(String path) {
		if (path == null) return "";
		String p = path.strip();
		while (p.startsWith("/")) p = p.substring(1);
		while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
		if (p.isEmpty()) return "";
		if (p.contains("\\")) throw new IllegalArgumentException("use / in remote paths, not \\: " + path);
		for (String part : p.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) {
				throw new IllegalArgumentException("not a path inside the user folder: '" + path + "'");
			}
		}
		return p;
	}

	/**
	 * The user folder's path on an FTP or Aspera server: the login profile's {@code secret}, without leading or
	 * trailing slashes.
	 *
	 * @param route the route that needs it, for the message ({@code "FTP"}, {@code "Aspera"})
	 * @throws BioStudiesException when the profile names no folder (an empty secret, or one that is not a folder)
	 */
	static String secretFolder(String secret, String route) throws BioStudiesException {
		String s = secret == null ? "" : secret.strip().replaceAll("^/+|/+$", "");
		if (s.isEmpty() || s.contains("..") || s.contains("\\")) {
			throw new BioStudiesException("the login answer names no upload folder for " + route + " (its 'secret' " +
				"is " + (s.isEmpty() ? "empty" : "not a folder") + "); send over HTTP (--via http) or ask BioStudies");
		}
		return s;
	}

	/** The folder a checked path ({@link #of}) is in: {@code ""} for the root. */
	static String parent(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? "" : path.substring(0, slash);
	}
}
