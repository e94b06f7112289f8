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
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;

import org.biadeposit.rembi.Problem;
import org.biadeposit.validate.Report;

/** Step 5: every problem validation finds, each with a Go to that shows the field or File-list it is about. */
final class ValidationStep extends JPanel {

	static final Color ERROR = new Color(180, 0, 0);
	static final Color WARNING = new Color(150, 90, 0);
	static final Color GOOD = new Color(0, 120, 0);

	final JLabel summary = new JLabel(" ");
	final DefaultListModel<Problem> model = new DefaultListModel<>();
	final JList<Problem> problems = new JList<>(model);
	final JTextArea detail = new JTextArea(4, 60);
	final JButton goTo = new JButton("Go to");
	final JButton again = new JButton("Validate again");

	ValidationStep() {
		super(new BorderLayout(0, 6));
		summary.setFont(summary.getFont().deriveFont(java.awt.Font.BOLD, summary.getFont().getSize2D() + 1f));
		JPanel top = new JPanel(new BorderLayout());
		top.add(summary, BorderLayout.NORTH);
		JLabel intro = new JLabel("<html>The same checks as <code>bia validate</code>, on deposit.yaml as saved. " +
			"Errors must be fixed before submitting; warnings are worth a look. Select a problem and press " +
			"<b>Go to</b> (or double-click it) to fix it.</html>");
		intro.setBorder(BorderFactory.createEmptyBorder(4, 0, 4, 0));
		top.add(intro, BorderLayout.CENTER);
		add(top, BorderLayout.NORTH);

		problems.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
		problems.setCellRenderer(new DefaultListCellRenderer() {

			@Override
			public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
				boolean focused)
			{
				Problem p = (Problem) value;
				super.getListCellRendererComponent(list, (p.isError() ? "error   " : "warning   ") + p.where() + "  —  " +
					p.message(), index, selected, focused);
				if (!selected) setForeground(p.isError() ? ValidationStep.ERROR : ValidationStep.WARNING);
				return this;
			}
		});
		detail.setEditable(false);
		detail.setLineWrap(true);
		detail.setWrapStyleWord(true);
		detail.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
		problems.addListSelectionListener(e -> {
			Problem p = problems.getSelectedValue();
			detail.setText(p == null ? "" : (p.isError() ? "Error" : "Warning") + " at " + p.where() + "\n\n" + p
				.message());
			detail.setCaretPosition(0);
			goTo.setEnabled(p != null);
		});
		problems.addMouseListener(new MouseAdapter() {

			@Override
			public void mouseClicked(MouseEvent e) {
				if (e.getClickCount() == 2 && problems.getSelectedValue() != null) goTo.doClick();
			}
		});
		JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(problems), new JScrollPane(
			detail));
		split.setResizeWeight(0.7);
		split.setBorder(null);
		add(split, BorderLayout.CENTER);
		JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
		goTo.setEnabled(false);
		buttons.add(goTo);
		buttons.add(javax.swing.Box.createHorizontalStrut(8));
		buttons.add(again);
		add(buttons, BorderLayout.SOUTH);
	}

	void show(Report report) {
		model.clear();
		List<Problem> all = report.problems();
		all.forEach(model::addElement);
		int errors = report.errors().size();
		summary.setText(errors == 0 ? "No errors: the deposition can be submitted" + (all.isEmpty() ? "."
			: " (" + report.warnings().size() + " warning(s) to look at).") : report.summary() +
				": fix the errors before submitting.");
		summary.setForeground(errors == 0 ? GOOD : ERROR);
		if (!all.isEmpty()) problems.setSelectedIndex(0);
		else detail.setText("");
	}

	void clear() {
		model.clear();
		summary.setText("Validating…");
		summary.setForeground(Color.DARK_GRAY);
	}
}
