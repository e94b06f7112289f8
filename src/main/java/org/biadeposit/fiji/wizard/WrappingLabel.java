package org.biadeposit.fiji.wizard;

import java.awt.Dimension;

import javax.swing.JLabel;
import javax.swing.text.View;

/**
 * An HTML label that wraps to the width it is given instead of asking for one long line: in a narrow window its text
 * takes more lines, and nothing beside it is pushed out of sight.
 */
final class WrappingLabel extends JLabel {

	WrappingLabel(String html) {
		super(html);
	}

	@Override
	public Dimension getPreferredSize() {
		View view = (View) getClientProperty("html");
		int width = getWidth() > 0 ? getWidth() : 600;
		if (view == null) return super.getPreferredSize();
		view.setSize(width, 0);
		return new Dimension(Math.min(width, (int) Math.ceil(view.getPreferredSpan(View.X_AXIS))), (int) Math.ceil(view
			.getPreferredSpan(View.Y_AXIS)) + getInsets().top + getInsets().bottom);
	}

	@Override
	public Dimension getMinimumSize() {
		Dimension d = getPreferredSize();
		return new Dimension(100, d.height);
	}
}
