package org.biadeposit.biostudies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's size and MD5 and SHA-256 digests (lower-case hex), computed locally while the file was sent.
 */
public record Checksums(long size, String md5, String sha256) {

	/** Reads the whole file once. Used only for files that are not sent and have no journal entry. */
	public static Checksums of(Path file) throws IOException {
		Digests d = new Digests();
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) >= 0;) d.update(buffer, 0, n);
		}
		return d.result();
	}

	/** MD5 and SHA-256 fed together; for one pass over the bytes. */
	static final class Digests {

		private final MessageDigest md5, sha256;
		private long size;

		Digests() {
			try {
				md5 = MessageDigest.getInstance("MD5");
				sha256 = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java platform has MD5 and SHA-256", e);
			}
		}

		void update(byte[] bytes, int offset, int length) {
			md5.update(bytes, offset, length);
			sha256.update(bytes, offset, length);
			size += length;
		}

		Checksums result() {
			HexFormat hex = HexFormat.of();
			return new Checksums(size, hex.formatHex(md5.digest()), hex.formatHex(sha256.digest()));
		}
	}
}
