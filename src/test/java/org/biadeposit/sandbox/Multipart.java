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
