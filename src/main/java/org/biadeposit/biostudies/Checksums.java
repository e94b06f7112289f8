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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's size and SHA-256 digest, and its MD5 digest when asked for (lower-case hex), computed locally while the
 * file was sent. SHA-256 is always computed; MD5 only on request ({@code --md5}): BioStudies returns neither, and MD5
 * costs more CPU than sending the bytes does.
 *
 * @param md5 null when it was not asked for
 */
public record Checksums(long size, String md5, String sha256) {

	/** Reads the whole file once and gives both digests. */
	public static Checksums of(Path file) throws IOException {
		return of(file, true);
	}

	/**
	 * Reads the whole file once. Used for files that are not sent and have no usable journal entry.
	 *
	 * @param md5 whether to compute MD5 too (SHA-256 always)
	 */
	public static Checksums of(Path file, boolean md5) throws IOException {
		Digests d = new Digests(md5);
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) >= 0;) d.update(buffer, 0, n);
		}
		return d.result();
	}

	/** The same size and SHA-256, without MD5: what is kept when MD5 was not asked for. */
	Checksums withoutMd5() {
		return md5 == null ? this : new Checksums(size, null, sha256);
	}

	/** SHA-256, and MD5 when asked for, fed together; for one pass over the bytes. */
	static final class Digests {

		private final MessageDigest md5, sha256;
		private long size;

		Digests(boolean withMd5) {
			try {
				md5 = withMd5 ? MessageDigest.getInstance("MD5") : null;
				sha256 = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java platform has MD5 and SHA-256", e);
			}
		}

		void update(byte[] bytes, int offset, int length) {
			if (md5 != null) md5.update(bytes, offset, length);
			sha256.update(bytes, offset, length);
			size += length;
		}

		Checksums result() {
			HexFormat hex = HexFormat.of();
			return new Checksums(size, md5 == null ? null : hex.formatHex(md5.digest()),
				hex.formatHex(sha256.digest()));
		}
	}
}
