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
package org.biadeposit.harvest;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Keeps the JDK XML parser's own error lines ("[Fatal Error] :1:1: Content is not allowed in prolog.") off stderr
 * while Bio-Formats reads: it parses with parsers that have no error handler of their own, and the JDK then prints
 * each error before throwing it. The error reaches the user anyway, as the file's harvest error. Other lines pass
 * as they are, as soon as they end (a progress line drawn with "\r" included).
 * <p>
 * stderr is the JVM's, shared with everything else in a Fiji: {@link ExternalXmlAccess} puts the filter in place
 * while the first Bio-Formats read starts and the previous stream back when the last one ends (unless someone else
 * replaced it meanwhile).
 * </p>
 */
final class XmlParserErrorLines {

	private static final String[] PREFIXES = { "[Fatal Error]", "[Error]", "[Warning]" };

	private final PrintStream previous;
	private final PrintStream filter;

	private XmlParserErrorLines(PrintStream previous) {
		this.previous = previous;
		this.filter = new PrintStream(new LineFilter(previous), true, charset());
	}

	/** Filters stderr until {@link #restore()}. */
	static XmlParserErrorLines install() {
		XmlParserErrorLines lines = new XmlParserErrorLines(System.err);
		System.setErr(lines.filter);
		return lines;
	}

	/** Puts the previous stderr back, unless another stream replaced the filter meanwhile. */
	void restore() {
		filter.flush();
		if (System.err == filter) System.setErr(previous);
	}

	/** The encoding stderr prints text in (Java 17 has no PrintStream.charset()). */
	private static Charset charset() {
		String name = System.getProperty("stderr.encoding", System.getProperty("sun.stderr.encoding"));
		try {
			return name == null ? Charset.defaultCharset() : Charset.forName(name);
		}
		catch (IllegalArgumentException e) {
			return Charset.defaultCharset();
		}
	}

	/** Passes whole lines on, except the parser's error lines. */
	private static final class LineFilter extends OutputStream {

		private final PrintStream target;
		private final ByteArrayOutputStream line = new ByteArrayOutputStream();

		LineFilter(PrintStream target) {
			this.target = target;
		}

		@Override
		public synchronized void write(int b) {
			line.write(b);
			if (b == '\n' || b == '\r') pass(true);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			for (int i = off; i < off + len; i++) write(b[i]);
		}

		@Override
		public synchronized void flush() {
			pass(false);
			target.flush();
		}

		/** Sends the line on unless it is (or, unfinished, may become) a parser error line. */
		private void pass(boolean ended) {
			if (line.size() == 0) return;
			String text = line.toString(java.nio.charset.StandardCharsets.ISO_8859_1); // the prefixes are ASCII
			for (String p : PREFIXES) {
				if (text.startsWith(p)) {
					if (ended) line.reset();
					return;
				}
				if (!ended && p.startsWith(text)) return; // wait for the rest of it
			}
			target.write(line.toByteArray(), 0, line.size());
			line.reset();
		}
	}
}
