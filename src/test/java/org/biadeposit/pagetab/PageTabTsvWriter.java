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

/**
 * Writes a submission as TSV PageTab the way BioStudies serves it (its TsvSerializer's layout: the submission block,
 * then each section followed by its links, files and subsections, a subsection naming its parent's accNo, tables as
 * {@code Links}, {@code Files} and {@code Type[parent]}; a value with a tab, line break or quote between quotes).
 * For tests: a published study's JSON made TSV, to read back with {@link PageTabTsv}.
 */
public final class PageTabTsvWriter {

	private final StringBuilder out = new StringBuilder();

	private PageTabTsvWriter() {}

	/**
	 * @throws IllegalArgumentException for what TSV cannot hold: a subsection of a section without accNo (other than
	 * the root), a table whose rows differ in attributes, a table row with files, links or subsections
	 */
	public static String write(Submission s) {
		PageTabTsvWriter w = new PageTabTsvWriter();
		w.line("Submission", s.accno());
		w.attributes(s.attributes());
		w.section(s.section(), null, true);
		return w.out.toString();
	}

	private void section(Section s, String parent, boolean root) {
		out.append('\n');
		List<String> head = new ArrayList<>(List.of(s.type()));
		if (s.accno() != null || parent != null) head.add(s.accno() == null ? "" : s.accno());
		if (parent != null) head.add(parent);
		row(head);
		attributes(s.attributes());
		for (Entry<Link> e : s.links()) {
			if (e instanceof Entry.One<Link> one) {
				out.append('\n');
				line("Link", one.item().url());
				attributes(one.item().attributes());
			}
			else table("Links", e.items().stream().map(l -> new Row(l.url(), l.attributes())).toList());
		}
		for (Entry<FileRef> e : s.files()) {
			if (e instanceof Entry.One<FileRef> one) {
				out.append('\n');
				line("File", one.item().path());
				attributes(one.item().attributes());
			}
			else table("Files", e.items().stream().map(f -> new Row(f.path(), f.attributes())).toList());
		}
		for (Entry<Section> e : s.subsections()) {
			if (s.accno() == null && !root) {
				throw new IllegalArgumentException("section " + s.type() + " has subsections but no accNo");
			}
			if (e instanceof Entry.One<Section> one) section(one.item(), s.accno(), false);
			else {
				for (Section row : e.items()) {
					if (!row.files().isEmpty() || !row.links().isEmpty() || !row.subsections().isEmpty()) {
						throw new IllegalArgumentException("a table row of " + row.type() + " has more than attributes");
					}
				}
				table(e.items().get(0).type() + "[" + (s.accno() == null ? "" : s.accno()) + "]", e.items().stream().map(
					r -> new Row(r.accno(), r.attributes())).toList());
			}
		}
	}

	private record Row(String first, List<Attribute> attributes) {}

	/** A table headed by the first row's attribute names (and qualifier names); every row must have the same. */
	private void table(String type, List<Row> rows) {
		out.append('\n');
		List<String> header = new ArrayList<>(List.of(type));
		header.addAll(shape(rows.get(0).attributes()));
		row(header);
		for (Row r : rows) {
			if (!shape(r.attributes()).equals(header.subList(1, header.size()))) {
				throw new IllegalArgumentException("the rows of table " + type + " differ in attributes");
			}
			List<String> cells = new ArrayList<>();
			cells.add(r.first() == null ? "" : r.first());
			for (Attribute a : r.attributes()) {
				cells.add(a.value());
				a.nameQualifiers().forEach(q -> cells.add(q.value()));
				a.valueQualifiers().forEach(q -> cells.add(q.value()));
			}
			row(cells);
		}
	}

	private static List<String> shape(List<Attribute> attributes) {
		List<String> names = new ArrayList<>();
		for (Attribute a : attributes) {
			names.add(a.reference() ? "<" + a.name() + ">" : a.name());
			a.nameQualifiers().forEach(q -> names.add("(" + q.name() + ")"));
			a.valueQualifiers().forEach(q -> names.add("[" + q.name() + "]"));
		}
		return names;
	}

	private void attributes(List<Attribute> attributes) {
		for (Attribute a : attributes) {
			line(a.reference() ? "<" + a.name() + ">" : a.name(), a.value());
			a.nameQualifiers().forEach(q -> line("(" + q.name() + ")", q.value()));
			a.valueQualifiers().forEach(q -> line("[" + q.name() + "]", q.value()));
		}
	}

	private void line(String name, String value) {
		List<String> cells = new ArrayList<>();
		cells.add(name);
		cells.add(value);
		row(cells);
	}

	private void row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) out.append('\t');
			String c = cells.get(i);
			if (c == null) continue;
			out.append(c.contains("\t") || c.contains("\n") || c.contains("\"") ? "\"" + c + "\"" : c);
		}
		out.append('\n');
	}
}
