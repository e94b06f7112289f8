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
package org.biadeposit.validate;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.biadeposit.TerminalText;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;

/**
 * What validating a deposition found: every problem, in a stable order (by section of the deposition: study,
 * biosamples, specimens, image acquisitions, analyses, correlations, study components, annotation sets, File-lists;
 * then in the order found). A deposition whose report has no errors can be submitted; warnings are worth a look.
 *
 * @param problems the problems in report order
 */
public record Report(List<Problem> problems) {

	private static final ObjectMapper JSON = new ObjectMapper();

	public Report {
		problems = problems == null ? List.of() : problems.stream().filter(Objects::nonNull).toList();
	}

	/** True if the deposition cannot be submitted until something is fixed. */
	public boolean hasErrors() {
		return problems.stream().anyMatch(Report::isError);
	}

	public List<Problem> errors() {
		return problems.stream().filter(Report::isError).toList();
	}

	public List<Problem> warnings() {
		return problems.stream().filter(p -> !isError(p)).toList();
	}

	/**
	 * The report for a person at a terminal: one line per problem, {@code error: <where>: <message>} or
	 * {@code warning: ...}, then a summary line such as {@code 2 errors, 3 warnings}, or {@code no problems found}.
	 * Control characters in places and messages (from file names and values) are shown as escapes
	 * ({@link TerminalText#line}), so that each problem stays one line and cannot drive the terminal.
	 */
	public String toText() {
		StringBuilder s = new StringBuilder();
		for (Problem p : problems) {
			s.append(severity(p)).append(": ").append(TerminalText.line(p.where())).append(": ").append(TerminalText
				.line(p.message())).append('\n');
		}
		s.append(summary()).append('\n');
		return s.toString();
	}

	/** {@code 2 errors, 3 warnings}, {@code 1 error, 0 warnings}, or {@code no problems found}. */
	public String summary() {
		if (problems.isEmpty()) return "no problems found";
		int e = errors().size();
		int w = problems.size() - e;
		return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning" : " warnings");
	}

	/**
	 * The report for tools: {@code {"errors": n, "warnings": n, "problems": [{"severity": "error", "where": ...,
	 * "message": ..., "place": {...}}]}}, pretty-printed. {@code where} is the place as {@link #toText()} prints it;
	 * {@code place} is the same as values ({@link #place(Place)}).
	 */
	public String toJson() {
		ObjectNode root = JSON.createObjectNode();
		int e = errors().size();
		root.put("errors", e);
		root.put("warnings", problems.size() - e);
		ArrayNode list = root.putArray("problems");
		for (Problem p : problems) {
			ObjectNode n = list.addObject();
			n.put("severity", severity(p));
			n.put("where", p.where());
			n.put("message", p.message());
			n.set("place", place(p.place()));
		}
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
		}
		catch (JsonProcessingException ex) {
			// A tree of strings and numbers always serialises; this is not reached.
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A place as values, for tools to point at it: a key of deposit.yaml
	 * {@code {"config": "deposit.yaml", "line": 12, "keys": ["study", "license"]}} (line left out when not known,
	 * column given for a syntax error, list items as {@code "[2]"} counted from 1); a File-list row
	 * {@code {"fileList": "cells", "row": 3, "column": "Files", "file": "a/b.tif"}} or column
	 * {@code {"fileList": "cells", "columnNumber": 3, "column": "Dose"}}; a file of the dataset {@code {"file":
	 * "cells/a.tif"}} (with {@code "line"} for a line of a side table); a study component {@code {"component":
	 * "cells"}}; anything else {@code {"described": "validator"}}.
	 */
	static ObjectNode place(Place place) {
		ObjectNode o = JSON.createObjectNode();
		if (place instanceof Place.ConfigKey k) {
			o.put("config", k.config());
			if (k.line() > 0) o.put("line", k.line());
			if (k.column() > 0) o.put("column", k.column());
			ArrayNode keys = o.putArray("keys");
			k.keys().forEach(keys::add);
		}
		else if (place instanceof Place.FileListPlace l) {
			o.put("fileList", l.list());
			if (l.row() > 0) o.put("row", l.row());
			if (l.column() > 0) o.put("columnNumber", l.column());
			if (l.header() != null) o.put("column", l.header());
			if (l.file() != null) o.put("file", l.file());
		}
		else if (place instanceof Place.DatasetFile f) {
			o.put("file", f.path());
			if (f.line() > 0) o.put("line", f.line());
		}
		else if (place instanceof Place.Component c) {
			o.put("component", c.name());
		}
		else {
			o.put("described", place.text());
		}
		return o;
	}

	@Override
	public String toString() {
		return toText();
	}

	private static boolean isError(Problem p) {
		return p.severity() != Problem.Severity.WARNING;
	}

	private static String severity(Problem p) {
		return isError(p) ? "error" : Problem.Severity.WARNING.name().toLowerCase(Locale.ROOT);
	}
}
