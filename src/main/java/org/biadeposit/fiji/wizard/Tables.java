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

import java.util.List;

import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableColumn;

/** Read-only tables of text, with columns as wide as their content (up to a limit). */
final class Tables {

	private Tables() {}

	static JTable of(List<String> columns, List<List<String>> rows) {
		DefaultTableModel model = new DefaultTableModel(columns.toArray(), 0) {

			@Override
			public boolean isCellEditable(int row, int column) {
				return false;
			}
		};
		for (List<String> r : rows) model.addRow(r.toArray());
		JTable table = new JTable(model) {

			/** Fills the width when narrower than the view; scrolls sideways when wider. */
			@Override
			public boolean getScrollableTracksViewportWidth() {
				return getParent() != null && getPreferredSize().width < getParent().getWidth();
			}
		};
		table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
		table.setFillsViewportHeight(true);
		table.getTableHeader().setReorderingAllowed(false);
		var fm = table.getFontMetrics(table.getFont());
		for (int c = 0; c < columns.size(); c++) {
			int width = fm.stringWidth(columns.get(c)) + 24;
			for (int r = 0; r < Math.min(rows.size(), 200); r++) {
				Object v = model.getValueAt(r, c);
				width = Math.max(width, fm.stringWidth(v == null ? "" : v.toString()) + 16);
			}
			TableColumn column = table.getColumnModel().getColumn(c);
			column.setPreferredWidth(Math.min(width, 360));
		}
		return table;
	}
}
