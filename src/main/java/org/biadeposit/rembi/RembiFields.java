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
package org.biadeposit.rembi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The REMBI fields of the modules a study component names (biosample, specimen, image acquisition, image
 * correlation, image analysis) and of annotation sets, and the columns of an association row: for each, its key in
 * deposit.yaml, its PageTab attribute (BioImages.v5) and what older layouts call it, whether BIA requires it, the
 * ontology it takes its values from, and how to read and set it in the model. deposit.yaml's reader, writer and
 * starter, the validator's required-field checks, the PageTab writer and import and the wizard's forms all walk
 * this table, so a field is added here, once (and in its model record).
 * <p>
 * A module's title is not a field: deposit.yaml gives it as the module's key, PageTab as its {@code Title}.
 */
public final class RembiFields {

	/** How much BIA wants a field: its absence is an error, a warning, or nothing. */
	public enum Need {
		REQUIRED, RECOMMENDED, OPTIONAL
	}

	/**
	 * One field of a module of type {@code T}.
	 *
	 * @param key its key in deposit.yaml
	 * @param aliases other keys deposit.yaml accepts for it (bia-agent's spellings)
	 * @param attribute its PageTab attribute name (BioImages.v5)
	 * @param older what older PageTab layouts call it: a subsection type for the ontology fields
	 * @param ontology the ontology its values come from ({@link OntologyTerm#FBBI}, {@link OntologyTerm#NCBI_TAXON}),
	 *          or null for free text
	 * @param longText whether forms give it several lines
	 * @param joinsList whether deposit.yaml may give a list for it, joined into one text with "; "
	 * @param label its label in the wizard's form
	 * @param example what deposit.yaml's starter says after the key, after REQUIRED (null: nothing)
	 * @param missing the validator's error (required) or warning (recommended) when the field is empty (null: a
	 *          rule of its own says it, or nothing does)
	 * @param value its value in a module, null if empty (an ontology field: the term's label)
	 * @param with the module with this value set, the others kept
	 */
	public record Field<T>(String key, List<String> aliases, String attribute, List<String> older, Need need,
		String ontology, boolean longText, boolean joinsList, String label, String example, String missing, Function<T, String> value,
		BiFunction<T, String, T> with)
	{

		public boolean isRequired() {
			return need == Need.REQUIRED;
		}

		/** Whether its value is a plain text (not an ontology term, which the model holds as more than a text). */
		public boolean isText() {
			return ontology == null;
		}

		/** What deposit.yaml's starter writes after the key: REQUIRED and the example; null if nothing. */
		public String starterComment() {
			if (!isRequired()) return example;
			return example == null ? "REQUIRED" : "REQUIRED, " + example;
		}
	}

	/**
	 * A kind of module.
	 *
	 * @param key its top-level key in deposit.yaml
	 * @param sectionType its PageTab section type, and the accno prefix and association-row attribute naming it
	 * @param olderTypes what older PageTab layouts call the section
	 * @param noun what messages call one, e.g. "image acquisition"
	 * @param fields its fields, in PageTab order
	 * @param titled a module of this title and no other field
	 * @param title its title
	 */
	public record Module<T>(String key, String sectionType, List<String> olderTypes, String noun,
		List<Field<T>> fields, Function<String, T> titled, Function<T, String> title)
	{

		/** The deposit.yaml keys of its fields, in order. */
		public List<String> keys() {
			return fields.stream().map(Field::key).toList();
		}

		/** Its plain-text fields, in order. */
		public List<Field<T>> texts() {
			return fields.stream().filter(Field::isText).toList();
		}

		/** Its field of this deposit.yaml key; null if it has none. */
		public Field<T> field(String key) {
			for (Field<T> f : fields) {
				if (f.key().equals(key)) return f;
			}
			return null;
		}

		/** Whether a PageTab section of this type is one of these modules (ignoring case, older names too). */
		public boolean isType(String type) {
			if (type == null) return false;
			String t = type.strip();
			return t.equalsIgnoreCase(sectionType) || olderTypes.stream().anyMatch(t::equalsIgnoreCase);
		}

		/** The module with every plain-text field set from {@code text} (by field; null: not set). */
		public T withTexts(T module, Function<Field<T>, String> text) {
			T out = module;
			for (Field<T> f : texts()) {
				String v = text.apply(f);
				if (v != null) out = f.with().apply(out, v);
			}
			return out;
		}
	}

	private RembiFields() {}

	public static final Field<Biosample> ORGANISM = new Field<>("organism", List.of(), "Organism", List.of(
		"Organism"), Need.REQUIRED, OntologyTerm.NCBI_TAXON, false, false, "Organism (scientific name)", null, null, b -> b
			.organism() == null ? null : b.organism().scientificName(), (b, v) -> biosample(b, organism(v, b
				.organism())));

	public static final Module<Biosample> BIOSAMPLE = new Module<>("biosamples", "Biosample", List.of(), "biosample",
		List.of(ORGANISM, //
			area("biological_entity", "Biological entity", Need.REQUIRED, false, "Biological entity", "e.g. HeLa " +
				"cells, liver tissue", "the biosample has no biological entity; say what was imaged, e.g. \"HeLa " +
					"cells\", \"liver tissue\", \"whole embryos\"", Biosample::biologicalEntity, (b, v) -> new Biosample(b
						.title(), b.organism(), v, b.description(), b.intrinsicVariables(), b.extrinsicVariables(), b
							.experimentalVariables())), //
			area("description", "Description", Need.OPTIONAL, true, "Description", null, null, Biosample::description,
				(b, v) -> new Biosample(b.title(), b.organism(), b.biologicalEntity(), v, b.intrinsicVariables(), b
					.extrinsicVariables(), b.experimentalVariables())), //
			area("intrinsic_variables", "Intrinsic variable", Need.OPTIONAL, true, "Intrinsic variables", "e.g. " +
				"genetic alterations", null, Biosample::intrinsicVariables, (b, v) -> new Biosample(b.title(), b
					.organism(), b.biologicalEntity(), b.description(), v, b.extrinsicVariables(), b
						.experimentalVariables())), //
			area("extrinsic_variables", "Extrinsic variable", Need.OPTIONAL, true, "Extrinsic variables", "e.g. " +
				"treatments", null, Biosample::extrinsicVariables, (b, v) -> new Biosample(b.title(), b.organism(), b
					.biologicalEntity(), b.description(), b.intrinsicVariables(), v, b.experimentalVariables())), //
			area("experimental_variables", "Experimental variable", Need.OPTIONAL, true, "Experimental variables",
				"what was varied on purpose between images", null, Biosample::experimentalVariables, (b,
					v) -> new Biosample(b.title(), b.organism(), b.biologicalEntity(), b.description(), b
						.intrinsicVariables(), b.extrinsicVariables(), v))), //
		t -> new Biosample(t, null, null, null, null, null, null), Biosample::title);

	public static final Module<Specimen> SPECIMEN = new Module<>("specimens", "Specimen", List.of(), "specimen",
		List.of( //
			area("sample_preparation", "Sample preparation protocol", Need.REQUIRED, true, "Sample preparation",
				"e.g. fixed in 4% PFA, stained with DAPI", "the specimen has no sample preparation protocol; say " +
					"how the samples were prepared, e.g. \"fixed in 4% PFA, stained with DAPI, mounted in ProLong " +
					"Gold\"", Specimen::samplePreparation, (s, v) -> new Specimen(s.title(), v, s.growthProtocol())), //
			area("growth_protocol", "Growth protocol", Need.OPTIONAL, true, "Growth protocol", null, null,
				Specimen::growthProtocol, (s, v) -> new Specimen(s.title(), s.samplePreparation(), v))), //
		t -> new Specimen(t, null, null), Specimen::title);

	public static final Field<ImageAcquisition> IMAGING_METHOD = new Field<>("imaging_method", List.of(),
		"Imaging method", List.of("Imaging Method"), Need.REQUIRED, OntologyTerm.FBBI, false, false,
		"Imaging method (FBbi term)", null, null, a -> a.imagingMethods().isEmpty() ? null : a.imagingMethods().get(
			0).value(), RembiFields::imagingMethod);

	public static final Module<ImageAcquisition> ACQUISITION = new Module<>("acquisitions", "Image acquisition",
		List.of(), "image acquisition", List.of( //
			area("imaging_instrument", "Imaging instrument", Need.REQUIRED, true, "Imaging instrument", null, "the " +
				"image acquisition has no imaging instrument; name the microscope, objective and detector, e.g. " +
				"\"Zeiss LSM 880, Plan-Apochromat 63x/1.4 oil\"", ImageAcquisition::imagingInstrument, (a,
					v) -> new ImageAcquisition(a.title(), v, a.imageAcquisitionParameters(), a.imagingMethods(), a
						.files())), //
			area("image_acquisition_parameters", "Image acquisition parameters", Need.REQUIRED, true,
				"Acquisition parameters", null, "the image acquisition has no acquisition parameters; give the " +
					"settings, e.g. pixel size, z step, time interval, excitation and emission wavelengths",
				ImageAcquisition::imageAcquisitionParameters, (a, v) -> new ImageAcquisition(a.title(), a
					.imagingInstrument(), v, a.imagingMethods(), a.files())), //
			IMAGING_METHOD), //
		t -> new ImageAcquisition(t, null, null, List.of(), null), ImageAcquisition::title);

	public static final Module<ImageCorrelation> CORRELATION = new Module<>("correlations", "Image correlation",
		List.of(), "image correlation", List.of( //
			area("spatial_and_temporal_alignment", "Spatial and temporal alignment", Need.REQUIRED, true,
				"Spatial and temporal alignment", null, "the image correlation has no spatial and temporal " +
					"alignment, which the BioImages.v5 template requires; say how the images were aligned in space " +
					"and time, e.g. \"registered on fiducial beads with an affine transform in ec-CLEM\" (or remove " +
					"the image correlation)", ImageCorrelation::spatialAndTemporalAlignment, (c,
						v) -> new ImageCorrelation(c.title(), v, c.fiducialsUsed(), c.transformationMatrix())), //
			area("fiducials_used", "Fiducials used", Need.OPTIONAL, true, "Fiducials used", null, null,
				ImageCorrelation::fiducialsUsed, (c, v) -> new ImageCorrelation(c.title(), c
					.spatialAndTemporalAlignment(), v, c.transformationMatrix())), //
			area("transformation_matrix", "Transformation matrix", Need.OPTIONAL, true, "Transformation matrix", null,
				null, ImageCorrelation::transformationMatrix, (c, v) -> new ImageCorrelation(c.title(), c
					.spatialAndTemporalAlignment(), c.fiducialsUsed(), v))), //
		t -> new ImageCorrelation(t, null, null, null), ImageCorrelation::title);

	public static final Module<ImageAnalysis> ANALYSIS = new Module<>("analysis", "Image analysis", List.of(),
		"image analysis", List.of( //
			area("analysis_overview", "Image analysis overview", Need.REQUIRED, true, "Overview", null, "the image " +
				"analysis has no overview, which the BioImages.v5 template requires; say what was done to the " +
				"images, with which software and versions (or remove the image analysis)", ImageAnalysis::overview, (a,
					v) -> new ImageAnalysis(a.title(), v))), //
		t -> new ImageAnalysis(t, null), ImageAnalysis::title);

	/** An annotation set's type: required, its absence and its values checked by a rule of its own. */
	public static final Field<AnnotationSet> ANNOTATION_TYPE = area("annotation_type", "Annotation Type",
		Need.REQUIRED, false, "Type (e.g. segmentation_mask, class_labels)", null, null, AnnotationSet::type, (a,
			v) -> annotation(a, a.overview(), v, a.method(), a.confidenceLevel(), a.criteria(), a.coverage()));

	public static final Module<AnnotationSet> ANNOTATION = new Module<>("annotations", "Annotations", List.of(
		"Annotation"), "annotation set", List.of( //
			area("annotation_overview", "Annotation Overview", Need.REQUIRED, true, "Overview", null, "the " +
				"annotation set has no overview; say what was annotated and what the annotations are for",
				AnnotationSet::overview, (a, v) -> annotation(a, v, a.type(), a.method(), a.confidenceLevel(), a
					.criteria(), a.coverage())), //
			ANNOTATION_TYPE, //
			area("annotation_method", "Annotation Method", Need.REQUIRED, true, "Method", null, "the annotation set " +
				"has no method; say how the annotations were made, e.g. \"drawn by hand in napari by one expert\" " +
				"or \"Cellpose 2.2, model cyto2, corrected by hand\"", AnnotationSet::method, (a, v) -> annotation(a, a
					.overview(), a.type(), v, a.confidenceLevel(), a.criteria(), a.coverage())), //
			area("annotation_confidence_level", "Annotation Confidence Level", Need.OPTIONAL, true,
				"Confidence level", null, null, AnnotationSet::confidenceLevel, (a, v) -> annotation(a, a.overview(), a
					.type(), a.method(), v, a.criteria(), a.coverage())), //
			area("annotation_criteria", "Annotation Criteria", Need.OPTIONAL, true, "Criteria", null, null,
				AnnotationSet::criteria, (a, v) -> annotation(a, a.overview(), a.type(), a.method(), a
					.confidenceLevel(), v, a.coverage())), //
			area("annotation_coverage", "Annotation Coverage", Need.OPTIONAL, true, "Coverage", null, null,
				AnnotationSet::coverage, (a, v) -> annotation(a, a.overview(), a.type(), a.method(), a
					.confidenceLevel(), a.criteria(), v))), //
		t -> new AnnotationSet(t, null, null, null, null, null, null, null, null, null), AnnotationSet::title);

	/** The modules a study component's association rows name, in the order the study lists them. */
	public static final List<Module<?>> ROW_MODULES = List.of(BIOSAMPLE, SPECIMEN, ACQUISITION, CORRELATION,
		ANALYSIS);

	/**
	 * The columns of an association row, in the model's order: the key in a component (one row, or each item of
	 * its associations: list), bia-agent's key in its top-level associations mapping as the alias, and the
	 * attribute of the {@code Associations} subsection, which is the type of the module it names.
	 */
	public static final List<Field<Associations>> ROW = List.of( //
		row("biosample", BIOSAMPLE, Need.REQUIRED, Associations::biosample, (a, v) -> new Associations(v, a
			.specimen(), a.acquisition(), a.analysis(), a.correlation())), //
		row("specimen", SPECIMEN, Need.REQUIRED, Associations::specimen, (a, v) -> new Associations(a.biosample(), v,
			a.acquisition(), a.analysis(), a.correlation())), //
		row("acquisition", ACQUISITION, Need.REQUIRED, Associations::acquisition, (a, v) -> new Associations(a
			.biosample(), a.specimen(), v, a.analysis(), a.correlation())), //
		row("analysis", ANALYSIS, Need.OPTIONAL, Associations::analysis, (a, v) -> new Associations(a.biosample(), a
			.specimen(), a.acquisition(), v, a.correlation())), //
		row("correlation", CORRELATION, Need.OPTIONAL, Associations::correlation, (a, v) -> new Associations(a
			.biosample(), a.specimen(), a.acquisition(), a.analysis(), v)));

	/** An association row naming nothing. */
	public static final Associations NO_ROW = new Associations(null, null, null, null, null);

	/** Every module kind of the table, in the order a study lists them. */
	public static final List<Module<?>> MODULES = List.of(BIOSAMPLE, SPECIMEN, ACQUISITION, CORRELATION, ANALYSIS,
		ANNOTATION);

	/** The row column that names modules of this kind; null if rows name none. */
	public static Field<Associations> rowColumn(Module<?> m) {
		for (Field<Associations> f : ROW) {
			if (f.attribute().equals(m.sectionType())) return f;
		}
		return null;
	}

	/** The row's keys in deposit.yaml (in a component), in the model's order. */
	public static List<String> rowKeys() {
		return ROW.stream().map(Field::key).toList();
	}

	/** The row's keys in bia-agent's top-level associations mapping, in the model's order. */
	public static List<String> rowAliases() {
		List<String> out = new ArrayList<>();
		for (Field<Associations> f : ROW) out.add(f.aliases().get(0));
		return out;
	}

	// -- making the table --------------------------------------------------------------------------------------------

	private static <T> Field<T> area(String key, String attribute, Need need, boolean longText, String label,
		String example, String missing, Function<T, String> value, BiFunction<T, String, T> with)
	{
		return new Field<>(key, List.of(), attribute, List.of(), need, null, longText, key.endsWith("_variables"),
			label, example, missing, value, with);
	}

	private static Field<Associations> row(String key, Module<?> names, Need need, Function<Associations,
		String> value, BiFunction<Associations, String, Associations> with)
	{
		return new Field<>(key, List.of(key + "_id"), names.sectionType(), List.of(), need, null, false, false,
			"Associated " + key + " (its title)", null, null, value, with);
	}

	private static Biosample biosample(Biosample b, Biosample.Organism o) {
		return new Biosample(b.title(), o, b.biologicalEntity(), b.description(), b.intrinsicVariables(), b
			.extrinsicVariables(), b.experimentalVariables());
	}

	private static Biosample.Organism organism(String scientific, Biosample.Organism had) {
		String common = had == null ? null : had.commonName();
		String taxon = had == null ? null : had.ncbiTaxon();
		return scientific == null && common == null && taxon == null ? null : new Biosample.Organism(scientific,
			common, taxon);
	}

	/** The acquisition with its first imaging method named {@code value} (its id kept), or one method added. */
	private static ImageAcquisition imagingMethod(ImageAcquisition a, String value) {
		List<ImageAcquisition.ImagingMethod> methods = new ArrayList<>(a.imagingMethods());
		if (methods.isEmpty()) {
			if (value != null) methods.add(new ImageAcquisition.ImagingMethod(value, null, null));
		}
		else {
			ImageAcquisition.ImagingMethod m = methods.get(0);
			methods.set(0, new ImageAcquisition.ImagingMethod(value, m.ontologyId(), m.ontologyName()));
		}
		return a.withImagingMethods(methods);
	}

	private static AnnotationSet annotation(AnnotationSet a, String overview, String type, String method,
		String confidence, String criteria, String coverage)
	{
		return new AnnotationSet(a.title(), overview, type, method, confidence, criteria, coverage, a.files(), a
			.sourceImage(), a.fileList());
	}
}
