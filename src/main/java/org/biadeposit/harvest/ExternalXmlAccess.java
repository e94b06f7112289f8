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

import java.util.HashMap;
import java.util.Map;

/**
 * Refuses, JVM-wide, the XML parsers' access to external DTDs, entities, schemas and stylesheets while Bio-Formats
 * reads a file. Our own parsers are made safe by {@link UntrustedXml}; Bio-Formats parses OME-XML (and the XML inside
 * vendor files) with default JAXP factories, which would read a file or fetch a URL that a crafted document's
 * DOCTYPE names, and its text would reach the record, deposit.yaml and the submission. The JAXP properties
 * ({@code javax.xml.accessExternalDTD}, {@code …Schema}, {@code …Stylesheet}) are read whenever a factory is made,
 * so setting them to the empty list of allowed protocols covers every parser Bio-Formats makes meanwhile.
 * <p>
 * They are system properties, so other code parsing XML in the same JVM while a harvest runs is refused external
 * access too; the previous values are restored when the last Bio-Formats read ends. A value the user set is never
 * widened. The command line sets them for its whole run ({@link #refuseForThisJvm()}).
 * </p>
 * <p>
 * Meanwhile the parsers' own error lines are kept off stderr ({@link XmlParserErrorLines}).
 * </p>
 */
public final class ExternalXmlAccess implements AutoCloseable {

	static final String[] PROPERTIES = { "javax.xml.accessExternalDTD", "javax.xml.accessExternalSchema",
		"javax.xml.accessExternalStylesheet" };

	private static final Object LOCK = new Object();
	private static int open;
	private static Map<String, String> previous;
	private static XmlParserErrorLines stderr;

	private boolean closed;

	private ExternalXmlAccess() {}

	/** Refuses external access until the returned handle (and every other one open) is closed. */
	static ExternalXmlAccess refused() {
		synchronized (LOCK) {
			if (open++ == 0) {
				previous = new HashMap<>();
				for (String p : PROPERTIES) {
					previous.put(p, System.getProperty(p));
					System.setProperty(p, "");
				}
				stderr = XmlParserErrorLines.install();
			}
		}
		return new ExternalXmlAccess();
	}

	/** For a JVM that is ours alone (the command line): refused from now on. */
	public static void refuseForThisJvm() {
		synchronized (LOCK) {
			for (String p : PROPERTIES) System.setProperty(p, "");
			if (previous != null) for (String p : PROPERTIES) previous.put(p, "");
		}
	}

	@Override
	public void close() {
		synchronized (LOCK) {
			if (closed) return;
			closed = true;
			if (--open == 0) {
				for (String p : PROPERTIES) {
					String v = previous.get(p);
					if (v == null) System.clearProperty(p);
					else System.setProperty(p, v);
				}
				previous = null;
				stderr.restore();
				stderr = null;
			}
		}
	}
}
