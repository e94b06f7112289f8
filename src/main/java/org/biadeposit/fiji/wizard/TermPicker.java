package org.biadeposit.fiji.wizard;

import java.awt.Component;
import java.awt.Dimension;
import java.util.function.Consumer;

import javax.swing.JList;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

/** A popup list of the bundled terms matching what is typed; choosing one puts its label in the field. */
final class TermPicker {

	private TermPicker() {}

	static void show(Component under, Terms terms, String typed, Consumer<String> chosen) {
		java.util.List<Terms.Term> matches = terms.search(typed);
		if (matches.isEmpty()) matches = terms.all();
		JList<Terms.Term> list = new JList<>(matches.toArray(new Terms.Term[0]));
		list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
		list.setVisibleRowCount(Math.min(12, matches.size()));
		JPopupMenu popup = new JPopupMenu();
		JScrollPane scroll = new JScrollPane(list);
		scroll.setPreferredSize(new Dimension(420, Math.min(12, matches.size()) * 20 + 6));
		popup.add(scroll);
		list.addListSelectionListener(e -> {
			if (e.getValueIsAdjusting() || list.getSelectedValue() == null) return;
			chosen.accept(list.getSelectedValue().label());
			popup.setVisible(false);
		});
		popup.show(under, 0, under.getHeight());
	}
}
