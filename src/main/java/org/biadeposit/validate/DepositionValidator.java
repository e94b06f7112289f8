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

import static org.biadeposit.validate.Findings.Section.DEPOSITION;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.Licence;
import org.biadeposit.rembi.MultiFileImages;
import org.biadeposit.rembi.Place;

/**
 * Checks a {@link Deposition} before anything leaves the machine: the fields the BioImage Archive requires (REMBI,
 * BIA template BioImages.v5, MIFA for annotations), that study components name modules that exist, that every
 * File-list path is one BioStudies accepts, exists and is listed once, that a multi-file image is deposited with
 * every one of its files, warns about files too large for HTTP (naming the route that will carry them, see
 * {@link org.biadeposit.UploadLimits}), checks that the release date is within two years, and warns about human
 * data. Pure: reads the deposition and, for the File-lists, the dataset folder; never throws on bad input; returns
 * every problem at once, each saying what is wrong and what to do, and pointing at the place in deposit.yaml or the
 * File-list row.
 */
public final class DepositionValidator {

	/** The BIA submission tool's minimum title length (BioImages.v4 and v5 templates). */
	public static final int MIN_TITLE_LENGTH = 25;

	/** The licences the BIA template offers (BioImages.v5: CC0 by default, or CC BY 4.0). */
	public static final List<String> LICENSES = Licence.labels();

	/** How far ahead a release date may be: BIA publishes data within two years of submission. */
	public static final Period MAX_EMBARGO = Period.ofYears(2);

	/** The annotation types of the BIA annotations template (bia.mifa.template.v1). */
	public static final List<String> ANNOTATION_TYPES = List.of("class_labels", "bounding_boxes", "counts",
		"derived_annotations", "geometrical_annotations", "graphs", "point_annotations", "segmentation_mask",
		"tracks", "weak_annotations", "other");

	private DepositionValidator() {}

	/** Validates as of today's date. */
	public static Report validate(Deposition d) {
		return validate(d, LocalDate.now());
	}

	/**
	 * @param d the deposition (may be incomplete, or null)
	 * @param today the date release dates are judged against (null: today)
	 */
	public static Report validate(Deposition d, LocalDate today) {
		return validate(d, MultiFileImages.NONE, today);
	}

	/**
	 * Validates, and checks that every file of each multi-file image that is deposited is deposited with it.
	 *
	 * @param d the deposition (may be incomplete, or null)
	 * @param images the images of the dataset made of several files, as the deposition was built with them
	 * @param today the date release dates are judged against (null: today)
	 */
	public static Report validate(Deposition d, MultiFileImages images, LocalDate today) {
		return validate(d, images, today, false);
	}

	/**
	 * As {@link #validate(Deposition, MultiFileImages, LocalDate)}, for a deposition built moments ago in the same
	 * run from one walk of the dataset folder ({@code bia validate}, {@code bia package}).
	 *
	 * @param justWalked true: the rows of the File-lists the builder made from that walk are not looked up on disk
	 *          again (the walk has just seen each file, its size and that it is a file; a second look costs as much
	 *          as the walk itself). Rows from anywhere else, and every row when false (a deposition held for a while,
	 *          as the wizard does), are looked up.
	 */
	public static Report validate(Deposition d, MultiFileImages images, LocalDate today, boolean justWalked) {
		LocalDate day = today != null ? today : LocalDate.now();
		Findings out = new Findings();
		Places at = new Places(d);
		if (d == null) {
			out.error(DEPOSITION, at.file(), "there is no deposition to validate; describe the dataset in " +
				at.config() + " and build the deposition from the dataset folder");
			return new Report(out.all());
		}
		run(out, "study", () -> new StudyRules(at, out, day).check(d.study()));
		run(out, "module", () -> new ModuleRules(at, out).check(d));
		run(out, "human-data", () -> new HumanData(at, out).check(d.biosamples()));
		run(out, "study component", () -> new ComponentRules(at, out).check(d));
		run(out, "annotation set", () -> new AnnotationRules(at, out).check(d.annotations()));
		// one pass over the File-lists' rows; the checks after it find paths in the table it leaves
		FileListRules files = new FileListRules(at, out, justWalked);
		SizeRules.Tally sizes = new SizeRules.Tally();
		run(out, "File-list", () -> files.check(d, sizes));
		if (files.listed() != null) {
			run(out, "source image", () -> new AnnotationRules(at, out).sourceImages(d, files.listed()));
			run(out, "multi-file image", () -> new MultiFileRules(out).check(d, images, files.listed()));
			run(out, "file size", () -> new SizeRules(out).check(d, sizes));
		}
		return new Report(out.all());
	}

	/**
	 * The description only, for a new version of a published study without its data files ({@code bia package
	 * --metadata-only}): the study, modules, components and their association rows, and annotation sets; not the
	 * File-lists nor the files.
	 * A published study (its accession kept in deposit.yaml) keeps its release date even when it has passed.
	 */
	public static Report validateDescription(Deposition d, LocalDate today) {
		LocalDate day = today != null ? today : LocalDate.now();
		Findings out = new Findings();
		Places at = new Places(d);
		boolean published = d.published().accession() != null;
		run(out, "study", () -> new StudyRules(at, out, day).published(published).check(d.study()));
		run(out, "module", () -> new ModuleRules(at, out).check(d));
		run(out, "human-data", () -> new HumanData(at, out).check(d.biosamples()));
		run(out, "study component", () -> new ComponentRules(at, out).withoutFiles().check(d));
		run(out, "annotation set", () -> new AnnotationRules(at, out).withoutFiles().check(d.annotations()));
		return new Report(out.all());
	}

	/** Runs one group of checks; a failure of the checks themselves is reported, not thrown. */
	private static void run(Findings out, String what, Runnable checks) {
		try {
			checks.run();
		}
		catch (RuntimeException e) {
			out.error(DEPOSITION, Place.described("validator"), "the " + what + " checks could not finish (" + e + "), so the " +
				"report may be incomplete; please report this as a bug in bia-deposit");
		}
	}
}
