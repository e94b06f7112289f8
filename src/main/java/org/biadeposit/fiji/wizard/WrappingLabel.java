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
