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
package org.biadeposit.fiji.wizard;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.StudyComponent;

/**
 * Step 4: the File-list of every study component (and annotation set), as it will be deposited, with its columns.
 * Under a component's list, its path pattern, side table and columns for every file can be changed: Apply saves
 * deposit.yaml and shows the list built anew at once.
 */
final class FileListsStep extends JPanel {

	/** Changes a field of a component's file selection ({@code pattern}, {@code columns_table}, {@code columns}). */
	interface Edit {

		void apply(int component, java.util.Map<String, String> fields);
	}

	private Edit edit = (c, f) -> {};
	/** Per component tab: its pattern, side table and columns fields. */
	final List<java.util.Map<String, javax.swing.JTextField>> selection = new ArrayList<>();
	/** Per component tab: its Apply button. */
	final List<javax.swing.JButton> apply = new ArrayList<>();

	final JTabbedPane tabs = new JTabbedPane();
	final List<JTable> tables = new ArrayList<>();
	private final List<String> names = new ArrayList<>();

	FileListsStep() {
		super(new BorderLayout(0, 6));
		JLabel intro = new JLabel("<html>One File-list per study component: <b>Files</b> (the path in the " +
			"upload), then the suggested columns: what differs between the component's images according to the " +
			"harvest, and columns from path patterns or tables named in deposit.yaml.</html>");
		intro.setBorder(BorderFactory.createEmptyBorder(0, 0, 4, 0));
		add(intro, BorderLayout.NORTH);
		tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
		add(tabs, BorderLayout.CENTER);
	}

	void onEdit(Edit e) {
		this.edit = e;
	}

	void show(Deposition built) {
		int shown = tabs.getSelectedIndex();
		tabs.removeAll();
		tables.clear();
		names.clear();
		selection.clear();
		apply.clear();
		if (built == null) return;
		for (int i = 0; i < built.components().size(); i++) {
			StudyComponent c = built.components().get(i);
			add(c.name(), c.fileList(), i, c.files());
		}
		for (AnnotationSet a : built.annotations()) add(a.title() + " (annotations)", a.fileList(), -1, null);
		if (shown >= 0 && shown < tabs.getTabCount()) tabs.setSelectedIndex(shown);
	}

	private void add(String title, FileList list, int component, org.biadeposit.rembi.FileSelection files) {
		List<String> columns = new ArrayList<>(List.of("Files"));
		List<List<String>> rows = new ArrayList<>();
		if (list != null) {
			columns.addAll(list.columns());
			for (FileList.Row r : list.rows()) {
				List<String> row = new ArrayList<>(List.of(r.path()));
				for (String c : list.columns()) row.add(r.values().getOrDefault(c, ""));
				rows.add(row);
			}
		}
		JTable table = Tables.of(columns, rows);
		JPanel tab = new JPanel(new BorderLayout(0, 4));
		tab.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
		tab.add(new JLabel(list == null ? "No File-list: the component selects no files." : "File-list " + list
			.name() + ": " + rows.size() + " file(s); columns: " + String.join(", ", columns)), BorderLayout.NORTH);
		tab.add(new JScrollPane(table), BorderLayout.CENTER);
		if (component >= 0) tab.add(selectionForm(component, files), BorderLayout.SOUTH);
		String label = title + " (" + rows.size() + ")";
		// long component names would push the other tabs out of sight: shortened, the whole name as the tip
		tabs.addTab(label.length() > 48 ? label.substring(0, 36).strip() + "… (" + rows.size() + ")" : label, null, tab,
			label);
		tables.add(table);
		names.add(list == null ? title : list.name());
	}

	private JPanel selectionForm(int component, org.biadeposit.rembi.FileSelection files) {
		JPanel form = new JPanel(new java.awt.GridBagLayout());
		java.util.Map<String, javax.swing.JTextField> fields = new java.util.LinkedHashMap<>();
		String[][] rows = { { "pattern", "Path pattern ({name} parts become columns)", files == null ? null
			: files.pattern() }, { "columns_table", "Side table (TSV, first column Files)", files == null ? null : files
				.columnsTable() }, { "columns", "Columns for every file (name=value; ...)", files == null ? null
					: DraftSections.columns(files.columnValues()) } };
		int r = 0;
		for (String[] row : rows) {
			java.awt.GridBagConstraints g = new java.awt.GridBagConstraints();
			g.gridx = 0;
			g.gridy = r;
			g.anchor = java.awt.GridBagConstraints.EAST;
			g.insets = new java.awt.Insets(2, 0, 2, 6);
			form.add(new JLabel(row[1]), g);
			javax.swing.JTextField f = new javax.swing.JTextField(row[2] == null ? "" : row[2], 20);
			f.setName(row[0]);
			g = new java.awt.GridBagConstraints();
			g.gridx = 1;
			g.gridy = r++;
			g.weightx = 1;
			g.fill = java.awt.GridBagConstraints.HORIZONTAL;
			g.insets = new java.awt.Insets(2, 0, 2, 0);
			form.add(f, g);
			fields.put(row[0], f);
		}
		javax.swing.JButton applying = new javax.swing.JButton("Apply");
		applying.setToolTipText("Saves deposit.yaml and builds the File-list again");
		applying.addActionListener(e -> {
			java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
			fields.forEach((k, f) -> values.put(k, f.getText()));
			edit.apply(component, values);
		});
		java.awt.GridBagConstraints g = new java.awt.GridBagConstraints();
		g.gridx = 1;
		g.gridy = r;
		g.anchor = java.awt.GridBagConstraints.EAST;
		form.add(applying, g);
		selection.add(fields);
		apply.add(applying);
		return form;
	}

	/** Shows the tab of a File-list by its name; false if there is none. */
	boolean select(String listName) {
		int i = names.indexOf(listName);
		if (i >= 0) tabs.setSelectedIndex(i);
		return i >= 0;
	}
}
