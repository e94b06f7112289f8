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
package org.biadeposit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.pagetab.PageTabFile;
import org.biadeposit.pagetab.PageTabImport;
import org.biadeposit.pagetab.PublishedFileLists;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.AcquisitionCoverage;
import org.biadeposit.rembi.DepositionPlanner;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.yaml.DepositYaml;
import org.biadeposit.rembi.yaml.DepositYamlLines;
import org.biadeposit.rembi.yaml.DepositYamlStarter;
import org.biadeposit.rembi.yaml.DepositYamlWriter;
import org.biadeposit.validate.DepositionValidator;
import org.biadeposit.validate.Report;

/**
 * The steps of a deposition from a dataset folder, as every surface offers them (the {@code scripts/bia} verbs and
 * the Fiji commands): write a starter deposit.yaml, build the File-lists, validate, write the package. Each step
 * returns what it did; surfaces only show it.
 */
public final class DepositionWorkflow {

	/** What {@link #init} wrote, and what it found. */
	public record Started(Path config, Deposition deposition, int imageFiles, List<Problem> problems) {}

	/** The File-lists written, and the problems met building them. */
	public record ListsWritten(List<Path> files, List<Problem> problems) {}

	/** The report, and the package if the deposition had no errors (else null). */
	public record Packaged(Report report, SubmissionPackage.Written written) {}

	/**
	 * What {@code bia import} wrote.
	 *
	 * @param warnings what was changed or not kept, each naming the section
	 * @param sideTables the File Lists found beside the PageTab, written as side tables of deposit.yaml
	 */
	public record Imported(Path config, Deposition deposition, List<String> warnings, List<Path> sideTables) {}

	private final Harvester harvester;
	private final HarvestCache cache;
	private final int threads;
	private final ProgressListener listener;
	private Duration timeLimit = HarvestRun.DEFAULT_TIME_LIMIT;

	/** @param listener told of the harvest's progress and of writing the package */
	public DepositionWorkflow(Harvester harvester, HarvestCache cache, int threads, ProgressListener listener) {
		this.harvester = harvester;
		this.cache = cache;
		this.threads = threads;
		this.listener = listener == null ? ProgressListener.NONE : listener;
	}

	/** How long reading one file may take before it is given up as an error (see {@link HarvestRun#timeLimit}). */
	public DepositionWorkflow timeLimit(Duration value) {
		this.timeLimit = value;
		return this;
	}

	/**
	 * Reads deposit.yaml, harvests the dataset folder in one walk (its images and the list of its files), and builds
	 * the deposition from both. When deposit.yaml cannot be read at all, nothing is harvested or built.
	 *
	 * @param config deposit.yaml, or null to plan from the harvest alone (components from top-level folders)
	 */
	public DepositionPlanner.Plan plan(Path root, Path config) {
		List<Problem> read = new ArrayList<>();
		Deposition described = null;
		if (config != null) {
			DepositYaml.Reading reading = DepositYaml.read(config, root);
			read.addAll(reading.problems());
			described = reading.deposition();
			if (described == null) return new DepositionPlanner.Plan(null, read, List.of());
		}
		DatasetHarvest harvest = new HarvestRun(harvester, cache, threads).listener(listener).timeLimit(timeLimit)
			.dataset(root);
		// a cache that cannot be read or written costs every later run a full harvest: said, never dropped
		if (cache != null) for (String w : cache.warnings()) read.add(Problem.warning(Place.described("harvest cache"), w));
		DepositionPlanner.Plan plan = DepositionPlanner.plan(harvest, described, read);
		if (config == null) return plan;
		// what building found about keys of deposit.yaml points at their lines too
		return new DepositionPlanner.Plan(plan.deposition(), DepositYamlLines.of(config, "deposit.yaml").placed(plan
			.problems()), plan.harvested(), plan.multiFileImages(), plan.acquisitionGroups());
	}

	/**
	 * Writes {@code root/deposit.yaml} from what the images say.
	 *
	 * @param replace whether an existing deposit.yaml is replaced (it is kept as deposit.yaml.bak)
	 * @throws IllegalStateException when deposit.yaml exists and {@code replace} is false
	 */
	public Started init(Path root, boolean replace, LocalDate today) throws IOException {
		Path target = root.resolve("deposit.yaml");
		if (Files.exists(target) && !replace) {
			throw new IllegalStateException(target + " exists already; edit it, or replace it (the old one is kept " +
				"as deposit.yaml.bak)");
		}
		DepositionPlanner.Plan plan = plan(root, null);
		if (Files.exists(target)) {
			Files.move(target, root.resolve("deposit.yaml.bak"), StandardCopyOption.REPLACE_EXISTING);
		}
		Files.writeString(target, DepositYamlStarter.write(plan.deposition(), AcquisitionCoverage.of(root, plan
			.harvested(), plan.acquisitionGroups()), today));
		// images read, not harvest lines: a file that could not be read is a problem, not an image
		int images = (int) plan.harvested().stream().filter(h -> !h.hasError() && !h.records().isEmpty()).count();
		return new Started(target, plan.deposition(), images, plan.problems());
	}

	/** Writes {@code out/<list>.tsv} and {@code .json} for every study component and annotation set. */
	public ListsWritten fileLists(Path root, Path config, Path out) throws IOException {
		DepositionPlanner.Plan plan = plan(root, config != null ? config : DepositionPlanner.defaultConfig(root));
		if (plan.deposition() == null) return new ListsWritten(List.of(), plan.problems());
		return new ListsWritten(SubmissionPackage.writeFileLists(plan.deposition(), out), plan.problems());
	}

	/** Every problem at once: reading deposit.yaml, building, and the validation rules. */
	public Report validate(Path root, Path config) {
		Path yaml = config != null ? config : DepositionPlanner.defaultConfig(root);
		DepositionPlanner.Plan plan = plan(root, yaml);
		List<Problem> all = new ArrayList<>();
		if (yaml == null) {
			all.add(Problem.error(Place.datasetFile(root.resolve("deposit.yaml").toString()), "there is no deposit.yaml: create one " +
				"from the images (bia init, or Create deposit.yaml in Fiji), then fill it in"));
		}
		all.addAll(report(plan).problems());
		return new Report(all);
	}

	/**
	 * Validates and, when there is no error, writes the package whole (a previous package in {@code out} is
	 * replaced only once the new one is complete; see {@link SubmissionPackage}); writes nothing otherwise.
	 */
	public Packaged pack(Path root, Path config, Path out) throws IOException {
		DepositionPlanner.Plan plan = plan(root, config);
		Report report = report(plan);
		if (report.hasErrors() || plan.deposition() == null) return new Packaged(report, null);
		listener.progress(Progress.files(Progress.Step.PACKAGE, 0, 1, 0, null, out.toString()));
		SubmissionPackage.Written written = SubmissionPackage.write(plan.deposition(), out);
		listener.progress(Progress.files(Progress.Step.PACKAGE, 1, 1, 0, Duration.ZERO, out.toString()));
		return new Packaged(report, written);
	}

	/**
	 * Reads a published study's PageTab (JSON or TSV, as BioStudies serves it) and writes {@code out/deposit.yaml}
	 * describing the same study, with what REMBI does not model kept under {@code published:}.
	 *
	 * @throws IllegalStateException when {@code out/deposit.yaml} exists already (nothing is written)
	 */
	public static Imported importStudy(Path pagetab, Path out) throws IOException {
		Path beside = pagetab.toAbsolutePath().getParent();
		return importStudy(PageTabFile.read(pagetab), beside, out);
	}

	/**
	 * Writes {@code out/deposit.yaml} describing this published study; the File Lists it names that are in {@code
	 * beside} (null: none) become side tables, {@code out/<list>.columns.tsv}.
	 */
	public static Imported importStudy(Submission published, Path beside, Path out) throws IOException {
		Path target = out.resolve("deposit.yaml");
		if (Files.exists(target)) {
			throw new IllegalStateException(target + " exists already; import into a new folder, or move it away " +
				"(nothing was written)");
		}
		PageTabImport.Imported imported = PageTabImport.read(published, out, target);
		Files.createDirectories(out);
		PublishedFileLists.Tables tables = PublishedFileLists.attach(imported.deposition(), beside, out);
		Files.writeString(target, DepositYamlWriter.write(tables.deposition()), StandardCharsets.UTF_8);
		List<String> warnings = new ArrayList<>(imported.warnings());
		warnings.addAll(tables.warnings());
		return new Imported(target, tables.deposition(), warnings, tables.written());
	}

	/**
	 * {@code bia package --metadata-only}: the submission from deposit.yaml alone, without the data files. The File
	 * Lists are the ones the published study named (kept by {@code bia import}); none is rebuilt, and the upload plan
	 * is empty. The description is validated as for any package; files are not, and a study that was published
	 * (whose accession deposit.yaml keeps) may keep a release date that has passed.
	 */
	public static Packaged packMetadataOnly(Path root, Path config, Path out) throws IOException {
		DepositYaml.Reading reading = DepositYaml.read(config, root);
		List<Problem> all = new ArrayList<>(reading.problems());
		Deposition d = reading.deposition();
		if (d != null) all.addAll(DepositionValidator.validateDescription(d, null).problems());
		Report report = new Report(all);
		if (report.hasErrors() || d == null) return new Packaged(report, null);
		return new Packaged(report, SubmissionPackage.write(d, out));
	}

	/** Every problem of a plan: reading deposit.yaml and building, then the validation rules. */
	private static Report report(DepositionPlanner.Plan plan) {
		List<Problem> all = new ArrayList<>(plan.problems());
		if (plan.deposition() != null) {
			all.addAll(DepositionValidator.validate(plan.deposition(), plan.multiFileImages(), null, true).problems());
		}
		return new Report(all);
	}
}
