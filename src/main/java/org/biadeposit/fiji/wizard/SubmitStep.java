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
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

import org.biadeposit.Progress;
import org.biadeposit.Amounts;
import org.biadeposit.biostudies.Receipt;

/** Step 6: package, upload with progress (pausable), submit; the accession at the end. */
final class SubmitStep extends JPanel {

	final JTextField server = new JTextField(36);
	final JTextField user = new JTextField(36);
	final JPasswordField password = new JPasswordField(36);
	final JTextField packageFolder = new JTextField(36);
	final JButton submit = new JButton("Package and submit");
	final JButton pause = new JButton("Pause");
	final JProgressBar progress = new JProgressBar(0, 1000);
	final JTextArea log = new JTextArea(8, 60);
	final JLabel accession = new JLabel(" ");

	SubmitStep() {
		super(new BorderLayout(0, 8));
		JPanel form = new JPanel(new GridBagLayout());
		int row = 0;
		row = field(form, row, "Server (prod, beta, or a URL) *", server);
		row = field(form, row, "BioStudies login (e-mail) *", user);
		row = field(form, row, "Password *", password);
		row = field(form, row, "Package folder (written here) *", packageFolder);
		JLabel note = new JLabel("<html>The deposit is validated and packaged (as <code>bia package</code>), then " +
			"the files are uploaded and the study submitted (as <code>bia submit</code>). <b>Pause</b> stops the " +
			"upload: files already sent stay on the server. <b>Resume</b> runs the same deposit again, which sends " +
			"only what is not there yet. The password is not stored.</html>");
		GridBagConstraints g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = row++;
		g.gridwidth = 2;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.insets = new Insets(8, 4, 4, 4);
		form.add(note, g);
		JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
		buttons.add(submit);
		buttons.add(javax.swing.Box.createHorizontalStrut(8));
		pause.setEnabled(false);
		buttons.add(pause);
		g = new GridBagConstraints();
		g.gridx = 1;
		g.gridy = row++;
		g.anchor = GridBagConstraints.WEST;
		g.insets = new Insets(4, 0, 4, 4);
		form.add(buttons, g);
		add(form, BorderLayout.NORTH);

		JPanel middle = new JPanel(new BorderLayout(0, 6));
		progress.setStringPainted(true);
		progress.setString("not started");
		middle.add(progress, BorderLayout.NORTH);
		log.setEditable(false);
		log.setLineWrap(true);
		middle.add(new JScrollPane(log), BorderLayout.CENTER);
		add(middle, BorderLayout.CENTER);
		accession.setFont(accession.getFont().deriveFont(java.awt.Font.BOLD, accession.getFont().getSize2D() + 2f));
		accession.setBorder(BorderFactory.createEmptyBorder(4, 0, 4, 0));
		add(accession, BorderLayout.SOUTH);
	}

	private static int field(JPanel form, int row, String label, JComponent field) {
		GridBagConstraints g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = row;
		g.anchor = GridBagConstraints.EAST;
		g.insets = new Insets(3, 4, 3, 8);
		form.add(new JLabel(label), g);
		g = new GridBagConstraints();
		g.gridx = 1;
		g.gridy = row;
		g.weightx = 1;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.insets = new Insets(3, 0, 3, 4);
		form.add(field, g);
		return row + 1;
	}

	/** Draws an upload event. */
	void show(UploadEvent e, java.nio.file.Path packageFolder) {
		if (e instanceof UploadEvent.Started s) {
			pause.setText("Pause");
			pause.setEnabled(true);
			progress.setString("logging in to " + s.server() + "…");
		}
		else if (e instanceof UploadEvent.Sending s) {
			Progress p = s.progress();
			progress.setValue((int) Math.round(1000 * p.fraction()));
			progress.setString(p.complete() ? "all files sent; submitting, then waiting for BioStudies to " +
				"process it" : p.filesDone() + " of " + p.filesTotal() + " files, " + Amounts.bytes(p
				.done()) + " of " + Amounts.bytes(p.total()));
			if (p.complete()) pause.setEnabled(false);
		}
		else if (e instanceof UploadEvent.Message m) {
			say(m.text());
		}
		else if (e instanceof UploadEvent.Paused) {
			pause.setText("Resume");
			pause.setEnabled(true);
			progress.setString("paused at " + progress.getValue() / 10 + "%: Resume sends only what is not on " +
				"the server yet");
			say("paused; the files sent so far stay on the server");
		}
		else if (e instanceof UploadEvent.Deposited d) {
			Receipt r = d.receipt();
			progress.setValue(progress.getMaximum());
			progress.setString(d.alreadySubmitted() ? "already submitted: nothing sent" : "100%: deposited");
			pause.setEnabled(false);
			pause.setText("Pause");
			password.setText("");
			accession.setText("<html><font color='#007800'>" + d.summary() + "</font> " + r.studyUrl() +
				"<br><span style='font-weight:normal;font-size:90%'>Receipt: " + packageFolder.resolve(Receipt.NAME) +
				"</span></html>");
		}
		else if (e instanceof UploadEvent.Failed f) {
			say("failed: " + f.why());
			pause.setText("Resume");
			pause.setEnabled(true);
			progress.setString("stopped");
		}
	}

	void say(String line) {
		log.append(line + "\n");
		log.setCaretPosition(log.getDocument().getLength());
	}
}
