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

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** A multipart/form-data body built by hand for the tests, held in memory or streamed. */
final class Multipart {

	final String boundary;
	private final List<Supplier<InputStream>> pieces = new ArrayList<>();
	private long length;

	Multipart() {
		this("sandbox-test-" + Long.toHexString(System.nanoTime()));
	}

	Multipart(String boundary) {
		this.boundary = boundary;
	}

	String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	Multipart file(String name, String filename, byte[] content) {
		return file(name, filename, content.length, () -> new java.io.ByteArrayInputStream(content));
	}

	Multipart file(String filename, byte[] content) {
		return file("files", filename, content);
	}

	/** A file part whose content is streamed from {@code content} ({@code size} bytes). */
	Multipart file(String name, String filename, long size, Supplier<InputStream> content) {
		text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" +
			filename.replace("\"", "\\\"") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		pieces.add(content);
		length += size;
		text("\r\n");
		return this;
	}

	Multipart field(String name, String value) {
		return text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value +
			"\r\n");
	}

	private Multipart text(String s) {
		byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
		pieces.add(() -> new java.io.ByteArrayInputStream(bytes));
		length += bytes.length;
		return this;
	}

	/** The body with its closing boundary. */
	InputStream stream() {
		List<InputStream> streams = new ArrayList<>();
		for (Supplier<InputStream> p : pieces) streams.add(p.get());
		streams.add(new java.io.ByteArrayInputStream(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
		return new SequenceInputStream(Collections.enumeration(streams));
	}

	long length() {
		return length + ("--" + boundary + "--\r\n").length();
	}

	byte[] bytes() {
		try (InputStream in = stream()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
