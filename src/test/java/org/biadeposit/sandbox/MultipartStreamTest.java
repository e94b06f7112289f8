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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming multipart reader on its own: delimiters across reads and buffers, near misses, headers. */
class MultipartStreamTest {

	private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

	/** Returns at most a few bytes per read, so delimiters fall across reads. */
	private static final class Trickle extends InputStream {
		private final InputStream in;
		private final Random random = new Random(7);

		Trickle(byte[] bytes) {
			this.in = new ByteArrayInputStream(bytes);
		}

		@Override
		public int read() throws IOException {
			return in.read();
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			return in.read(b, off, Math.min(len, 1 + random.nextInt(7)));
		}
	}

	/** Content full of things that look like the start of a delimiter. */
	private static byte[] tricky(int size, long seed) {
		Random random = new Random(seed);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] near = { "\r\n--" + BOUNDARY.substring(0, 10) + "X", "\r\n-", "\r\n--", "\r", "\r\n",
			"--" + BOUNDARY, "\n--" + BOUNDARY, "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) };
		while (out.size() < size) {
			if (random.nextInt(10) == 0) out.writeBytes(near[random.nextInt(near.length)].getBytes(
				StandardCharsets.ISO_8859_1));
			else {
				byte[] chunk = new byte[random.nextInt(300)];
				random.nextBytes(chunk);
				out.writeBytes(chunk);
			}
		}
		byte[] all = java.util.Arrays.copyOf(out.toByteArray(), size);
		// A whole delimiter cannot be content (the sender picks a boundary that does not occur): break any.
		byte[] delimiter = ("\r\n--" + BOUNDARY).getBytes(StandardCharsets.ISO_8859_1);
		for (int i = 0; i + delimiter.length <= all.length; i++) {
			if (java.util.Arrays.equals(all, i, i + delimiter.length, delimiter, 0, delimiter.length)) all[i + 2] = 'X';
		}
		return all;
	}

	private static List<byte[]> readAll(byte[] body) throws IOException {
		MultipartStream parts = new MultipartStream(new Trickle(body), BOUNDARY, 1);
		List<byte[]> contents = new ArrayList<>();
		while (parts.next()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			parts.copyTo(out);
			contents.add(out.toByteArray());
		}
		return contents;
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 37, 8_000, 8_200, 70_000, 200_000 })
	void contentComesBackByteForByte(int size) throws IOException {
		byte[] first = tricky(size, size);
		byte[] second = tricky(size / 2 + 3, size + 1);
		Multipart m = new Multipart(BOUNDARY).file("a.bin", first).field("note", "x").file("b.bin", second);
		List<byte[]> contents = readAll(m.bytes());
		assertEquals(3, contents.size());
		assertArrayEquals(first, contents.get(0));
		assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), contents.get(1));
		assertArrayEquals(second, contents.get(2));
	}

	@Test
	void contentMayEndInWhatLooksLikeADelimiter() throws IOException {
		for (String end : new String[] { "\r", "\r\n", "\r\n-", "\r\n--", "\r\n--" + BOUNDARY.substring(0, 5) }) {
			byte[] content = ("data" + end).getBytes(StandardCharsets.ISO_8859_1);
			assertArrayEquals(content, readAll(new Multipart(BOUNDARY).file("f", content).bytes()).get(0), end);
		}
	}

	@Test
	void preambleEpilogueAndSkippedParts() throws IOException {
		String body = "preamble text\r\n--" + BOUNDARY + "\r\n" +
			"Content-Disposition: form-data; name=\"filePath\"\r\n\r\ninbox\r\n--" + BOUNDARY + "  \r\n" +
			"Content-Disposition: form-data; name=\"files\"; filename=\"a \\\"quoted\\\" name.tif\"\r\n" +
			"Content-Type: image/tiff\r\n\r\nTIFF\r\n--" + BOUNDARY + "\r\n" +
			"Content-Disposition: form-data; name=\"files\"; filename=\"x\"; filename*=UTF-8''caf%C3%A9+1.tif\r\n" +
			"\r\nskipped\r\n--" + BOUNDARY + "--\r\nepilogue";
		MultipartStream parts = new MultipartStream(new Trickle(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY);
		assertTrue(parts.next());
		assertEquals("filePath", parts.name());
		assertNull(parts.filename());
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		parts.copyTo(text);
		assertEquals("inbox", text.toString(StandardCharsets.UTF_8));
		assertTrue(parts.next());
		assertEquals("files", parts.name());
		assertEquals("a \"quoted\" name.tif", parts.filename());
		assertEquals("image/tiff", parts.headers().get("content-type"));
		// Not read: the next part skips it.
		assertTrue(parts.next());
		assertEquals("café+1.tif", parts.filename());
		assertFalse(parts.next());
		assertFalse(parts.next());
	}

	@Test
	void aBodyWithoutItsClosingBoundaryIsMalformed() {
		byte[] truncated = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\"" +
			"\r\n\r\nsome content that never ends").getBytes(StandardCharsets.UTF_8);
		assertThrows(MultipartStream.MalformedException.class, () -> readAll(truncated));
		byte[] noHeaders = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data").getBytes(StandardCharsets.UTF_8);
		assertThrows(MultipartStream.MalformedException.class, () -> readAll(noHeaders));
		byte[] garbage = ("--" + BOUNDARY + "garbage").getBytes(StandardCharsets.UTF_8);
		assertThrows(MultipartStream.MalformedException.class, () -> readAll(garbage));
	}

	@Test
	void boundaryFromTheContentType() {
		assertEquals("abc", MultipartStream.boundaryOf("multipart/form-data; boundary=abc"));
		assertEquals("a b;c", MultipartStream.boundaryOf("Multipart/Form-Data; charset=UTF-8; boundary=\"a b;c\""));
		assertNull(MultipartStream.boundaryOf("application/json"));
		assertNull(MultipartStream.boundaryOf("multipart/form-data"));
		assertNull(MultipartStream.boundaryOf(null));
	}
}
