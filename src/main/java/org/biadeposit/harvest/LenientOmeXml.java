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

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import ome.units.quantity.Quantity;

/**
 * Makes an OME-XML document that the OME model refuses readable by dropping the values it refuses, one attribute at
 * a time, and saying what was dropped. Files in the wild carry values their schema does not allow (Bio-Formats 5.2
 * wrote {@code <Experiment Type="TimeLapse SpectralImaging">}, a list where the model takes one value), unit names
 * from other vocabularies, or text where a number belongs; one bad value must cost that value, not the whole file.
 * <p>
 * The model classes say what each attribute must be: the setter {@code set<Attribute>} of class
 * {@code ome.xml.model.<Element>} takes an enumeration (whose {@code fromString} refuses unknown values), a
 * quantity (a number, with a unit attribute {@code <Attribute>Unit} naming one of its unit enumeration's values), or
 * a primitive type whose constructor checks the value. Only run when the model has refused the document, so files
 * that follow the schema cost nothing more. The dimensions and pixel type of an image are not dropped: without them
 * there is no image, and the caller reports the file as unreadable with the value named.
 * </p>
 */
final class LenientOmeXml {

	/** Attributes without which an image cannot be described: never dropped. */
	private static final Set<String> REQUIRED = Set.of("Pixels@SizeX", "Pixels@SizeY", "Pixels@SizeZ",
		"Pixels@SizeC", "Pixels@SizeT", "Pixels@Type", "Pixels@DimensionOrder");

	/** Per element, per attribute: how its value is checked ({@link #UNCHECKED}: not checked). */
	private static final Map<String, Map<String, Check>> CHECKS = new ConcurrentHashMap<>();

	/** The check of an attribute whose value the model takes as it is. */
	private static final Check UNCHECKED = (v, e) -> null;

	private LenientOmeXml() {}

	/** A value found not to be what the model takes. */
	record Refused(String element, String attribute, String value, String reason) {}

	/**
	 * Drops from the document every attribute value the model would refuse (except {@link #REQUIRED} ones, which
	 * are returned with {@code dropped} false), and says what it dropped.
	 *
	 * @return the warnings, in document order; empty when nothing was found
	 * @throws UnreadableImageException when a value an image cannot do without is refused
	 */
	static List<ImageRecord.Warning> repair(Element root, String file) throws UnreadableImageException {
		List<ImageRecord.Warning> warnings = new ArrayList<>();
		repair(root, root, file, false, warnings);
		return warnings;
	}

	/**
	 * Drops unit attributes the model does not know, with their values. The model does not refuse these: it takes
	 * the value in the default unit, so a size in nanometres under a misspelt unit would become micrometres. Run on
	 * every document, so it allocates nothing for a document that needs no repair.
	 */
	static List<ImageRecord.Warning> repairUnits(Element root, String file) throws UnreadableImageException {
		List<ImageRecord.Warning> warnings = new ArrayList<>(0);
		repair(root, root, file, true, warnings);
		return warnings;
	}

	private static void repair(Element e, Element root, String file, boolean unitsOnly,
		List<ImageRecord.Warning> warnings) throws UnreadableImageException
	{
		NamedNodeMap attributes = e.getAttributes();
		Map<String, Check> checks = null;
		List<Attr> drop = null;
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr a = (Attr) attributes.item(i);
			String attribute = a.getName();
			if (unitsOnly && !attribute.endsWith("Unit")) continue;
			if (a.getNamespaceURI() != null || attribute.startsWith("xmlns")) continue;
			String name = OmeXml.localName(e);
			if (checks == null) checks = CHECKS.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
			Check check = checks.computeIfAbsent(attribute, k -> check(name, attribute));
			String problem = check.problem(a.getValue(), e);
			if (problem == null) continue;
			String where = path(e, root) + "/@" + attribute;
			if (REQUIRED.contains(name + "@" + attribute)) {
				throw new UnreadableImageException(where + " is \"" + a.getValue() + "\", " + problem + "; an image " +
					"cannot be described without it: fix the value in the file's OME-XML (or export it again)");
			}
			if (drop == null) drop = new ArrayList<>();
			drop.add(a);
			warnings.add(new ImageRecord.Warning(file, where, a.getValue(), "dropped: " + problem));
		}
		if (drop != null) {
			for (Attr a : drop) {
				e.removeAttributeNode(a);
				String other = a.getName().endsWith("Unit") ? a.getName().substring(0, a.getName().length() - 4) : a
					.getName() + "Unit";
				Attr pair = e.getAttributeNode(other);
				if (pair != null) e.removeAttributeNode(pair); // a unit without its value, or a value in no known unit
			}
		}
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child) repair(child, root, file, unitsOnly, warnings);
		}
	}

	/**
	 * Where an element is, for a warning: "OME" for the root, then each element's name and its index among its
	 * siblings of that name, as in {@code OME/Image[0]/Pixels[0]/Channel[1]}. Made only when a value is refused.
	 */
	private static String path(Element e, Element root) {
		if (e == root || !(e.getParentNode() instanceof Element parent)) return "OME";
		String name = OmeXml.localName(e);
		int index = 0;
		for (Node n = e.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
			if (n instanceof Element sibling && name.equals(OmeXml.localName(sibling))) index++;
		}
		return path(parent, root) + "/" + name + "[" + index + "]";
	}

	/** How a value is checked. */
	private interface Check {

		/** What is wrong with the value, or null when the model takes it. */
		String problem(String value, Element element);
	}

	/** The check of an attribute from the model class's setter, if the attribute has one the model checks. */
	private static Check check(String element, String attribute) {
		Class<?> model;
		try {
			model = Class.forName("ome.xml.model." + element, false, LenientOmeXml.class.getClassLoader());
		}
		catch (ClassNotFoundException | LinkageError e) {
			return UNCHECKED;
		}
		if (attribute.endsWith("Unit")) {
			Class<?> quantity = setterType(model, attribute.substring(0, attribute.length() - 4));
			if (quantity == null || !Quantity.class.isAssignableFrom(quantity)) return UNCHECKED;
			Method fromString = fromString("ome.xml.model.enums.Units" + quantity.getSimpleName());
			return fromString == null ? UNCHECKED : remembering((v, e) -> refusedBy(fromString, v,
				"not a unit the OME schema knows for " + quantity.getSimpleName().toLowerCase()));
		}
		Class<?> type = setterType(model, attribute);
		if (type == null) return UNCHECKED;
		if (type.isEnum() || type.getName().startsWith("ome.xml.model.enums.")) {
			Method fromString = fromString(type.getName());
			return fromString == null ? UNCHECKED : remembering((v, e) -> refusedBy(fromString, v,
				"not one of the values the OME schema allows here"));
		}
		if (Quantity.class.isAssignableFrom(type) || type == Double.class || type == Float.class) {
			return (v, e) -> number(v) ? null : "not a number";
		}
		if (type == Integer.class || type == Long.class) {
			return (v, e) -> {
				try {
					Long.parseLong(v.trim());
					return null;
				}
				catch (NumberFormatException x) {
					return "not a whole number";
				}
			};
		}
		if (type.getName().startsWith("ome.xml.model.primitives.")) {
			Method valueOf = method(type, "valueOf", String.class);
			if (valueOf == null) return UNCHECKED;
			String what = primitive(type.getSimpleName());
			return (v, e) -> refusedBy(valueOf, v, what);
		}
		return UNCHECKED;
	}

	/**
	 * A check that remembers its answers for the few values files use (unit symbols, enumeration values), so that
	 * the model's parser is not called by reflection for every attribute of every file.
	 */
	private static Check remembering(Check check) {
		Map<String, String> answers = new ConcurrentHashMap<>();
		return (v, e) -> {
			String known = answers.get(v);
			if (known != null) return known.isEmpty() ? null : known;
			String problem = check.problem(v, e);
			if (answers.size() < 64) answers.put(v, problem == null ? "" : problem);
			return problem;
		};
	}

	/** What a primitive type wants, in words. */
	private static String primitive(String type) {
		switch (type) {
			case "PositiveInteger": return "not a whole number of 1 or more";
			case "NonNegativeInteger": return "not a whole number of 0 or more";
			case "PositiveFloat": return "not a number above 0";
			case "NonNegativeFloat": return "not a number of 0 or more";
			case "PercentFraction": return "not a fraction between 0 and 1";
			case "Timestamp": return "not a date and time (ISO 8601, such as 2024-05-17T14:03:00)";
			default: return "not a value of the OME type " + type;
		}
	}

	private static String refusedBy(Method parser, String value, String problem) {
		try {
			return parser.invoke(null, value) == null ? problem : null;
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			return problem;
		}
	}

	private static boolean number(String v) {
		try {
			double d = Double.parseDouble(v.trim());
			return !Double.isNaN(d);
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static Class<?> setterType(Class<?> model, String attribute) {
		for (Method m : model.getMethods()) {
			if (m.getName().equals("set" + attribute) && m.getParameterCount() == 1) return m.getParameterTypes()[0];
		}
		return null;
	}

	private static Method fromString(String enumClass) {
		try {
			return method(Class.forName(enumClass, false, LenientOmeXml.class.getClassLoader()), "fromString",
				String.class);
		}
		catch (ClassNotFoundException | LinkageError e) {
			return null;
		}
	}

	private static Method method(Class<?> type, String name, Class<?> parameter) {
		try {
			return type.getMethod(name, parameter);
		}
		catch (NoSuchMethodException e) {
			return null;
		}
	}
}
