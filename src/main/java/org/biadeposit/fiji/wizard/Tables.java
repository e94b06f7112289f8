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
