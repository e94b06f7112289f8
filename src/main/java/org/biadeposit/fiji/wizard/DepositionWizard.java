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
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.nio.file.Path;

import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import org.biadeposit.ProgressListener;
import org.biadeposit.Progress;
import org.biadeposit.Amounts;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.rembi.Problem;
import org.biadeposit.validate.Report;

/**
 * The Deposition Wizard: one window that walks a depositor through a deposition, with the work already done. Pick
 * the dataset folder (harvested, and a deposit.yaml written from the images if there is none), see the images and
 * study components, complete the REMBI description in forms, look at the File-lists, validate with a Go to for each
 * problem, then package, upload (with pause and resume) and submit. What it does is {@link WizardController}'s; this
 * window only draws what the controller tells it and hands it what the depositor does.
 */
public final class DepositionWizard extends JFrame {

	final WizardController controller;
	private final CardLayout cards = new CardLayout();
	private final JPanel steps = new JPanel(cards);
	final JList<WizardStep> stepList = new JList<>(WizardStep.values());
	final JButton back = new JButton("< Back");
	final JButton next = new JButton("Next >");
	final JButton save = new JButton("Save deposit.yaml");
	final JLabel status = new JLabel(" ");

	final DatasetStep dataset = new DatasetStep();
	final ImagesStep images = new ImagesStep();
	final DescriptionStep description = new DescriptionStep();
	final FileListsStep fileLists = new FileListsStep();
	final ValidationStep validation = new ValidationStep();
	final SubmitStep submit = new SubmitStep();
	private boolean showing; // the step list follows the controller, not the other way round

	/**
	 * @param server the server the Submit step offers first: prod, beta, or a URL (such as a sandbox's)
	 */
	public DepositionWizard(DepositionDraft draft, String server) {
		super("BioImage Archive: Deposition Wizard");
		controller = new WizardController(draft, SwingUtilities::invokeLater).forms(description::edited);
		controller.events(new Drawing());
		setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);

		stepList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
		stepList.setSelectedIndex(0);
		stepList.setFixedCellHeight(30);
		stepList.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
		stepList.setBackground(new Color(240, 243, 247));
		stepList.setCellRenderer(new DefaultListCellRenderer() {

			@Override
			public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
				boolean focused)
			{
				WizardStep s = (WizardStep) value;
				super.getListCellRendererComponent(list, (index + 1) + "  " + s.title(), index, selected, false);
				setFont(getFont().deriveFont(s == controller.step() ? Font.BOLD : Font.PLAIN));
				setEnabled(s == WizardStep.DATASET || controller.state() != null);
				return this;
			}
		});
		stepList.addListSelectionListener(e -> {
			if (e.getValueIsAdjusting() || showing) return;
			WizardStep s = stepList.getSelectedValue();
			if (s != null && s != controller.step()) controller.go(s);
		});
		JPanel left = new JPanel(new BorderLayout());
		left.setBackground(stepList.getBackground());
		left.add(stepList, BorderLayout.NORTH);
		left.setPreferredSize(new Dimension(150, 10));
		left.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, Color.LIGHT_GRAY));

		steps.add(padded(dataset), WizardStep.DATASET.name());
		steps.add(padded(images), WizardStep.IMAGES.name());
		steps.add(padded(description), WizardStep.DESCRIPTION.name());
		steps.add(padded(fileLists), WizardStep.FILE_LISTS.name());
		steps.add(padded(validation), WizardStep.VALIDATION.name());
		steps.add(padded(submit), WizardStep.SUBMIT.name());

		JPanel bottom = new JPanel(new BorderLayout());
		bottom.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(1, 0, 0, 0,
			Color.LIGHT_GRAY), BorderFactory.createEmptyBorder(6, 10, 6, 10)));
		status.setMinimumSize(new Dimension(10, status.getPreferredSize().height));
		bottom.add(status, BorderLayout.CENTER);
		JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
		save.setToolTipText("Writes the forms to deposit.yaml (comments in it are not kept; the first version is " +
			"kept as .deposit.yaml.bak)");
		buttons.add(save);
		buttons.add(back);
		buttons.add(next);
		bottom.add(buttons, BorderLayout.EAST);

		getContentPane().setLayout(new BorderLayout());
		getContentPane().add(left, BorderLayout.WEST);
		getContentPane().add(steps, BorderLayout.CENTER);
		getContentPane().add(bottom, BorderLayout.SOUTH);

		back.addActionListener(e -> controller.go(controller.step().previous()));
		next.addActionListener(e -> controller.go(controller.step().next()));
		save.addActionListener(e -> controller.save(() -> say("Saved " + controller.state().config() + ".", false)));
		dataset.harvest.addActionListener(e -> harvest());
		dataset.stop.addActionListener(e -> controller.stop());
		dataset.choose.addActionListener(e -> choose());
		validation.goTo.addActionListener(e -> controller.goTo(validation.problems.getSelectedValue()));
		validation.again.addActionListener(e -> controller.validate());
		fileLists.onEdit((component, values) -> {
			DescriptionDraft d = description.draft();
			if (d == null || controller.busy()) return;
			values.forEach((field, text) -> d.set(d.components, component, field, text));
			controller.save(() -> say("Saved deposit.yaml; the File-lists are built again.", false));
		});
		submit.server.setText(server == null ? "beta" : server);
		submit.submit.addActionListener(e -> packageAndSubmit());
		submit.pause.addActionListener(e -> pauseOrResume());
		updateButtons();
		setSize(1120, 760);
		setMinimumSize(new Dimension(800, 560));
		setLocationRelativeTo(null);
	}

	private static JPanel padded(Component c) {
		JPanel p = new JPanel(new BorderLayout());
		p.setBorder(BorderFactory.createEmptyBorder(12, 14, 8, 14));
		p.add(c, BorderLayout.CENTER);
		return p;
	}

	private void updateButtons() {
		boolean busy = controller.busy(), opened = controller.state() != null;
		back.setEnabled(!busy && controller.step() != WizardStep.DATASET);
		next.setEnabled(!busy && controller.step() != WizardStep.SUBMIT && opened);
		save.setEnabled(!busy && opened && controller.state().described() != null);
		dataset.harvest.setEnabled(!busy);
		submit.submit.setEnabled(!busy && !controller.uploading() && opened);
		validation.again.setEnabled(!busy);
	}

	private void say(String text, boolean problem) {
		status.setForeground(problem ? ValidationStep.ERROR : Color.DARK_GRAY);
		status.setText(text);
	}

	private void choose() {
		JFileChooser chooser = new JFileChooser(dataset.folder.getText().isBlank() ? null : dataset.folder.getText());
		chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
		chooser.setDialogTitle("The dataset folder");
		if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
			dataset.folder.setText(chooser.getSelectedFile().getPath());
		}
	}

	private void harvest() {
		if (dataset.folder.getText().isBlank()) {
			say("Choose the dataset folder first.", true);
			return;
		}
		dataset.harvesting(true);
		controller.harvest(Path.of(dataset.folder.getText().strip()));
	}

	private void packageAndSubmit() {
		if (submit.packageFolder.getText().isBlank() || submit.user.getText().isBlank() || submit.server.getText()
			.isBlank())
		{
			say("Give the server, your BioStudies login and the package folder.", true);
			return;
		}
		submit.log.setText("");
		submit.accession.setText(" ");
		controller.packageAndSubmit(Path.of(submit.packageFolder.getText().strip()), submit.server.getText().strip(),
			submit.user.getText().strip(), submit.password.getPassword());
	}

	private void pauseOrResume() {
		if (controller.uploading()) {
			submit.pause.setEnabled(false);
			submit.pause.setText("Pausing…");
			controller.pause();
		}
		else {
			controller.upload(submit.server.getText().strip(), submit.user.getText().strip(), submit.password
				.getPassword());
		}
	}

	/** Draws what the controller reports. */
	private final class Drawing implements WizardController.Events {

		@Override
		public void step(WizardStep s) {
			showing = true;
			cards.show(steps, s.name());
			stepList.setSelectedValue(s, true);
			showing = false;
			stepList.repaint();
			updateButtons();
		}

		@Override
		public void busy(boolean busy) {
			if (!busy) dataset.harvesting(false);
			updateButtons();
		}

		@Override
		public void status(String text, boolean problem) {
			say(text, problem);
		}

		@Override
		public void harvesting(int done, int found) {
			dataset.harvesting(done, found);
		}

		@Override
		public void notOpened(String why) {
			dataset.notOpened(why);
		}

		@Override
		public void opened(DepositionDraft.State s, boolean saved) {
			if (!saved) {
				dataset.opened(s);
				if (submit.packageFolder.getText().isBlank()) {
					Path parent = s.root().toAbsolutePath().getParent();
					Path pkg = (parent == null ? s.root() : parent).resolve(s.root().getFileName() + "-bia-package");
					submit.packageFolder.setText(pkg.toString());
				}
			}
			images.show(s);
			if (s.described() != null && (!saved || controller.step() != WizardStep.DESCRIPTION || !s.described().equals(
				description.edited(s.described()))))
			{
				description.show(s.described(), s.built());
			}
			fileLists.show(s.built());
			stepList.repaint();
			updateButtons();
		}

		@Override
		public void validated(Report r) {
			validation.show(r);
		}

		@Override
		public void packaged(DepositionWorkflow.Packaged p, Path out) {
			validation.show(p.report());
			if (p.written() == null) {
				submit.say("Not packaged: " + p.report().summary() + ". Fix them in the Validation step.");
			}
			else {
				submit.say("packaged in " + out + " (" + p.report().summary() + ")");
			}
		}

		@Override
		public void upload(UploadEvent e) {
			submit.show(e, controller.packageFolder());
			if (e instanceof UploadEvent.Paused || e instanceof UploadEvent.Deposited || e instanceof UploadEvent.Failed) {
				updateButtons();
			}
		}

		@Override
		public void place(ProblemPlace place, Problem p) {
			if (place.fileList() != null) fileLists.select(place.fileList());
			if (place.field() != null) {
				SwingUtilities.invokeLater(() -> {
					if (!description.focus(place.field())) say("The forms have no field for " + p.where() + "; edit " +
						"deposit.yaml for it.", true);
				});
			}
		}
	}
}
