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
package org.biadeposit.pagetab;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the PageTab model from a Jackson tree, as strictly as BioStudies reads it: an attribute needs a name, a file
 * a path, a link a url, a table a row; strings must be strings. Fields BioStudies does not know are ignored, as it
 * ignores them. A problem is reported with the place in the JSON (a JSON pointer such as
 * {@code /section/subsections/3/attributes/0}).
 * <p>
 * Attribute references are read from {@code reference} and, if that is absent, from {@code isReference} (the name
 * the PageTab specification shows; BioStudies itself reads only {@code reference}).
 * </p>
 */
final class NodeReader {

	private final String source;
	private final long line;

	/**
	 * @param source named in error messages
	 * @param line the line where the read value starts, named in error messages, or 0
	 */
	NodeReader(String source, long line) {
		this.source = source;
		this.line = line;
	}

	Submission submission(JsonNode node) throws PageTabSyntaxException {
		object(node, "", "a submission");
		JsonNode section = node.get("section");
		if (section == null || section.isNull()) throw problem("", "the submission has no 'section'");
		return new Submission(text(node, "accno", ""), list(node, "attributes", "", this::attribute), section(
			section, "/section"), text(node, "type", ""));
	}

	Section section(JsonNode node, String at) throws PageTabSyntaxException {
		object(node, at, "a section");
		return new Section(text(node, "accno", at), text(node, "type", at), list(node, "attributes", at,
			this::attribute), entries(node, "files", at, this::file), entries(node, "links", at, this::link), entries(
				node, "subsections", at, this::section));
	}

	FileRef file(JsonNode node, String at) throws PageTabSyntaxException {
		object(node, at, "a file");
		String path = text(node, "path", at);
		if (path == null || path.isBlank()) throw problem(at, "a file needs a 'path'");
		return new FileRef(path, text(node, "type", at), size(node, at), list(node, "attributes", at,
			this::attribute));
	}

	Link link(JsonNode node, String at) throws PageTabSyntaxException {
		object(node, at, "a link");
		String url = text(node, "url", at);
		if (url == null || url.isBlank()) throw problem(at, "a link needs a 'url'");
		return new Link(url, list(node, "attributes", at, this::attribute));
	}

	Attribute attribute(JsonNode node, String at) throws PageTabSyntaxException {
		object(node, at, "an attribute");
		String name = text(node, "name", at);
		if (name == null || name.isBlank()) throw problem(at, "an attribute needs a 'name'");
		return new Attribute(name, text(node, "value", at), reference(node, at), list(node, "nmqual", at,
			this::qualifier), list(node, "valqual", at, this::qualifier));
	}

	private Qualifier qualifier(JsonNode node, String at) throws PageTabSyntaxException {
		object(node, at, "a qualifier");
		String name = text(node, "name", at);
		if (name == null || name.isBlank()) throw problem(at, "a qualifier needs a 'name'");
		return new Qualifier(name, text(node, "value", at));
	}

	private boolean reference(JsonNode node, String at) throws PageTabSyntaxException {
		String field = present(node, "reference") ? "reference" : "isReference";
		JsonNode v = node.get(field);
		if (v == null || v.isNull()) return false;
		if (v.isBoolean()) return v.booleanValue();
		if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
			return v.textValue().equals("true");
		}
		throw problem(at + "/" + field, "'" + field + "' must be true or false, found " + v);
	}

	private Long size(JsonNode node, String at) throws PageTabSyntaxException {
		JsonNode v = node.get("size");
		if (v == null || v.isNull()) return null;
		if (!v.canConvertToExactIntegral() || !v.canConvertToLong() || v.asLong() < 0) {
			throw problem(at + "/size", "'size' must be a number of bytes, found " + v);
		}
		return v.asLong();
	}

	/** One item of an entry list, read from its JSON object. */
	@FunctionalInterface
	private interface Item<T> {

		T read(JsonNode node, String at) throws PageTabSyntaxException;
	}

	/** {@code files}, {@code links} or {@code subsections}: objects (single items) and arrays of objects (tables). */
	private <T> List<Entry<T>> entries(JsonNode node, String field, String at, Item<T> item)
		throws PageTabSyntaxException
	{
		JsonNode array = array(node, field, at);
		List<Entry<T>> entries = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode e = array.get(i);
			String here = at + "/" + field + "/" + i;
			if (e.isArray()) {
				if (e.isEmpty()) throw problem(here, "a table needs at least one row");
				List<T> rows = new ArrayList<>();
				for (int r = 0; r < e.size(); r++) rows.add(item.read(e.get(r), here + "/" + r));
				entries.add(new Entry.Table<>(rows));
			}
			else entries.add(new Entry.One<>(item.read(e, here)));
		}
		return entries;
	}

	private <T> List<T> list(JsonNode node, String field, String at, Item<T> item) throws PageTabSyntaxException {
		JsonNode array = array(node, field, at);
		List<T> items = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) items.add(item.read(array.get(i), at + "/" + field + "/" + i));
		return items;
	}

	/** The array in a field; an empty one when the field is absent or null. */
	private JsonNode array(JsonNode node, String field, String at) throws PageTabSyntaxException {
		JsonNode v = node.get(field);
		if (v == null || v.isNull()) return JsonNodeFactory.instance.arrayNode();
		if (!v.isArray()) throw problem(at + "/" + field, "'" + field + "' must be an array, found " + kind(v));
		return v;
	}

	/** The string in a field, or null when the field is absent or null. */
	private String text(JsonNode node, String field, String at) throws PageTabSyntaxException {
		JsonNode v = node.get(field);
		if (v == null || v.isNull()) return null;
		if (!v.isTextual()) throw problem(at + "/" + field, "'" + field + "' must be a string, found " + kind(v));
		return v.textValue();
	}

	private void object(JsonNode node, String at, String what) throws PageTabSyntaxException {
		if (!node.isObject()) throw problem(at, what + " must be a JSON object, found " + kind(node));
	}

	private static boolean present(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v != null && !v.isNull();
	}

	private static String kind(JsonNode v) {
		return switch (v.getNodeType()) {
			case ARRAY -> "an array";
			case OBJECT -> "an object";
			case STRING -> "a string";
			case NUMBER -> "the number " + v;
			case BOOLEAN -> v.toString();
			default -> v.getNodeType().name().toLowerCase();
		};
	}

	private PageTabSyntaxException problem(String at, String what) {
		return new PageTabSyntaxException(source, line, "at " + (at.isEmpty() ? "the top" : at) + ": " + what);
	}
}
