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
package org.biadeposit.rembi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a {@link Problem} is, as values: read from its {@link Problem#where()} text, which the validator and the
 * deposit.yaml reader write in one of these forms:
 * <ul>
 * <li>a key path in deposit.yaml, perhaps with a line and column: {@code deposit.yaml study.title},
 * {@code deposit.yaml:12:3 study.license}, {@code deposit.yaml biosamples."WT embryos".organism},
 * {@code deposit.yaml study.authors[1].orcid} (list items counted from 1);</li>
 * <li>a File-list row or column: {@code File-list cells row 4 (cells/a.tif)};</li>
 * <li>a study component: {@code study component cells};</li>
 * <li>a file or folder of the dataset.</li>
 * </ul>
 *
 * @param config the deposit.yaml file name, or null when the place is not in it
 * @param line the line in deposit.yaml, or 0 when not known
 * @param keys the key path in deposit.yaml ({@code [study, authors, [1], orcid]}); empty when not in it
 * @param fileList the File-list's name, or null
 * @param component the study component's name, or null
 * @param file the file or folder, or null
 */
public record Place(String config, int line, List<String> keys, String fileList, String component, String file) {

	private static final Pattern CONFIG = Pattern.compile("(\\S+\\.ya?ml)(:(\\d+)(:\\d+)?)?(\\s+(.*))?");
	private static final Pattern FILE_LIST = Pattern.compile("File-list (\\S+) (row|column) .*");
	private static final String COMPONENT = "study component ";

	public Place {
		keys = List.copyOf(keys);
	}

	/** The place a problem's {@code where} text names (null or blank: nowhere in particular, an empty key path). */
	public static Place of(String where) {
		if (where == null || where.isBlank()) return new Place(null, 0, List.of(), null, null, null);
		Matcher list = FILE_LIST.matcher(where);
		if (list.matches()) return new Place(null, 0, List.of(), list.group(1), null, null);
		if (where.startsWith(COMPONENT)) return new Place(null, 0, List.of(), null, where.substring(COMPONENT
			.length()), null);
		Matcher yaml = CONFIG.matcher(where);
		if (!yaml.matches()) return new Place(null, 0, List.of(), null, null, where);
		return new Place(yaml.group(1), yaml.group(3) == null ? 0 : Integer.parseInt(yaml.group(3)), keys(yaml.group(
			6) == null ? "" : yaml.group(6).strip()), null, null, null);
	}

	/** The keys of a path such as {@code biosamples."WT embryos".organism} or {@code study.authors[2].orcid}. */
	public static List<String> keys(String path) {
		List<String> out = new ArrayList<>();
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '"') {
				for (i++; i < path.length() && path.charAt(i) != '"'; i++) {
					if (path.charAt(i) == '\\' && i + 1 < path.length()) i++;
					key.append(path.charAt(i));
				}
			}
			else if (c == '.') {
				if (key.length() > 0) out.add(key.toString());
				key.setLength(0);
			}
			else if (c == '[') {
				if (key.length() > 0) out.add(key.toString());
				key.setLength(0);
				int end = path.indexOf(']', i);
				if (end < 0) end = path.length() - 1;
				out.add(path.substring(i, end + 1));
				i = end;
			}
			else if (c == ' ') {
				break; // the rest is a remark
			}
			else {
				key.append(c);
			}
		}
		if (key.length() > 0) out.add(key.toString());
		return out;
	}
}
