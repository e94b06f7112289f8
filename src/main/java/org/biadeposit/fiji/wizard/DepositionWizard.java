package org.biadeposit.fiji.wizard;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;

import org.biadeposit.ProgressListener;
import org.biadeposit.Progress;
import org.biadeposit.Amounts;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.validate.Report;

/**
 * The Deposition Wizard: one window that walks a depositor through a deposition, with the work already done. Pick
 * the dataset folder (harvested, and a deposit.yaml written from the images if there is none), see the images and
 * study components, complete the REMBI description in forms, look at the File-lists, validate with a Go to for each
 * problem, then package, upload (with pause and resume) and submit. It reads and writes the same deposit.yaml as
 * {@code scripts/bia} and the other Fiji commands, through {@link DepositionDraft}; the window only shows and
 * collects. Long work runs off the event thread.
 */
public final class DepositionWizard extends JFrame {

	static final int DATASET = 0, IMAGES = 1, DESCRIPTION = 2, FILE_LISTS = 3, VALIDATION = 4, SUBMIT = 5;
	static final List<String> STEPS = List.of("Dataset", "Images", "Description", "File-lists", "Validation",
		"Submit");

	private final DepositionDraft draft;
	private final CardLayout cards = new CardLayout();
	private final JPanel steps = new JPanel(cards);
	final JList<String> stepList = new JList<>(STEPS.stream().map(s -> (STEPS.indexOf(s) + 1) + "  " + s).toArray(
		String[]::new));
	final JButton back = new JButton("< Back");
	final JButton next = new JButton("Next >");
	final JButton save = new JButton("Save deposit.yaml");
	final JLabel status = new JLabel(" ");

	// step 1
	final JTextField folder = new JTextField(48);
	final JButton choose = new JButton("Choose…");
	final JButton harvest = new JButton("Harvest");
	final JProgressBar harvestProgress = new JProgressBar();
	final JLabel opened = new JLabel(" ");

	final ImagesStep images = new ImagesStep();
	final DescriptionStep description = new DescriptionStep();
	final FileListsStep fileLists = new FileListsStep();
	final ValidationStep validation = new ValidationStep();
	final SubmitStep submit = new SubmitStep();

	private int current = DATASET;
	private volatile boolean busy;
	DepositionDraft.State state;
	Report report;
	Receipt receipt;

	// the upload: a thread of its own, so that Pause can stop it
	private volatile Thread uploading;
	private volatile boolean pausing;
	private volatile boolean submitted;
	/** The last upload progress reported. */
	volatile Progress lastProgress;
	private Path packageFolder;

	/**
	 * @param server the server the Submit step offers first: prod, beta, or a URL (such as a sandbox's)
	 */
	public DepositionWizard(DepositionDraft draft, String server) {
		super("BioImage Archive: Deposition Wizard");
		this.draft = draft;
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
				super.getListCellRendererComponent(list, value, index, selected, false);
				setFont(getFont().deriveFont(index == current ? Font.BOLD : Font.PLAIN));
				setEnabled(index == DATASET || state != null);
				return this;
			}
		});
		stepList.addListSelectionListener(e -> {
			if (e.getValueIsAdjusting()) return;
			int i = stepList.getSelectedIndex();
			if (i >= 0 && i != current) go(i);
		});
		JPanel left = new JPanel(new BorderLayout());
		left.setBackground(stepList.getBackground());
		left.add(stepList, BorderLayout.NORTH);
		left.setPreferredSize(new Dimension(170, 10));
		left.setBorder(BorderFactory.createMatteBorder(0, 0, 0, 1, Color.LIGHT_GRAY));

		steps.add(padded(datasetStep()), STEPS.get(DATASET));
		steps.add(padded(images), STEPS.get(IMAGES));
		steps.add(padded(description), STEPS.get(DESCRIPTION));
		steps.add(padded(fileLists), STEPS.get(FILE_LISTS));
		steps.add(padded(validation), STEPS.get(VALIDATION));
		steps.add(padded(submit), STEPS.get(SUBMIT));

		JPanel bottom = new JPanel(new BorderLayout());
		bottom.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(1, 0, 0, 0,
			Color.LIGHT_GRAY), BorderFactory.createEmptyBorder(6, 10, 6, 10)));
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

		back.addActionListener(e -> go(current - 1));
		next.addActionListener(e -> go(current + 1));
		save.addActionListener(e -> saveThen(() -> say("Saved " + state.config() + ".", false)));
		harvest.addActionListener(e -> harvest());
		choose.addActionListener(e -> choose());
		validation.goTo.addActionListener(e -> goTo(validation.problems.getSelectedValue()));
		validation.again.addActionListener(e -> runValidation());
		submit.server.setText(server == null ? "beta" : server);
		submit.submit.addActionListener(e -> packageAndSubmit());
		submit.pause.addActionListener(e -> pauseOrResume());
		updateButtons();
		setSize(1120, 760);
		setLocationRelativeTo(null);
	}

	private static JPanel padded(Component c) {
		JPanel p = new JPanel(new BorderLayout());
		p.setBorder(BorderFactory.createEmptyBorder(12, 14, 8, 14));
		p.add(c, BorderLayout.CENTER);
		return p;
	}

	private JPanel datasetStep() {
		JPanel p = new JPanel(new GridBagLayout());
		GridBagConstraints g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = 0;
		g.gridwidth = 3;
		g.anchor = GridBagConstraints.WEST;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.insets = new Insets(0, 0, 12, 0);
		p.add(new JLabel("<html><b style='font-size:120%'>Choose the dataset folder</b><br><br>The folder that " +
			"holds everything you deposit. <b>Harvest</b> reads the metadata of every image in it (nothing is " +
			"uploaded yet). If the folder has no deposit.yaml, one is written from what the images say, as " +
			"<code>bia init</code> does; if it has one, the wizard reads it. The wizard and the scripts use the " +
			"same deposit.yaml.</html>"), g);
		g = new GridBagConstraints();
		g.gridy = 1;
		g.anchor = GridBagConstraints.WEST;
		g.insets = new Insets(0, 0, 0, 8);
		p.add(new JLabel("Dataset folder *"), g);
		g.gridx = 1;
		g.weightx = 1;
		g.fill = GridBagConstraints.HORIZONTAL;
		p.add(folder, g);
		g.gridx = 2;
		g.weightx = 0;
		g.fill = GridBagConstraints.NONE;
		g.insets = new Insets(0, 0, 0, 0);
		JPanel b = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
		b.add(choose);
		b.add(harvest);
		p.add(b, g);
		g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = 2;
		g.gridwidth = 3;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.insets = new Insets(14, 0, 6, 0);
		harvestProgress.setStringPainted(true);
		harvestProgress.setString("not harvested yet");
		p.add(harvestProgress, g);
		g.gridy = 3;
		g.insets = new Insets(6, 0, 0, 0);
		p.add(opened, g);
		g.gridy = 4;
		g.weighty = 1;
		p.add(new JPanel(), g);
		return p;
	}

	// -- navigation -----------------------------------------------------------------------------------------------

	/** Shows a step; leaving the forms saves them, and entering Validation validates. */
	void go(int target) {
		if (target < 0 || target >= STEPS.size() || busy) {
			stepList.setSelectedIndex(current);
			return;
		}
		if (target != DATASET && state == null) {
			say("Choose the dataset folder and press Harvest first.", true);
			stepList.setSelectedIndex(current);
			return;
		}
		if (current == DESCRIPTION && target != DESCRIPTION && formsChanged()) {
			saveThen(() -> go(target));
			return;
		}
		show(target);
		if (target == VALIDATION) runValidation();
	}

	private void show(int step) {
		current = step;
		cards.show(steps, STEPS.get(step));
		stepList.setSelectedIndex(step);
		stepList.repaint();
		updateButtons();
	}

	int current() {
		return current;
	}

	boolean isBusy() {
		return busy;
	}

	private void updateButtons() {
		back.setEnabled(!busy && current > DATASET);
		next.setEnabled(!busy && current < SUBMIT && state != null);
		save.setEnabled(!busy && state != null && state.described() != null);
		harvest.setEnabled(!busy);
		submit.submit.setEnabled(!busy && uploading == null && state != null);
		validation.again.setEnabled(!busy);
	}

	private void say(String text, boolean problem) {
		status.setForeground(problem ? ValidationStep.ERROR : Color.DARK_GRAY);
		status.setText(text);
	}

	/** Runs work off the event thread, then {@code then} on it; a failure is shown in the status line. */
	private <T> void work(String doing, java.util.concurrent.Callable<T> job, java.util.function.Consumer<T> then) {
		busy = true;
		updateButtons();
		say(doing, false);
		new SwingWorker<T, Void>() {

			@Override
			protected T doInBackground() throws Exception {
				return job.call();
			}

			@Override
			protected void done() {
				busy = false;
				try {
					T result = get();
					say(" ", false);
					then.accept(result);
				}
				catch (ExecutionException e) {
					Throwable cause = e.getCause() != null ? e.getCause() : e;
					say(doing.replace("…", "") + " failed: " + cause.getMessage(), true);
				}
				catch (InterruptedException | CancellationException e) {
					say(doing.replace("…", "") + " was stopped.", true);
				}
				updateButtons();
			}
		}.execute();
	}

	// -- step 1: dataset -------------------------------------------------------------------------------------------

	private void choose() {
		JFileChooser chooser = new JFileChooser(folder.getText().isBlank() ? null : folder.getText());
		chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
		chooser.setDialogTitle("The dataset folder");
		if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
			folder.setText(chooser.getSelectedFile().getPath());
		}
	}

	private void harvest() {
		if (folder.getText().isBlank()) {
			say("Choose the dataset folder first.", true);
			return;
		}
		Path root = Path.of(folder.getText().strip());
		harvestProgress.setIndeterminate(true);
		harvestProgress.setString("reading the images…");
		busy = true;
		updateButtons();
		say("Harvesting " + root + "…", false);
		new SwingWorker<DepositionDraft.State, int[]>() {

			@Override
			protected DepositionDraft.State doInBackground() throws Exception {
				return draft.open(root, p -> publish(new int[] { p.filesDone(), p.filesTotal() }));
			}

			@Override
			protected void process(List<int[]> chunks) {
				int[] last = chunks.get(chunks.size() - 1);
				harvestProgress.setIndeterminate(false);
				harvestProgress.setMaximum(Math.max(1, Math.max(last[0], last[1])));
				harvestProgress.setValue(last[0]);
				harvestProgress.setString("read " + last[0] + " of " + last[1] + " files");
			}

			@Override
			protected void done() {
				busy = false;
				harvestProgress.setIndeterminate(false);
				try {
					opened(get());
				}
				catch (ExecutionException | InterruptedException e) {
					Throwable cause = e.getCause() != null ? e.getCause() : e;
					harvestProgress.setString("not harvested");
					say("Harvest failed: " + cause.getMessage(), true);
				}
				updateButtons();
			}
		}.execute();
	}

	private void opened(DepositionDraft.State s) {
		state = s;
		int images = s.imageRows().size();
		harvestProgress.setMaximum(1);
		harvestProgress.setValue(1);
		harvestProgress.setString("done: " + images + " image(s) in " + s.harvested().size() + " file(s)");
		long problems = s.problems().stream().filter(Problem::isError).count();
		opened.setText("<html>" + (s.starterWritten() ? "Wrote <b>" + s.config() + "</b> from what the images say."
			: "Read <b>" + s.config() + "</b>.") + "<br>" + images + " image(s); " + (s.built() == null ? 0 : s.built()
				.components().size()) + " study component(s); " + (s.built() == null ? 0 : s.built().acquisitions()
					.size()) + " image acquisition(s)." + (problems > 0 ? "<br><font color='#b40000'>deposit.yaml has " +
						problems + " error(s); see Validation.</font>" : "") + "<br><br>Press <b>Next</b> to see the " +
			"images.</html>");
		if (submit.packageFolder.getText().isBlank() || packageFolder == null) {
			Path parent = s.root().toAbsolutePath().getParent();
			Path pkg = (parent == null ? s.root() : parent).resolve(s.root().getFileName() + "-bia-package");
			submit.packageFolder.setText(pkg.toString());
		}
		refreshViews();
		say("Harvested " + s.root() + ".", false);
	}

	/** Shows the current state in the Images, Description and File-lists steps. */
	private void refreshViews() {
		images.show(state);
		if (state.described() != null) description.show(state.described());
		fileLists.show(state.built());
		stepList.repaint();
	}

	// -- step 3: the forms, saved to deposit.yaml ----------------------------------------------------------------------

	boolean formsChanged() {
		return state != null && state.described() != null && !description.edited(state.described()).equals(state
			.described());
	}

	private void saveThen(Runnable then) {
		if (state == null || state.described() == null) {
			then.run();
			return;
		}
		Deposition edited = description.edited(state.described());
		DepositionDraft.State before = state;
		work("Saving deposit.yaml…", () -> draft.save(before, edited), s -> {
			state = s;
			images.show(s);
			fileLists.show(s.built());
			if (s.described() != null && !s.described().equals(edited)) description.show(s.described());
			then.run();
		});
	}

	// -- step 5: validation --------------------------------------------------------------------------------------

	private void runValidation() {
		if (state == null) return;
		validation.clear();
		DepositionDraft.State s = state;
		work("Validating…", () -> draft.validate(s), r -> {
			report = r;
			validation.show(r);
		});
	}

	/** Shows the step and the field (or File-list) a problem is about. */
	void goTo(Problem p) {
		if (p == null || state == null || state.described() == null) return;
		List<String> acquisitions = state.described().acquisitions().stream().map(ImageAcquisition::title).toList();
		List<String> components = state.described().components().stream().map(StudyComponent::name).toList();
		ProblemPlace place = ProblemPlace.of(p.where(), acquisitions, components);
		show(place.step());
		if (place.fileList() != null) fileLists.select(place.fileList());
		if (place.field() != null) {
			SwingUtilities.invokeLater(() -> {
				if (!description.focus(place.field())) say("The forms have no field for " + p.where() + "; edit " +
					"deposit.yaml for it.", true);
			});
		}
		say(p.where() + ": " + p.message(), p.isError());
	}

	// -- step 6: package, upload, submit ---------------------------------------------------------------------------

	private void packageAndSubmit() {
		if (submit.packageFolder.getText().isBlank() || submit.user.getText().isBlank() || submit.server.getText()
			.isBlank())
		{
			say("Give the server, your BioStudies login and the package folder.", true);
			return;
		}
		Path out = Path.of(submit.packageFolder.getText().strip());
		Runnable pack = () -> {
			DepositionDraft.State s = state;
			submit.log.setText("");
			submit.accession.setText(" ");
			work("Validating and packaging…", () -> draft.pack(s, out), (DepositionWorkflow.Packaged p) -> {
				report = p.report();
				validation.show(p.report());
				if (p.written() == null) {
					submit.say("Not packaged: " + p.report().summary() + ". Fix them in the Validation step.");
					say("Validation found errors; nothing was packaged or sent.", true);
					return;
				}
				submit.say("packaged in " + out + " (" + p.report().summary() + ")");
				packageFolder = out;
				upload();
			});
		};
		if (formsChanged()) saveThen(pack);
		else pack.run();
	}

	private void pauseOrResume() {
		if (uploading != null) {
			if (submitted) return;
			pausing = true;
			submit.pause.setEnabled(false);
			submit.pause.setText("Pausing…");
			uploading.interrupt();
		}
		else {
			upload();
		}
	}

	/** Runs the deposit of the package on a thread of its own; run again, it sends only what is missing. */
	private void upload() {
		char[] password = submit.password.getPassword();
		String server = submit.server.getText().strip();
		String user = submit.user.getText().strip();
		Path pkg = packageFolder;
		pausing = false;
		submitted = false;
		submit.pause.setText("Pause");
		submit.pause.setEnabled(true);
		submit.progress.setString("logging in…");
		say("Uploading…", false);
		ProgressListener listener = new ProgressListener() {

			@Override
			public void progress(Progress p) {
				if (pausing) throw new CancellationException("paused");
				lastProgress = p;
				SwingUtilities.invokeLater(() -> {
					submit.progress.setValue((int) Math.round(1000 * p.fraction()));
					submit.progress.setString(p.filesDone() + " of " + p.filesTotal() + " files, " + Amounts.bytes(p.done())
						+ " of " + Amounts.bytes(p.total()));
					if (p.complete()) submit.pause.setEnabled(false);
				});
			}

			@Override
			public void message(String text) {
				if (text.startsWith("submitted")) submitted = true;
				SwingUtilities.invokeLater(() -> {
					submit.say(text);
					if (submitted) {
						submit.pause.setEnabled(false);
						submit.progress.setString("submitted; waiting for BioStudies to process it");
					}
				});
			}
		};
		Thread t = new Thread(() -> {
			Receipt r = null;
			Exception failure = null;
			try {
				r = draft.deposit(pkg, server, user, password, listener);
			}
			catch (IOException | RuntimeException e) {
				failure = e;
			}
			Receipt result = r;
			Exception error = failure;
			SwingUtilities.invokeLater(() -> uploaded(result, error));
		}, "bia-wizard-deposit");
		t.setDaemon(true);
		uploading = t;
		updateButtons();
		t.start();
	}

	private void uploaded(Receipt r, Exception error) {
		uploading = null;
		if (r != null && r.processed()) {
			receipt = r;
			submit.progress.setValue(submit.progress.getMaximum());
			submit.progress.setString("100%: deposited");
			submit.pause.setEnabled(false);
			submit.pause.setText("Pause");
			submit.password.setText("");
			submit.accession.setText("<html>Deposited as <font color='#007800'>" + r.accession() + "</font>: " + r
				.studyUrl() + "<br><span style='font-weight:normal;font-size:90%'>Receipt: " + packageFolder.resolve(
					Receipt.NAME) + "</span></html>");
			say("Deposited as " + r.accession() + ".", false);
		}
		else if (pausing && r == null) {
			submit.pause.setText("Resume");
			submit.pause.setEnabled(true);
			submit.progress.setString("paused at " + submit.progress.getValue() / 10 + "%: Resume sends only what " +
				"is not on the server yet");
			submit.say("paused; the files sent so far stay on the server");
			say("Paused.", false);
		}
		else {
			String why = r != null ? "BioStudies did not accept " + r.accession() + " (" + r.status() + "): " + String
				.join("; ", r.errors()) : error.getMessage();
			submit.say("failed: " + why);
			submit.pause.setText("Resume");
			submit.pause.setEnabled(!submitted);
			submit.progress.setString("stopped");
			say("Upload failed: " + why, true);
		}
		pausing = false;
		updateButtons();
	}

	boolean isUploading() {
		return uploading != null;
	}
}
