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
package org.biadeposit.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.Biosample;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.FileSelection;
import org.biadeposit.rembi.ImageAcquisition;
import org.biadeposit.rembi.ImageAnalysis;
import org.biadeposit.rembi.ImageCorrelation;
import org.biadeposit.rembi.Specimen;
import org.biadeposit.rembi.Study;
import org.biadeposit.rembi.StudyComponent;

/**
 * A complete, valid deposition over files in a folder, as mutable parts: a test changes one part and builds it.
 * {@link #good(Path)} arranges the files (two small OME-TIFFs from our example generator, two written files) and
 * describes them fully, so that it validates with no problem at all.
 */
final class Draft {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	Path root;
	Path config = Path.of("deposit.yaml");
	String title = "Confocal images of zebrafish embryos with nuclear GFP";
	String description = "Whole-mount zebrafish embryos, wild type and knock-out, imaged at 24 hpf.";
	LocalDate releaseDate = TODAY.plusMonths(6);
	List<String> keywords = new ArrayList<>(List.of("zebrafish", "nuclei"));
	List<Study.Author> authors = new ArrayList<>();
	List<Study.Organisation> organisations = new ArrayList<>();
	String license = "CC BY 4.0";
	List<Biosample> biosamples = new ArrayList<>();
	List<Specimen> specimens = new ArrayList<>();
	List<ImageAcquisition> acquisitions = new ArrayList<>();
	List<ImageAnalysis> analyses = new ArrayList<>();
	List<ImageCorrelation> correlations = new ArrayList<>();
	List<StudyComponent> components = new ArrayList<>();
	List<AnnotationSet> annotations = new ArrayList<>();
	List<Study.Publication> publications = new ArrayList<>();

	static Draft good(Path root) {
		Draft d = new Draft();
		d.root = root;
		try {
			ExampleDataset.writeOmeTiff(root.resolve("embryos/wt/18x24y5z1t1c8b-text-split-Z1.ome.tiff"));
			ExampleDataset.writeOmeTiff(root.resolve("embryos/ko/18x24y5z1t1c8b-text-split-Z2.ome.tiff"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		write(root.resolve("embryos/wt/wt 02 (repeat).tif"), "second wild-type embryo");
		write(root.resolve("masks/wt_01_mask.tif"), "mask");

		d.organisations.add(new Study.Organisation("embl", "European Molecular Biology Laboratory", "Heidelberg",
			"https://ror.org/03mstc592"));
		d.organisations.add(new Study.Organisation("Uni Example", "University of Example", null, null));
		d.authors.add(new Study.Author("Ada", "Lovelace", "ada@example.org", "0000-0002-1825-0097", List.of(
			"submitter"), List.of("embl")));
		d.authors.add(new Study.Author("Charles", "Babbage", null, "0000-0002-1694-233X", List.of(
			"principal investigator"), List.of("embl", "Uni Example")));

		d.biosamples.add(new Biosample("WT embryos", new Biosample.Organism("Danio rerio", "zebrafish",
			"NCBI:txid7955"), "whole embryos", null, null, null, null));
		d.biosamples.add(new Biosample("KO embryos", new Biosample.Organism("Danio rerio", "zebrafish",
			"NCBI:txid7955"), "whole embryos", null, "tp53 knock-out", null, null));
		d.specimens.add(new Specimen("Fixed embryos", "fixed in 4% PFA, mounted in low-melt agarose", null));
		d.acquisitions.add(new ImageAcquisition("Confocal 20x", "Zeiss LSM 880, Plan-Apochromat 20x/0.8",
			"pixel size 0.4 µm, z step 2 µm", List.of(new ImageAcquisition.ImagingMethod("confocal microscopy",
				"http://purl.obolibrary.org/obo/FBbi_00000251", "Biological Imaging Methods Ontology (FBbi)"))));
		d.analyses.add(new ImageAnalysis("Nucleus segmentation", "Cellpose 2.2, model nuclei"));
		d.correlations.add(new ImageCorrelation("Light to EM", "landmark registration", "gold beads", null));

		d.components.add(new StudyComponent("Wild type", "Wild-type embryos at 24 hpf.", folder("embryos/wt"),
			List.of(new Associations("WT embryos", "Fixed embryos", "Confocal 20x", "Nucleus segmentation", null)), d.list(
				"wild_type", List.of("Stage"), "embryos/wt/18x24y5z1t1c8b-text-split-Z1.ome.tiff",
				"embryos/wt/wt 02 (repeat).tif")));
		d.components.add(new StudyComponent("Knock-out", "tp53 knock-out embryos at 24 hpf.", folder("embryos/ko"),
			List.of(new Associations("KO embryos", "Fixed embryos", "Confocal 20x", null, "Light to EM")), d.list("knock-out",
				List.of("Stage"), "embryos/ko/18x24y5z1t1c8b-text-split-Z2.ome.tiff")));
		d.annotations.add(new AnnotationSet("Nucleus masks", "Label masks of every nucleus.", "segmentation_mask",
			"Cellpose 2.2, corrected by hand", null, null, null, folder("masks"), "embryos/wt/{name}.tif", d.list(
				"nucleus_masks", List.of("Source Image"), "masks/wt_01_mask.tif")));
		return d;
	}

	/** A File-list over files under the root, with their real sizes and a value in every column. */
	FileList list(String name, List<String> columns, String... paths) {
		List<FileList.Row> rows = new ArrayList<>();
		for (String p : paths) rows.add(row(p));
		List<FileList.Row> filled = rows.stream().map(r -> {
			Map<String, String> values = new java.util.LinkedHashMap<>();
			// a Source Image names a listed image, as BIA's ingest needs
			for (String c : columns) values.put(c, c.equals("Source Image") ? "embryos/wt/wt 02 (repeat).tif" : "24 hpf");
			return new FileList.Row(r.path(), r.size(), values);
		}).toList();
		return new FileList(name, columns, filled);
	}

	/** A row for a file under the root, with its real size (0 if it does not exist). */
	FileList.Row row(String path) {
		try {
			Path f = root.resolve(path);
			return new FileList.Row(path, Files.isRegularFile(f) ? Files.size(f) : 0, Map.of());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Deposition build() {
		Study study = new Study(title, description, releaseDate, keywords, authors, organisations, license, List.of(
			new Study.Grant("Wellcome Trust", "221234/Z/20/Z")), "Funded by the Wellcome Trust.", null, publications,
			List.of(), "1.5");
		return new Deposition(root, config, study, biosamples, specimens, acquisitions, analyses, correlations,
			components, annotations);
	}

	Report validate() {
		return DepositionValidator.validate(build(), TODAY);
	}

	/** Replaces the File-list of the i-th component. */
	void setList(int component, FileList list) {
		components.set(component, components.get(component).withFileList(list));
	}

	/** Replaces the association rows of the i-th component. */
	void setRows(int component, List<Associations> rows) {
		components.set(component, components.get(component).withAssociations(rows));
	}

	/** Replaces the associations of the i-th component by one row (null: none). */
	void setAssociations(int component, Associations a) {
		StudyComponent c = components.get(component);
		components.set(component, new StudyComponent(c.name(), c.description(), c.files(), a == null ? List
			.of() : List.of(a), c.fileList()));
	}

	static FileSelection folder(String f) {
		return new FileSelection(List.of(f), List.of(), null, null);
	}

	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
