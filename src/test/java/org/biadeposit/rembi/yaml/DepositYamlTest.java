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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Biosample.Organism;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAcquisition.ImagingMethod;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.Problem.Severity;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.Study.Author;
import org.biadeposit.rembi.Study.Grant;
import org.biadeposit.rembi.Study.Link;
import org.biadeposit.rembi.Study.Organisation;
import org.biadeposit.rembi.Study.Publication;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** deposit.yaml in both bia-agent forms, with our additions, and every kind of problem with its place. */
class DepositYamlTest {

	@TempDir
	Path tmp;

	private Path write(String yaml) throws IOException {
		Path file = tmp.resolve("deposit.yaml");
		Files.writeString(file, yaml, StandardCharsets.UTF_8);
		return file;
	}

	private DepositYaml.Reading read(String yaml) throws IOException {
		return DepositYaml.read(write(yaml), tmp);
	}

	/** Reads a file that must have no problems at all. */
	private Deposition clean(String yaml) throws IOException {
		DepositYaml.Reading r = read(yaml);
		assertEquals(List.of(), r.problems());
		return r.deposition();
	}

	/** The one problem of a reading. */
	private static Problem only(DepositYaml.Reading r) {
		assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
		return r.problems().get(0);
	}

	private static Problem at(DepositYaml.Reading r, String where) {
		return r.problems().stream().filter(p -> p.where().equals(where)).findFirst().orElseThrow(
			() -> new AssertionError("no problem at " + where + " in " + r.problems()));
	}

	private static void contains(String message, String... parts) {
		for (String part : parts) assertTrue(message.contains(part), () -> "\"" + part + "\" not in: " + message);
	}

	// -- bia-agent forms ------------------------------------------------------------------------------------------

	@Test
	void olderBiaAgentFormMakesOneComponentPerExperiment() throws IOException {
		Path yaml = write("""
			study:
			  title: Time-lapse imaging of zebrafish fin regeneration
			  description: Confocal stacks of regenerating caudal fins.
			  private_until_date: 2027-06-30
			  keywords:
			  - zebrafish
			  - regeneration
			  authors:
			  - first_name: Ada
			    last_name: Lovelace
			    role: submitter
			    affiliation:
			      name: EMBL-EBI
			      address: Wellcome Genome Campus, Hinxton
			  publications:
			  - title: Fins grow back
			    authors: A. Lovelace, C. Babbage
			    doi: 10.1000/fins
			    year: 2024
			    pubmed_id: 12345678
			  links:
			  - link_url: https://example.org/fins
			    link_description: project page
			  rembi_version: '1.5'
			biosamples:
			  Zebrafish larvae:
			    organism:
			      scientific_name: Danio rerio
			      common_name: zebrafish
			      ncbi_taxon: NCBI:txid7955
			    biological_entity: caudal fin
			    description: 3 dpf larvae
			specimens:
			  Live mount:
			    sample_preparation: embedded in low-melt agarose
			acquisitions:
			  Spinning disk:
			    imaging_method:
			      value: spinning disk confocal microscopy
			      ontology_id: http://purl.obolibrary.org/obo/FBbi_00000253
			      ontology_name: Biological Imaging Methods Ontology (FBbi)
			    imaging_instrument: Nikon Ti2 with Yokogawa CSU-W1
			    image_acquisition_parameters: 20x water, 2 um z steps
			  Widefield:
			    imaging_method:
			      value: wide-field microscopy
			    imaging_instrument: Zeiss Axio Observer
			    image_acquisition_parameters: 10x air
			associations:
			  day1:
			    biosample_id: Zebrafish larvae
			    specimen_id: Live mount
			    acquisition_id: Spinning disk
			  day3:
			    biosample_id: Zebrafish larvae
			    specimen_id: Live mount
			    acquisition_id: Widefield
			""");
		DepositYaml.Reading r = DepositYaml.read(yaml, tmp);
		// bia-agent's template gives components no description: one is written from the rows, with a warning.
		assertEquals(2, r.problems().size(), () -> r.problems().toString());
		for (Problem p : r.problems()) assertFalse(p.isError(), p::toString);
		contains(at(r, "deposit.yaml:50 associations.day1").message(), "study component \"day1\" has no description",
			"\"Images of Zebrafish larvae prepared as Live mount, acquired by Spinning disk.\"", "Improve it");
		Deposition d = r.deposition();
		assertEquals(tmp, d.root());
		assertEquals(yaml, d.config());

		Study s = d.study();
		assertEquals("Time-lapse imaging of zebrafish fin regeneration", s.title());
		assertEquals("Confocal stacks of regenerating caudal fins.", s.description());
		assertEquals(LocalDate.of(2027, 6, 30), s.releaseDate());
		assertEquals(List.of("zebrafish", "regeneration"), s.keywords());
		assertEquals(List.of(new Author("Ada", "Lovelace", null, null, List.of("submitter"), List.of("o1"))), s
			.authors());
		assertEquals(List.of(new Organisation("o1", "EMBL-EBI", "Wellcome Genome Campus, Hinxton", null)), s
			.organisations());
		assertEquals("CC0", s.license());
		assertEquals(List.of(new Publication("Fins grow back", "A. Lovelace, C. Babbage", "10.1000/fins", "2024",
			"12345678")), s.publications());
		assertEquals(List.of(new Link("https://example.org/fins", "project page")), s.links());
		assertEquals("1.5", s.rembiVersion());
		assertEquals(List.of(), s.grants());

		assertEquals(List.of(new Biosample("Zebrafish larvae", new Organism("Danio rerio", "zebrafish",
			"NCBI:txid7955"), "caudal fin", "3 dpf larvae", null, null, null)), d.biosamples());
		assertEquals(List.of(new Specimen("Live mount", "embedded in low-melt agarose", null)), d.specimens());
		assertEquals(List.of(new ImageAcquisition("Spinning disk", "Nikon Ti2 with Yokogawa CSU-W1",
			"20x water, 2 um z steps", List.of(new ImagingMethod("spinning disk confocal microscopy",
				"http://purl.obolibrary.org/obo/FBbi_00000253", "Biological Imaging Methods Ontology (FBbi)"))),
			new ImageAcquisition("Widefield", "Zeiss Axio Observer", "10x air", List.of(new ImagingMethod(
				"wide-field microscopy", null, null)))), d.acquisitions());

		assertEquals(List.of(new StudyComponent("day1", "Images of Zebrafish larvae prepared as Live mount, acquired by " +
			"Spinning disk.", null, List.of(new Associations("Zebrafish larvae", "Live mount", "Spinning disk", null,
				null)), null), new StudyComponent("day3", "Images of Zebrafish larvae prepared as Live mount, " +
					"acquired by Widefield.", null, List.of(
				new Associations("Zebrafish larvae", "Live mount", "Widefield", null, null)), null)), d.components());
		assertEquals(List.of(), d.analyses());
		assertEquals(List.of(), d.correlations());
		assertEquals(List.of(), d.annotations());
	}

	@Test
	void newerBiaAgentFormReadsCompletely() throws IOException {
		Deposition d = clean("""
			study:
			  title: Annotated fluorescence images of nuclei for segmentation
			  description: |
			    Nuclei of five cell lines, stained with DAPI,
			    with expert segmentation masks.
			  private_until_date: 2026-12-01
			  keywords:
			  - nucleus
			  - segmentation
			  authors:
			  - first_name: Grace
			    last_name: Hopper
			    email: grace@example.org
			    role: corresponding author
			    orcid: 0000-0002-1825-0097
			    affiliation:
			      name: Institute of Cells
			      address: 1 Cell Road, Cambridge
			  funding:
			    funding_statement: Funded by the Cell Council.
			    grant_references:
			    - funder: Cell Council
			      identifier: 844198
			    - funder: Nucleus Trust
			      identifier: NT-2
			  publications:
			  - title: Nuclei, segmented
			    authors: G. Hopper
			    doi: 10.1000/nuclei
			    year: 2025
			    pubmed_id: PMC7419523
			  links:
			  - link_url: https://example.org/models
			    link_description: models trained on this dataset
			  acknowledgements: We thank the imaging facility.
			  rembi_version: '1.5'
			biosamples:
			  Tumour cells:
			    organism:
			      scientific_name: Homo sapiens
			      common_name: human
			      ncbi_taxon: NCBI:txid9606
			    biological_entity: nuclei
			    description: cell lines from tumours
			    intrinsic_variables: MYCN amplification
			    extrinsic_variables: none
			    experimental_variables: cell line
			specimens:
			  DAPI stain:
			    sample_preparation: fixed in 4% formaldehyde, stained with DAPI
			    growth_protocol: grown on glass slides for 48 h
			acquisitions:
			  Confocal:
			    imaging_method:
			      value: confocal microscopy
			      ontology_id: http://purl.obolibrary.org/obo/FBbi_00000251
			      ontology_name: Biological Imaging Methods Ontology (FBbi)
			    imaging_instrument: Leica Stellaris 8
			    image_acquisition_parameters: voxel 0.043 x 0.043 x 0.5 um
			correlations:
			  Light to EM:
			    spatial_and_temporal_alignment: landmark registration
			    fiducials_used: gold beads
			    transformation_matrix: 1 0 0; 0 1 0; 0 0 1
			analysis:
			  Segmentation:
			    analysis_overview: nuclei segmented with a U-Net
			annotations:
			  Nucleus masks:
			    annotation_overview: curated nucleus masks
			    annotation_type: segmentation_mask
			    annotation_method: model prediction curated by two experts
			    annotation_confidence_level: experts with 10 years of experience
			    annotation_criteria: only nuclei in focus
			    annotation_coverage: all images
			version:
			  Nucleus masks:
			    version: 1
			    timestamp: 2025-03-01 10:00:00
			    changes: first release
			    previous_version:
			study_component:
			  Study component 1:
			    name: Confocal images
			    description: confocal images of tumour cells
			    rembi_version: '1.5'
			associations:
			  Study component 1:
			    biosample_id: Tumour cells
			    specimen_id: DAPI stain
			    acquisition_id: Confocal
			    correlation_id: Light to EM
			    analysis_id: Segmentation
			""");
		Study s = d.study();
		assertEquals("Annotated fluorescence images of nuclei for segmentation", s.title());
		assertEquals("Nuclei of five cell lines, stained with DAPI,\nwith expert segmentation masks.", s
			.description());
		assertEquals(LocalDate.of(2026, 12, 1), s.releaseDate());
		assertEquals(List.of("nucleus", "segmentation"), s.keywords());
		assertEquals(List.of(new Author("Grace", "Hopper", "grace@example.org", "0000-0002-1825-0097", List.of(
			"corresponding author"), List.of("o1"))), s.authors());
		assertEquals(List.of(new Organisation("o1", "Institute of Cells", "1 Cell Road, Cambridge", null)), s
			.organisations());
		assertEquals("CC0", s.license());
		assertEquals(List.of(new Grant("Cell Council", "844198"), new Grant("Nucleus Trust", "NT-2")), s.grants());
		assertEquals("Funded by the Cell Council.", s.fundingStatement());
		assertEquals("We thank the imaging facility.", s.acknowledgements());
		assertEquals(List.of(new Publication("Nuclei, segmented", "G. Hopper", "10.1000/nuclei", "2025",
			"PMC7419523")), s.publications());
		assertEquals(List.of(new Link("https://example.org/models", "models trained on this dataset")), s.links());
		assertEquals("1.5", s.rembiVersion());

		assertEquals(List.of(new Biosample("Tumour cells", new Organism("Homo sapiens", "human", "NCBI:txid9606"),
			"nuclei", "cell lines from tumours", "MYCN amplification", "none", "cell line")), d.biosamples());
		assertEquals(List.of(new Specimen("DAPI stain", "fixed in 4% formaldehyde, stained with DAPI",
			"grown on glass slides for 48 h")), d.specimens());
		assertEquals(List.of(new ImageAcquisition("Confocal", "Leica Stellaris 8", "voxel 0.043 x 0.043 x 0.5 um",
			List.of(new ImagingMethod("confocal microscopy", "http://purl.obolibrary.org/obo/FBbi_00000251",
				"Biological Imaging Methods Ontology (FBbi)")))), d.acquisitions());
		assertEquals(List.of(new ImageCorrelation("Light to EM", "landmark registration", "gold beads",
			"1 0 0; 0 1 0; 0 0 1")), d.correlations());
		assertEquals(List.of(new ImageAnalysis("Segmentation", "nuclei segmented with a U-Net")), d.analyses());
		assertEquals(List.of(new AnnotationSet("Nucleus masks", "curated nucleus masks", "segmentation_mask",
			"model prediction curated by two experts", "experts with 10 years of experience",
			"only nuclei in focus", "all images", null, null, null)), d.annotations());
		assertEquals(List.of(new StudyComponent("Confocal images", "confocal images of tumour cells", null,
			List.of(new Associations("Tumour cells", "DAPI stain", "Confocal", "Segmentation", "Light to EM")), null,
			"Study component 1")), d.components());
	}

	@Test
	void associationsWhoseKeyNamesNoComponentArePairedByPositionAsBiaAgentDoes() throws IOException {
		// bia-agent's own template spells the key differently in the two places; bia-agent pairs them by order.
		DepositYaml.Reading r = read("""
			study_component:
			  Study component 1:
			    name: Confocal images
			    description: confocal images
			  Study component 2:
			    name: EM images
			    description: EM images
			associations:
			  Study componenent 1:
			    biosample_id: Cells
			    specimen_id: Fixed
			    acquisition_id: Confocal
			  Study component 2:
			    biosample_id: Cells
			    specimen_id: Fixed
			    acquisition_id: EM
			""");
		Problem p = only(r);
		assertEquals(Severity.WARNING, p.severity());
		assertEquals("deposit.yaml:9 associations.\"Study componenent 1\"", p.where());
		contains(p.message(), "paired by position", "Rename it to \"Study component 1\"");
		List<StudyComponent> c = r.deposition().components();
		assertEquals(List.of(new Associations("Cells", "Fixed", "Confocal", null, null)), c.get(0).associations());
		assertEquals(List.of(new Associations("Cells", "Fixed", "EM", null, null)), c.get(1).associations());
	}

	@Test
	void associationsMayNameTheComponentByItsName() throws IOException {
		Deposition d = clean("""
			study_component:
			  c1:
			    name: Confocal images
			associations:
			  Confocal images:
			    biosample_id: Cells
			""");
		assertEquals(List.of(new Associations("Cells", null, null, null, null)), d.components().get(0).associations());
	}

	// -- our additions --------------------------------------------------------------------------------------------

	@Test
	void organisationsAffiliationsAndRoles() throws IOException {
		Deposition d = clean("""
			study:
			  release_date: '2027-01-15'
			  license: CC-BY-4.0
			  keywords: mitochondria
			  organisations:
			    ebi:
			      name: EMBL-EBI
			      address: Hinxton, UK
			      ror: https://ror.org/02catss52
			    crick:
			      name: Francis Crick Institute
			  authors:
			  - first_name: Alan
			    last_name: Turing
			    roles: [submitter, principal investigator]
			    affiliations: [ebi, crick]
			  - first_name: Barbara
			    last_name: McClintock
			    role: data acquisition, annotation
			    affiliation:
			      name: University of Somewhere
			      address: 1 Main Street
			  - first_name: Carl
			    last_name: Zeiss
			    role: analysis
			    roles:
			    - analysis
			    - software
			    affiliation:
			      name: University of Somewhere
			      address: 1 Main Street
			      ror: https://ror.org/000000000
			  - first_name: Dorothy
			    last_name: Hodgkin
			    affiliation:
			      name: University of Somewhere
			      address: 2 Other Street
			    affiliations:
			    - ebi
			  - first_name: Emmy
			    last_name: Noether
			    affiliation:
			      name: EMBL-EBI
			      address: Hinxton, UK
			""");
		Study s = d.study();
		assertEquals(LocalDate.of(2027, 1, 15), s.releaseDate());
		assertEquals("CC BY 4.0", s.license());
		assertEquals(List.of("mitochondria"), s.keywords());
		assertEquals(List.of(new Organisation("ebi", "EMBL-EBI", "Hinxton, UK", "https://ror.org/02catss52"),
			new Organisation("crick", "Francis Crick Institute", null, null), new Organisation("o1",
				"University of Somewhere", "1 Main Street", "https://ror.org/000000000"), new Organisation("o2",
					"University of Somewhere", "2 Other Street", null)), s.organisations());
		List<Author> a = s.authors();
		assertEquals(new Author("Alan", "Turing", null, null, List.of("submitter", "principal investigator"), List
			.of("ebi", "crick")), a.get(0));
		assertEquals(new Author("Barbara", "McClintock", null, null, List.of("data acquisition", "annotation"), List
			.of("o1")), a.get(1));
		// The same inline affiliation is one organisation; the second mention adds its ROR.
		assertEquals(new Author("Carl", "Zeiss", null, null, List.of("analysis", "software"), List.of("o1")), a.get(
			2));
		assertEquals(List.of("o2", "ebi"), a.get(3).affiliations());
		// An inline affiliation identical to a declared organisation is that organisation.
		assertEquals(List.of("ebi"), a.get(4).affiliations());
	}

	@Test
	void generatedOrganisationIdsSkipDeclaredOnes() throws IOException {
		Deposition d = clean("""
			study:
			  organisations:
			    o1:
			      name: Declared
			  authors:
			  - last_name: Curie
			    affiliation:
			      name: Sorbonne
			  - last_name: Franklin
			    affiliation: o1
			  - last_name: Meitner
			    affiliation: Kaiser Wilhelm Institute
			""");
		assertEquals(List.of(new Organisation("o1", "Declared", null, null), new Organisation("o2", "Sorbonne",
			null, null), new Organisation("o3", "Kaiser Wilhelm Institute", null, null)), d.study().organisations());
		assertEquals(List.of("o2"), d.study().authors().get(0).affiliations());
		assertEquals(List.of("o1"), d.study().authors().get(1).affiliations());
		assertEquals(List.of("o3"), d.study().authors().get(2).affiliations());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "CC0|CC0", "cc0|CC0", "CC0 1.0|CC0", "CC0-1.0 Universal|CC0",
		"https://creativecommons.org/publicdomain/zero/1.0/|CC0", "CC BY 4.0|CC BY 4.0", "CC-BY-4.0|CC BY 4.0",
		"cc by 4.0|CC BY 4.0", "CC_BY_4.0 International|CC BY 4.0",
		"https://creativecommons.org/licenses/by/4.0/|CC BY 4.0" })
	void licenceSpellingsAreNormalised(String written, String meant) throws IOException {
		assertEquals(meant, clean("study:\n  license: '" + written + "'\n").study().license());
	}

	@Test
	void licenceDefaultsToCc0AndMaySpelledTheBritishWay() throws IOException {
		assertEquals("CC0", clean("study:\n  title: x\n").study().license());
		assertEquals("CC0", clean("study:\n  license:\n").study().license());
		assertEquals("CC BY 4.0", clean("study:\n  licence: CC BY 4.0\n").study().license());
	}

	@Test
	void fileSelectionsComponentAssociationsAndImagingMethodLists() throws IOException {
		Deposition d = clean("""
			acquisitions:
			  CLEM:
			    imaging_method:
			    - value: confocal microscopy
			      ontology_id: http://purl.obolibrary.org/obo/FBbi_00000251
			      ontology_name: Biological Imaging Methods Ontology (FBbi)
			    - value: scanning electron microscopy
			    - transmission electron microscopy
			    imaging_instrument: Zeiss LSM 900 and Zeiss Crossbeam
			    image_acquisition_parameters: see File-list
			study_component:
			  Plates:
			    description: all plates
			    files: [plate1, "plate2/", "plate3/**/*.tif", "./images/../raw", "well?.tif", "[ab]*.png"]
			    pattern: "{donor}/{condition}/day{day}/*.tif"
			    columns: sidecar/plates.tsv
			    biosample: Cells
			    specimen: Fixed
			    acquisition: CLEM
			    analysis: Counting
			    correlation: Overlay
			  Extras:
			    name: Extra images
			    files: extras
			  Everything:
			    files: .
			annotations:
			  Masks:
			    annotation_overview: nucleus masks
			    annotation_type: segmentation_mask
			    files: masks/*.png
			    pattern: "masks/{name}_mask.png"
			    columns: masks.tsv
			    source_image: "images/{name}.tif"
			""");
		assertEquals(List.of(new ImagingMethod("confocal microscopy", "http://purl.obolibrary.org/obo/FBbi_00000251",
			"Biological Imaging Methods Ontology (FBbi)"), new ImagingMethod("scanning electron microscopy", null,
				null), new ImagingMethod("transmission electron microscopy", null, null)), d.acquisitions().get(0)
					.imagingMethods());

		List<StudyComponent> c = d.components();
		assertEquals(new StudyComponent("Plates", "all plates", new FileSelection(List.of("plate1", "plate2", "raw"),
			List.of("plate3/**/*.tif", "well?.tif", "[ab]*.png"), "{donor}/{condition}/day{day}/*.tif",
			"sidecar/plates.tsv"), List.of(new Associations("Cells", "Fixed", "CLEM", "Counting", "Overlay")), null), c.get(
				0));
		// its key, not its name, names its File-list (issue 9, §4)
		assertEquals(new StudyComponent("Extra images", null, new FileSelection(List.of("extras"), List.of(), null,
			null), null, null, "Extras"), c.get(1));
		assertEquals(new FileSelection(List.of("."), List.of(), null, null), c.get(2).files());

		assertEquals(List.of(new AnnotationSet("Masks", "nucleus masks", "segmentation_mask", null, null, null, null,
			new FileSelection(List.of(), List.of("masks/*.png"), "masks/{name}_mask.png", "masks.tsv"),
			"images/{name}.tif", null)), d.annotations());
	}

	@Test
	void absoluteFilesInsideTheDatasetFolderBecomeRelative() throws IOException {
		String inside = tmp.toAbsolutePath().resolve("plate1").toString().replace('\\', '/');
		Deposition d = clean("study_component:\n  Plates:\n    files: '" + inside + "'\n");
		assertEquals(List.of("plate1"), d.components().get(0).files().folders());
	}

	@Test
	void filesOutsideTheDatasetFolderAreErrors() throws IOException {
		DepositYaml.Reading r = read("""
			study_component:
			  Plates:
			    files:
			    - ../elsewhere
			    - /somewhere/else/*.tif
			""");
		contains(at(r, "deposit.yaml:4 study_component.Plates.files[1]").message(), "leads out of the dataset folder",
			"relative to it");
		contains(at(r, "deposit.yaml:5 study_component.Plates.files[2]").message(), "is outside the dataset folder",
			"relative to it");
		assertEquals(2, r.problems().size());
	}

	@Test
	void templateNullsReadAsNotGiven() throws IOException {
		Deposition d = clean("""
			study:
			  title:
			  description:
			  private_until_date:
			  keywords:
			  authors:
			  - first_name:
			    last_name:
			    email:
			    role:
			    orcid:
			    affiliation:
			      name:
			      address:
			  funding:
			    funding_statement:
			    grant_references:
			    - funder:
			      identifier:
			  publications:
			  - title:
			    authors:
			    doi:
			    year:
			    pubmed_id:
			  links:
			  - link_url:
			    link_description:
			  acknowledgements:
			  rembi_version: '1.5'
			biosamples:
			  First biosample:
			    organism:
			      scientific_name:
			      common_name:
			      ncbi_taxon:
			    biological_entity:
			    description:
			    intrinsic_variables:
			    extrinsic_variables:
			    experimental_variables:
			specimens:
			  First specimen:
			    sample_preparation:
			    growth_protocol:
			acquisitions:
			  First acquisition:
			    imaging_method:
			      value:
			      ontology_id:
			      ontology_name:
			    imaging_instrument:
			    image_acquisition_parameters:
			correlations:
			  Image correlation:
			    spatial_and_temporal_alignment:
			    fiducials_used:
			    transformation_matrix:
			analysis:
			  Analysis:
			    analysis_overview:
			annotations:
			  Annotations:
			    annotation_overview:
			    annotation_type:
			    annotation_method:
			    annotation_confidence_level:
			    annotation_criteria:
			    annotation_coverage:
			version:
			  Annotations:
			    version:
			    timestamp:
			    changes:
			    previous_version:
			study_component:
			  Study component 1:
			    name:
			    description:
			    rembi_version: '1.5'
			associations:
			  Study component 1:
			    biosample_id:
			    specimen_id:
			    acquisition_id:
			    correlation_id:
			    analysis_id:
			""");
		assertEquals(new Study(null, null, null, List.of(), List.of(), List.of(), "CC0", List.of(), null, null, List
			.of(), List.of(), "1.5"), d.study());
		assertEquals(List.of(new Biosample("First biosample", null, null, null, null, null, null)), d.biosamples());
		assertEquals(List.of(new Specimen("First specimen", null, null)), d.specimens());
		assertEquals(List.of(new ImageAcquisition("First acquisition", null, null, List.of())), d.acquisitions());
		assertEquals(List.of(new ImageCorrelation("Image correlation", null, null, null)), d.correlations());
		assertEquals(List.of(new ImageAnalysis("Analysis", null)), d.analyses());
		assertEquals(List.of(new AnnotationSet("Annotations", null, null, null, null, null, null, null, null, null)), d
			.annotations());
		assertEquals(List.of(new StudyComponent("Study component 1", null, null, null, null)), d.components());
	}

	@Test
	void wholeSectionsMayBeEmpty() throws IOException {
		Deposition d = clean("study:\nbiosamples:\nspecimens:\nacquisitions:\nstudy_component:\nassociations:\n");
		assertNull(d.study().title());
		assertTrue(d.biosamples().isEmpty() && d.components().isEmpty());
	}

	@Test
	void mergeKeysAreFollowed() throws IOException {
		Deposition d = clean("""
			biosamples:
			  Wild type: &base
			    organism: Mus musculus
			    biological_entity: kidney
			  Knock-out:
			    <<: *base
			    biological_entity: kidney, Pkd1 knock-out
			""");
		assertEquals(new Biosample("Knock-out", new Organism("Mus musculus", null, null), "kidney, Pkd1 knock-out",
			null, null, null, null), d.biosamples().get(1));
	}

	// -- problems -------------------------------------------------------------------------------------------------

	@Test
	void unknownKeysAreWarningsAndMisspeltKeysErrorsWithTheirLineAndTheNearestKnownKey() throws IOException {
		DepositYaml.Reading r = read("""
			study:
			  titel: Mitochondria in motion
			biosmaples:
			  HeLa:
			    biological_entity: mitochondria
			colour: red
			study_component:
			  Live:
			    biosample_id: HeLa
			""");
		assertEquals(4, r.problems().size(), () -> "problems: " + r.problems());
		Problem titel = r.problems().get(0);
		assertEquals(new Problem(Severity.ERROR, Place.yaml("deposit.yaml", 2, List.of("study", "titel")), "\"titel\" is not a key bia-deposit " +
			"knows here; did you mean \"title\"? Its value was not read. Correct the key"), titel);
		Problem biosmaples = r.problems().get(1);
		assertEquals("deposit.yaml:3 biosmaples", biosmaples.where());
		contains(biosmaples.message(), "did you mean \"biosamples\"?");
		assertTrue(biosmaples.isError());
		Problem colour = r.problems().get(2);
		assertEquals("deposit.yaml:6 colour", colour.where());
		contains(colour.message(), "is ignored", "the keys here are study, biosamples");
		assertEquals(Severity.WARNING, colour.severity(), "far from every known key: only a warning");
		Problem biosampleId = r.problems().get(3);
		assertEquals("deposit.yaml:9 study_component.Live.biosample_id", biosampleId.where());
		contains(biosampleId.message(), "did you mean \"biosample\"?");
		assertTrue(biosampleId.isError());
		assertNull(r.deposition().study().title());
	}

	@Test
	void wrongKindsOfValueAreErrorsWithTheirLine() throws IOException {
		DepositYaml.Reading r = read("""
			study:
			  title:
			  - A title in a list
			  authors:
			    first_name: Ada
			  keywords:
			    a: b
			biosamples:
			- HeLa
			acquisitions:
			  Confocal:
			    imaging_method:
			      value: [confocal, microscopy]
			""");
		assertEquals(5, r.problems().size(), () -> "problems: " + r.problems());
		Problem title = at(r, "deposit.yaml:2 study.title");
		assertEquals(Severity.ERROR, title.severity());
		contains(title.message(), "is a list, but a single value is needed here", "write one value after \"title: \"");
		contains(at(r, "deposit.yaml:4 study.authors").message(), "is a mapping, but a list is needed here",
			"starting with \"- \"");
		contains(at(r, "deposit.yaml:6 study.keywords").message(), "is a mapping, but a value or a list of values",
			"one per line");
		contains(at(r, "deposit.yaml:8 biosamples").message(), "is a list, but a mapping is needed here",
			"without \"- \" in front");
		contains(at(r, "deposit.yaml:13 acquisitions.Confocal.imaging_method.value").message(), "is a list");
		assertTrue(r.hasErrors());
		assertNotNull(r.deposition(), "what could be read is still there");
		assertThrows(DepositYamlException.class, r::orThrow);
	}

	@Test
	void syntaxErrorsGiveLineAndColumn() throws IOException {
		DepositYaml.Reading r = read("""
			study:
			  title: Mitochondria in motion
			  description: Cells: stained with MitoTracker
			""");
		Problem p = only(r);
		assertEquals(Severity.ERROR, p.severity());
		assertEquals("deposit.yaml:3:21", p.where());
		contains(p.message(), "YAML syntax error: mapping values are not allowed here",
			"must be put in quotes");
		assertNull(r.deposition());
	}

	@Test
	void tabsForIndentationAreSyntaxErrors() throws IOException {
		Problem p = only(read("study:\n\ttitle: x\n"));
		assertEquals("deposit.yaml:2:1", p.where());
		contains(p.message(), "indent with spaces");
	}

	@Test
	void bothReleaseDateKeysAreAnError() throws IOException {
		DepositYaml.Reading r = read("""
			study:
			  private_until_date: 2027-01-01
			  release_date: 2027-02-01
			""");
		Problem p = only(r);
		assertEquals(Severity.ERROR, p.severity());
		assertEquals("deposit.yaml:3 study.release_date", p.where());
		contains(p.message(), "both private_until_date (line 2) and release_date are given", "keep only one of them");
	}

	@Test
	void associationsGivenTwiceForOneComponentAreAnError() throws IOException {
		DepositYaml.Reading r = read("""
			study_component:
			  Live cells:
			    description: time-lapse of live cells
			    biosample: HeLa
			associations:
			  Live cells:
			    biosample_id: HeLa
			""");
		Problem p = only(r);
		assertEquals(Severity.ERROR, p.severity());
		assertEquals("deposit.yaml:6 associations.\"Live cells\"", p.where());
		contains(p.message(), "gives its associations itself (study_component.Live cells, line 2)",
			"give them in one place only");
	}

	@Test
	void aLicenceBiaDoesNotTakeIsAnError() throws IOException {
		DepositYaml.Reading r = read("""
			study:
			  license: GPL
			""");
		assertEquals(new Problem(Severity.ERROR, Place.yaml("deposit.yaml", 2, List.of("study", "license")),
			"\"GPL\" is not a licence BIA takes; use CC0 (the default) or CC BY 4.0"), only(r));
		assertNull(r.deposition().study().license());
	}

	@Test
	void aDateNotInIsoFormIsAnErrorSayingHowToWriteIt() throws IOException {
		DepositYaml.Reading r = read("""
			study:
			  private_until_date: 31/12/2027
			""");
		Problem p = only(r);
		assertEquals(Severity.ERROR, p.severity());
		assertEquals("deposit.yaml:2 study.private_until_date", p.where());
		assertEquals("\"31/12/2027\" is not a date in the form YYYY-MM-DD (year-month-day); write it as 2027-12-31",
			p.message());
	}

	@Test
	void anAmbiguousDateGetsAnExampleNotAGuess() throws IOException {
		Problem p = only(read("study:\n  release_date: 03/04/2027\n"));
		contains(p.message(), "write it as YYYY-MM-DD, e.g. 2027-12-31");
		Problem q = only(read("study:\n  release_date: 2027-2-30\n"));
		contains(q.message(), "write it as YYYY-MM-DD");
	}

	@Test
	void keysGivenTwiceAreAnError() throws IOException {
		DepositYaml.Reading r = read("""
			biosamples:
			  HeLa:
			    biological_entity: nuclei
			  HeLa:
			    biological_entity: mitochondria
			""");
		Problem p = only(r);
		assertEquals("deposit.yaml:4 biosamples.HeLa", p.where());
		contains(p.message(), "given twice (first on line 2)", "merge the two or rename one");
	}

	@Test
	void anAffiliationNamingNoOrganisationIsAnError() throws IOException {
		DepositYaml.Reading r = read("""
			study:
			  organisations:
			    ebi:
			      name: EMBL-EBI
			  authors:
			  - last_name: Turing
			    affiliations: [ebi, embl]
			""");
		Problem p = only(r);
		assertEquals("deposit.yaml:7 study.authors[1].affiliations[2]", p.where());
		contains(p.message(), "\"embl\" names no organisation", "add it there", "or use one of ebi");
	}

	@Test
	void associationsThatBelongToNoComponentAreAnError() throws IOException {
		DepositYaml.Reading r = read("""
			study_component:
			  Live:
			    biosample: HeLa
			associations:
			  Fixed:
			    biosample_id: HeLa
			""");
		Problem p = only(r);
		assertEquals("deposit.yaml:5 associations.Fixed", p.where());
		contains(p.message(), "belong to none", "rename it to the title of its component: \"Live\"");
	}

	@Test
	void problemsComeInFileOrderAndOrThrowCarriesThemAll() throws IOException {
		DepositYaml.Reading r = read("""
			study:
			  title: Mitochondria in motion
			  license: MIT
			  release_date: tomorrow
			  colour: red
			""");
		assertEquals(List.of("deposit.yaml:3 study.license", "deposit.yaml:4 study.release_date",
			"deposit.yaml:5 study.colour"), r.problems().stream().map(Problem::where).toList());
		DepositYamlException e = assertThrows(DepositYamlException.class, r::orThrow);
		assertEquals(r.problems(), e.problems());
		contains(e.getMessage(), "error: deposit.yaml:3 study.license: \"MIT\"", "warning: deposit.yaml:5");
	}

	@Test
	void aMissingFileIsAnErrorAndAnEmptyOneAWarning() throws IOException {
		DepositYaml.Reading missing = DepositYaml.read(tmp.resolve("deposit.yaml"), tmp);
		assertEquals("deposit.yaml", only(missing).where());
		contains(only(missing).message(), "does not exist");
		assertNull(missing.deposition());

		DepositYaml.Reading empty = read("# nothing yet\n");
		assertEquals(Severity.WARNING, only(empty).severity());
		assertEquals("deposit.yaml:1", only(empty).where());
		assertNotNull(empty.deposition());
	}

	@Test
	void aFileThatIsNotAMappingIsAnError() throws IOException {
		DepositYaml.Reading r = read("- study\n- biosamples\n");
		assertEquals("deposit.yaml:1", only(r).where());
		contains(only(r).message(), "must be a mapping of top-level keys");
		assertNull(r.deposition());
	}

	@Test
	void suggestionsAllowTwoEdits() {
		assertEquals("biosamples", YamlMapping.nearest("biosmaples", DepositYaml.TOP_KEYS));
		assertEquals("acquisitions", YamlMapping.nearest("aquisitions", DepositYaml.TOP_KEYS));
		assertNull(YamlMapping.nearest("images", DepositYaml.TOP_KEYS));
	}

	@Test
	void columnsAreASideTableOrValuesGivenInTheYaml() throws IOException {
		DepositYaml.Reading r = read(String.join("\n", //
			"study_component:", //
			"  Cells:", //
			"    files: cells", //
			"    columns: {Treatment: none, Dose (µM): \"0\"}", //
			"  Tissue:", //
			"    files: tissue", //
			"    columns: tissue/extra.tsv", //
			""));
		assertFalse(r.hasErrors(), r.problems().toString());
		List<StudyComponent> cs = r.deposition().components();
		assertEquals(Map.of("Treatment", "none", "Dose (µM)", "0"), cs.get(0).files().columnValues());
		assertEquals(List.of("Treatment", "Dose (µM)"), List.copyOf(cs.get(0).files().columnValues().keySet()),
			"in the order written");
		assertNull(cs.get(0).files().columnsTable());
		assertEquals("tissue/extra.tsv", cs.get(1).files().columnsTable());
		assertTrue(cs.get(1).files().columnValues().isEmpty());
	}
}
