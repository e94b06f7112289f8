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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.harvest.WatchedReaders;
import org.biadeposit.rembi.DepositionPlanner;
import org.biadeposit.validate.DepositionValidator;
import org.biadeposit.validate.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The steps both surfaces call, on the generated example. */
class DepositionWorkflowTest {

	@TempDir
	Path tmp;

	@Test
	void initCountsTheImagesItReadNotTheFilesItCouldNot() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Files.delete(root.resolve("deposit.yaml"));
		Path good = root.resolve("wild-type/donor-01/day-00/wt-d01-t00-field1.ome.tif");
		byte[] bytes = Files.readAllBytes(good);
		Files.write(root.resolve("wild-type/donor-01/day-00/cut.ome.tif"), java.util.Arrays.copyOf(bytes, 40));
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow.Started started = new DepositionWorkflow(context.service(HarvestService.class)
				.harvester(), HarvestCache.none(), 2, ProgressListener.NONE).init(root, false, LocalDate.of(2026, 12, 1));
			// 4 OME-TIFFs, 4 hyperstacks, 1 companion set, 2 Zarr stores; the cut file is a problem, not an image
			assertEquals(11, started.imageFiles());
			assertTrue(started.problems().stream().anyMatch(p -> p.toString().contains("cut.ome.tif")), started
				.problems().toString());
		}
	}

	/**
	 * bia-agent's template as it is: no study_component section, only associations; each entry is a component named
	 * by its key, whose files are the folder of that name in any case, described from its rows with a warning.
	 */
	@Test
	void aBiaAgentTemplateWithOnlyAssociationsPackagesAsItIs() throws IOException {
		Path root = tmp.resolve("study");
		ExampleDataset.writeOmeTiff(Files.createDirectories(root.resolve("Day1")).resolve("fin-a.ome.tif"));
		ExampleDataset.writeOmeTiff(Files.createDirectories(root.resolve("DAY3/late")).resolve("fin-b.ome.tif"));
		Path config = Files.writeString(root.resolve("deposit.yaml"), """
			study:
			  title: Zebrafish fin regeneration
			  description: Confocal stacks of regenerating caudal fins.
			  private_until_date: 2027-06-30
			  keywords: [zebrafish]
			  authors:
			  - first_name: Ada
			    last_name: Lovelace
			    email: ada@example.org
			    role: submitter
			    affiliation:
			      name: EMBL-EBI
			      address: Hinxton
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
			    imaging_instrument: Nikon Ti2
			    image_acquisition_parameters: 20x water
			associations:
			  day1:
			    biosample_id: Zebrafish larvae
			    specimen_id: Live mount
			    acquisition_id: Spinning disk
			  day3:
			    biosample_id: Zebrafish larvae
			    specimen_id: Live mount
			    acquisition_id: Spinning disk
			""");
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow workflow = new DepositionWorkflow(context.service(HarvestService.class).harvester(),
				HarvestCache.none(), 2, ProgressListener.NONE);
			Report report = workflow.validate(root, config);
			assertEquals(List.of(), report.errors(), report::toText);
			assertEquals(2, report.warnings().stream().filter(p -> p.message().contains("has no description, so " +
				"one was written from its association rows")).count(), report::toText);
			DepositionWorkflow.Packaged packaged = workflow.pack(root, config, tmp.resolve("out"));
			assertEquals(2, packaged.written().fileLists().size() / 2, report::toText); // .tsv and .json each
			String submission = Files.readString(packaged.written().submission());
			assertTrue(submission.contains("Images of Zebrafish larvae prepared as Live mount, acquired by Spinning " +
				"disk."), submission);
			String lists = String.join("\n", packaged.written().fileLists().stream().map(f -> {
				try {
					return Files.readString(f);
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList());
			assertTrue(lists.contains("Day1/fin-a.ome.tif") && lists.contains("DAY3/late/fin-b.ome.tif"), lists);
		}
	}

	/**
	 * init groups acquisitions by instrument set-up, never by file format (the example's ImageJ TIFFs and OME-Zarr
	 * stores say nothing of their set-up: one acquisition, not one per format), names beside each the folders and
	 * images it covers, gives a component one association row per set-up, and reports loose files at the top.
	 */
	@Test
	void initProposesOneAcquisitionPerSetUpWithTheFoldersItCovers() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Files.delete(root.resolve("deposit.yaml"));
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow.Started started = new DepositionWorkflow(context.service(HarvestService.class)
				.harvester(), HarvestCache.none(), 2, ProgressListener.NONE).init(root, false, LocalDate.of(2026, 12, 1));
			assertEquals(List.of("Image acquisition", "Fluorescence microscopy, 20x objective, Eclipse Ti2-E",
				"Confocal microscopy, 63x objective, TCS SP8"), started.deposition().acquisitions().stream().map(
					a -> a.title()).toList());
			String yaml = Files.readString(started.config());
			assertTrue(yaml.contains("  Image acquisition:\n    # 6 images in knock-out/donor-01/day-00 (1), " +
				"knock-out/donor-01/day-07 (1), knock-out/donor-02/day-00 (1), knock-out/donor-02/day-07 (2), " +
				"wild-type/donor-01/day-07 (1)\n"), yaml);
			assertTrue(yaml.contains("    # 4 images in wild-type/donor-01/day-00 (1), wild-type/donor-01/day-07 (1), " +
				"wild-type/donor-02/day-00 (1), wild-type/donor-02/day-07 (1)\n"), yaml);
			assertTrue(yaml.contains("    - Image acquisition\n    - \"Fluorescence microscopy, 20x objective, Eclipse " +
				"Ti2-E\"\n"), yaml);
			assertTrue(started.problems().stream().anyMatch(p -> p.message().startsWith("2 loose file(s) at the top " +
				"of the dataset folder")), started.problems().toString());
			assertEquals(List.of("knock-out", "wild-type"), started.deposition().components().stream().map(
				c -> c.name()).toList());
			assertTrue(yaml.contains("    files: # which files it took, folders or files: the File-lists' Image " +
				"acquisition column\n    - knock-out/donor-02/day-07/ko-d02-t07-zstack.companion.ome\n"), yaml);
			// what init wrote reads back with the knock-out component's two rows, and its rules say which image is
			// which: every knock-out image gets its acquisition in the File-list, and nothing is left unassigned
			var read = org.biadeposit.rembi.yaml.DepositYaml.read(started.config(), root);
			assertEquals(List.of("Image acquisition", "Fluorescence microscopy, 20x objective, Eclipse Ti2-E"), read
				.deposition().components().get(0).associations().stream().map(a -> a.acquisition()).toList());
			DepositionWorkflow workflow = new DepositionWorkflow(context.service(HarvestService.class).harvester(),
				HarvestCache.none(), 2, ProgressListener.NONE);
			var plan = workflow.plan(root, started.config());
			assertTrue(plan.problems().stream().noneMatch(p -> p.message().contains("files: rule")), plan.problems()
				.toString());
			var list = plan.deposition().components().get(0).fileList();
			var acquisitionOf = new java.util.TreeMap<String, String>();
			list.rows().forEach(r -> acquisitionOf.put(r.path(), r.values().get("Image acquisition")));
			assertEquals("Fluorescence microscopy, 20x objective, Eclipse Ti2-E", acquisitionOf.get(
				"knock-out/donor-02/day-07/ko-d02-t07-zstack_Z1_C0.ome.tif"), acquisitionOf.toString());
			assertEquals("Image acquisition", acquisitionOf.get("knock-out/donor-02/day-07/ko-d02-t07-timelapse.tif"));
			assertEquals("Image acquisition", acquisitionOf.get(
				"knock-out/donor-02/day-07/ko-d02-t07-overview.ome.zarr/0/c/0/0/0/0"), "a Zarr store's files go with it");
		}
	}

	/**
	 * A component with two acquisitions whose files: rules leave an image out is told which, and a rule of an
	 * acquisition the component's rows do not name is told too; the rest of the File-list still says which is which.
	 */
	@Test
	void imagesNoAcquisitionRuleAssignsAreReported() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Path config = root.resolve("deposit.yaml");
		String yaml = Files.readString(config);
		yaml = yaml.replace("    acquisition: Widefield\n", "    acquisition: [Widefield, Confocal]\n");
		yaml = yaml.replace("    image_acquisition_parameters: Hoechst", "    files: knock-out/donor-01\n" +
			"    image_acquisition_parameters: Hoechst");
		Files.writeString(config, yaml);
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow workflow = new DepositionWorkflow(context.service(HarvestService.class).harvester(),
				HarvestCache.none(), 2, ProgressListener.NONE);
			var plan = workflow.plan(root, config);
			List<String> said = plan.problems().stream().filter(p -> p.message().contains("files: rule")).map(
				p -> p.toString()).toList();
			assertEquals(1, said.size(), plan.problems().toString());
			// at the line of the component's key in deposit.yaml, named by that key (not by its name:)
			assertTrue(said.get(0).matches("warning: deposit\\.yaml:[1-9][0-9]* study_component\\.knock-out: " +
				".*") && said.get(0).contains("no acquisition's files: rule takes 4 images, e.g. knock-out/donor-02/" +
					"day-00/ko-d02-t00-timelapse.tif"),
				said.get(0));
			var rows = plan.deposition().components().get(1).fileList().rows();
			assertEquals("Widefield", rows.stream().filter(r -> r.path().equals(
				"knock-out/donor-01/day-07/ko-d01-t07-timelapse.tif")).findFirst().orElseThrow().values().get(
					"Image acquisition"));
		}
	}

	/**
	 * What depositors repeat most: validate, edit deposit.yaml, validate again. The second validate (a new run, as
	 * the command line makes one, with the cache file the first wrote) reads no image file, and its report and
	 * File-lists are those of the first.
	 */
	@Test
	void secondValidateAfterEditingDepositYamlReadsNoImage() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Path yaml = root.resolve("deposit.yaml");
		Path cacheFile = tmp.resolve("cache/harvest.jsonl");
		AtomicInteger reads = new AtomicInteger();
		try (Context context = new Context(HarvestService.class)) {
			Harvester counting = WatchedReaders.watched(context.service(HarvestService.class).harvester(),
				file -> reads.incrementAndGet());
			DepositionWorkflow first = new DepositionWorkflow(counting, HarvestCache.at(cacheFile, "native"), 2,
				ProgressListener.NONE);
			Report before = first.validate(root, null);
			DepositionPlanner.Plan planned = first.plan(root, yaml);
			assertTrue(reads.get() >= 11, "the first validate reads every image: " + reads.get());

			Files.writeString(yaml, Files.readString(yaml).replace("no real sample was imaged.",
				"no real sample was imaged; edited."));
			reads.set(0);
			DepositionWorkflow second = new DepositionWorkflow(counting, HarvestCache.at(cacheFile, "native"), 2,
				ProgressListener.NONE);
			Report after = second.validate(root, null);
			assertEquals(0, reads.get(), "no image read after editing deposit.yaml");
			assertEquals(before, after);
			DepositionPlanner.Plan again = second.plan(root, yaml);
			assertEquals(0, reads.get());
			assertTrue(again.deposition().study().acknowledgements().endsWith("edited."));
			assertEquals(planned.deposition().components(), again.deposition().components(), "the same File-lists");
			assertEquals(planned.deposition().acquisitions(), again.deposition().acquisitions());
		}
	}

	/**
	 * A cache that cannot be used costs every later run a full harvest: validate says so (a folder given as the cache
	 * file, a damaged cache file) and validates the rest as usual; nothing is written into the folder.
	 */
	@Test
	void aCacheThatCannotBeUsedIsAWarningOfTheReport() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Path folder = Files.createDirectories(tmp.resolve("cache-folder"));
		Path damaged = Files.writeString(tmp.resolve("damaged.jsonl"), "not a cache\n");
		try (Context context = new Context(HarvestService.class)) {
			Harvester harvester = context.service(HarvestService.class).harvester();
			Report plain = new DepositionWorkflow(harvester, HarvestCache.none(), 2, ProgressListener.NONE).validate(
				root, null);
			for (Path cache : List.of(folder, damaged)) {
				Report report = new DepositionWorkflow(harvester, HarvestCache.at(cache, "native"), 2,
					ProgressListener.NONE).validate(root, null);
				List<org.biadeposit.rembi.Problem> said = report.warnings().stream().filter(p -> p.where().equals(
					"harvest cache")).toList();
				assertEquals(1, said.size(), report.toText());
				assertTrue(said.get(0).message().contains(cache.toString()), said.toString());
				assertEquals(plain.problems().size() + 1, report.problems().size(), "the rest as without a cache: " +
					report.toText());
			}
			assertTrue(report(folder).contains("is a folder") && report(folder).contains("harvest.jsonl"));
			try (var in = Files.list(folder)) {
				assertEquals(0, in.count(), "nothing written into the folder");
			}
		}
	}

	private static String report(Path cache) {
		HarvestCache c = HarvestCache.at(cache, "native");
		return String.join("\n", c.warnings());
	}

	/**
	 * A validate right after its own walk takes the built File-lists' files as the walk found them (a second look at
	 * each file cost as much as the walk); a deposition held while files change (the wizard keeps one) is checked
	 * against the disk, and a hand-made File-list always is.
	 */
	@Test
	void onlyAValidateRightAfterItsWalkTakesTheBuiltListsFilesAsFound() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow workflow = new DepositionWorkflow(context.service(HarvestService.class).harvester(),
				HarvestCache.none(), 2, ProgressListener.NONE);
			DepositionPlanner.Plan plan = workflow.plan(root, root.resolve("deposit.yaml"));
			org.biadeposit.rembi.FileList built = plan.deposition().components().get(0).fileList();
			assertTrue(built.walked());
			String gone = built.rows().get(0).path();
			Files.delete(root.resolve(gone));

			String held = DepositionValidator.validate(plan.deposition(), plan.multiFileImages(), null).toText();
			assertTrue(held.contains(gone), "a held deposition is checked against the disk: " + held);
			String fresh = DepositionValidator.validate(plan.deposition(), plan.multiFileImages(), null, true).toText();
			assertFalse(fresh.contains(gone), "right after its walk the list is taken as found: " + fresh);

			org.biadeposit.rembi.FileList byHand = new org.biadeposit.rembi.FileList(built.name(), built.columns(),
				new java.util.ArrayList<>(built.rows()));
			assertFalse(byHand.walked());
			org.biadeposit.rembi.Deposition d = plan.deposition();
			org.biadeposit.rembi.Deposition withHandMade = new org.biadeposit.rembi.Deposition(d.root(), d.config(), d
				.study(), d.biosamples(), d.specimens(), d.acquisitions(), d.analyses(), d.correlations(), List.of(d
					.components().get(0).withFileList(byHand)), d.annotations(), d.published());
			String hand = DepositionValidator.validate(withHandMade, plan.multiFileImages(), null, true).toText();
			assertTrue(hand.contains(gone), "a File-list not made from the walk is always checked: " + hand);
		}
	}

	/**
	 * Files of equal metadata share one set of records (the harvest keeps one copy): init still counts each file,
	 * and names each one's folder, where it used to count such files as one image in one folder.
	 */
	@Test
	void initCountsEveryFileOfASetUpEvenWhenTheirRecordsAreShared() throws IOException {
		Path root = tmp.resolve("same");
		for (String f : List.of("a/x.ome.tif", "b/y.ome.tif", "b/z.ome.tif")) {
			ExampleDataset.writeOmeTiff(Files.createDirectories(root.resolve(f).getParent()).resolve(root.resolve(f)
				.getFileName()));
		}
		ExampleDataset.writeImageJTiff(root.resolve("c/w.tif"), 16, 16, 0.5);
		try (Context context = new Context(HarvestService.class)) {
			DepositionWorkflow.Started started = new DepositionWorkflow(context.service(HarvestService.class)
				.harvester(), HarvestCache.none(), 2, ProgressListener.NONE).init(root, false, LocalDate.of(2026, 12, 1));
			String yaml = Files.readString(started.config());
			assertTrue(yaml.contains("    # 3 images in a (1), b (2)\n"), yaml);
			assertTrue(yaml.contains("    files: # which files it took, folders or files: the File-lists' Image " +
				"acquisition column\n    - a\n    - b\n"), yaml);
		}
	}
}
