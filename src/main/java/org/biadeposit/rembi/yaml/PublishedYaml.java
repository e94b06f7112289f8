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
package org.biadeposit.rembi.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.Published;

/**
 * deposit.yaml's {@code published:} block: what a published study holds beyond REMBI ({@link Published}), written
 * by {@code bia import} and read back so that a new version of the study says it again. Attributes keep their
 * PageTab form: {@code name}, {@code value}, and when they have them {@code reference: true}, {@code nmqual} and
 * {@code valqual} (lists of name and value).
 */
final class PublishedYaml {

	static final String KEY = "published";
	static final List<String> KEYS = List.of("accession", "attributes", "sections");
	static final List<String> KEPT_KEYS = List.of("attributes", "subsections", "file_list");
	static final List<String> ATTRIBUTE_KEYS = List.of("name", "value", "reference", "nmqual", "valqual");
	static final List<String> QUALIFIER_KEYS = List.of("name", "value");
	static final List<String> SECTION_KEYS = List.of("type", "accno", "attributes", "links", "files", "subsections");
	static final List<String> LINK_KEYS = List.of("url", "attributes");
	static final List<String> FILE_KEYS = List.of("path", "attributes");

	private PublishedYaml() {}

	// -- reading ---------------------------------------------------------------------------------------------------

	static Published read(YamlValue v) {
		if (!v.isGiven()) return Published.NONE;
		YamlMapping m = v.mapping(KEYS);
		Map<String, Published.Kept> sections = new LinkedHashMap<>();
		for (Map.Entry<String, YamlValue> e : m.get("sections").mapping(null).entries().entrySet()) {
			YamlMapping k = e.getValue().mapping(KEPT_KEYS);
			sections.put(e.getKey(), new Published.Kept(attributes(k.get("attributes")), sections(k.get(
				"subsections")), k.get("file_list").text()));
		}
		return new Published(m.get("accession").text(), attributes(m.get("attributes")), sections);
	}

	private static List<Published.Attribute> attributes(YamlValue v) {
		List<Published.Attribute> out = new ArrayList<>();
		for (YamlValue item : v.items()) {
			YamlMapping a = item.mapping(ATTRIBUTE_KEYS);
			String name = a.get("name").text();
			if (name == null) {
				item.error("this attribute has no name: give it one (name:) or remove the item");
				continue;
			}
			out.add(new Published.Attribute(name, a.get("value").text(), "true".equals(a.get("reference").text()),
				qualifiers(a.get("nmqual")), qualifiers(a.get("valqual"))));
		}
		return out;
	}

	private static List<Published.Qualifier> qualifiers(YamlValue v) {
		List<Published.Qualifier> out = new ArrayList<>();
		for (YamlValue item : v.items()) {
			YamlMapping q = item.mapping(QUALIFIER_KEYS);
			String name = q.get("name").text();
			if (name == null) item.error("this qualifier has no name: give it one (name:) or remove the item");
			else out.add(new Published.Qualifier(name, q.get("value").text()));
		}
		return out;
	}

	private static List<Published.Section> sections(YamlValue v) {
		List<Published.Section> out = new ArrayList<>();
		for (YamlValue item : v.items()) {
			YamlMapping s = item.mapping(SECTION_KEYS);
			List<Published.Link> links = new ArrayList<>();
			for (YamlValue l : s.get("links").items()) {
				YamlMapping lm = l.mapping(LINK_KEYS);
				String url = lm.get("url").text();
				if (url == null) l.error("this link has no url: give it one (url:) or remove the item");
				else links.add(new Published.Link(url, attributes(lm.get("attributes"))));
			}
			List<Published.File> files = new ArrayList<>();
			for (YamlValue f : s.get("files").items()) {
				YamlMapping fm = f.mapping(FILE_KEYS);
				String path = fm.get("path").text();
				if (path == null) f.error("this file has no path: give it one (path:) or remove the item");
				else files.add(new Published.File(path, attributes(fm.get("attributes"))));
			}
			out.add(new Published.Section(s.get("type").text(), s.get("accno").text(), attributes(s.get(
				"attributes")), links, files, sections(s.get("subsections"))));
		}
		return out;
	}

	// -- writing ---------------------------------------------------------------------------------------------------

	/** The block, with a comment; nothing for a new study. */
	static String write(Published p) {
		if (p == null || p.isEmpty()) return "";
		StringBuilder out = new StringBuilder();
		out.append("# What the published study holds beyond the fields above, as it was published (bia import).\n");
		out.append("# Written back into every new version; edit with care.\n");
		out.append(KEY).append(":\n");
		field(out, 1, "accession", p.accession());
		attributes(out, 1, "attributes", p.attributes());
		if (!p.sections().isEmpty()) line(out, 1, "sections:");
		for (Map.Entry<String, Published.Kept> e : p.sections().entrySet()) {
			line(out, 2, YamlScalar.key(e.getKey(), 4));
			Published.Kept k = e.getValue();
			attributes(out, 3, "attributes", k.attributes());
			sections(out, 3, "subsections", k.subsections());
			field(out, 3, "file_list", k.fileList());
		}
		return out.toString();
	}

	private static void attributes(StringBuilder out, int depth, String key, List<Published.Attribute> attributes) {
		if (attributes.isEmpty()) return;
		line(out, depth, key + ":");
		for (Published.Attribute a : attributes) {
			item(out, depth, "name", a.name());
			field(out, depth + 1, "value", a.value());
			if (a.reference()) field(out, depth + 1, "reference", "true");
			qualifiers(out, depth + 1, "nmqual", a.nameQualifiers());
			qualifiers(out, depth + 1, "valqual", a.valueQualifiers());
		}
	}

	private static void qualifiers(StringBuilder out, int depth, String key, List<Published.Qualifier> qs) {
		if (qs.isEmpty()) return;
		line(out, depth, key + ":");
		for (Published.Qualifier q : qs) {
			item(out, depth, "name", q.name());
			field(out, depth + 1, "value", q.value());
		}
	}

	private static void sections(StringBuilder out, int depth, String key, List<Published.Section> sections) {
		if (sections.isEmpty()) return;
		line(out, depth, key + ":");
		for (Published.Section s : sections) {
			item(out, depth, "type", s.type());
			field(out, depth + 1, "accno", s.accno());
			attributes(out, depth + 1, "attributes", s.attributes());
			if (!s.links().isEmpty()) line(out, depth + 1, "links:");
			for (Published.Link l : s.links()) {
				item(out, depth + 1, "url", l.url());
				attributes(out, depth + 2, "attributes", l.attributes());
			}
			if (!s.files().isEmpty()) line(out, depth + 1, "files:");
			for (Published.File f : s.files()) {
				item(out, depth + 1, "path", f.path());
				attributes(out, depth + 2, "attributes", f.attributes());
			}
			sections(out, depth + 1, "subsections", s.subsections());
		}
	}

	private static void line(StringBuilder out, int depth, String text) {
		out.append("  ".repeat(depth)).append(text).append('\n');
	}

	private static void field(StringBuilder out, int depth, String key, String value) {
		if (value == null) return;
		line(out, depth, key + ": " + YamlScalar.value(value, 2 * depth + 2));
	}

	/** {@code - key: value}, the first field of a list item; the others follow at {@code depth + 1}. */
	private static void item(StringBuilder out, int depth, String key, String value) {
		line(out, depth, "- " + key + ":" + (value == null ? "" : " " + YamlScalar.value(value, 2 * depth + 4)));
	}
}
