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
package org.biadeposit.rembi.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Biosample.Organism;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAcquisition.ImagingMethod;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.RembiFields;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.rembi.StudyFields;
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
		"analysis", "annotations", "version", "study_component", "associations", PublishedYaml.KEY);
	static final List<String> STUDY_KEYS = List.of(StudyFields.TITLE.key(), StudyFields.DESCRIPTION.key(),
		StudyFields.RELEASE_DATE.aliases().get(0), StudyFields.RELEASE_DATE.key(), "keywords", StudyFields.LICENSE
			.key(), StudyFields.LICENSE.aliases().get(0), "authors", "organisations", "organizations", StudyFields
				.parent(StudyFields.FUNDING_STATEMENT), "publications", "links", StudyFields.ACKNOWLEDGEMENTS.key(),
		StudyFields.REMBI_VERSION.key());
	static final List<String> AUTHOR_KEYS = List.of("first_name", "last_name", "email", "orcid", "role", "roles",
		"affiliation", "affiliations");
	static final List<String> ORGANISATION_KEYS = List.of("name", "address", "ror");
	static final List<String> FUNDING_KEYS = List.of(StudyFields.FUNDING_STATEMENT.key(), "grant_references");
	static final List<String> GRANT_KEYS = List.of("funder", "identifier");
	static final List<String> PUBLICATION_KEYS = List.of("title", "authors", "doi", "year", "pubmed_id");
	static final List<String> LINK_KEYS = List.of("link_url", "link_description");
	static final List<String> BIOSAMPLE_KEYS = RembiFields.BIOSAMPLE.keys();
	static final List<String> ORGANISM_KEYS = List.of("scientific_name", "common_name", "ncbi_taxon");
	static final List<String> SPECIMEN_KEYS = RembiFields.SPECIMEN.keys();
	/** The imaging method first, as the writer writes it, then the texts, then the acquisition's rule for files. */
	static final List<String> ACQUISITION_KEYS = keys(List.of(RembiFields.IMAGING_METHOD.key()), RembiFields
		.ACQUISITION.texts(), List.of("files", "pattern"));
	static final List<String> IMAGING_METHOD_KEYS = List.of("value", "ontology_id", "ontology_name");
	static final List<String> CORRELATION_KEYS = RembiFields.CORRELATION.keys();
	static final List<String> ANALYSIS_KEYS = RembiFields.ANALYSIS.keys();
	static final List<String> ANNOTATION_KEYS = keys(List.of(), RembiFields.ANNOTATION.texts(), List.of("files",
		"pattern", "columns", "source_image", "non_image_files"));
	static final List<String> VERSION_KEYS = List.of("version", "timestamp", "changes", "previous_version");
	static final List<String> COMPONENT_KEYS = keys(List.of("name", "description", "rembi_version", "files",
		"pattern", "columns", "non_image_files", "constant_columns"), RembiFields.ROW, List.of("associations"));
	/** The keys of an association row, in a component (one row, or each item of its associations: list). */
	static final List<String> ROW_KEYS = RembiFields.rowKeys();
	/** The keys of an entry of bia-agent's top-level associations mapping, in the order of {@link #ROW_KEYS}. */
	static final List<String> ASSOCIATION_KEYS = RembiFields.rowAliases();

	/** What a misspelt key would otherwise silently give: a default in place of what the file says. */
	private static final Map<String, String> TOP_DEFAULTS = Map.of("study_component", "the study components were " +
		"not read (they would otherwise be made from the top-level folders)", "acquisitions", "the image " +
			"acquisitions were not read (they would otherwise be made from the image files' metadata)");
	static final Map<String, String> COMPONENT_DEFAULTS = Map.of("files", "the component's files were not " +
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
		Node root = YamlDocument.parse(yaml, source);
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

	// -- the deposition -------------------------------------------------------------------------------------------

	private Deposition deposition(Path yaml, YamlMapping top) {
		Study study = StudyYaml.study(top.get("study"));
		List<Biosample> biosamples = titled(top.get("biosamples"), BIOSAMPLE_KEYS, this::biosample);
		List<Specimen> specimens = texts(top, RembiFields.SPECIMEN, SPECIMEN_KEYS);
		List<ImageAcquisition> acquisitions = titled(top.get("acquisitions"), ACQUISITION_KEYS,
			this::acquisition);
		List<ImageAnalysis> analyses = texts(top, RembiFields.ANALYSIS, ANALYSIS_KEYS);
		List<ImageCorrelation> correlations = texts(top, RembiFields.CORRELATION, CORRELATION_KEYS);
		List<AnnotationSet> annotations = titled(top.get("annotations"), ANNOTATION_KEYS, (title, m) -> {
			AnnotationSet a = RembiFields.ANNOTATION.withTexts(RembiFields.ANNOTATION.titled().apply(title), f -> m
				.get(f.key()).text());
			return new AnnotationSet(title, a.overview(), a.type(), a.method(), a.confidenceLevel(), a.criteria(), a
				.coverage(), selections.read(m), m.get("source_image").text(), null);
		});
		// Annotation versions (MIFA) have no place in the model yet; they are read for their problems only.
		titled(top.get("version"), VERSION_KEYS, (title, m) -> {
			VERSION_KEYS.forEach(k -> m.get(k).text());
			return title;
		});
		List<StudyComponent> components = new StudyComponentYaml(selections).read(top.get("study_component"), top
			.get("associations"));
		return new Deposition(datasetRoot, yaml, study, biosamples, specimens, acquisitions, analyses, correlations,
			components, annotations, PublishedYaml.read(top.get(PublishedYaml.KEY)));
	}

	/** The modules of a kind whose fields are all texts, from its top-level key. */
	private static <T> List<T> texts(YamlMapping top, RembiFields.Module<T> module, List<String> keys) {
		return titled(top.get(module.key()), keys, (title, m) -> module.withTexts(module.titled().apply(title),
			f -> m.get(f.key()).text()));
	}

	/** Keys of a mapping: these, then the fields' keys, then those. */
	private static List<String> keys(List<String> before, List<? extends RembiFields.Field<?>> fields,
		List<String> after)
	{
		List<String> out = new ArrayList<>(before);
		fields.forEach(f -> out.add(f.key()));
		out.addAll(after);
		return List.copyOf(out);
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
		Biosample b = RembiFields.BIOSAMPLE.withTexts(RembiFields.BIOSAMPLE.titled().apply(title), f -> f
			.joinsList() ? m.get(f.key()).joinedText(JOIN) : m.get(f.key()).text());
		return new Biosample(title, organism, b.biologicalEntity(), b.description(), b.intrinsicVariables(), b
			.extrinsicVariables(), b.experimentalVariables());
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
		ImageAcquisition a = RembiFields.ACQUISITION.withTexts(RembiFields.ACQUISITION.titled().apply(title), f -> m
			.get(f.key()).text());
		return new ImageAcquisition(title, a.imagingInstrument(), a.imageAcquisitionParameters(), out, selections
			.rule(m));
	}
}
