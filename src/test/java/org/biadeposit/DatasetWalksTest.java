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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestContext;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.harvest.WatchedReaders;
import org.biadeposit.rembi.DepositionPlanner;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.Problem;
import org.biadeposit.validate.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk of a dataset folder ({@link HarvestRun}), which the harvest and the File-lists share, meets links, pipes
 * and folders it cannot open: a link inside the folder is followed and its file shown under the link's path;
 * everything the walk cannot reach is an error naming the path and the reason, in the harvest's lines and in the
 * plan's problems (what {@code bia validate} and {@code bia package} print). Nothing is dropped in silence, nothing
 * outside the folder is read, no pipe is opened. A deposition walks the folder once.
 */
class DatasetWalksTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@TempDir
	Path tmp;

	private Path root;

	@BeforeEach
	void dataset() throws IOException {
		root = Files.createDirectories(tmp.resolve("study"));
		OddFolders.tiff(root.resolve("cells/plain.tif"));
	}

	/** The harvest's lines by the name they show. */
	private Map<String, HarvestedFile> harvest(Path... inputs) {
		Map<String, HarvestedFile> out = new LinkedHashMap<>();
		List<String> given = java.util.Arrays.stream(inputs).map(Path::toString).toList();
		new HarvestRun(harvesting.harvester(), null, 2).recursive(true).run(given, h -> out.put(h.file(), h));
		return out;
	}

	private DepositionPlanner.Plan plan() {
		return new DepositionWorkflow(harvesting.harvester(), null, 2, p -> {}).plan(root, null);
	}

	private static List<String> listed(DepositionPlanner.Plan plan) {
		return plan.deposition().components().stream().flatMap(c -> c.fileList().rows().stream()).map(
			FileList.Row::path).sorted().toList();
	}

	/** The harvest's error line about a path, saying each phrase. */
	private static String harvestError(Map<String, HarvestedFile> out, String path, String... phrases) {
		HarvestedFile h = out.get(path);
		assertNotNull(h, path + " is reported, not dropped; the harvest gave " + out.keySet());
		assertNotNull(h.error(), path + " is an error");
		assertTrue(h.records().isEmpty(), path + " is not read");
		for (String phrase : phrases) assertTrue(h.error().contains(phrase), h.error() + "\nshould say: " + phrase);
		return h.error();
	}

	/** The plan's one problem about a path: an error saying each phrase, not repeated as a warning. */
	private static Problem planError(DepositionPlanner.Plan plan, String path, String... phrases) {
		List<Problem> about = plan.problems().stream().filter(p -> p.where().equals(path)).toList();
		assertEquals(1, about.size(), "one problem about " + path + ": " + plan.problems());
		Problem p = about.get(0);
		assertTrue(p.isError(), p.toString());
		for (String phrase : phrases) assertTrue(p.message().contains(phrase), p + "\nshould say: " + phrase);
		return p;
	}

	/** The harvest and the plan report the path as an error saying each phrase; the plan lists only the plain file. */
	private void bothReport(String path, String... phrases) {
		harvestError(harvest(root), path, phrases);
		DepositionPlanner.Plan plan = plan();
		planError(plan, path, phrases);
		assertEquals(List.of("cells/plain.tif"), listed(plan));
	}

	/**
	 * A deposition walks the folder once, and the images and the File-lists come from that walk: a file written into
	 * a folder the walk has listed already (here, while the harvest reads its neighbour) is in neither. The next
	 * plan walks again and has it in both. (With a second walk of its own, the File-lists listed that file without
	 * its image ever being harvested.)
	 */
	@Test
	void theHarvestAndTheFileListsComeFromOneWalk() throws IOException {
		Path late = root.resolve("cells/late.tif");
		AtomicBoolean written = new AtomicBoolean();
		Harvester writing = WatchedReaders.watched(harvesting.harvester(), file -> {
			if (file.path().endsWith("plain.tif") && written.compareAndSet(false, true)) OddFolders.tiff(late);
		});
		DepositionWorkflow workflow = new DepositionWorkflow(writing, null, 2, p -> {});

		DepositionPlanner.Plan first = workflow.plan(root, null);
		assertTrue(Files.exists(late), "written while the harvest read cells/plain.tif");
		assertEquals(List.of("cells/plain.tif"), first.harvested().stream().map(HarvestedFile::file).toList());
		assertEquals(List.of("cells/plain.tif"), listed(first), "not listed without its image");
		assertFalse(first.hasErrors(), first.problems().toString());

		DepositionPlanner.Plan second = workflow.plan(root, null);
		List<String> both = List.of("cells/late.tif", "cells/plain.tif");
		assertEquals(both, second.harvested().stream().map(HarvestedFile::file).toList());
		assertEquals(both, listed(second));
	}

	/**
	 * A Zarr store is harvested as one image, and the same walk lists each of its files for the File-lists: the
	 * chunks and the metadata files, whose names start with a dot in Zarr v2 (NGFF 0.4), so that they are uploaded.
	 */
	@Test
	void aZarrStoreIsOneImageAndEachOfItsFilesIsListed() throws IOException {
		Path example = tmp.resolve("example");
		new ExampleDataset().write(example);
		DepositionPlanner.Plan plan = new DepositionWorkflow(harvesting.harvester(), null, 2, p -> {}).plan(
			example, null);
		String store = "wild-type/donor-01/day-07/wt-d01-t07-overview.ome.zarr";
		List<String> harvested = plan.harvested().stream().map(HarvestedFile::file).toList();
		assertTrue(harvested.contains(store), harvested.toString());
		assertTrue(harvested.stream().noneMatch(f -> f.startsWith(store + "/")), "read as one: " + harvested);
		List<String> listed = listed(plan);
		for (String part : List.of("/.zattrs", "/.zgroup", "/0/.zarray", "/0/1/2/0/0")) {
			assertTrue(Files.isRegularFile(example.resolve(store + part)), part + " is written");
			assertTrue(listed.contains(store + part), part + " is listed");
		}
	}

	/** A package folder written inside the dataset is neither harvested nor listed. */
	@Test
	void aPackageFolderInsideTheDatasetIsNotData() throws IOException {
		OddFolders.tiff(root.resolve("cells-package/filelists/copy.tif"));
		Files.writeString(root.resolve("cells-package/.bia-package"), "bia-deposit package folder\n");
		Files.writeString(root.resolve("deposit.yml"), "study:\n  title: not a file of the dataset\n");
		assertEquals(List.of("cells/plain.tif"), List.copyOf(harvest(root).keySet()));
		assertEquals(List.of("cells/plain.tif"), listed(plan()));
	}

	/** A file moved to another folder of the dataset and linked back, and a linked folder: both followed. */
	@Test
	void aLinkToAFileOrFolderInsideTheDatasetIsFollowed() throws IOException {
		OddFolders.tiff(root.resolve("moved/a.tif"));
		Files.createSymbolicLink(root.resolve("cells/a.tif"), Path.of("../moved/a.tif"));
		Files.createSymbolicLink(root.resolve("cells/more"), Path.of("../moved"));
		List<String> all = List.of("cells/a.tif", "cells/more/a.tif", "cells/plain.tif", "moved/a.tif");

		Map<String, HarvestedFile> harvested = harvest(root);
		assertEquals(all, List.copyOf(harvested.keySet()), "each under its own path in the dataset");
		for (HarvestedFile h : harvested.values()) assertEquals(1, h.records().size(), h.file() + ": " + h.error());
		assertEquals(root.resolve("cells/a.tif"), harvested.get("cells/a.tif").path(), "the link's own path");

		DepositionPlanner.Plan plan = plan();
		assertEquals(all, listed(plan));
		assertFalse(plan.hasErrors(), plan.problems().toString());
		FileList.Row linked = plan.deposition().components().get(0).fileList().rows().get(0);
		assertEquals("cells/a.tif", linked.path());
		assertEquals(Files.size(root.resolve("moved/a.tif")), linked.size(), "the size of the file it points to");
	}

	@Test
	void aLinkToOutsideTheDatasetIsAnErrorNamingTheLinkAndItsTarget() throws IOException {
		Path outside = OddFolders.tiff(tmp.resolve("private/other.tif"));
		Files.createSymbolicLink(root.resolve("cells/other.tif"), outside);
		Files.createSymbolicLink(root.resolve("cells/shelf"), outside.getParent());
		bothReport("cells/other.tif", "symbolic link to outside the dataset: cells/other.tif points to " + outside);
		bothReport("cells/shelf", "symbolic link to outside the dataset: cells/shelf points to " + outside
			.getParent());
		assertFalse(harvest(root).containsKey("cells/shelf/other.tif"), "not followed");
	}

	@Test
	void aDanglingLinkSaysWhereItPoints() throws IOException {
		Path link = Files.createSymbolicLink(root.resolve("cells/gone.tif"), Path.of("old/gone.tif"));
		bothReport("cells/gone.tif", "dangling symbolic link: cells/gone.tif points to old/gone.tif, which does not " +
			"exist");
		String given = harvest(link).values().iterator().next().error();
		assertTrue(given.startsWith("dangling symbolic link: " + link + " points to old/gone.tif"), "given by name: " +
			given);
	}

	@Test
	void aLinkLoopSaysWhichLinkLoops() throws IOException {
		Files.createSymbolicLink(root.resolve("cells/ping.tif"), Path.of("pong.tif"));
		Files.createSymbolicLink(root.resolve("cells/pong.tif"), Path.of("ping.tif"));
		Files.createSymbolicLink(root.resolve("cells/top"), Path.of(".."));
		bothReport("cells/ping.tif", "symbolic link loop: cells/ping.tif points to pong.tif");
		bothReport("cells/pong.tif", "symbolic link loop: cells/pong.tif points to ping.tif");
		bothReport("cells/top", "symbolic link loop: cells/top points to ..");
	}

	/** Skipped when run as root with its capabilities, which reads any folder (see the report of issue 8). */
	@Test
	void aFolderOrFileThatCannotBeReadIsAnError() throws IOException {
		Path file = OddFolders.tiff(root.resolve("cells/private.tif"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		try (OddFolders.Made locked = OddFolders.lockedFolder(root.resolve("cells/locked"))) {
			assumeTrue(OddFolders.permissionsApply(locked.folder()), "this process may read any folder (root)");
			bothReport("cells/locked", "permission denied: cells/locked cannot be listed");
			bothReport("cells/private.tif", "permission denied: cells/private.tif cannot be read");
		}
	}

	@Test
	void aFolderDeeperThanThePathLimitIsAnError() throws IOException {
		try (OddFolders.Made deep = OddFolders.deepFolders(root.resolve("cells/deep"))) {
			bothReport(root.relativize(deep.folder()).toString(), "the path is too long to open");
		}
	}

	/** A named pipe is never opened (nothing writes to it: reading would block for ever), nor called empty. */
	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hanging the suite, not a speed figure
	void aNamedPipeOrSocketIsNotARegularFileAndIsNeverOpened() throws IOException {
		Path pipe = OddFolders.fifo(root.resolve("cells/stream.tif"));
		try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			socket.bind(UnixDomainSocketAddress.of(root.resolve("cells/socket")));
		}
		bothReport("cells/stream.tif", "not a regular file (a named pipe)");
		bothReport("cells/socket", "not a regular file (a socket)");
		assertFalse(harvest(root).get("cells/stream.tif").error().contains("empty"));
		String given = harvest(pipe).values().iterator().next().error();
		assertTrue(given.startsWith("not a regular file (a named pipe)"), "given by name: " + given);
	}

	/** What {@code bia validate} prints: the walk's errors among the report's errors, with the path. */
	@Test
	void validationReportsWhatTheWalkCouldNotReach() throws IOException {
		Files.createSymbolicLink(root.resolve("cells/gone.tif"), Path.of("old/gone.tif"));
		Report report = new DepositionWorkflow(harvesting.harvester(), null, 1, ProgressListener.NONE).validate(root,
			null);
		assertTrue(report.toText().contains("\nerror: cells/gone.tif: dangling symbolic link: cells/gone.tif points " +
			"to old/gone.tif"), report.toText());
		assertNull(report.warnings().stream().filter(w -> w.where().equals("cells/gone.tif")).findFirst().orElse(
			null), "said once");
	}
}
