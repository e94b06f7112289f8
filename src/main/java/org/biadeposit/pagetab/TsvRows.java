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
import java.util.Collections;
import java.util.List;

/**
 * The rows of a TSV PageTab text, cut as BioStudies cuts them (a CSV parser with tab as delimiter, {@code "} as
 * quote, {@code #} at the start of a line for a comment): each row keeps its 1-based line number and its cells, a
 * blank cell as null. Unlike BioStudies, surrounding spaces are kept: BioStudies serves values as they are, so a
 * study served as TSV reads as the same study served as JSON.
 * <p>
 * Quotes: BioStudies writes a value holding a tab, a line break or a quote between quotes (adding nothing inside),
 * and reads {@code "text"} without a tab or line break inside as the text with its quotes. So a cell that starts with
 * a quote is read as quoted only when the text up to the quote that ends the cell holds a tab, a line break or a quote;
 * otherwise it is the text as written. A quote that is never closed is an ordinary character.
 * </p>
 */
final class TsvRows {

	/** One row: its first line and its cells (null for a blank cell); no cell at all for a blank line. */
	record Row(long line, List<String> cells) {

		/** The cell at this index, or null when blank or absent. */
		String cell(int i) {
			return i < cells.size() ? cells.get(i) : null;
		}

		/** Whether every cell is blank: a line between blocks. */
		boolean blank() {
			for (String c : cells) {
				if (c != null) return false;
			}
			return true;
		}
	}

	private final String text;
	private int at;
	private long line = 1;

	private TsvRows(String text) {
		this.text = text;
	}

	/** The rows of the text, comment lines left out. */
	static List<Row> of(String text) {
		return new TsvRows(text).rows();
	}

	private List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		while (at < text.length()) {
			if (text.charAt(at) == '#') {
				skipLine();
				continue;
			}
			long first = line;
			List<String> cells = new ArrayList<>();
			while (true) {
				cells.add(cell());
				if (at >= text.length()) break;
				char c = text.charAt(at);
				if (c == '\t') {
					at++;
					continue;
				}
				endOfLine();
				break;
			}
			rows.add(new Row(first, Collections.unmodifiableList(cells)));
		}
		return rows;
	}

	/** The cell starting here, up to (not past) the tab or line break that ends it. */
	private String cell() {
		int start = at;
		if (start < text.length() && text.charAt(start) == '"') {
			int close = closingQuote(start + 1);
			if (close > 0) {
				String inside = text.substring(start + 1, close);
				if (inside.indexOf('\t') >= 0 || inside.indexOf('\n') >= 0 || inside.indexOf('"') >= 0) {
					for (int i = at; i < close; i++) {
						if (text.charAt(i) == '\n') line++;
					}
					at = close + 1;
					return inside.isBlank() ? null : inside.replace("\r\n", "\n");
				}
			}
		}
		int end = at;
		while (end < text.length() && text.charAt(end) != '\t' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		String value = text.substring(at, end);
		at = end;
		return value.isBlank() ? null : value;
	}

	/** The quote that ends a quoted cell opened before {@code from}: one followed by a tab, a line end or the end. */
	private int closingQuote(int from) {
		for (int i = text.indexOf('"', from); i >= 0; i = text.indexOf('"', i + 1)) {
			int next = i + 1;
			if (next >= text.length()) return i;
			char c = text.charAt(next);
			if (c == '\t' || c == '\n' || c == '\r') return i;
		}
		return -1;
	}

	private void endOfLine() {
		if (text.charAt(at) == '\r') at++;
		if (at < text.length() && text.charAt(at) == '\n') at++;
		line++;
	}

	private void skipLine() {
		while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') at++;
		if (at < text.length()) endOfLine();
	}
}
