package org.biadeposit.fiji.wizard;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;

import org.biadeposit.harvest.RecordTable;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.StudyComponent;

/** Step 2: what the harvest read from every image, and the study components with their files. */
final class ImagesStep extends JPanel {

	final JLabel summary = new JLabel(" ");
	JTable images = Tables.of(RecordTable.COLUMNS, List.of());
	JTable components = Tables.of(List.of("Study component", "Files", "Selection", "Acquisition"), List.of());
	private final JScrollPane imagesPane = new JScrollPane(images);
	private final JScrollPane componentsPane = new JScrollPane(components);

	ImagesStep() {
		super(new BorderLayout(0, 6));
		summary.setBorder(BorderFactory.createEmptyBorder(0, 0, 4, 0));
		add(summary, BorderLayout.NORTH);
		JPanel top = titled("Images read from the files (one row per image; nothing typed by hand)", imagesPane);
		JPanel bottom = titled("Study components (one per top-level folder unless deposit.yaml says otherwise)",
			componentsPane);
		JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, bottom);
		split.setResizeWeight(0.65);
		split.setBorder(null);
		add(split, BorderLayout.CENTER);
	}

	private static JPanel titled(String title, JScrollPane content) {
		JPanel p = new JPanel(new BorderLayout(0, 3));
		JLabel l = new JLabel(title);
		l.setFont(l.getFont().deriveFont(java.awt.Font.BOLD));
		p.add(l, BorderLayout.NORTH);
		p.add(content, BorderLayout.CENTER);
		return p;
	}

	void show(DepositionDraft.State state) {
		List<List<String>> rows = state.imageRows();
		boolean errors = rows.stream().anyMatch(r -> !r.get(r.size() - 1).isEmpty());
		List<String> columns = errors ? RecordTable.COLUMNS : RecordTable.COLUMNS.subList(0, RecordTable.COLUMNS
			.size() - 1);
		List<List<String>> shown = rows.stream().map(r -> r.subList(0, columns.size())).toList();
		images = Tables.of(columns, shown);
		imagesPane.setViewportView(images);

		Deposition built = state.built();
		List<List<String>> comps = new ArrayList<>();
		int files = 0;
		if (built != null) {
			for (StudyComponent c : built.components()) {
				int n = c.fileList() == null ? 0 : c.fileList().rows().size();
				files += n;
				comps.add(List.of(c.name(), String.valueOf(n), c.files() == null ? "" : c.files().describe(), c
					.associations() == null || c.associations().acquisition() == null ? "" : c.associations()
						.acquisition()));
			}
		}
		components = Tables.of(List.of("Study component", "Files", "Selection", "Acquisition"), comps);
		componentsPane.setViewportView(components);
		summary.setText("<html><b>" + rows.size() + " image" + (rows.size() == 1 ? "" : "s") + "</b> read from " +
			state.harvested().stream().filter(h -> !h.notAnImage()).count() + " image file(s) in " + state.root() +
			"; <b>" + comps.size() + " study component" + (comps.size() == 1 ? "" : "s") + "</b> with " + files +
			" file(s) in all.</html>");
	}
}
