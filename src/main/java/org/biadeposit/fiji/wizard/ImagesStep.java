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
import java.util.stream.Collectors;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;

import org.biadeposit.harvest.RecordTable;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.StudyComponent;

/** Step 2: what the harvest read from every image, and the study components with their files. */
final class ImagesStep extends JPanel {

	final JLabel summary = new JLabel(" ");
	JTable images = Tables.of(ImageColumns.headers(RecordTable.COLUMNS), List.of());
	JTable components = Tables.of(List.of("Study component", "Files", "Selection", "Acquisition"), List.of());
	private final JScrollPane imagesPane = new JScrollPane(images);
	private final JScrollPane componentsPane = new JScrollPane(components);

	ImagesStep() {
		super(new BorderLayout(0, 6));
		summary.setMinimumSize(new java.awt.Dimension(10, 10));
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
		int error = RecordTable.COLUMNS.size() - 1;
		long unreadable = rows.stream().filter(r -> !r.get(error).isEmpty()).count();
		// an unreadable file shows why right after its name, in red; without any, the column is left out
		List<Integer> order = new ArrayList<>();
		order.add(0);
		if (unreadable > 0) order.add(error);
		for (int c = 1; c < error; c++) order.add(c);
		List<String> columns = order.stream().map(c -> ImageColumns.header(RecordTable.COLUMNS.get(c))).toList();
		List<List<String>> shown = rows.stream().map(r -> order.stream().map(r::get).toList()).toList();
		images = Tables.of(columns, shown);
		if (unreadable > 0) {
			images.setDefaultRenderer(Object.class, new javax.swing.table.DefaultTableCellRenderer() {

				@Override
				public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean selected,
					boolean focused, int row, int column)
				{
					super.getTableCellRendererComponent(t, v, selected, focused, row, column);
					boolean bad = !String.valueOf(t.getModel().getValueAt(row, 1)).isEmpty();
					if (!selected) setForeground(bad ? ValidationStep.ERROR : t.getForeground());
					return this;
				}
			});
		}
		imagesPane.setViewportView(images);

		Deposition built = state.built();
		List<List<String>> comps = new ArrayList<>();
		int files = 0;
		if (built != null) {
			for (StudyComponent c : built.components()) {
				int n = c.fileList() == null ? 0 : c.fileList().rows().size();
				files += n;
				comps.add(List.of(c.name(), String.valueOf(n), c.files() == null ? "" : c.files().describe(), c
					.associations().stream().map(Associations::acquisition).filter(t -> t != null).distinct()
						.collect(Collectors.joining(", "))));
			}
		}
		components = Tables.of(List.of("Study component", "Files", "Selection", "Acquisition"), comps);
		componentsPane.setViewportView(components);
		summary.setText("<html><b>" + rows.size() + " image" + (rows.size() == 1 ? "" : "s") + "</b> read from " +
			state.harvested().stream().filter(h -> !h.notAnImage()).count() + " image file(s) in " + state.root() +
			"; <b>" + comps.size() + " study component" + (comps.size() == 1 ? "" : "s") + "</b> with " + files +
			" file(s) in all." + (unreadable > 0 ? " <font color='#b40000'>" + unreadable + " file(s) could not be " +
				"read: in red, with why.</font>" : "") + "</html>");
	}
}
