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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body part by part as it arrives, through one fixed buffer: a part's content is
 * copied to an output stream and never held in memory, whatever its size.
 * <p>
 * Use: {@code while (parts.next()) { parts.name(); parts.filename(); parts.copyTo(out) or just go on }}. A part not
 * copied is skipped by the next {@link #next()}.
 * </p>
 */
final class MultipartStream {

	/** The body is not well-formed multipart. */
	static final class MalformedException extends IOException {
		private static final long serialVersionUID = 1L;

		MalformedException(String message) {
			super(message);
		}
	}

	static final int DEFAULT_BUFFER = 64 * 1024;
	private static final int MAX_HEADER_LINE = 8 * 1024;
	private static final int MAX_HEADERS = 64;
	private static final byte CR = '\r';
	private static final byte LF = '\n';

	private final InputStream in;
	/** CRLF "--" boundary: what ends every part's content. */
	private final byte[] delimiter;
	private final byte[] buffer;
	private int head;
	private int tail;
	private boolean eof;
	/** Whether content (or, at the start, the preamble) lies before the next delimiter. */
	private boolean contentPending = true;
	private boolean finished;
	private Map<String, String> headers = Map.of();
	private Map<String, String> disposition = Map.of();

	MultipartStream(InputStream in, String boundary) {
		this(in, boundary, DEFAULT_BUFFER);
	}

	MultipartStream(InputStream in, String boundary, int bufferSize) {
		if (boundary == null || boundary.isEmpty() || boundary.length() > 200) throw new IllegalArgumentException(
			"not a multipart boundary: " + boundary);
		this.in = in;
		this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		this.buffer = new byte[Math.max(bufferSize, Math.max(2 * delimiter.length, MAX_HEADER_LINE + 2))];
		// A virtual line break before the body lets the first boundary match the same delimiter as the others.
		buffer[0] = CR;
		buffer[1] = LF;
		tail = 2;
	}

	/** The boundary of a {@code multipart/form-data} content type, or null when it is not one. */
	static String boundaryOf(String contentType) {
		if (contentType == null) return null;
		Map<String, String> params = new LinkedHashMap<>();
		String type = parseHeaderValue(contentType, params);
		if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/")) return null;
		String boundary = params.get("boundary");
		return boundary == null || boundary.isEmpty() ? null : boundary;
	}

	/** Moves to the next part; false after the last one. */
	boolean next() throws IOException {
		if (finished) return false;
		if (contentPending) copyTo(OutputStream.nullOutputStream());
		if (!fill(2)) throw new MalformedException("the body ends after a boundary");
		if (buffer[head] == '-' && buffer[head + 1] == '-') {
			head += 2;
			finished = true;
			return false;
		}
		// Transport padding may follow the boundary, then CRLF.
		while (fill(1) && (buffer[head] == ' ' || buffer[head] == '\t')) head++;
		if (!fill(2) || buffer[head] != CR || buffer[head + 1] != LF) throw new MalformedException(
			"a boundary is not followed by a line break");
		head += 2;
		readHeaders();
		contentPending = true;
		return true;
	}

	/** The current part's headers, names in lower case. */
	Map<String, String> headers() {
		return headers;
	}

	/** The {@code name} of the current part's Content-Disposition, or null. */
	String name() {
		return disposition.get("name");
	}

	/** The {@code filename} (or decoded {@code filename*}) of the current part, or null when it is not a file. */
	String filename() {
		String extended = disposition.get("filename*");
		if (extended != null) {
			int quote = extended.indexOf("''");
			if (quote >= 0) {
				String charset = extended.substring(0, quote);
				String encoded = extended.substring(quote + 2).replace("+", "%2B");
				try {
					return URLDecoder.decode(encoded, charset.isEmpty() ? "UTF-8" : charset);
				}
				catch (IllegalArgumentException | java.io.UnsupportedEncodingException e) {
					// fall back to the plain filename
				}
			}
		}
		return disposition.get("filename");
	}

	/** Copies the current part's content to {@code out}, up to the next boundary. */
	void copyTo(OutputStream out) throws IOException {
		if (!contentPending) throw new IllegalStateException("the part's content was read already");
		int keep = delimiter.length - 1;
		while (true) {
			int at = indexOfDelimiter();
			if (at >= 0) {
				if (at > head) out.write(buffer, head, at - head);
				head = at + delimiter.length;
				contentPending = false;
				return;
			}
			// No whole delimiter here; its beginning may be among the last bytes, so keep those.
			int safe = tail - keep;
			if (safe > head) {
				out.write(buffer, head, safe - head);
				head = safe;
			}
			if (eof) throw new MalformedException("the body ends inside a part, before its closing boundary");
			compact();
			readMore();
		}
	}

	private int indexOfDelimiter() {
		byte first = delimiter[0];
		int last = tail - delimiter.length;
		outer:
		for (int i = head; i <= last; i++) {
			if (buffer[i] != first) continue;
			for (int j = 1; j < delimiter.length; j++) {
				if (buffer[i + j] != delimiter[j]) continue outer;
			}
			return i;
		}
		return -1;
	}

	private void readHeaders() throws IOException {
		Map<String, String> parsed = new LinkedHashMap<>();
		String line;
		while (!(line = readLine()).isEmpty()) {
			if (parsed.size() >= MAX_HEADERS) throw new MalformedException("too many part headers");
			int colon = line.indexOf(':');
			if (colon <= 0) throw new MalformedException("not a part header: " + line);
			parsed.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
		}
		headers = parsed;
		Map<String, String> params = new LinkedHashMap<>();
		String cd = parsed.get("content-disposition");
		if (cd != null) parseHeaderValue(cd, params);
		disposition = params;
	}

	private String readLine() throws IOException {
		while (true) {
			for (int i = head; i + 1 < tail; i++) {
				if (buffer[i] == CR && buffer[i + 1] == LF) {
					String line = new String(buffer, head, i - head, StandardCharsets.UTF_8);
					head = i + 2;
					return line;
				}
			}
			if (tail - head > MAX_HEADER_LINE) throw new MalformedException("a part header line is too long");
			if (eof) throw new MalformedException("the body ends inside part headers");
			compact();
			readMore();
		}
	}

	private boolean fill(int need) throws IOException {
		while (tail - head < need && !eof) {
			compact();
			readMore();
		}
		return tail - head >= need;
	}

	private void compact() {
		if (head == 0) return;
		System.arraycopy(buffer, head, buffer, 0, tail - head);
		tail -= head;
		head = 0;
	}

	/** Reads until the buffer is full or the body ends (which a request body always does). */
	private void readMore() throws IOException {
		while (tail < buffer.length) {
			int n = in.read(buffer, tail, buffer.length - tail);
			if (n < 0) {
				eof = true;
				return;
			}
			tail += n;
			if (n == 0) return;
		}
	}

	/**
	 * Parses {@code value; key=value; key="quoted \" value"} into the parameters (keys in lower case) and returns the
	 * value before the first semicolon.
	 */
	static String parseHeaderValue(String header, Map<String, String> params) {
		int semicolon = indexOfUnquoted(header, ';', 0);
		String first = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
		int i = semicolon;
		while (i >= 0 && i < header.length()) {
			int next = indexOfUnquoted(header, ';', i + 1);
			String part = header.substring(i + 1, next < 0 ? header.length() : next).trim();
			int eq = part.indexOf('=');
			if (eq > 0) {
				String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
				String value = part.substring(eq + 1).trim();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = unquote(value.substring(1, value.length() - 1));
				}
				params.putIfAbsent(key, value);
			}
			i = next;
		}
		return first;
	}

	private static int indexOfUnquoted(String s, char c, int from) {
		boolean quoted = false;
		for (int i = from; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (quoted && ch == '\\' && i + 1 < s.length()) i++;
			else if (ch == '"') quoted = !quoted;
			else if (ch == c && !quoted) return i;
		}
		return -1;
	}

	/** Undoes the escapes {@code \"} and {@code \\} of a quoted string; other backslashes stay. */
	private static String unquote(String s) {
		if (s.indexOf('\\') < 0) return s;
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
				out.append(s.charAt(++i));
			}
			else out.append(c);
		}
		return out.toString();
	}
}
