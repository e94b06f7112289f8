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
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/** Whether the controls a window shows are there to use: of a usable size, and not cut off at its sides. */
final class WizardLayout {

	/** Narrower than this, a text field cannot show what is typed into it. */
	static final int MIN_FIELD_WIDTH = 80;

	private WizardLayout() {}

	/** The controls shown in {@code root} that are squeezed or cut off, each with what is wrong. */
	static List<String> unusable(JComponent root) {
		List<String> out = new ArrayList<>();
		visit(root, root, out);
		return out;
	}

	private static void visit(Container c, JComponent root, List<String> out) {
		for (Component child : c.getComponents()) {
			if (!child.isShowing()) continue;
			if (child instanceof JTextComponent || child instanceof AbstractButton || child instanceof JTable) {
				check(child, root, out);
			}
			if (child instanceof Container k) visit(k, root, out);
		}
	}

	private static void check(Component c, JComponent root, List<String> out) {
		String what = c.getClass().getSimpleName() + (c.getName() != null ? " " + c.getName()
			: c instanceof AbstractButton b ? " '" + b.getText() + "'" : "");
		int minWidth = c instanceof JTextComponent && !((JTextComponent) c).isEditable() ? 1 : c instanceof JTextComponent
			? MIN_FIELD_WIDTH : 1;
		if (c.getWidth() < minWidth || c.getHeight() < 4) {
			out.add(what + " is " + c.getWidth() + "x" + c.getHeight());
			return;
		}
		// inside a scroll pane, the pane must be in the window; else the control itself, at least horizontally
		JViewport viewport = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
		Component shown = viewport != null && viewport != c ? viewport : c;
		Rectangle r = SwingUtilities.convertRectangle(shown.getParent(), shown.getBounds(), root);
		if (r.x < 0 || r.x + r.width > root.getWidth() + 1) {
			out.add(what + " is cut off at the side: " + r.x + ".." + (r.x + r.width) + " of " + root.getWidth());
		}
		if (viewport == null && (r.y < 0 || r.y + r.height > root.getHeight() + 1)) {
			out.add(what + " is cut off below: " + r.y + ".." + (r.y + r.height) + " of " + root.getHeight());
		}
	}
}
