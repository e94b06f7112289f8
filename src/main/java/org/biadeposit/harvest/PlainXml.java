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

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of the plain XML that microscopes and OME writers produce: elements without namespace prefixes,
 * attributes, text, comments, the five predefined entities and character references, and an XML declaration that
 * names UTF-8 (or none). It builds a small tree of {@link Element}s, far cheaper than the JDK parser's DOM.
 * <p>
 * It answers null for anything outside that subset, however legal (a DOCTYPE, a CDATA section, a processing
 * instruction, a carriage return, a prefixed element, a name outside ASCII...) and for anything malformed. The caller
 * then reads the text with the hardened JDK parser ({@link UntrustedXml}), which gives the proper answer or message:
 * this reader only ever accepts documents that parser accepts too, and gives the same names, attribute values and
 * text for them. It never opens anything and expands no entity it does not know.
 * </p>
 */
final class PlainXml {

	/** Deeper nesting is left to the JDK parser; OME-XML nests about ten deep. */
	private static final int MAX_DEPTH = 64;

	/** Longer names and more attributes per element are left to the JDK parser and its limits. */
	private static final int MAX_NAME = 100, MAX_ATTRIBUTES = 100;

	/** One element: its name, its attributes in document order, its child elements and (for a leaf) its text. */
	static final class Element {

		final String name;
		/** Name, value, name, value... */
		final List<String> attributes = new ArrayList<>(8);
		final List<Element> children = new ArrayList<>(4);
		private String text;

		Element(String name) {
			this.name = name;
		}

		/** The attribute's value, or null when the element has none of that name. */
		String attribute(String attribute) {
			for (int i = 0; i < attributes.size(); i += 2) {
				if (attributes.get(i).equals(attribute)) return attributes.get(i + 1);
			}
			return null;
		}

		/** The character data directly in this element, as the DOM's text content gives it for a leaf. */
		String text() {
			return text == null ? "" : text;
		}
	}

	private final String xml;
	private int pos;

	private PlainXml(String xml) {
		this.xml = xml;
	}

	/** The root element of the document, or null when the text is not plain XML (see the class comment). */
	static Element parse(String xml) {
		try {
			return new PlainXml(xml).document();
		}
		catch (NotPlain | IndexOutOfBoundsException e) {
			return null;
		}
	}

	/** Thrown inside the reader when the text leaves the plain subset; never leaves this class. */
	private static final class NotPlain extends RuntimeException {

		private static final NotPlain INSTANCE = new NotPlain();

		private NotPlain() {
			super(null, null, false, false);
		}
	}

	private static NotPlain notPlain() {
		return NotPlain.INSTANCE;
	}

	private Element document() {
		if (xml.startsWith("<?xml")) declaration();
		misc();
		if (!at('<')) throw notPlain();
		Element root = element(0);
		misc();
		if (pos != xml.length()) throw notPlain();
		return root;
	}

	/** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}, encoding and standalone optional. */
	private void declaration() {
		pos = 5;
		if (!space()) throw notPlain();
		if (!"version".equals(name()) || !"1.0".equals(equalsValue(false))) throw notPlain();
		boolean spaced = space();
		if (spaced && xml.startsWith("encoding", pos)) {
			if (!"encoding".equals(name())) throw notPlain();
			if (!"UTF-8".equalsIgnoreCase(equalsValue(false))) throw notPlain();
			spaced = space();
		}
		if (spaced && xml.startsWith("standalone", pos)) {
			if (!"standalone".equals(name())) throw notPlain();
			String v = equalsValue(false);
			if (!"yes".equals(v) && !"no".equals(v)) throw notPlain();
			space();
		}
		if (!xml.startsWith("?>", pos)) throw notPlain();
		pos += 2;
	}

	/** Whitespace and comments outside the root element. */
	private void misc() {
		while (pos < xml.length()) {
			if (space()) continue;
			if (xml.startsWith("<!--", pos)) comment();
			else return;
		}
	}

	private void comment() {
		int end = xml.indexOf("--", pos + 4);
		if (end < 0 || !xml.startsWith("-->", end)) throw notPlain();
		for (int i = pos + 4; i < end; i++) character(xml.charAt(i));
		pos = end + 3;
	}

	private Element element(int depth) {
		if (depth > MAX_DEPTH) throw notPlain();
		pos++; // '<'
		String name = name();
		if (name.indexOf(':') >= 0) throw notPlain();
		Element e = new Element(name);
		while (true) {
			boolean spaced = space();
			if (at('/')) {
				if (!xml.startsWith("/>", pos)) throw notPlain();
				pos += 2;
				return e;
			}
			if (at('>')) {
				pos++;
				break;
			}
			if (!spaced) throw notPlain(); // attributes are separated by whitespace
			String attribute = name();
			if (e.attribute(attribute) != null || e.attributes.size() >= 2 * MAX_ATTRIBUTES) throw notPlain();
			e.attributes.add(attribute);
			e.attributes.add(equalsValue(true));
		}
		content(e, depth);
		// the end tag
		String end = name();
		if (!end.equals(name)) throw notPlain();
		space();
		if (!at('>')) throw notPlain();
		pos++;
		return e;
	}

	/**
	 * Everything up to and including the "&lt;/" of the element's end tag. The text is kept only while the element
	 * has no child element: as a substring while it is one plain run, else built.
	 */
	private void content(Element e, int depth) {
		int from = pos;
		StringBuilder text = null;
		boolean leaf = true;
		while (true) {
			char c = xml.charAt(pos);
			if (c == '<') {
				if (xml.startsWith("</", pos)) {
					if (leaf) e.text = text != null ? text.toString() : xml.substring(from, pos);
					pos += 2;
					return;
				}
				if (xml.startsWith("<!--", pos)) {
					if (leaf && text == null) text = new StringBuilder().append(xml, from, pos);
					comment();
					continue;
				}
				if (xml.startsWith("<!", pos) || xml.startsWith("<?", pos)) throw notPlain(); // CDATA, PI
				leaf = false;
				text = null;
				e.children.add(element(depth + 1));
				continue;
			}
			if (c == '&') {
				int at = pos;
				char referenced = reference();
				if (leaf) {
					if (text == null) text = new StringBuilder().append(xml, from, at);
					text.append(referenced);
				}
				continue;
			}
			if (c == '>' && xml.startsWith("]]>", pos - 2)) throw notPlain();
			character(c);
			if (text != null) text.append(c);
			pos++;
		}
	}

	/** An XML name of ASCII letters, digits, '_', '-', '.' and ':', not starting with a digit, '-' or '.'. */
	private String name() {
		int start = pos;
		char first = xml.charAt(pos);
		if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z' || first == '_' || first == ':')) {
			throw notPlain();
		}
		pos++;
		while (pos < xml.length()) {
			char c = xml.charAt(pos);
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' ||
				c == '.' || c == ':')
			{
				pos++;
			}
			else {
				break;
			}
		}
		if (pos - start > MAX_NAME) throw notPlain();
		String n = xml.substring(start, pos);
		if (n.startsWith(":") || n.endsWith(":") || n.indexOf(':') != n.lastIndexOf(':')) throw notPlain();
		return n;
	}

	/** {@code = "value"} or {@code = 'value'}, the value normalised as XML does for an attribute without a DTD. */
	private String equalsValue(boolean references) {
		space();
		if (!at('=')) throw notPlain();
		pos++;
		space();
		char quote = xml.charAt(pos);
		if (quote != '"' && quote != '\'') throw notPlain();
		pos++;
		StringBuilder v = null;
		int start = pos;
		while (true) {
			char c = xml.charAt(pos);
			if (c == quote) break;
			if (c == '<') throw notPlain();
			if (c == '&' || c == '\t' || c == '\n') {
				if (!references) throw notPlain();
				if (v == null) v = new StringBuilder(xml.length() - start < 64 ? 64 : 128).append(xml, start, pos);
				if (c == '&') {
					v.append(reference());
				}
				else {
					v.append(' ');
					pos++;
				}
				continue;
			}
			character(c);
			if (v != null) v.append(c);
			pos++;
		}
		String value = v == null ? xml.substring(start, pos) : v.toString();
		pos++; // the closing quote
		return value;
	}

	/** {@code &lt;} and the other predefined entities, or a character reference to a plain character. */
	private char reference() {
		int end = xml.indexOf(';', pos);
		if (end < 0 || end - pos > 10) throw notPlain();
		String ref = xml.substring(pos + 1, end);
		pos = end + 1;
		switch (ref) {
			case "lt": return '<';
			case "gt": return '>';
			case "amp": return '&';
			case "quot": return '"';
			case "apos": return '\'';
			default: break;
		}
		boolean hex = ref.startsWith("#x");
		String digits = hex ? ref.substring(2) : ref.startsWith("#") ? ref.substring(1) : null;
		// an entity no DTD declares, or a malformed reference: the JDK parser says what is wrong
		if (digits == null || digits.isEmpty() || digits.length() > 6) throw notPlain();
		int code = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = Character.digit(digits.charAt(i), hex ? 16 : 10);
			if (d < 0 || digits.charAt(i) > 'f') throw notPlain();
			code = code * (hex ? 16 : 10) + d;
		}
		if (code > 0xFFFD) throw notPlain();
		char c = (char) code;
		if (c != '\t' && c != '\n' && c != '\r' && c < 0x20 || Character.isSurrogate(c)) throw notPlain();
		return c;
	}

	/** A character allowed in plain XML text: no control character but tab and line feed, no surrogate. */
	private static char character(char c) {
		if (c < 0x20 ? c != '\t' && c != '\n' : c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE)) throw notPlain();
		return c;
	}

	private boolean space() {
		int start = pos;
		while (pos < xml.length()) {
			char c = xml.charAt(pos);
			if (c == ' ' || c == '\n' || c == '\t') pos++;
			else break;
		}
		return pos > start;
	}

	private boolean at(char c) {
		return pos < xml.length() && xml.charAt(pos) == c;
	}
}
