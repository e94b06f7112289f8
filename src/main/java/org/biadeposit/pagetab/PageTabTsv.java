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

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Submissions as TSV PageTab, read into the same model as {@link PageTabJson} reads: the form BioStudies serves
 * ({@code GET /submissions/S-BIAD1234.tsv}) and the one depositors write by hand.
 * <p>
 * The text is blocks separated by blank lines. The first block is {@code Submission<TAB>accNo} and the submission's
 * attributes, one {@code name<TAB>value} per line; the second is the root section, {@code Type<TAB>accNo}. Every
 * later block is a section, {@code Type<TAB>accNo<TAB>parentAccNo} (without a parent, a subsection of the root
 * section); a file, {@code File<TAB>path}, or a link, {@code Link<TAB>url}, of the section above it; or a table:
 * {@code Files} or {@code Links} (of the section above it) and {@code Type[parentAccNo]} (sections, of the root
 * section when the brackets are empty), a header row of attribute names, then one row per item whose first cell is
 * the path, url or accNo. In an attribute's place, {@code <name>} is a reference to a section's accNo, and a
 * {@code (name)} or {@code [name]} line or column is a name or value qualifier of the attribute before it.
 * </p>
 * <p>
 * Reading is as BioStudies reads, with three differences, so that a study served as TSV imports as the same study
 * served as JSON: values keep their surrounding spaces (BioStudies serves them as they are); an accNo used twice (as
 * published studies have) is not refused, a subsection naming it belongs to the latest section above with it; and
 * text past the second cell of an attribute line, which BioStudies ignores, is reported. Every problem is reported
 * with its line, all of
 * them at once, in a {@link PageTabSyntaxException}.
 * </p>
 */
public final class PageTabTsv {

	private final String source;
	private final List<String> problems = new ArrayList<>();
	private long firstProblemLine;
	private final Map<String, Node> sections = new HashMap<>();

	private PageTabTsv(String source) {
		this.source = source;
	}

	/** Reads a submission from a TSV PageTab file (UTF-8, a leading byte-order mark skipped). */
	public static Submission read(Path file) throws IOException {
		String source = file.getFileName().toString();
		try (Reader in = PageTabJson.utf8(file)) {
			return read(in, source);
		}
		catch (java.nio.charset.CharacterCodingException e) {
			throw new PageTabSyntaxException(source, 0, "not UTF-8 text; save the submission as UTF-8", e);
		}
	}

	/**
	 * Reads a submission from TSV PageTab text.
	 *
	 * @param source what the text came from, named in error messages
	 * @throws PageTabSyntaxException naming the first line at fault and listing every problem with its line
	 */
	public static Submission read(Reader in, String source) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = in.read(buffer)) >= 0;) text.append(buffer, 0, n);
		return new PageTabTsv(source).submission(TsvRows.of(text.toString()));
	}

	/** A section as it is read: filled block by block, made a {@link Section} at the end. */
	private static final class Node {

		final String accno;
		final String type;
		final List<Attribute> attributes;
		final List<Entry<FileRef>> files = new ArrayList<>();
		final List<Entry<Link>> links = new ArrayList<>();
		/** Each a Node, or a List of Sections (a table). */
		final List<Object> subsections = new ArrayList<>();

		Node(String accno, String type, List<Attribute> attributes) {
			this.accno = accno;
			this.type = type;
			this.attributes = attributes;
		}

		Section section() {
			List<Entry<Section>> subs = new ArrayList<>();
			for (Object s : subsections) {
				if (s instanceof Node n) subs.add(new Entry.One<>(n.section()));
				else subs.add(new Entry.Table<>(rows(s)));
			}
			return new Section(accno, type, attributes, files, links, subs);
		}

		@SuppressWarnings("unchecked")
		private static List<Section> rows(Object table) {
			return (List<Section>) table;
		}
	}

	/**
	 * A problem in one block: the block is left out, reading goes on to report every problem. Without a message,
	 * the problems are reported already.
	 */
	private static final class BadBlock extends Exception {

		private static final long serialVersionUID = 1L;
		final long line;

		BadBlock(long line, String problem) {
			super(problem, null, false, false);
			this.line = line;
		}
	}

	private Submission submission(List<TsvRows.Row> rows) throws PageTabSyntaxException {
		List<List<TsvRows.Row>> blocks = blocks(rows);
		if (blocks.isEmpty()) {
			throw new PageTabSyntaxException(source, 0, "the file is empty; a TSV submission starts with a line " +
				"'Submission<TAB>accession'");
		}
		String accno = null;
		List<Attribute> attributes = List.of();
		List<TsvRows.Row> first = blocks.get(0);
		String type = first.get(0).cell(0);
		if (type == null || !type.strip().equalsIgnoreCase("Submission")) {
			problem(first.get(0).line(), "a TSV submission starts with a line 'Submission<TAB>accession' (the " +
				"accession may be left empty), found '" + (type == null ? "" : type) + "'" + (type != null && type
					.startsWith("{") ? "; this looks like JSON: name the file .json" : ""));
		}
		else {
			accno = first.get(0).cell(1);
			attributes = attributes(first, "the submission");
		}
		if (blocks.size() < 2) {
			long after = first.get(first.size() - 1).line();
			problem(after, "no study section: after the Submission block, leave a blank line and start the study " +
				"section with a line 'Study<TAB>accNo'");
			throw failure();
		}
		List<TsvRows.Row> rootBlock = blocks.get(1);
		TsvRows.Row head = rootBlock.get(0);
		Node root = new Node(head.cell(1), head.cell(0), attributes(rootBlock, "the section"));
		if (root.accno != null) register(root.accno, root);
		Node current = root;
		for (List<TsvRows.Row> block : blocks.subList(2, blocks.size())) {
			try {
				Node added = block(block, root, current);
				if (added != null) current = added;
			}
			catch (BadBlock e) {
				if (e.getMessage() != null) problem(e.line, e.getMessage());
			}
		}
		if (!problems.isEmpty()) throw failure();
		return Submission.of(accno, attributes, root.section());
	}

	/** Adds one block below the root section; the section it starts, if it is one. */
	private Node block(List<TsvRows.Row> block, Node root, Node current) throws BadBlock {
		TsvRows.Row head = block.get(0);
		String type = head.cell(0);
		String what = type.strip().toLowerCase(Locale.ROOT);
		switch (what) {
			case "file" -> {
				String path = head.cell(1);
				if (path == null) throw new BadBlock(head.line(), "a 'File' line names the file's path in its second cell");
				current.files.add(new Entry.One<>(FileRef.of(path, attributes(block, "the file"))));
			}
			case "link" -> {
				String url = head.cell(1);
				if (url == null) throw new BadBlock(head.line(), "a 'Link' line names the link's url in its second cell");
				current.links.add(new Entry.One<>(new Link(url, attributes(block, "the link"))));
			}
			case "files" -> current.files.add(new Entry.Table<>(table(block, "file's path", (name, a) -> FileRef.of(
				name, a))));
			case "links" -> current.links.add(new Entry.Table<>(table(block, "link's url", Link::new)));
			default -> {
				if (type.endsWith("]") && type.indexOf('[') > 0) {
					String sectionType = type.substring(0, type.indexOf('[')).strip();
					String parent = type.substring(type.indexOf('[') + 1, type.length() - 1).strip();
					Node into = parent.isEmpty() ? root : parent(parent, head.line());
					into.subsections.add(table(block, null, (accno, a) -> new Section(accno, sectionType, a, null,
						null, null)));
					return null;
				}
				String accno = head.cell(1), parent = head.cell(2);
				Node into = parent == null ? root : parent(parent, head.line());
				Node section = new Node(accno, type, attributes(block, "the section"));
				if (accno != null) register(accno, section);
				into.subsections.add(section);
				return section;
			}
		}
		return null;
	}

	private Node parent(String accno, long line) throws BadBlock {
		Node parent = sections.get(accno);
		if (parent == null) {
			throw new BadBlock(line, "no section with accNo '" + accno + "' above this line: a subsection names its " +
				"parent section's accNo in its third cell, and comes after it");
		}
		return parent;
	}

	private void register(String accno, Node section) {
		sections.put(accno, section);
	}

	/** The attributes of a block's lines after its first, one per line; qualifier lines join the one before. */
	private List<Attribute> attributes(List<TsvRows.Row> block, String of) {
		List<String[]> pairs = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		for (TsvRows.Row row : block.subList(1, block.size())) {
			String name = row.cell(0);
			if (name == null) {
				problem(row.line(), "the attribute name (first cell) is empty; write 'name<TAB>value'");
				continue;
			}
			for (int i = 2; i < row.cells().size(); i++) {
				if (row.cell(i) != null) {
					problem(row.line(), "'" + name + "' has more than a value: cell " + (i + 1) + " ('" + row.cell(i) +
						"') would be lost; write one value per line (repeat the name for another)");
					break;
				}
			}
			pairs.add(new String[] { name, row.cell(1) });
			lines.add(row.line());
		}
		return attributes(pairs, lines, of);
	}

	/** Attributes from (name, value) pairs in order, qualifiers and references as their brackets say. */
	private List<Attribute> attributes(List<String[]> pairs, List<Long> lines, String of) {
		List<Attribute> out = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			String name = pairs.get(i)[0], value = pairs.get(i)[1];
			boolean nameQualifier = enclosed(name, '(', ')'), valueQualifier = enclosed(name, '[', ']');
			if (nameQualifier || valueQualifier) {
				if (out.isEmpty()) {
					problem(lines.get(i), "the qualifier '" + name + "' of " + of + " has no attribute before it " +
						"to qualify");
					continue;
				}
				Attribute before = out.remove(out.size() - 1);
				List<Qualifier> nm = new ArrayList<>(before.nameQualifiers()), vq = new ArrayList<>(before
					.valueQualifiers());
				(nameQualifier ? nm : vq).add(new Qualifier(inner(name), value));
				out.add(new Attribute(before.name(), before.value(), before.reference(), nm, vq));
			}
			else if (enclosed(name, '<', '>')) out.add(Attribute.reference(inner(name), value));
			else out.add(Attribute.of(name, value));
		}
		return out;
	}

	private interface Item<T> {
		T of(String name, List<Attribute> attributes);
	}

	/** The rows of a table block; {@code first} names what the first cell holds, or null when it may be empty. */
	private <T> List<T> table(List<TsvRows.Row> block, String first, Item<T> item) throws BadBlock {
		TsvRows.Row header = block.get(0);
		int columns = header.cells().size();
		while (columns > 1 && header.cell(columns - 1) == null) columns--;
		for (int c = 1; c < columns; c++) {
			if (header.cell(c) == null) {
				throw new BadBlock(header.line(), "column " + (c + 1) + " of the table '" + header.cell(0) + "' has no " +
					"name; every column is headed by an attribute name");
			}
		}
		if (block.size() < 2) {
			throw new BadBlock(header.line(), "the table '" + header.cell(0) + "' has no rows; a table needs at least " +
				"one row under its header");
		}
		List<T> rows = new ArrayList<>();
		int before = problems.size();
		for (TsvRows.Row row : block.subList(1, block.size())) {
			int used = row.cells().size();
			while (used > columns && row.cell(used - 1) == null) used--;
			if (used > columns) {
				problem(row.line(), "this row has " + (used - 1) + " values under " + (columns - 1) + " columns of " +
					"the table '" + header.cell(0) + "'; add a column name or remove the extra cell");
				continue;
			}
			if (first != null && row.cell(0) == null) {
				problem(row.line(), "the first cell of a '" + header.cell(0) + "' row is the " + first + "; it is empty");
				continue;
			}
			List<String[]> pairs = new ArrayList<>();
			List<Long> lines = new ArrayList<>();
			for (int c = 1; c < columns; c++) {
				pairs.add(new String[] { header.cell(c), row.cell(c) });
				lines.add(row.line());
			}
			rows.add(item.of(row.cell(0), attributes(pairs, lines, "the table")));
		}
		if (problems.size() > before) throw new BadBlock(header.line(), null); // each row's problem is reported
		return rows;
	}

	private static boolean enclosed(String name, char open, char close) {
		return name.length() > 2 && name.charAt(0) == open && name.charAt(name.length() - 1) == close;
	}

	private static String inner(String name) {
		return name.substring(1, name.length() - 1);
	}

	/** The blocks: runs of lines between blank lines. */
	private static List<List<TsvRows.Row>> blocks(List<TsvRows.Row> rows) {
		List<List<TsvRows.Row>> blocks = new ArrayList<>();
		List<TsvRows.Row> block = new ArrayList<>();
		for (TsvRows.Row row : rows) {
			if (row.blank()) {
				if (!block.isEmpty()) blocks.add(block);
				block = new ArrayList<>();
			}
			else block.add(row);
		}
		if (!block.isEmpty()) blocks.add(block);
		return blocks;
	}

	private void problem(long line, String what) {
		if (problems.isEmpty()) firstProblemLine = line;
		problems.add((problems.isEmpty() ? "" : "line " + line + ": ") + what);
	}

	private PageTabSyntaxException failure() {
		int shown = Math.min(problems.size(), 10);
		String more = problems.size() > shown ? "; and " + (problems.size() - shown) + " more" : "";
		return new PageTabSyntaxException(source, firstProblemLine, String.join("; ", problems.subList(0, shown)) +
			more);
	}
}
