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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.transform.Templates;
import javax.xml.transform.TransformerException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import ome.xml.meta.OMEXMLMetadataImpl;
import ome.xml.meta.OMEXMLMetadataRoot;
import ome.xml.model.OMEModel;
import ome.xml.model.OMEModelImpl;
import ome.xml.model.enums.EnumerationException;

/**
 * Turns OME-XML text into the OME model, for every schema version from 2003-FC to 2016-06.
 * <p>
 * Documents of 2013-06 and later are read as they are: the model reads elements by name and those schemas differ
 * from 2016-06 only in elements a deposition does not use. Older documents are first upgraded with the OME
 * consortium's own XSL transforms (shipped in {@code org.openmicroscopy:specification}), one schema step at a time.
 * </p>
 */
public final class OmeXml {

	private static final Pattern SCHEMA = Pattern.compile(
		"openmicroscopy\\.org/Schemas/(?:OME|ome)/(\\d{4}-\\d{2}|2003-FC)", Pattern.CASE_INSENSITIVE);

	/** The upgrade step out of each old schema version, as published in the specification jar. */
	private static final Map<String, String> UPGRADES = new LinkedHashMap<>();
	static {
		UPGRADES.put("2003-FC", "2003-FC-to-2008-09");
		UPGRADES.put("2007-06", "2007-06-to-2008-09");
		UPGRADES.put("2008-02", "2008-02-to-2008-09");
		UPGRADES.put("2008-09", "2008-09-to-2009-09");
		UPGRADES.put("2009-09", "2009-09-to-2010-04");
		UPGRADES.put("2010-04", "2010-04-to-2010-06");
		UPGRADES.put("2010-06", "2010-06-to-2011-06");
		UPGRADES.put("2011-06", "2011-06-to-2012-06");
		UPGRADES.put("2012-06", "2012-06-to-2013-06");
	}

	/** The schema version {@link PlainOmeXml} reads without the DOM. */
	private static final String CURRENT = "2016-06";

	private static final Map<String, Templates> TRANSFORMS = new ConcurrentHashMap<>();

	private OmeXml() {}

	/** The schema version a document declares (for example "2016-06"), or null when it names none. */
	static String schemaVersion(String xml) {
		Matcher m = SCHEMA.matcher(xml.length() > 4096 ? xml.substring(0, 4096) : xml);
		return m.find() ? m.group(1).toUpperCase() : null;
	}

	/** Parses OME-XML bytes (encoding as the XML declaration says, UTF-8 by default). */
	public static OMEXMLMetadataImpl parse(byte[] xml) throws UnreadableImageException {
		String head = new String(xml, 0, Math.min(xml.length, 4096), StandardCharsets.ISO_8859_1);
		String version = schemaVersion(head);
		if (version != null && UPGRADES.containsKey(version)) return fromDocument(upgrade(decode(xml), version));
		if (CURRENT.equals(version)) {
			String text = utf8OrNull(xml);
			OMEXMLMetadataImpl plain = text == null ? null : PlainOmeXml.read(text);
			if (plain != null) return plain;
		}
		return fromDocument(UntrustedXml.parse(xml));
	}

	/** Parses OME-XML text, as found in a TIFF ImageDescription. */
	public static OMEXMLMetadataImpl parse(String xml) throws UnreadableImageException {
		String version = schemaVersion(xml);
		if (version != null && UPGRADES.containsKey(version)) return fromDocument(upgrade(xml, version));
		OMEXMLMetadataImpl plain = CURRENT.equals(version) ? PlainOmeXml.read(xml) : null;
		return plain != null ? plain : parseByDom(xml);
	}

	/** Parses OME-XML text the general way: the hardened JDK parser's DOM, from which the model builds itself. */
	static OMEXMLMetadataImpl parseByDom(String xml) throws UnreadableImageException {
		return fromDocument(UntrustedXml.parse(xml));
	}

	/** The bytes as UTF-8 text, or null when they are not UTF-8 (the JDK parser then reads them as they say). */
	private static String utf8OrNull(byte[] xml) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(xml)).toString();
		}
		catch (java.nio.charset.CharacterCodingException e) {
			return null;
		}
	}

	private static OMEXMLMetadataImpl fromDocument(Document doc) throws UnreadableImageException {
		Element root = doc.getDocumentElement();
		if (!"OME".equals(localName(root))) {
			throw new NotThisFormatException("the XML's root element is <" + root.getTagName() +
				">, not <OME>: this is not OME-XML");
		}
		// Nothing reads annotations, and the model serialises every XMLAnnotation through a new TransformerFactory.
		for (org.w3c.dom.Node n = root.getFirstChild(); n != null;) {
			org.w3c.dom.Node next = n.getNextSibling();
			if (n instanceof Element e && "StructuredAnnotations".equals(localName(e))) root.removeChild(n);
			n = next;
		}
		List<ImageRecord.Warning> units = LenientOmeXml.repairUnits(root, null);
		try {
			return build(root, units);
		}
		catch (EnumerationException | RuntimeException refused) {
			// One bad value must not cost the whole file: drop what the model refuses, say so, and try again.
			List<ImageRecord.Warning> dropped = new java.util.ArrayList<>(units);
			dropped.addAll(LenientOmeXml.repair(root, null));
			if (dropped.size() == units.size()) throw unreadable(refused);
			try {
				return build(root, dropped);
			}
			catch (EnumerationException | RuntimeException again) {
				throw unreadable(again);
			}
		}
	}

	/** The model of the document, with what was dropped to make it. */
	private static OMEXMLMetadataImpl build(Element root, List<ImageRecord.Warning> dropped)
		throws EnumerationException, UnreadableImageException
	{
		OMEModel model = new OMEModelImpl();
		OMEXMLMetadataRoot ome = new OMEXMLMetadataRoot(root, model);
		model.resolveReferences();
		for (int i = 0; i < ome.sizeOfImageList(); i++) {
			if (ome.getImage(i).getPixels() == null) {
				throw new UnreadableImageException("Image " + i + " (" + ome.getImage(i).getID() + ") of the " +
					"OME-XML has no <Pixels> element; the OME schema requires one per image, with its dimensions");
			}
		}
		OMEXMLMetadataImpl meta = new AsRead(dropped, acquisitionDates(root));
		meta.setRoot(ome);
		return meta;
	}

	private static UnreadableImageException unreadable(Exception e) {
		if (e instanceof EnumerationException) {
			return new UnreadableImageException("the OME-XML uses a value its schema does not allow: " +
				e.getMessage(), e);
		}
		// The model's own messages say which value is wrong; a null pointer only says that something is missing.
		String detail = e instanceof NullPointerException || e.getMessage() == null ? "an element or " +
			"attribute the schema requires is missing" : e.getMessage();
		return new UnreadableImageException("the OME-XML does not follow the OME schema: " + detail +
			". Check the file against the OME schema (for example with xmllint --schema)", e);
	}

	/** The text of each Image's AcquisitionDate, in document order (null where an Image has none). */
	private static List<String> acquisitionDates(Element root) {
		List<String> dates = new java.util.ArrayList<>();
		for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (!(n instanceof Element image) || !"Image".equals(localName(image))) continue;
			String date = null;
			for (org.w3c.dom.Node c = image.getFirstChild(); c != null; c = c.getNextSibling()) {
				if (c instanceof Element e && "AcquisitionDate".equals(localName(e))) date = e.getTextContent();
			}
			dates.add(date);
		}
		return dates;
	}

	/**
	 * OME metadata as read from a document: what had to be dropped, and what the model loses (the zone of each
	 * Image's AcquisitionDate: the model keeps an instant and prints it without one).
	 */
	static final class AsRead extends OMEXMLMetadataImpl {

		private final List<ImageRecord.Warning> dropped;
		private final List<String> acquisitionDates;

		AsRead(List<ImageRecord.Warning> dropped, List<String> acquisitionDates) {
			this.dropped = List.copyOf(dropped);
			this.acquisitionDates = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(
				acquisitionDates));
		}

		List<ImageRecord.Warning> dropped() {
			return dropped;
		}

		/** The AcquisitionDate of an image as the document writes it, or null. */
		String acquisitionDate(int image) {
			return image < acquisitionDates.size() ? acquisitionDates.get(image) : null;
		}
	}

	/** An element's name without its namespace prefix. */
	static String localName(Element e) {
		String n = e.getLocalName();
		if (n == null) n = e.getTagName();
		int colon = n.indexOf(':');
		return colon < 0 ? n : n.substring(colon + 1);
	}

	private static String decode(byte[] xml) throws UnreadableImageException {
		// Old documents are upgraded from text; decode strictly so that a wrong encoding is reported, not mangled.
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(xml)).toString();
		}
		catch (java.nio.charset.CharacterCodingException e) {
			throw new UnreadableImageException("the XML is not valid UTF-8: it was saved in another encoding; " +
				"re-save it as UTF-8");
		}
	}

	/**
	 * Upgrades an old document to the 2013-06 schema. The text is parsed by the hardened parser first: the
	 * transforms only ever see its tree, never the text.
	 */
	private static Document upgrade(String xml, String fromVersion) throws UnreadableImageException {
		String version = fromVersion;
		// Some writers spell the namespace in lower case; the transforms match the canonical spelling.
		Document doc = UntrustedXml.parse(xml.replaceAll("(?i)openmicroscopy\\.org/Schemas/OME/",
			"openmicroscopy.org/Schemas/OME/"));
		while (UPGRADES.containsKey(version)) {
			String step = UPGRADES.get(version);
			try {
				doc = UntrustedXml.transform(transform(step), doc);
			}
			catch (TransformerException e) {
				throw new UnreadableImageException("the OME-XML (schema " + fromVersion +
					") could not be upgraded to the current schema at step " + step + ": " + e.getMessage(), e);
			}
			version = step.substring(step.lastIndexOf("-to-") + 4);
		}
		return doc;
	}

	private static Templates transform(String step) throws UnreadableImageException {
		Templates t = TRANSFORMS.get(step);
		if (t != null) return t;
		String resource = "/transforms/" + step + ".xsl";
		try (var in = OmeXml.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new UnreadableImageException("the OME schema upgrade " + step +
					" is missing from the class path (org.openmicroscopy:specification)");
			}
			t = UntrustedXml.stylesheet(in, OmeXml.class.getResource(resource).toString());
			TRANSFORMS.put(step, t);
			return t;
		}
		catch (IOException | javax.xml.transform.TransformerConfigurationException e) {
			throw new UnreadableImageException("the OME schema upgrade " + step + " could not be loaded: " + e
				.getMessage(), e);
		}
	}
}
