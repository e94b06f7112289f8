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

import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;

import org.biadeposit.rembi.Problem;

/** Step 1: the dataset folder, Harvest (with Stop), and what the harvest found. Draws only. */
final class DatasetStep extends JPanel {

	final JTextField folder = new JTextField(30);
	final JButton choose = new JButton("Choose…");
	final JButton harvest = new JButton("Harvest");
	final JButton stop = new JButton("Stop");
	final JProgressBar progress = new JProgressBar();
	final JLabel opened = new JLabel(" ");

	DatasetStep() {
		super(new GridBagLayout());
		GridBagConstraints g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = 0;
		g.gridwidth = 3;
		g.anchor = GridBagConstraints.WEST;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.weightx = 1;
		g.insets = new Insets(0, 0, 12, 0);
		add(new WrappingLabel("<html><b style='font-size:120%'>Choose the dataset folder</b><br><br>The folder " +
			"that holds everything you deposit. <b>Harvest</b> reads the metadata of every image in it (nothing is " +
			"uploaded yet); <b>Stop</b> ends it. If the folder has no deposit.yaml, one is written from what the " +
			"images say, as <code>bia init</code> does; if it has one, the wizard reads it. The wizard and the " +
			"scripts use the same deposit.yaml.</html>"), g);
		g = new GridBagConstraints();
		g.gridy = 1;
		g.anchor = GridBagConstraints.WEST;
		g.insets = new Insets(0, 0, 0, 8);
		add(new JLabel("Dataset folder *"), g);
		g.gridx = 1;
		g.weightx = 1;
		g.fill = GridBagConstraints.HORIZONTAL;
		add(folder, g);
		g.gridx = 2;
		g.weightx = 0;
		g.fill = GridBagConstraints.NONE;
		g.insets = new Insets(0, 0, 0, 0);
		JPanel b = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
		b.add(choose);
		b.add(harvest);
		stop.setEnabled(false);
		b.add(stop);
		add(b, g);
		g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = 2;
		g.gridwidth = 3;
		g.weightx = 1;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.insets = new Insets(14, 0, 6, 0);
		progress.setStringPainted(true);
		progress.setString("not harvested yet");
		add(progress, g);
		g.gridy = 3;
		g.insets = new Insets(6, 0, 0, 0);
		add(opened, g);
		g.gridy = 4;
		g.weighty = 1;
		add(new JPanel(), g);
	}

	void harvesting(boolean running) {
		stop.setEnabled(running);
		if (running) {
			progress.setIndeterminate(true);
			progress.setString("reading the images…");
		}
	}

	void harvesting(int done, int found) {
		progress.setIndeterminate(false);
		progress.setMaximum(Math.max(1, Math.max(done, found)));
		progress.setValue(done);
		progress.setString("read " + done + " of " + found + " files");
	}

	void notOpened(String why) {
		progress.setIndeterminate(false);
		progress.setValue(0);
		progress.setString("stopped".equals(why) ? "stopped: harvest again to read the folder" : "not harvested");
	}

	void opened(DepositionDraft.State s) {
		int images = s.imageRows().size();
		progress.setIndeterminate(false);
		progress.setMaximum(1);
		progress.setValue(1);
		progress.setString("done: " + images + " image(s) in " + s.harvested().size() + " file(s)");
		long problems = s.problems().stream().filter(Problem::isError).count();
		opened.setText("<html>" + (s.starterWritten() ? "Wrote <b>" + s.config() + "</b> from what the images say."
			: "Read <b>" + s.config() + "</b>.") + "<br>" + images + " image(s); " + (s.built() == null ? 0 : s.built()
				.components().size()) + " study component(s); " + (s.built() == null ? 0 : s.built().acquisitions()
					.size()) + " image acquisition(s)." + (problems > 0 ? "<br><font color='#b40000'>deposit.yaml has " +
						problems + " error(s); see Validation.</font>" : "") + "<br><br>Press <b>Next</b> to see the " +
			"images.</html>");
	}
}
