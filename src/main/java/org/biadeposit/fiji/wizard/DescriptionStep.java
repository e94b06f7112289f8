package org.biadeposit.fiji.wizard;

import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.swing.BorderFactory;
import javax.swing.JComboBox;
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

import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;

/**
 * Step 3: the REMBI description in forms. Filled from deposit.yaml (so the image acquisitions come pre-filled from
 * the harvest when the starter was written from the images); what is edited here becomes a new deposit.yaml.
 * Required fields have a {@code *} and are tinted while empty. The forms cover the study with its first author and
 * that author's organisation, the first biosample and specimen, every image acquisition and every study component's
 * description; everything else in deposit.yaml is kept as it is.
 *
 * <p>
 * Field keys: {@code study.title}, {@code study.description}, {@code study.release_date}, {@code study.keywords},
 * {@code study.license}, {@code author.first_name|last_name|email|orcid}, {@code organisation.name|address},
 * {@code biosample.title|scientific_name|ncbi_taxon|biological_entity}, {@code specimen.title|sample_preparation},
 * {@code acquisition.<i>.title|imaging_instrument|image_acquisition_parameters|imaging_method|ontology_id},
 * {@code component.<i>.description}.
 */
final class DescriptionStep extends JPanel {

	static final Color EMPTY_REQUIRED = new Color(255, 226, 226);
	static final String FBBI = "Biological Imaging Methods Ontology (FBbi)";
	static final List<String> LICENSES = List.of("CC0", "CC BY 4.0");

	/** The fields by key, in form order. */
	final Map<String, JComponent> fields = new LinkedHashMap<>();
	private final Set<String> required = new LinkedHashSet<>();
	private final Map<String, JLabel> labels = new LinkedHashMap<>();
	private final JPanel form = new WidthTrackingPanel();
	private final JScrollPane scroll;
	private int row;

	DescriptionStep() {
		super(new java.awt.BorderLayout());
		JLabel intro = new JLabel("<html>Describe the study in REMBI's terms. Fields marked <b>*</b> are required; " +
			"they are tinted while empty. The acquisitions are filled in from what the image files say: check and " +
			"complete them. <b>Save</b> (or Next) rewrites deposit.yaml from these forms; comments in it are not " +
			"kept (the first version is kept as .deposit.yaml.bak).</html>");
		intro.setBorder(BorderFactory.createEmptyBorder(0, 0, 8, 0));
		add(intro, java.awt.BorderLayout.NORTH);
		scroll = new JScrollPane(form);
		scroll.getVerticalScrollBar().setUnitIncrement(16);
		add(scroll, java.awt.BorderLayout.CENTER);
	}

	/** Rebuilds the forms for this description. */
	void show(Deposition d) {
		form.removeAll();
		fields.clear();
		required.clear();
		labels.clear();
		row = 0;
		Study s = d.study() != null ? d.study() : new Study(null, null, null, null, null, null, "CC0", null, null,
			null, null, null, null);
		Study.Author author = s.authors().isEmpty() ? null : s.authors().get(0);
		Study.Organisation org = organisation(s, author);

		heading("Study");
		text("study.title", "Title", s.title(), true, "25+ characters: what, in what, how");
		area("study.description", "Description", s.description(), true);
		text("study.release_date", "Release date (YYYY-MM-DD)", s.releaseDate() == null ? null : s.releaseDate()
			.toString(), true, "From today up to two years ahead");
		text("study.keywords", "Keywords (comma-separated)", String.join(", ", s.keywords().stream().filter(
			k -> k != null && !k.isBlank()).toList()), true, null);
		JComboBox<String> license = new JComboBox<>(LICENSES.toArray(new String[0]));
		license.setSelectedItem(s.license() != null && LICENSES.contains(s.license()) ? s.license() : "CC0");
		add("study.license", "Licence", license, true);

		heading("Author (the first; others in deposit.yaml are kept)");
		text("author.first_name", "First name", author == null ? null : author.firstName(), true, null);
		text("author.last_name", "Last name", author == null ? null : author.lastName(), true, null);
		text("author.email", "E-mail", author == null ? null : author.email(), false, null);
		text("author.orcid", "ORCID iD", author == null ? null : author.orcid(), false, "e.g. 0000-0002-1825-0097");
		text("organisation.name", "Organisation", org == null ? null : org.name(), true, null);
		text("organisation.address", "Organisation address", org == null ? null : org.address(), false, null);

		Biosample b = d.biosamples().isEmpty() ? null : d.biosamples().get(0);
		heading("Biosample: what was imaged");
		text("biosample.title", "Title", b == null ? "Biosample 1" : b.title(), true, null);
		text("biosample.scientific_name", "Organism (scientific name)", b == null || b.organism() == null ? null : b
			.organism().scientificName(), true, "e.g. Homo sapiens");
		text("biosample.ncbi_taxon", "NCBI taxon", b == null || b.organism() == null ? null : b.organism()
			.ncbiTaxon(), false, "e.g. NCBI:txid9606");
		text("biosample.biological_entity", "Biological entity", b == null ? null : b.biologicalEntity(), true,
			"e.g. HeLa cells, liver tissue");

		Specimen sp = d.specimens().isEmpty() ? null : d.specimens().get(0);
		heading("Specimen: how it was prepared");
		text("specimen.title", "Title", sp == null ? "Specimen 1" : sp.title(), true, null);
		area("specimen.sample_preparation", "Sample preparation", sp == null ? null : sp.samplePreparation(), true);

		for (int i = 0; i < d.acquisitions().size(); i++) {
			ImageAcquisition a = d.acquisitions().get(i);
			ImageAcquisition.ImagingMethod m = a.imagingMethods().isEmpty() ? null : a.imagingMethods().get(0);
			heading("Image acquisition " + (i + 1) + " (from the image files; check and complete)");
			String p = "acquisition." + i + ".";
			text(p + "title", "Title", a.title(), true, null);
			text(p + "imaging_instrument", "Imaging instrument", a.imagingInstrument(), true,
				"Microscope, objective, detector");
			area(p + "image_acquisition_parameters", "Acquisition parameters", a.imageAcquisitionParameters(), true);
			text(p + "imaging_method", "Imaging method (FBbi term)", m == null ? null : m.value(), true,
				"e.g. confocal microscopy (FBbi)");
			text(p + "ontology_id", "FBbi id", m == null ? null : m.ontologyId(), false,
				"e.g. …/obo/FBbi_00000251");
		}

		heading("Study components");
		for (int i = 0; i < d.components().size(); i++) {
			StudyComponent c = d.components().get(i);
			area("component." + i + ".description", "\"" + c.name() + "\" description", c.description(), true);
		}

		GridBagConstraints filler = new GridBagConstraints();
		filler.gridy = row++;
		filler.weighty = 1;
		form.add(new JPanel(), filler);
		form.revalidate();
		form.repaint();
		markRequired();
	}

	/** The edited description: {@code d} with the forms' values in place of the values they show. */
	Deposition edited(Deposition d) {
		Study s = d.study() != null ? d.study() : new Study(null, null, null, null, null, null, "CC0", null, null,
			null, null, null, null);

		// the first author and their first organisation
		Study.Author author = s.authors().isEmpty() ? null : s.authors().get(0);
		Study.Organisation org = organisation(s, author);
		String orgId = org != null ? org.id() : freeId(s);
		Study.Organisation newOrg = new Study.Organisation(orgId, value("organisation.name"), value(
			"organisation.address"), org == null ? null : org.ror());
		List<Study.Organisation> orgs = new ArrayList<>(s.organisations());
		boolean hasOrg = newOrg.name() != null || newOrg.address() != null || org != null;
		if (org != null) orgs.set(orgs.indexOf(org), newOrg);
		else if (hasOrg) orgs.add(newOrg);
		List<String> roles = author == null || author.roles().isEmpty() ? List.of("submitter") : author.roles();
		List<String> affiliations = new ArrayList<>(author == null ? List.of() : author.affiliations());
		if (hasOrg && !affiliations.contains(orgId)) affiliations.add(0, orgId);
		Study.Author newAuthor = new Study.Author(value("author.first_name"), value("author.last_name"), value(
			"author.email"), value("author.orcid"), roles, affiliations);
		List<Study.Author> authors = new ArrayList<>(s.authors());
		if (authors.isEmpty()) authors.add(newAuthor);
		else authors.set(0, newAuthor);

		List<String> keywords = value("study.keywords") == null ? List.of() : Arrays.stream(value("study.keywords")
			.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
		Study study = new Study(value("study.title"), value("study.description"), date(value("study.release_date")),
			keywords, authors, orgs, value("study.license"), s.grants(), s.fundingStatement(), s.acknowledgements(),
			s.publications(), s.links(), s.rembiVersion());

		Map<String, String> renamed = new LinkedHashMap<>();
		List<Biosample> biosamples = new ArrayList<>(d.biosamples());
		Biosample b = biosamples.isEmpty() ? null : biosamples.get(0);
		String sci = value("biosample.scientific_name");
		String taxon = value("biosample.ncbi_taxon");
		String common = b == null || b.organism() == null ? null : b.organism().commonName();
		Biosample nb = new Biosample(value("biosample.title"), sci == null && taxon == null && common == null ? null
			: new Biosample.Organism(sci, common, taxon), value("biosample.biological_entity"), b == null ? null : b
				.description(), b == null ? null : b.intrinsicVariables(), b == null ? null : b.extrinsicVariables(),
			b == null ? null : b.experimentalVariables());
		if (b == null) biosamples.add(nb);
		else biosamples.set(0, nb);
		String oldBiosample = b == null ? null : b.title();

		List<Specimen> specimens = new ArrayList<>(d.specimens());
		Specimen sp = specimens.isEmpty() ? null : specimens.get(0);
		Specimen nsp = new Specimen(value("specimen.title"), value("specimen.sample_preparation"), sp == null ? null
			: sp.growthProtocol());
		if (sp == null) specimens.add(nsp);
		else specimens.set(0, nsp);
		String oldSpecimen = sp == null ? null : sp.title();

		List<ImageAcquisition> acquisitions = new ArrayList<>();
		for (int i = 0; i < d.acquisitions().size(); i++) {
			ImageAcquisition a = d.acquisitions().get(i);
			String p = "acquisition." + i + ".";
			List<ImageAcquisition.ImagingMethod> methods = new ArrayList<>(a.imagingMethods());
			String method = value(p + "imaging_method");
			String id = value(p + "ontology_id");
			ImageAcquisition.ImagingMethod old = methods.isEmpty() ? null : methods.get(0);
			String ontology = old != null && old.ontologyName() != null ? old.ontologyName() : id != null ? FBBI
				: null;
			ImageAcquisition.ImagingMethod nm = new ImageAcquisition.ImagingMethod(method, id, id == null &&
				method == null ? null : ontology);
			if (old != null) methods.set(0, nm);
			else if (method != null || id != null) methods.add(nm);
			ImageAcquisition na = new ImageAcquisition(value(p + "title"), value(p + "imaging_instrument"), value(p +
				"image_acquisition_parameters"), methods);
			acquisitions.add(na);
			if (a.title() != null && !a.title().equals(na.title())) renamed.put(a.title(), na.title());
		}

		List<StudyComponent> components = new ArrayList<>();
		for (int i = 0; i < d.components().size(); i++) {
			StudyComponent c = d.components().get(i);
			Associations a = c.associations();
			if (a != null) {
				a = new Associations(same(a.biosample(), oldBiosample) ? nb.title() : a.biosample(), same(a.specimen(),
					oldSpecimen) ? nsp.title() : a.specimen(), renamed.getOrDefault(a.acquisition(), a.acquisition()),
					a.analysis(), a.correlation());
			}
			components.add(new StudyComponent(c.name(), value("component." + i + ".description"), c.files(), a,
				null));
		}
		return new Deposition(d.root(), d.config(), study, biosamples, specimens, acquisitions, d.analyses(), d
			.correlations(), components, d.annotations());
	}

	/** The value of a field, stripped; null when empty. */
	String value(String key) {
		JComponent c = fields.get(key);
		String v = c instanceof JTextComponent t ? t.getText() : c instanceof JComboBox<?> box ? String.valueOf(box
			.getSelectedItem()) : null;
		return v == null || v.isBlank() ? null : v.strip();
	}

	/** Sets a field's text (for the tests, which type as a person would). */
	void set(String key, String text) {
		((JTextComponent) fields.get(key)).setText(text);
	}

	/** Scrolls to the field and gives it the focus; false if there is no such field. */
	boolean focus(String key) {
		JComponent c = key == null ? null : fields.get(key);
		if (c == null) return false;
		JComponent shown = c.getParent() != null && c.getParent().getParent() instanceof JScrollPane sp ? sp : c;
		Rectangle r = SwingUtilities.convertRectangle(shown.getParent(), shown.getBounds(), form);
		r.grow(0, 40);
		form.scrollRectToVisible(r);
		c.requestFocusInWindow();
		return true;
	}

	/** The keys of the required fields that are empty. */
	List<String> emptyRequired() {
		return required.stream().filter(k -> value(k) == null).toList();
	}

	// -- building the form --------------------------------------------------------------------------------------

	private void heading(String text) {
		JLabel h = new JLabel(text);
		h.setFont(h.getFont().deriveFont(Font.BOLD, h.getFont().getSize2D() + 1f));
		h.setBorder(BorderFactory.createEmptyBorder(row == 0 ? 2 : 14, 0, 4, 0));
		GridBagConstraints g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = row++;
		g.gridwidth = 3;
		g.anchor = GridBagConstraints.WEST;
		g.insets = new Insets(0, 6, 0, 6);
		form.add(h, g);
	}

	private void text(String key, String label, String value, boolean isRequired, String hint) {
		JTextField f = new JTextField(value == null ? "" : value, 20);
		if (hint != null) f.setToolTipText(hint);
		add(key, label, f, isRequired);
		if (hint != null) {
			JLabel h = new JLabel(hint);
			h.setForeground(Color.GRAY);
			h.setFont(h.getFont().deriveFont(h.getFont().getSize2D() - 1f));
			GridBagConstraints g = new GridBagConstraints();
			g.gridx = 2;
			g.gridy = row - 1;
			g.anchor = GridBagConstraints.WEST;
			g.insets = new Insets(2, 0, 2, 6);
			form.add(h, g);
		}
	}

	private void area(String key, String label, String value, boolean isRequired) {
		JTextArea a = new JTextArea(value == null ? "" : value, 3, 20);
		a.setLineWrap(true);
		a.setWrapStyleWord(true);
		a.setFont(UIManager.getFont("TextField.font"));
		add(key, label, a, isRequired);
	}

	private void add(String key, String label, JComponent field, boolean isRequired) {
		JLabel l = new JLabel(label + (isRequired ? " *" : ""));
		l.setLabelFor(field);
		GridBagConstraints g = new GridBagConstraints();
		g.gridx = 0;
		g.gridy = row;
		g.anchor = GridBagConstraints.NORTHEAST;
		g.insets = new Insets(5, 6, 2, 8);
		form.add(l, g);
		JComponent shown = field instanceof JTextArea ? new JScrollPane(field, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
			JScrollPane.HORIZONTAL_SCROLLBAR_NEVER) : field;
		// narrow windows shrink fields to this, never to nothing
		shown.setMinimumSize(new java.awt.Dimension(220, shown.getPreferredSize().height));
		g = new GridBagConstraints();
		g.gridx = 1;
		g.gridy = row++;
		g.weightx = 1;
		g.fill = GridBagConstraints.HORIZONTAL;
		g.insets = new Insets(2, 0, 2, 8);
		form.add(shown, g);
		fields.put(key, field);
		labels.put(key, l);
		if (isRequired) required.add(key);
		field.setName(key);
		if (field instanceof JTextComponent t) {
			t.getDocument().addDocumentListener(new DocumentListener() {

				@Override
				public void insertUpdate(DocumentEvent e) {
					markRequired();
				}

				@Override
				public void removeUpdate(DocumentEvent e) {
					markRequired();
				}

				@Override
				public void changedUpdate(DocumentEvent e) {
					markRequired();
				}
			});
		}
	}

	/** Tints the empty required fields, and a release date that is not YYYY-MM-DD. */
	private void markRequired() {
		for (Map.Entry<String, JComponent> e : fields.entrySet()) {
			if (!(e.getValue() instanceof JTextComponent t)) continue;
			boolean bad = required.contains(e.getKey()) && value(e.getKey()) == null;
			if (e.getKey().equals("study.release_date") && value(e.getKey()) != null) {
				bad = date(value(e.getKey())) == null;
			}
			t.setBackground(bad ? EMPTY_REQUIRED : UIManager.getColor("TextField.background"));
		}
	}

	/** Whether a field is tinted as missing or wrong. */
	boolean isMarked(String key) {
		return EMPTY_REQUIRED.equals(fields.get(key).getBackground());
	}

	private static LocalDate date(String text) {
		if (text == null) return null;
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static boolean same(String a, String b) {
		return a != null && a.equals(b);
	}

	private static Study.Organisation organisation(Study s, Study.Author author) {
		if (author != null) {
			for (String id : author.affiliations()) {
				for (Study.Organisation o : s.organisations()) {
					if (id.equals(o.id())) return o;
				}
			}
		}
		return null;
	}

	private static String freeId(Study s) {
		int n = 1;
		while (true) {
			String id = "org" + n++;
			if (s.organisations().stream().noneMatch(o -> id.equals(o.id()))) return id;
		}
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
