package org.biadeposit.rembi;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.biadeposit.rembi.Biosample.Organism;
import org.biadeposit.rembi.ImageAcquisition.ImagingMethod;
import org.biadeposit.rembi.Study.Author;
import org.biadeposit.rembi.Study.Grant;
import org.biadeposit.rembi.Study.Link;
import org.biadeposit.rembi.Study.Organisation;
import org.biadeposit.rembi.Study.Publication;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code deposit.yaml}: a superset of BIA's bia-agent REMBI YAML (both the older
 * {@code rembi-metadata-template.yaml} and the newer {@code rembi-mifa-metadata-template.yaml} are read unchanged),
 * with our additions: release date, licence, organisations, several roles and affiliations per author, file
 * selection rules for study components and annotation sets, associations given in the component itself, several
 * imaging methods per acquisition. The keys are listed in the {@code *_KEYS} constants below.
 *
 * <p>
 * Reading never stops at the first problem: every problem (a value of the wrong kind, an unknown key, a bad date or
 * licence, a syntax error) is collected with its place, {@code deposit.yaml:12 study.license}. Values that cannot
 * be read are null in the model. Required fields are not checked here; that is the validate station's job.
 */
public final class DepositYaml {

	/**
	 * What reading deposit.yaml gave.
	 *
	 * @param deposition what could be read (unreadable values are null); null only if the file is not YAML at all
	 *          (cannot be opened, has a syntax error, or is not a mapping of keys)
	 * @param problems every problem found, in file order
	 */
	public record Reading(Deposition deposition, List<Problem> problems) {

		public Reading {
			problems = List.copyOf(problems);
		}

		public boolean hasErrors() {
			return problems.stream().anyMatch(Problem::isError);
		}

		/** The deposition, if there are no errors (warnings are allowed). */
		public Deposition orThrow() throws DepositYamlException {
			if (deposition == null || hasErrors()) throw new DepositYamlException(problems);
			return deposition;
		}
	}

	static final List<String> TOP_KEYS = List.of("study", "biosamples", "specimens", "acquisitions", "correlations",
		"analysis", "annotations", "version", "study_component", "associations");
	static final List<String> STUDY_KEYS = List.of("title", "description", "private_until_date", "release_date",
		"keywords", "license", "licence", "authors", "organisations", "organizations", "funding", "publications",
		"links", "acknowledgements", "rembi_version");
	static final List<String> AUTHOR_KEYS = List.of("first_name", "last_name", "email", "orcid", "role", "roles",
		"affiliation", "affiliations");
	static final List<String> ORGANISATION_KEYS = List.of("name", "address", "ror");
	static final List<String> FUNDING_KEYS = List.of("funding_statement", "grant_references");
	static final List<String> GRANT_KEYS = List.of("funder", "identifier");
	static final List<String> PUBLICATION_KEYS = List.of("title", "authors", "doi", "year", "pubmed_id");
	static final List<String> LINK_KEYS = List.of("link_url", "link_description");
	static final List<String> BIOSAMPLE_KEYS = List.of("organism", "biological_entity", "description",
		"intrinsic_variables", "extrinsic_variables", "experimental_variables");
	static final List<String> ORGANISM_KEYS = List.of("scientific_name", "common_name", "ncbi_taxon");
	static final List<String> SPECIMEN_KEYS = List.of("sample_preparation", "growth_protocol");
	static final List<String> ACQUISITION_KEYS = List.of("imaging_method", "imaging_instrument",
		"image_acquisition_parameters");
	static final List<String> IMAGING_METHOD_KEYS = List.of("value", "ontology_id", "ontology_name");
	static final List<String> CORRELATION_KEYS = List.of("spatial_and_temporal_alignment", "fiducials_used",
		"transformation_matrix");
	static final List<String> ANALYSIS_KEYS = List.of("analysis_overview");
	static final List<String> ANNOTATION_KEYS = List.of("annotation_overview", "annotation_type",
		"annotation_method", "annotation_confidence_level", "annotation_criteria", "annotation_coverage", "files",
		"pattern", "columns", "source_image");
	static final List<String> VERSION_KEYS = List.of("version", "timestamp", "changes", "previous_version");
	static final List<String> COMPONENT_KEYS = List.of("name", "description", "rembi_version", "files", "pattern",
		"columns", "biosample", "specimen", "acquisition", "analysis", "correlation");
	static final List<String> ASSOCIATION_KEYS = List.of("biosample_id", "specimen_id", "acquisition_id",
		"correlation_id", "analysis_id");

	/** What a misspelt key would otherwise silently give: a default in place of what the file says. */
	private static final Map<String, String> TOP_DEFAULTS = Map.of("study_component", "the study components were " +
		"not read (they would otherwise be made from the top-level folders)", "acquisitions", "the image " +
			"acquisitions were not read (they would otherwise be made from the image files' metadata)");
	private static final String LICENCE_DEFAULT = "the licence was not set (it would otherwise default to CC0)";
	private static final Map<String, String> STUDY_DEFAULTS = Map.of("license", LICENCE_DEFAULT, "licence",
		LICENCE_DEFAULT);
	private static final Map<String, String> COMPONENT_DEFAULTS = Map.of("files", "the component's files were not " +
		"set (they would otherwise be guessed from its name)", "name", "its name was not set (it would otherwise be " +
			"its title)");

	/** The largest deposit.yaml read, in bytes: a real one is a few KB. */
	static final long MAX_FILE_BYTES = 1L << 20;
	/** The longest value (and line) read, in characters: some 40 pages of text. */
	static final int MAX_VALUE_CHARS = 200_000;

	/** How a list given for a single-text field (a biosample's variables) is joined into one text. */
	private static final String JOIN = "; ";

	private final YamlSource source;
	private final Path datasetRoot;
	private final FileSelectionYaml selections;

	private DepositYaml(YamlSource source, Path datasetRoot) {
		this.source = source;
		this.datasetRoot = datasetRoot;
		this.selections = new FileSelectionYaml(datasetRoot);
	}

	/**
	 * Reads deposit.yaml (or a bia-agent YAML) into the REMBI model. Never throws for what is in the file; see
	 * {@link Reading#orThrow()} for callers that want an exception.
	 *
	 * @param yaml the file; problems name it by its file name
	 * @param datasetRoot the dataset folder, becomes {@link Deposition#root()}; absolute paths under {@code files:}
	 *          are made relative to it
	 */
	public static Reading read(Path yaml, Path datasetRoot) {
		Path fileName = yaml.getFileName();
		YamlSource source = new YamlSource(fileName == null ? yaml.toString() : fileName.toString());
		Node root = parse(yaml, source);
		if (source.hasErrors()) return new Reading(null, source.problems());
		DepositYaml reader = new DepositYaml(source, datasetRoot);
		if (root == null) {
			source.warning(1, "", "the file is empty, so it says nothing about the deposition; fill in at least " +
				"study: (title, description, authors...)");
			return new Reading(reader.deposition(yaml, new YamlMapping(source, null, "", 1, TOP_KEYS)), source
				.problems());
		}
		if (!(root instanceof MappingNode)) {
			YamlValue top = new YamlValue(source, root, "", "", YamlSource.line(root));
			top.error("the file is " + top.kind() + ", but it must be a mapping of top-level keys, such as " +
				"\"study:\" and \"biosamples:\", each at the start of a line");
			return new Reading(null, source.problems());
		}
		YamlMapping top = new YamlValue(source, root, "", "", YamlSource.line(root)).mapping(TOP_KEYS, TOP_DEFAULTS);
		return new Reading(reader.deposition(yaml, top), source.problems());
	}

	// -- parsing --------------------------------------------------------------------------------------------------

	private static Node parse(Path yaml, YamlSource source) {
		String text;
		try {
			long size = Files.size(yaml);
			if (size > MAX_FILE_BYTES) {
				source.error("is " + String.format(Locale.ROOT, "%,d", size) + " bytes, but deposit.yaml is read " +
					"only if it has at most " + String.format(Locale.ROOT, "%,d", MAX_FILE_BYTES) + " (1 MiB; a " +
					"complete one is a few KB); keep long texts and tables in files of the dataset and name them in " +
					"deposit.yaml");
				return null;
			}
			text = Files.readString(yaml, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException e) {
			source.error("does not exist (" + yaml.toAbsolutePath() + "); check the path, or write one with the " +
				"study's description");
			return null;
		}
		catch (MalformedInputException e) {
			source.error("is not UTF-8 text; save it as UTF-8 (most editors offer the encoding when saving)");
			return null;
		}
		catch (IOException e) {
			source.error("cannot be read (" + e + "); check that it is a readable file");
			return null;
		}
		if (text.startsWith("\uFEFF")) text = text.substring(1);
		int longLine = lineLongerThan(text, MAX_VALUE_CHARS);
		if (longLine > 0) {
			source.error(longLine, "", "this line is longer than deposit.yaml takes: at most " + String.format(Locale.ROOT,
				"%,d", MAX_VALUE_CHARS) + " characters on one line or in one value; shorten it, or keep such a long " +
				"text in a file of the dataset");
			return null;
		}
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit((int) MAX_FILE_BYTES);
		try {
			return new Yaml(options).compose(new ShortReads(new StringReader(text)));
		}
		catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			Mark context = e.getContextMark();
			String problem = e.getProblem() == null ? "the text is not valid YAML" : e.getProblem().strip();
			String during = e.getContext() != null && context != null && mark != null && context.getLine() != mark
				.getLine() ? " (" + e.getContext().strip() + " on line " + (context.getLine() + 1) + ")" : "";
			String message = "YAML syntax error: " + problem + during + "; " + syntaxHint(problem);
			if (mark == null) source.error(message);
			else source.error(mark.getLine() + 1, mark.getColumn() + 1, message);
			return null;
		}
		catch (YAMLException e) {
			source.error("cannot be read as YAML: " + e.getMessage());
			return null;
		}
	}

	/**
	 * The first line (from 1) longer than {@code limit} characters, or 0. Checked before parsing: SnakeYAML's reader
	 * copies its whole window for every 1,024 characters of one token, so its time grows with the square of the
	 * longest line (a 4 MB line took close to a minute).
	 */
	static int lineLongerThan(String text, int limit) {
		int line = 1;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = i == text.length() ? '\n' : text.charAt(i);
			// the line breaks of YAML 1.1, which SnakeYAML reads
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				if (i - start > limit) return line;
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
				line++;
				start = i + 1;
			}
		}
		return 0;
	}

	/**
	 * The text in reads that leave SnakeYAML room for one more character. SnakeYAML 2.3 reads a full buffer and, if
	 * it ends with the first half of a surrogate pair (an emoji, a rare CJK character), reads the second half past
	 * the buffer's end: an IndexOutOfBoundsException for any file with such a character at the wrong place.
	 */
	private static final class ShortReads extends Reader {

		private final Reader in;

		ShortReads(Reader in) {
			this.in = in;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			return in.read(buffer, offset, length > 1 ? length - 1 : length);
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}

	/** What to do about a SnakeYAML syntax problem. */
	static String syntaxHint(String problem) {
		String p = problem.toLowerCase(Locale.ROOT);
		if (p.contains("\t") || p.contains("tab")) return "YAML does not allow tabs for indentation; indent with spaces";
		if (p.contains("mapping values are not allowed")) {
			return "a value that contains \": \" must be put in quotes, and the keys of one mapping must start in " +
				"the same column";
		}
		if (p.contains("could not find expected ':'")) {
			return "each line of a mapping needs \"key: value\"; text that goes on over several lines must be " +
				"indented further than its key, or put in quotes";
		}
		if (p.contains("undefined alias")) return "define the anchor (&name) before using it (*name)";
		if (p.contains("end of stream") || p.contains("unexpected end")) {
			return "a quote or bracket is not closed; close it";
		}
		if (p.contains("single document")) return "the file must hold one YAML document; remove the extra \"---\"";
		return "check the indentation (keys of one mapping, and the \"- \" of one list, start in the same column) " +
			"and put values with special characters (: # { } [ ] , & * ! | > ' \" % @) in quotes";
	}

	// -- the deposition -------------------------------------------------------------------------------------------

	private Deposition deposition(Path yaml, YamlMapping top) {
		Study study = study(top.get("study"));
		List<Biosample> biosamples = titled(top.get("biosamples"), BIOSAMPLE_KEYS, this::biosample);
		List<Specimen> specimens = titled(top.get("specimens"), SPECIMEN_KEYS, (title, m) -> new Specimen(title, m
			.get("sample_preparation").text(), m.get("growth_protocol").text()));
		List<ImageAcquisition> acquisitions = titled(top.get("acquisitions"), ACQUISITION_KEYS,
			this::acquisition);
		List<ImageAnalysis> analyses = titled(top.get("analysis"), ANALYSIS_KEYS, (title, m) -> new ImageAnalysis(
			title, m.get("analysis_overview").text()));
		List<ImageCorrelation> correlations = titled(top.get("correlations"), CORRELATION_KEYS, (title,
			m) -> new ImageCorrelation(title, m.get("spatial_and_temporal_alignment").text(), m.get("fiducials_used")
				.text(), m.get("transformation_matrix").text()));
		List<AnnotationSet> annotations = titled(top.get("annotations"), ANNOTATION_KEYS, (title,
			m) -> new AnnotationSet(title, m.get("annotation_overview").text(), m.get("annotation_type").text(), m
				.get("annotation_method").text(), m.get("annotation_confidence_level").text(), m.get(
					"annotation_criteria").text(), m.get("annotation_coverage").text(), selections.read(m), m.get(
						"source_image").text(), null));
		// Annotation versions (MIFA) have no place in the model yet; they are read for their problems only.
		titled(top.get("version"), VERSION_KEYS, (title, m) -> {
			VERSION_KEYS.forEach(k -> m.get(k).text());
			return title;
		});
		List<StudyComponent> components = components(top.get("study_component"), top.get("associations"));
		return new Deposition(datasetRoot, yaml, study, biosamples, specimens, acquisitions, analyses, correlations,
			components, annotations);
	}

	/** A mapping from titles to modules, each read by {@code make}. */
	private static <T> List<T> titled(YamlValue section, List<String> keys, BiFunction<String, YamlMapping,
		T> make)
	{
		List<T> out = new ArrayList<>();
		for (Map.Entry<String, YamlValue> e : section.mapping(null).entries().entrySet()) {
			out.add(make.apply(e.getKey(), e.getValue().mapping(keys)));
		}
		return out;
	}

	// -- study ----------------------------------------------------------------------------------------------------

	private Study study(YamlValue value) {
		YamlMapping m = value.mapping(STUDY_KEYS, STUDY_DEFAULTS);
		Organisations organisations = new Organisations();
		for (Map.Entry<String, YamlValue> e : m.either("organisations", "organizations",
			"the organisations authors belong to").mapping(null).entries().entrySet())
		{
			YamlMapping o = e.getValue().mapping(ORGANISATION_KEYS);
			organisations.declare(e.getKey(), o.get("name").text(), o.get("address").text(), o.get("ror").text());
		}
		List<Author> authors = new ArrayList<>();
		for (YamlValue item : m.get("authors").items()) {
			Author a = author(item, organisations);
			if (a != null) authors.add(a);
		}
		YamlMapping funding = m.get("funding").mapping(FUNDING_KEYS);
		List<Grant> grants = new ArrayList<>();
		for (YamlValue item : funding.get("grant_references").items()) {
			YamlMapping g = item.mapping(GRANT_KEYS);
			Grant grant = new Grant(g.get("funder").text(), g.get("identifier").text());
			if (!grant.equals(new Grant(null, null))) grants.add(grant);
		}
		List<Publication> publications = new ArrayList<>();
		for (YamlValue item : m.get("publications").items()) {
			YamlMapping p = item.mapping(PUBLICATION_KEYS);
			Publication pub = new Publication(p.get("title").text(), p.get("authors").joinedText(", "), p.get("doi")
				.text(), p.get("year").text(), p.get("pubmed_id").text());
			if (!pub.equals(new Publication(null, null, null, null, null))) publications.add(pub);
		}
		List<Link> links = new ArrayList<>();
		for (YamlValue item : m.get("links").items()) {
			YamlMapping l = item.mapping(LINK_KEYS);
			Link link = new Link(l.get("link_url").text(), l.get("link_description").text());
			if (!link.equals(new Link(null, null))) links.add(link);
		}
		return new Study(m.get("title").text(), m.get("description").text(), date(m.either("private_until_date",
			"release_date", "the date the study becomes public")), m.get("keywords").texts(), authors,
			organisations.all(), license(m.either("license", "licence", "the licence"), m.misspells("license", "licence")), grants, funding.get(
				"funding_statement").text(), m.get("acknowledgements").text(), publications, links, m.get(
					"rembi_version").text());
	}

	/** An author, or null if the entry gives nothing (as an unfilled template block). */
	private Author author(YamlValue item, Organisations organisations) {
		YamlMapping a = item.mapping(AUTHOR_KEYS);
		Set<String> roles = new LinkedHashSet<>();
		String role = a.get("role").text();
		// bia-agent files often say "role: conceptualization, data acquisition".
		if (role != null) {
			for (String r : role.split("[,;]")) {
				if (!r.isBlank()) roles.add(r.strip());
			}
		}
		roles.addAll(a.get("roles").texts());

		Set<String> affiliations = new LinkedHashSet<>();
		YamlValue inline = a.get("affiliation");
		if (inline.isMapping()) {
			addIfGiven(affiliations, organisations.inline(inline.mapping(ORGANISATION_KEYS)));
		}
		else if (inline.isList()) {
			inline.error("is a list, but one organisation is needed here; for several, write \"affiliations:\" " +
				"with one organisation per line, each starting with \"- \"");
		}
		else if (inline.isGiven()) {
			String name = inline.text();
			addIfGiven(affiliations, organisations.has(name) ? name : organisations.inline(name, null, null));
		}
		YamlValue refs = a.get("affiliations");
		for (YamlValue ref : refs.isList() ? refs.items() : refs.isGiven() ? List.of(refs) : List.<YamlValue> of()) {
			if (ref.isMapping()) {
				addIfGiven(affiliations, organisations.inline(ref.mapping(ORGANISATION_KEYS)));
				continue;
			}
			String id = ref.text();
			if (id == null) continue;
			if (organisations.has(id)) {
				affiliations.add(id);
			}
			else {
				ref.error("\"" + id + "\" names no organisation of study.organisations; add it there (\"" + id +
					":\" with name, address and ror under it)" + (organisations.declared().isEmpty() ? ""
						: " or use one of " + String.join(", ", organisations.declared())));
			}
		}
		Author author = new Author(a.get("first_name").text(), a.get("last_name").text(), a.get("email").text(), a
			.get("orcid").text(), new ArrayList<>(roles), new ArrayList<>(affiliations));
		return author.equals(new Author(null, null, null, null, null, null)) ? null : author;
	}

	private static void addIfGiven(Set<String> ids, String id) {
		if (id != null) ids.add(id);
	}

	private static LocalDate date(YamlValue v) {
		String text = v.text();
		if (text == null) return null;
		try {
			return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException e) {
			LocalDate guess = guessDate(text);
			v.error("\"" + text + "\" is not a date in the form YYYY-MM-DD (year-month-day); write it as " +
				(guess != null ? guess : "YYYY-MM-DD, e.g. 2027-12-31 for 31 December 2027"));
			return null;
		}
	}

	/** What a date written another way most likely means, if that is clear. */
	static LocalDate guessDate(String text) {
		try {
			Matcher iso = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?").matcher(text);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(
					iso.group(3)));
			}
			Matcher other = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})").matcher(text);
			if (other.matches()) {
				int a = Integer.parseInt(other.group(1));
				int b = Integer.parseInt(other.group(2));
				int year = Integer.parseInt(other.group(3));
				if (a > 12 || a == b) return LocalDate.of(year, b, a);
				if (b > 12) return LocalDate.of(year, a, b);
			}
		}
		catch (DateTimeException e) {
			// Not a real date either way.
		}
		return null;
	}

	/**
	 * "CC0" (the default, when not given) or "CC BY 4.0", from the ways people write them; else an error. Not given
	 * while a key that looks like "license" is there (an error of its own), it is null: never a default then.
	 */
	private static String license(YamlValue v, boolean misspelt) {
		if (!v.isGiven()) return misspelt ? null : "CC0";
		String text = v.text();
		if (text == null) return null;
		String k = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		if (Set.of("cc0", "cc010", "cc010universal", "cczero").contains(k) || k.contains(
			"creativecommonsorgpublicdomainzero10"))
		{
			return "CC0";
		}
		if (Set.of("ccby40", "ccby40international", "creativecommonsattribution40",
			"creativecommonsattribution40international").contains(k) || k.contains("creativecommonsorglicensesby40"))
		{
			return "CC BY 4.0";
		}
		v.error("\"" + text + "\" is not a licence BIA takes; use CC0 (the default) or CC BY 4.0");
		return null;
	}

	/**
	 * The organisations of a study: those declared under {@code organisations:} by id, and those written inline
	 * as an author's affiliation, which get ids o1, o2... (skipping declared ids). Affiliations with the same name
	 * and address are one organisation, shared by their authors.
	 */
	private static final class Organisations {

		private final Map<String, Organisation> byId = new LinkedHashMap<>();
		private final Map<List<String>, String> idByNameAndAddress = new HashMap<>();
		private final List<String> declared = new ArrayList<>();

		void declare(String id, String name, String address, String ror) {
			byId.put(id, new Organisation(id, name, address, ror));
			declared.add(id);
			if (name != null || address != null) idByNameAndAddress.putIfAbsent(sameness(name, address), id);
		}

		boolean has(String id) {
			return byId.containsKey(id);
		}

		List<String> declared() {
			return declared;
		}

		String inline(YamlMapping m) {
			return inline(m.get("name").text(), m.get("address").text(), m.get("ror").text());
		}

		/** The id of the organisation with this name and address, made if new; null if nothing is given. */
		String inline(String name, String address, String ror) {
			if (name == null && address == null && ror == null) return null;
			List<String> key = sameness(name, address);
			String id = idByNameAndAddress.get(key);
			if (id != null) {
				Organisation o = byId.get(id);
				if (o.ror() == null && ror != null) byId.put(id, new Organisation(id, o.name(), o.address(), ror));
				return id;
			}
			int n = 1;
			while (byId.containsKey("o" + n)) n++;
			id = "o" + n;
			byId.put(id, new Organisation(id, name, address, ror));
			idByNameAndAddress.put(key, id);
			return id;
		}

		List<Organisation> all() {
			return new ArrayList<>(byId.values());
		}

		private static List<String> sameness(String name, String address) {
			return List.of(name == null ? "" : name.replaceAll("\\s+", " "), address == null ? "" : address
				.replaceAll("\\s+", " "));
		}
	}

	// -- modules --------------------------------------------------------------------------------------------------

	private Biosample biosample(String title, YamlMapping m) {
		YamlValue o = m.get("organism");
		Organism organism = null;
		if (o.isMapping()) {
			YamlMapping om = o.mapping(ORGANISM_KEYS);
			organism = new Organism(om.get("scientific_name").text(), om.get("common_name").text(), om.get(
				"ncbi_taxon").text());
			if (organism.equals(new Organism(null, null, null))) organism = null;
		}
		else if (o.isGiven()) {
			String name = o.text();
			if (name != null) organism = new Organism(name, null, null);
		}
		return new Biosample(title, organism, m.get("biological_entity").text(), m.get("description").text(), m.get(
			"intrinsic_variables").joinedText(JOIN), m.get("extrinsic_variables").joinedText(JOIN), m.get(
				"experimental_variables").joinedText(JOIN));
	}

	private ImageAcquisition acquisition(String title, YamlMapping m) {
		YamlValue methods = m.get("imaging_method");
		List<ImagingMethod> out = new ArrayList<>();
		for (YamlValue v : methods.isList() ? methods.items() : methods.isGiven() ? List.of(methods) : List
			.<YamlValue> of())
		{
			ImagingMethod method;
			if (v.isMapping()) {
				YamlMapping im = v.mapping(IMAGING_METHOD_KEYS);
				method = new ImagingMethod(im.get("value").text(), im.get("ontology_id").text(), im.get(
					"ontology_name").text());
			}
			else {
				method = new ImagingMethod(v.text(), null, null);
			}
			if (!method.equals(new ImagingMethod(null, null, null))) out.add(method);
		}
		return new ImageAcquisition(title, m.get("imaging_instrument").text(), m.get("image_acquisition_parameters")
			.text(), out);
	}

	// -- study components -----------------------------------------------------------------------------------------

	/** A study component as written, before its associations entry (if any) is found. */
	private record Written(String key, YamlValue at, String name, String description, FileSelection files,
		Associations own)
	{}

	/** An entry of the top-level associations mapping. */
	private record Entry(String key, YamlValue at, Associations associations) {}

	/**
	 * The study components. With {@code study_component:}, each entry is one, and an {@code associations:} entry
	 * belongs to the component of the same title (or name); an entry that names no component is paired by
	 * position, as bia-agent pairs them. Without {@code study_component:} (the older bia-agent form), each
	 * {@code associations:} entry is one component named by its key.
	 */
	private List<StudyComponent> components(YamlValue componentsValue, YamlValue associationsValue) {
		List<Written> written = new ArrayList<>();
		for (Map.Entry<String, YamlValue> e : componentsValue.mapping(null).entries().entrySet()) {
			YamlMapping c = e.getValue().mapping(COMPONENT_KEYS, COMPONENT_DEFAULTS);
			String name = c.get("name").text();
			c.get("rembi_version").text();
			Associations own = associations(c.get("biosample").text(), c.get("specimen").text(), c.get("acquisition")
				.text(), c.get("analysis").text(), c.get("correlation").text());
			written.add(new Written(e.getKey(), e.getValue(), name != null ? name : e.getKey(), c.get("description")
				.text(), selections.read(c), own));
		}
		List<Entry> entries = new ArrayList<>();
		for (Map.Entry<String, YamlValue> e : associationsValue.mapping(null).entries().entrySet()) {
			YamlMapping a = e.getValue().mapping(ASSOCIATION_KEYS);
			entries.add(new Entry(e.getKey(), e.getValue(), associations(a.get("biosample_id").text(), a.get(
				"specimen_id").text(), a.get("acquisition_id").text(), a.get("analysis_id").text(), a.get(
					"correlation_id").text())));
		}
		if (written.isEmpty()) {
			return entries.stream().map(e -> new StudyComponent(e.key(), null, null, e.associations(), null))
				.toList();
		}

		Entry[] paired = new Entry[written.size()];
		List<Entry> unpaired = new ArrayList<>();
		for (Entry e : entries) {
			int i = indexOf(written, e.key());
			if (i < 0) unpaired.add(e);
			else pair(written, paired, i, e);
		}
		for (Entry e : unpaired) {
			int i = entries.indexOf(e);
			if (i < written.size() && paired[i] == null && written.get(i).own() == null) {
				pair(written, paired, i, e);
				e.at().warning("\"" + e.key() + "\" is not the title of a study component; it was paired by " +
					"position with study component \"" + written.get(i).key() + "\", as bia-agent does. Rename it to \"" +
					written.get(i).key() + "\" to say so");
			}
			else {
				e.at().error("\"" + e.key() + "\" is not the title of a study component, so these associations " +
					"belong to none; rename it to the title of its component: " + String.join(", ", written.stream()
						.map(w -> "\"" + w.key() + "\"").toList()));
			}
		}
		List<StudyComponent> out = new ArrayList<>();
		for (int i = 0; i < written.size(); i++) {
			Written w = written.get(i);
			Associations a = w.own() != null ? w.own() : paired[i] != null ? paired[i].associations() : null;
			out.add(new StudyComponent(w.name(), w.description(), w.files(), a, null));
		}
		return out;
	}

	/** The component an associations entry names, by title, else by name. */
	private static int indexOf(List<Written> written, String key) {
		for (int i = 0; i < written.size(); i++) {
			if (written.get(i).key().equals(key)) return i;
		}
		int found = -1;
		for (int i = 0; i < written.size(); i++) {
			if (written.get(i).name().equals(key)) {
				if (found >= 0) return -1;
				found = i;
			}
		}
		return found;
	}

	private static void pair(List<Written> written, Entry[] paired, int i, Entry e) {
		Written w = written.get(i);
		String component = YamlSource.child("study_component", w.key());
		if (w.own() != null) {
			e.at().error("study component \"" + w.key() + "\" gives its associations itself (" + component +
				", line " + w.at().line() + "); give them in one place only: remove this entry, or remove " +
				"biosample/specimen/acquisition/analysis/correlation from the component");
		}
		else if (paired[i] != null) {
			e.at().error("study component \"" + w.key() + "\" already has associations (" + YamlSource.child(
				"associations", paired[i].key()) + ", line " + paired[i].at().line() + "); keep only one entry");
		}
		else {
			paired[i] = e;
		}
	}

	/** Associations, or null if none is given. */
	private static Associations associations(String biosample, String specimen, String acquisition,
		String analysis, String correlation)
	{
		Associations a = new Associations(biosample, specimen, acquisition, analysis, correlation);
		return a.equals(new Associations(null, null, null, null, null)) ? null : a;
	}
}
