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

/** Step 4: the File-list of every study component (and annotation set), as it will be deposited. */
final class FileListsStep extends JPanel {

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
		add(tabs, BorderLayout.CENTER);
	}

	void show(Deposition built) {
		tabs.removeAll();
		tables.clear();
		names.clear();
		if (built == null) return;
		for (StudyComponent c : built.components()) add(c.name(), c.fileList());
		for (AnnotationSet a : built.annotations()) add(a.title() + " (annotations)", a.fileList());
	}

	private void add(String title, FileList list) {
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
		tabs.addTab(title + " (" + rows.size() + ")", tab);
		tables.add(table);
		names.add(list == null ? title : list.name());
	}

	/** Shows the tab of a File-list by its name; false if there is none. */
	boolean select(String listName) {
		int i = names.indexOf(listName);
		if (i >= 0) tabs.setSelectedIndex(i);
		return i >= 0;
	}
}
