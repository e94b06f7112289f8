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

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the PageTab model as a Jackson tree the way BioStudies writes it (its {@code *JsonSerializer} classes): the
 * same field order, and optional fields left out when absent — a null string, an empty list, a {@code reference}
 * that is false, a null {@code size}. Strings that are present are written as they are, empty ones included.
 */
final class NodeWriter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private NodeWriter() {}

	static ObjectNode submission(Submission s) {
		ObjectNode o = NODES.objectNode();
		text(o, "accno", s.accno());
		array(o, "attributes", s.attributes(), NodeWriter::attribute);
		o.set("section", section(s.section()));
		text(o, "type", s.type());
		return o;
	}

	static ObjectNode section(Section s) {
		ObjectNode o = NODES.objectNode();
		text(o, "accno", s.accno());
		text(o, "type", s.type());
		array(o, "attributes", s.attributes(), NodeWriter::attribute);
		array(o, "files", s.files(), e -> entry(e, NodeWriter::file));
		array(o, "links", s.links(), e -> entry(e, NodeWriter::link));
		array(o, "subsections", s.subsections(), e -> entry(e, NodeWriter::section));
		return o;
	}

	static ObjectNode file(FileRef f) {
		ObjectNode o = NODES.objectNode();
		o.put("path", f.path());
		if (f.size() != null) o.put("size", f.size());
		array(o, "attributes", f.attributes(), NodeWriter::attribute);
		text(o, "type", f.type());
		return o;
	}

	static ObjectNode link(Link l) {
		ObjectNode o = NODES.objectNode();
		o.put("url", l.url());
		array(o, "attributes", l.attributes(), NodeWriter::attribute);
		return o;
	}

	static ObjectNode attribute(Attribute a) {
		ObjectNode o = NODES.objectNode();
		o.put("name", a.name());
		text(o, "value", a.value());
		if (a.reference()) o.put("reference", true);
		array(o, "nmqual", a.nameQualifiers(), NodeWriter::qualifier);
		array(o, "valqual", a.valueQualifiers(), NodeWriter::qualifier);
		return o;
	}

	private static ObjectNode qualifier(Qualifier q) {
		ObjectNode o = NODES.objectNode();
		o.put("name", q.name());
		text(o, "value", q.value());
		return o;
	}

	private static <T> JsonNode entry(Entry<T> e, Function<T, ObjectNode> item) {
		if (e instanceof Entry.One<T> one) return item.apply(one.item());
		ArrayNode table = NODES.arrayNode();
		for (T row : e.items()) table.add(item.apply(row));
		return table;
	}

	private static void text(ObjectNode o, String field, String value) {
		if (value != null) o.put(field, value);
	}

	private static <T> void array(ObjectNode o, String field, List<T> items, Function<T, JsonNode> item) {
		if (items.isEmpty()) return;
		ArrayNode a = o.putArray(field);
		for (T t : items) a.add(item.apply(t));
	}
}
