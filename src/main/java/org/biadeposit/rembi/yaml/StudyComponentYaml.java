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
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.StudyComponent;

/**
 * Reads the study components of deposit.yaml with their association rows. A component gives its rows itself, as
 * single-valued keys ({@code biosample}, {@code specimen}, {@code acquisition}, {@code analysis},
 * {@code correlation}: one row) or as a list of such mappings under {@code associations:} (one row each); or
 * bia-agent's top-level {@code associations:} mapping gives them, an entry per component with {@code biosample_id},
 * {@code specimen_id}, {@code acquisition_id}, {@code analysis_id} and {@code correlation_id}. Wherever a row's key
 * is given, a list of titles stands for several rows, matched item by item; a single title is the same in each.
 */
final class StudyComponentYaml {

	/** A study component as written, before its associations entry (if any) is found. */
	private record Written(String key, YamlValue at, String name, String description, FileSelection files,
		List<Associations> own)
	{}

	/** An entry of the top-level associations mapping. */
	private record Entry(String key, YamlValue at, List<Associations> rows) {}

	private final FileSelectionYaml selections;

	StudyComponentYaml(FileSelectionYaml selections) {
		this.selections = selections;
	}

	/**
	 * The study components. With {@code study_component:}, each entry is one, and an {@code associations:} entry
	 * belongs to the component of the same title (or name); an entry that names no component is paired by
	 * position, as bia-agent pairs them. Without {@code study_component:} (the older bia-agent form), each
	 * {@code associations:} entry is one component named by its key.
	 */
	List<StudyComponent> read(YamlValue componentsValue, YamlValue associationsValue) {
		List<Written> written = new ArrayList<>();
		for (Map.Entry<String, YamlValue> e : componentsValue.mapping(null).entries().entrySet()) {
			YamlMapping c = e.getValue().mapping(DepositYaml.COMPONENT_KEYS, DepositYaml.COMPONENT_DEFAULTS);
			String name = c.get("name").text();
			c.get("rembi_version").text();
			written.add(new Written(e.getKey(), e.getValue(), name != null ? name : e.getKey(), c.get("description")
				.text(), selections.read(c), ownRows(c)));
		}
		List<Entry> entries = new ArrayList<>();
		for (Map.Entry<String, YamlValue> e : associationsValue.mapping(null).entries().entrySet()) {
			YamlValue v = e.getValue();
			List<Associations> rows = new ArrayList<>();
			for (YamlValue item : v.isList() ? v.items() : List.of(v)) {
				rows.addAll(rows(item.mapping(DepositYaml.ASSOCIATION_KEYS), DepositYaml.ASSOCIATION_KEYS));
			}
			entries.add(new Entry(e.getKey(), v, rows));
		}
		if (written.isEmpty()) {
			return entries.stream().map(e -> new StudyComponent(e.key(), described(e.key(), e.rows(), e.at()),
				null, e.rows(), null, e.key())).toList();
		}

		Entry[] paired = new Entry[written.size()];
		List<Entry> unpaired = new ArrayList<>();
		for (Entry e : entries) {
			int i = indexOf(written, e.key());
			if (i < 0) unpaired.add(e);
			else pair(written, paired, i, e);
		}
		for (Entry e : unpaired) {
			int i = entries.indexOf(e);
			if (i < written.size() && paired[i] == null && written.get(i).own().isEmpty()) {
				pair(written, paired, i, e);
				e.at().warning("\"" + e.key() + "\" is not the title of a study component; it was paired by " +
					"position with study component \"" + written.get(i).key() + "\", as bia-agent does. Rename it to \"" +
					written.get(i).key() + "\" to say so");
			}
			else {
				e.at().error("\"" + e.key() + "\" is not the title of a study component, so these associations " +
					"belong to none; rename it to the title of its component: " + String.join(", ", written.stream()
						.map(w -> "\"" + w.key() + "\"").toList()));
			}
		}
		List<StudyComponent> out = new ArrayList<>();
		for (int i = 0; i < written.size(); i++) {
			Written w = written.get(i);
			List<Associations> rows = !w.own().isEmpty() ? w.own() : paired[i] != null ? paired[i].rows() : List.of();
			out.add(new StudyComponent(w.name(), w.description(), w.files(), rows, null, w.key()));
		}
		return out;
	}

	/**
	 * A description for a component of bia-agent's template, which gives none: one written from its rows, with a
	 * warning saying to improve it (a study_component: entry without one stays an error: it was meant to have one).
	 */
	private static String described(String name, List<Associations> rows, YamlValue at) {
		String written = RowDescription.of(rows);
		if (written == null) return null;
		at.warning("study component \"" + name + "\" has no description, so one was written from its association " +
			"rows: \"" + written + "\". Improve it: say what its images show and how they differ from the other " +
			"components' (description: under study_component: " + name + ")");
		return written;
	}

	/** A component's own rows: its single-valued keys, or its associations: list (both is an error). */
	private static List<Associations> ownRows(YamlMapping c) {
		List<Associations> keys = rows(c, DepositYaml.ROW_KEYS);
		YamlValue list = c.get("associations");
		if (!list.isGiven()) return keys;
		if (!keys.isEmpty()) {
			list.error("the component also gives biosample/specimen/acquisition/analysis/correlation itself; give " +
				"its association rows in one place: one row as those keys, or several as items of associations:");
			return keys;
		}
		List<Associations> rows = new ArrayList<>();
		for (YamlValue item : list.items()) rows.addAll(rows(item.mapping(DepositYaml.ROW_KEYS), DepositYaml.ROW_KEYS));
		return rows;
	}

	/**
	 * The rows a mapping gives: one, or as many as its longest list of titles, row {@code r} taking item {@code r}
	 * of each list and the same single title otherwise. A row that names nothing is left out.
	 *
	 * @param keys the keys of the row's columns, in the order of {@link RembiFields#ROW}
	 */
	private static List<Associations> rows(YamlMapping m, List<String> keys) {
		List<List<String>> titles = new ArrayList<>();
		int n = 1;
		String longest = null;
		for (String k : keys) {
			List<String> t = titles(m.get(k));
			titles.add(t);
			if (t.size() > n) {
				n = t.size();
				longest = k;
			}
		}
		for (int k = 0; k < keys.size(); k++) {
			int size = titles.get(k).size();
			if (size > 1 && size < n) {
				m.get(keys.get(k)).error("lists " + size + " titles but " + longest + " lists " + n + "; each list " +
					"gives one title per association row, so give " + n + " titles here (in row order), or one title " +
					"that every row shares");
			}
		}
		List<Associations> out = new ArrayList<>();
		for (int r = 0; r < n; r++) {
			Associations a = RembiFields.NO_ROW;
			for (int k = 0; k < keys.size(); k++) {
				List<String> t = titles.get(k);
				String title = t.isEmpty() ? null : t.size() == 1 ? t.get(0) : r < t.size() ? t.get(r) : null;
				a = RembiFields.ROW.get(k).with().apply(a, title);
			}
			if (!a.equals(RembiFields.NO_ROW)) out.add(a);
		}
		return out;
	}

	/** A title as a one-item list, or a list of titles with an empty item (null, "") kept in its place as null. */
	private static List<String> titles(YamlValue v) {
		if (!v.isList()) return v.isGiven() ? Collections.singletonList(blankAsNull(v.text())) : List.of();
		List<String> out = new ArrayList<>();
		for (YamlValue item : v.items()) out.add(blankAsNull(item.text()));
		return out;
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** The component an associations entry names, by title, else by name. */
	private static int indexOf(List<Written> written, String key) {
		for (int i = 0; i < written.size(); i++) {
			if (written.get(i).key().equals(key)) return i;
		}
		int found = -1;
		for (int i = 0; i < written.size(); i++) {
			if (written.get(i).name().equals(key)) {
				if (found >= 0) return -1;
				found = i;
			}
		}
		return found;
	}

	private static void pair(List<Written> written, Entry[] paired, int i, Entry e) {
		Written w = written.get(i);
		String component = YamlSource.child("study_component", w.key());
		if (!w.own().isEmpty()) {
			e.at().error("study component \"" + w.key() + "\" gives its associations itself (" + component +
				", line " + w.at().line() + "); give them in one place only: remove this entry, or remove " +
				"biosample/specimen/acquisition/analysis/correlation from the component");
		}
		else if (paired[i] != null) {
			e.at().error("study component \"" + w.key() + "\" already has associations (" + YamlSource.child(
				"associations", paired[i].key()) + ", line " + paired[i].at().line() + "); keep only one entry");
		}
		else {
			paired[i] = e;
		}
	}
}
