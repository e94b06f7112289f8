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

		/**
		 * The attribute's value, or null when the element has none of that name. Names read are mostly the very
		 * strings the callers name them by ({@link #canonical}), else their hashes tell most apart at once.
		 */
		String attribute(String attribute) {
			int h = attribute.hashCode();
			for (int i = 0; i < attributes.size(); i += 2) {
				String a = attributes.get(i);
				if (a == attribute || a.hashCode() == h && a.equals(attribute)) return attributes.get(i + 1);
			}
			return null;
		}

		/** The character data directly in this element, as the DOM's text content gives it for a leaf. */
		String text() {
			return text == null ? "" : text;
		}
	}

	private final String xml;
	/**
	 * The text's characters, read one by one from an array: {@code String.charAt} checks the string's coding and
	 * bounds at every character, which a short run (C1-compiled code only) pays for in full.
	 */
	private final char[] x;
	private int pos;
	/** Whether the name {@link #name} read last has a colon. */
	private boolean colon;

	private PlainXml(String xml) {
		this.xml = xml;
		this.x = xml.toCharArray();
	}

	/**
	 * Element and attribute names read, one instance each (interned, so the same as the literals the callers name
	 * them by): a name is then neither copied out of the text again nor compared character by character. Filled
	 * once per slot and never emptied, so at most this many names are interned whatever the files hold; a name whose
	 * slots are taken is read as a new string. Shared by the harvest's threads: a slot holds null or a whole string.
	 */
	private static final Name[] NAMES = new Name[4096];

	/** A name read, with its characters to compare the text with (final fields: safe to share through a race). */
	private record Name(String name, char[] chars) {}

	/** How many slots a name is looked for in before it is read as a new string. */
	private static final int PROBES = 8;

	private String canonical(int start, int end) {
		int h = 0;
		for (int i = start; i < end; i++) h = 31 * h + x[i];
		int mask = NAMES.length - 1;
		for (int probe = 0, slot = (h ^ h >>> 16) & mask; probe < PROBES; probe++, slot = (slot + 1) & mask) {
			Name known = NAMES[slot];
			if (known == null) {
				String made = xml.substring(start, end).intern();
				NAMES[slot] = new Name(made, made.toCharArray());
				return made;
			}
			if (java.util.Arrays.equals(known.chars(), 0, known.chars().length, x, start, end)) return known.name();
		}
		return xml.substring(start, end);
	}

	/** Whether the text from {@code at} on starts with these characters. */
	private boolean same(String s, int at) {
		if (at < 0 || at + s.length() > x.length) return false;
		for (int i = 0; i < s.length(); i++) {
			if (x[at + i] != s.charAt(i)) return false;
		}
		return true;
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
		if (pos != x.length) throw notPlain();
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
		while (pos < x.length) {
			if (space()) continue;
			if (same("<!--", pos)) comment();
			else return;
		}
	}

	private void comment() {
		int end = xml.indexOf("--", pos + 4);
		if (end < 0 || !xml.startsWith("-->", end)) throw notPlain();
		for (int i = pos + 4; i < end; i++) character(x[i]);
		pos = end + 3;
	}

	private Element element(int depth) {
		if (depth > MAX_DEPTH) throw notPlain();
		pos++; // '<'
		String name = name();
		if (colon) throw notPlain();
		Element e = new Element(name);
		while (true) {
			boolean spaced = space();
			if (at('/')) {
				if (!same("/>", pos)) throw notPlain();
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
		if (end != name && !end.equals(name)) throw notPlain();
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
			char c = x[pos];
			if (c == '<') {
				char next = x[pos + 1];
				if (next == '/') {
					if (leaf) e.text = text != null ? text.toString() : xml.substring(from, pos);
					pos += 2;
					return;
				}
				if (same("<!--", pos)) {
					if (leaf && text == null) text = new StringBuilder().append(xml, from, pos);
					comment();
					continue;
				}
				if (next == '!' || next == '?') throw notPlain(); // CDATA, PI
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
			if (c == '>' && pos >= 2 && x[pos - 1] == ']' && x[pos - 2] == ']') throw notPlain();
			character(c);
			if (text != null) text.append(c);
			pos++;
		}
	}

	/** An XML name of ASCII letters, digits, '_', '-', '.' and ':', not starting with a digit, '-' or '.'. */
	private String name() {
		int start = pos;
		char first = x[pos];
		// a name does not start (nor end) with a colon, and has one at most
		if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z' || first == '_')) throw notPlain();
		pos++;
		int colons = 0;
		while (pos < x.length) {
			char c = x[pos];
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' ||
				c == '.')
			{
				pos++;
			}
			else if (c == ':') {
				colons++;
				pos++;
			}
			else {
				break;
			}
		}
		if (pos - start > MAX_NAME || colons > 1 || x[pos - 1] == ':') throw notPlain();
		colon = colons > 0;
		return canonical(start, pos);
	}

	/** {@code = "value"} or {@code = 'value'}, the value normalised as XML does for an attribute without a DTD. */
	private String equalsValue(boolean references) {
		space();
		if (!at('=')) throw notPlain();
		pos++;
		space();
		char quote = x[pos];
		if (quote != '"' && quote != '\'') throw notPlain();
		pos++;
		StringBuilder v = null;
		int start = pos;
		while (true) {
			char c = x[pos];
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
		while (pos < x.length) {
			char c = x[pos];
			if (c == ' ' || c == '\n' || c == '\t') pos++;
			else break;
		}
		return pos > start;
	}

	private boolean at(char c) {
		return pos < x.length && x[pos] == c;
	}
}
