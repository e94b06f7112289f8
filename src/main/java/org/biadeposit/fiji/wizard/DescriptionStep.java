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
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Problem;

/**
 * Step 3: the whole REMBI description in forms, bound to a {@link DescriptionDraft} (which decides everything; this
 * panel only draws it and hands it what is typed). Each section lists its entries with Add, Remove and Up/Down;
 * labels sit above their fields, so that a narrow window wraps rather than hides. Required fields have a {@code *}
 * and are tinted while empty; a field {@code bia validate} finds wrong is tinted too and says why beneath it, as
 * typed. Organism and imaging method are picked from the bundled tables with Pick….
 *
 * <p>
 * Field keys: {@code <section>.<entry>.<field>}, as in deposit.yaml: {@code study.0.title},
 * {@code authors.1.orcid}, {@code biosamples.0.scientific_name}, {@code acquisitions.0.imaging_method},
 * {@code study_component.2.pattern}.
 * </p>
 */
final class DescriptionStep extends JPanel {

	static final Color EMPTY_REQUIRED = new Color(255, 226, 226);

	/** The fields by key, in form order. */
	final Map<String, JTextComponent> fields = new LinkedHashMap<>();
	private final Map<String, JLabel> says = new LinkedHashMap<>();
	private final JPanel form = new WidthTrackingPanel();
	private DescriptionDraft draft;
	private boolean syncing;
	private int row;

	DescriptionStep() {
		super(new BorderLayout());
		WrappingLabel intro = new WrappingLabel("<html>Describe the study in REMBI's terms: everything deposit.yaml " +
			"holds. Fields marked <b>*</b> are required; they are tinted while empty or wrong. The acquisitions are " +
			"filled in from what the image files say: check and complete them. <b>Save</b> (or Next) rewrites " +
			"deposit.yaml from these forms; comments in it are not kept (the first version is kept as " +
			".deposit.yaml.bak).</html>");
		intro.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
		add(intro, BorderLayout.NORTH);
		JScrollPane scroll = new JScrollPane(form);
		scroll.getVerticalScrollBar().setUnitIncrement(16);
		add(scroll, BorderLayout.CENTER);
	}

	/**
	 * Shows this description in the forms.
	 *
	 * @param built what was built from it (the File-lists the checks judge), or null
	 */
	void show(Deposition d, Deposition built) {
		draft = new DescriptionDraft(d, built);
		rebuild();
	}

	DescriptionDraft draft() {
		return draft;
	}

	/** The edited description: as the forms say it; {@code d} itself when the forms show nothing yet. */
	Deposition edited(Deposition d) {
		return draft == null ? d : draft.edited();
	}

	private void rebuild() {
		form.removeAll();
		fields.clear();
		says.clear();
		row = 0;
		for (DraftSection<?> s : draft.sections()) section(s);
		GridBagConstraints filler = constraints(0);
		filler.weighty = 1;
		form.add(new JPanel(), filler);
		form.revalidate();
		form.repaint();
		check();
	}

	private void section(DraftSection<?> s) {
		JPanel head = new JPanel(new BorderLayout());
		JLabel h = new JLabel(s.title + (s.single ? "" : " (" + s.size() + ")"));
		h.setFont(h.getFont().deriveFont(Font.BOLD, h.getFont().getSize2D() + 1f));
		head.add(h, BorderLayout.CENTER);
		if (!s.single) {
			JButton add = new JButton("Add " + s.entryName.toLowerCase());
			add.addActionListener(e -> {
				int i = s.add();
				rebuild();
				focus(s.formKey(i, s.fields.get(0).key()));
			});
			head.add(add, BorderLayout.EAST);
		}
		head.setBorder(BorderFactory.createEmptyBorder(row == 0 ? 2 : 16, 0, 4, 0));
		form.add(head, constraints(6));
		for (int i = 0; i < s.size(); i++) entry(s, i);
	}

	private void entry(DraftSection<?> s, int i) {
		JPanel box = new JPanel(new GridBagLayout());
		box.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 3, 0, 0, new Color(200, 210,
			225)), BorderFactory.createEmptyBorder(2, 8, 6, 0)));
		int r = 0;
		if (!s.single) {
			JPanel bar = new JPanel(new BorderLayout());
			String title = s.get(i, s.fields.get(0).key());
			bar.add(new JLabel(s.entryName + " " + (i + 1) + (title.isEmpty() ? "" : ": " + title)), BorderLayout.CENTER);
			JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
			buttons.add(button("Up", i > 0, () -> s.move(i, i - 1)));
			buttons.add(button("Down", i < s.size() - 1, () -> s.move(i, i + 1)));
			buttons.add(button("Remove", true, () -> s.remove(i)));
			bar.add(buttons, BorderLayout.EAST);
			box.add(bar, at(r++, 0));
		}
		for (DraftField<?> f : s.fields) r = field(box, r, s, i, f);
		form.add(box, constraints(0));
	}

	private JButton button(String text, boolean enabled, Runnable change) {
		JButton b = new JButton(text);
		b.setMargin(new Insets(1, 6, 1, 6));
		b.setEnabled(enabled);
		b.addActionListener(e -> {
			change.run();
			rebuild();
		});
		return b;
	}

	private int field(JPanel box, int r, DraftSection<?> s, int i, DraftField<?> f) {
		String key = s.formKey(i, f.key());
		JLabel label = new JLabel(f.label() + (f.required() ? " *" : ""));
		box.add(label, at(r++, 4));
		JTextComponent input = f.longText() ? new JTextArea(s.get(i, f.key()), 2, 20) : new JTextField(s.get(i, f
			.key()), 20);
		if (input instanceof JTextArea a) {
			a.setLineWrap(true);
			a.setWrapStyleWord(true);
			a.setFont(UIManager.getFont("TextField.font"));
			a.setBorder(UIManager.getBorder("TextField.border"));
		}
		input.setName(key);
		label.setLabelFor(input);
		JComponent shown = input;
		if (f.terms() != null) {
			JPanel withPick = new JPanel(new BorderLayout(4, 0));
			withPick.add(input, BorderLayout.CENTER);
			JButton pick = new JButton("Pick…");
			pick.addActionListener(e -> TermPicker.show(pick, f.terms(), input.getText(), input::setText));
			withPick.add(pick, BorderLayout.EAST);
			shown = withPick;
		}
		box.add(shown, at(r++, 0));
		JLabel say = new JLabel();
		say.setForeground(ValidationStep.ERROR);
		say.setFont(say.getFont().deriveFont(say.getFont().getSize2D() - 1f));
		say.setVisible(false);
		box.add(say, at(r++, 0));
		fields.put(key, input);
		says.put(key, say);
		input.getDocument().addDocumentListener(new DocumentListener() {

			@Override
			public void insertUpdate(DocumentEvent e) {
				typed(s, i, f.key(), input);
			}

			@Override
			public void removeUpdate(DocumentEvent e) {
				typed(s, i, f.key(), input);
			}

			@Override
			public void changedUpdate(DocumentEvent e) {}
		});
		return r;
	}

	private void typed(DraftSection<?> s, int i, String field, JTextComponent input) {
		if (syncing) return;
		draft.set(s, i, field, input.getText());
		// what the draft changed elsewhere (a rename followed in the components, a taxon picked with the organism)
		syncing = true;
		try {
			for (DraftSection<?> other : draft.sections()) {
				for (int e = 0; e < other.size(); e++) {
					for (DraftField<?> f : other.fields) {
						JTextComponent c = fields.get(other.formKey(e, f.key()));
						String v = other.get(e, f.key());
						if (c != null && c != input && !c.getText().strip().equals(v)) c.setText(v);
					}
				}
			}
		}
		finally {
			syncing = false;
		}
		check();
	}

	/** Tints the empty required fields and those validation finds wrong, with the reason beneath. */
	private void check() {
		Map<String, Problem> problems = draft.problems();
		for (Map.Entry<String, JTextComponent> e : fields.entrySet()) {
			Problem p = problems.get(e.getKey());
			boolean empty = e.getValue().getText().isBlank() && requiredAt(e.getKey());
			boolean bad = empty || p != null && p.isError();
			e.getValue().setBackground(bad ? EMPTY_REQUIRED : UIManager.getColor("TextField.background"));
			JLabel say = says.get(e.getKey());
			say.setText(p == null ? "" : "<html>" + escape(p.message()) + "</html>");
			say.setForeground(p != null && p.isError() ? ValidationStep.ERROR : ValidationStep.WARNING);
			say.setVisible(p != null);
		}
	}

	private boolean requiredAt(String key) {
		String[] parts = key.split("\\.", 3);
		DraftSection<?> s = draft.section(parts[0]);
		DraftField<?> f = s == null ? null : s.field(parts[2]);
		return f != null && f.required();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** The value of a field, stripped; null when empty. */
	String value(String key) {
		JTextComponent c = fields.get(key);
		String v = c == null ? null : c.getText();
		return v == null || v.isBlank() ? null : v.strip();
	}

	/** Sets a field's text (for the tests, which type as a person would). */
	void set(String key, String text) {
		fields.get(key).setText(text);
	}

	/** Scrolls to the field and gives it the focus; false if there is no such field. */
	boolean focus(String key) {
		JComponent c = key == null ? null : fields.get(key);
		if (c == null) return false;
		Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), form);
		r.grow(0, 40);
		form.scrollRectToVisible(r);
		c.requestFocusInWindow();
		return true;
	}

	/** Whether a field is tinted as missing or wrong. */
	boolean isMarked(String key) {
		return EMPTY_REQUIRED.equals(fields.get(key).getBackground());
	}

	private static GridBagConstraints constraints(int top) {
		GridBagConstraints g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = GridBagConstraints.RELATIVE;
		g.weightx = 1;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.anchor = GridBagConstraints.NORTHWEST;
		g.insets = new Insets(top, 6, 2, 6);
		return g;
	}

	private static GridBagConstraints at(int row, int top) {
		GridBagConstraints g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = row;
		g.weightx = 1;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.anchor = GridBagConstraints.WEST;
		g.insets = new Insets(top, 0, 1, 0);
		return g;
	}

	/** The form: as wide as the window (fields stretch, nothing is cut off), scrolled only up and down. */
	private static final class WidthTrackingPanel extends JPanel implements javax.swing.Scrollable {

		WidthTrackingPanel() {
			super(new GridBagLayout());
		}

		@Override
		public java.awt.Dimension getPreferredScrollableViewportSize() {
			return getPreferredSize();
		}

		@Override
		public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
			return 16;
		}

		@Override
		public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
			return visible.height - 32;
		}

		@Override
		public boolean getScrollableTracksViewportWidth() {
			return true;
		}

		@Override
		public boolean getScrollableTracksViewportHeight() {
			return false;
		}
	}
}
