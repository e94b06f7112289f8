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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.URIResolver;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one place where XML parsers and transformers are made. All XML bia-deposit reads comes from files it did not
 * write ({@code .ome.xml} and companion files, TIFF ImageDescriptions, a Zarr store's {@code METADATA.ome.xml}), so
 * it is parsed as hostile:
 * <ul>
 * <li>a DOCTYPE is refused outright, which refuses external DTDs and every entity, external or internal ("billion
 * laughs"); OME-XML never needs one;</li>
 * <li>no URL of any protocol may be opened (external DTDs, schemas, stylesheets), no XInclude, no entity
 * expansion;</li>
 * <li>the JDK's secure-processing limits apply, with elements nested at most {@link #MAX_ELEMENT_DEPTH} deep.</li>
 * </ul>
 * Stylesheets (the OME schema upgrades shipped in the specification jar) are trusted, but they are compiled by a
 * factory that may open nothing either, and they transform only trees the hardened parser built: hostile text never
 * reaches the transformer's own parser.
 */
final class UntrustedXml {

	/** Deeper nesting is refused; OME-XML nests about ten deep. */
	static final int MAX_ELEMENT_DEPTH = 256;

	private static final String JDK_LIMITS = "http://www.oracle.com/xml/jaxp/properties/";

	private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(UntrustedXml::newBuilder);

	/** Refuses every document() call and include a stylesheet might make. */
	private static final URIResolver NOTHING = (href, base) -> {
		throw new TransformerException("the stylesheet may not read \"" + href + "\"");
	};

	private UntrustedXml() {}

	/** Parses XML bytes (encoding as the XML declaration says, UTF-8 by default). */
	static Document parse(byte[] xml) throws UnreadableImageException {
		return parse(new InputSource(new ByteArrayInputStream(xml)), () -> new String(xml,
			StandardCharsets.ISO_8859_1));
	}

	/** Parses XML text. */
	static Document parse(String xml) throws UnreadableImageException {
		return parse(new InputSource(new StringReader(xml)), () -> xml);
	}

	/** @param text the document as text, made only to explain a failure */
	private static Document parse(InputSource source, Supplier<String> text) throws UnreadableImageException {
		DocumentBuilder builder = BUILDER.get();
		builder.reset();
		builder.setErrorHandler(FATAL_ONLY);
		builder.setEntityResolver((publicId, systemId) -> {
			// Unreachable while DOCTYPEs are refused; a second lock in case a parser ignores that feature.
			throw new SAXException("the XML names an external file or address (" + systemId + "), which is never read");
		});
		try {
			return builder.parse(source);
		}
		catch (SAXParseException e) {
			throw new UnreadableImageException(describe(e, text.get()), e);
		}
		catch (SAXException e) {
			throw new UnreadableImageException("the XML is not well-formed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UnreadableImageException("the XML could not be read: " + e.getMessage(), e);
		}
	}

	/** A parser message a user can act on, with the line and column where the XML breaks. */
	private static String describe(SAXParseException e, String text) {
		String msg = String.valueOf(e.getMessage());
		String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
		int doctype = text.indexOf("<!DOCTYPE");
		if (doctype >= 0 && lineOf(text, doctype) == e.getLineNumber()) {
			return "the XML declares a DOCTYPE (line " + e.getLineNumber() + "), which bia-deposit refuses: a " +
				"DOCTYPE can make a reader fetch other files or web addresses into the metadata. OME-XML needs " +
				"none: remove the <!DOCTYPE ...> declaration from the file";
		}
		if (msg.contains("UTF-8") || msg.contains("byte") && msg.contains("sequence")) {
			return "the XML is not valid UTF-8 (" + where + "): it was saved in another encoding; " +
				"re-save it as UTF-8 or declare its encoding in the <?xml ... encoding=\"...\"?> line";
		}
		if (msg.startsWith("JAXP")) {
			// The JDK's processing limits (element depth, entity expansion) report with a JAXP code first.
			return "the XML goes beyond what bia-deposit reads, at " + where + ": " + msg.replaceFirst(
				"^JAXP\\d+: ", "") + " No OME-XML needs this: check that the file is what its name says";
		}
		return "the XML is not well-formed at " + where + ": " + msg;
	}

	private static int lineOf(String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') line++;
		}
		return line;
	}

	/**
	 * Compiles a trusted stylesheet from the class path.
	 *
	 * @param systemId the stylesheet's own address, for its messages
	 */
	static Templates stylesheet(InputStream xsl, String systemId) throws TransformerConfigurationException {
		TransformerFactory factory = TransformerFactory.newDefaultInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
		factory.setURIResolver(NOTHING);
		return factory.newTemplates(new StreamSource(xsl, systemId));
	}

	/** Transforms a parsed tree with a compiled stylesheet into a new tree. */
	static Document transform(Templates stylesheet, Document input) throws TransformerException {
		Transformer t = stylesheet.newTransformer();
		t.setURIResolver(NOTHING);
		DOMResult out = new DOMResult();
		t.transform(new DOMSource(input), out);
		return (Document) out.getNode();
	}

	private static DocumentBuilder newBuilder() {
		DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
		f.setNamespaceAware(true);
		f.setXIncludeAware(false);
		f.setExpandEntityReferences(false);
		f.setValidating(false);
		try {
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setFeature("http://xml.org/sax/features/external-general-entities", false);
			f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			// Every reader walks the whole tree (the OME model reads every element): building the nodes while
			// parsing costs less than the default deferred tree, which builds them again when first visited.
			f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
			f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			// Limits behind the refused DOCTYPE (the JDK reads 0 as "no limit"); the size limits stay the JDK's.
			f.setAttribute(JDK_LIMITS + "maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
			f.setAttribute(JDK_LIMITS + "entityExpansionLimit", "100");
			return f.newDocumentBuilder();
		}
		catch (ParserConfigurationException | IllegalArgumentException e) {
			throw new IllegalStateException("the JDK's XML parser cannot be configured to read untrusted XML", e);
		}
	}

	private static final ErrorHandler FATAL_ONLY = new ErrorHandler() {

		@Override
		public void warning(SAXParseException e) {}

		@Override
		public void error(SAXParseException e) {}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	};
}
