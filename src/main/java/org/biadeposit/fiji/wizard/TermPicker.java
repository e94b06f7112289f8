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
