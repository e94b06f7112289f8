package org.biadeposit.rembi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.OddFolders;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.validate.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Which files go into the File-lists, when the dataset folder holds links, pipes and folders that cannot be opened:
 * links inside the folder are listed under their own path, and every file the walk cannot reach is an error of the
 * plan (so {@code bia validate} and {@code bia package} show it), naming the path and the reason.
 */
class ComponentPlannerWalkTest {

	private static Context context;
	private static Harvester harvester;

	@TempDir
	Path tmp;

	private Path root;

	@BeforeAll
	static void start() {
		context = new Context(HarvestService.class);
		harvester = context.service(HarvestService.class).harvester();
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@BeforeEach
	void dataset() throws IOException {
		root = Files.createDirectories(tmp.resolve("study"));
		OddFolders.tiff(root.resolve("cells/plain.tif"));
	}

	private DepositionPlanner.Plan plan() {
		return new DepositionPlanner(harvester, null, 2).plan(root, null);
	}

	private static List<String> listed(DepositionPlanner.Plan plan) {
		return plan.deposition().components().stream().flatMap(c -> c.fileList().rows().stream()).map(
			FileList.Row::path).sorted().toList();
	}

	/** The one problem about a path: an error, saying each phrase; no second (warning) line about the same path. */
	private static Problem error(DepositionPlanner.Plan plan, String where, String... phrases) {
		List<Problem> about = plan.problems().stream().filter(p -> p.where().equals(where)).toList();
		assertEquals(1, about.size(), "one problem about " + where + ": " + plan.problems());
		Problem p = about.get(0);
		assertTrue(p.isError(), p.toString());
		for (String phrase : phrases) assertTrue(p.message().contains(phrase), p + " should say " + phrase);
		return p;
	}

	@Test
	void aLinkToAFileOrFolderInsideTheDatasetIsListedUnderItsLinkPath() throws IOException {
		OddFolders.tiff(root.resolve("moved/a.tif"));
		Files.createSymbolicLink(root.resolve("cells/a.tif"), Path.of("../moved/a.tif"));
		Files.createSymbolicLink(root.resolve("cells/more"), Path.of("../moved"));
		DepositionPlanner.Plan plan = plan();
		assertEquals(List.of("cells/a.tif", "cells/more/a.tif", "cells/plain.tif", "moved/a.tif"), listed(plan));
		assertFalse(plan.hasErrors(), plan.problems().toString());
		long size = Files.size(root.resolve("moved/a.tif"));
		FileList.Row linked = plan.deposition().components().get(0).fileList().rows().get(0);
		assertEquals("cells/a.tif", linked.path());
		assertEquals(size, linked.size(), "the size of the file it points to");
	}

	@Test
	void aLinkToOutsideTheDatasetIsAnErrorNamingTheLinkAndItsTarget() throws IOException {
		Path outside = OddFolders.tiff(tmp.resolve("private/other.tif"));
		Files.createSymbolicLink(root.resolve("cells/other.tif"), outside);
		Files.createSymbolicLink(root.resolve("cells/shelf"), outside.getParent());
		DepositionPlanner.Plan plan = plan();
		assertEquals(List.of("cells/plain.tif"), listed(plan), "not followed");
		error(plan, "cells/other.tif", "symbolic link", outside.toString(), "outside the dataset");
		error(plan, "cells/shelf", "symbolic link", outside.getParent().toString(), "outside the dataset");
	}

	@Test
	void aDanglingLinkSaysWhereItPoints() throws IOException {
		Files.createSymbolicLink(root.resolve("cells/gone.tif"), Path.of("old/gone.tif"));
		error(plan(), "cells/gone.tif", "dangling symbolic link: cells/gone.tif points to old/gone.tif, which does " +
			"not exist");
	}

	@Test
	void aLinkLoopSaysWhichLinkLoops() throws IOException {
		Files.createSymbolicLink(root.resolve("cells/ping.tif"), Path.of("pong.tif"));
		Files.createSymbolicLink(root.resolve("cells/pong.tif"), Path.of("ping.tif"));
		Files.createSymbolicLink(root.resolve("cells/top"), Path.of(".."));
		DepositionPlanner.Plan plan = plan();
		error(plan, "cells/ping.tif", "symbolic link loop", "pong.tif");
		error(plan, "cells/pong.tif", "symbolic link loop", "ping.tif");
		error(plan, "cells/top", "symbolic link loop", "cells/top");
		assertEquals(List.of("cells/plain.tif"), listed(plan));
	}

	@Test
	void aFolderThatCannotBeListedIsAnError() throws IOException {
		Path locked = root.resolve("cells/locked");
		OddFolders.tiff(locked.resolve("inside.tif"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		try {
			assumeTrue(OddFolders.permissionsApply(locked), "this process may read any folder (it runs as root)");
			error(plan(), "cells/locked", "permission denied");
		}
		finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void aFolderDeeperThanThePathLimitIsAnError() throws IOException {
		Path deep = OddFolders.deepFolders(root.resolve("cells/deep"));
		try {
			DepositionPlanner.Plan plan = plan();
			error(plan, ComponentPlanner.relative(root, deep), "too long");
			assertEquals(List.of("cells/plain.tif"), listed(plan));
		}
		finally {
			OddFolders.remove(root.resolve("cells/deep"));
		}
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hanging the suite, not a speed figure
	void aNamedPipeIsAnErrorNotAnEmptyFile() throws IOException {
		OddFolders.fifo(root.resolve("cells/stream.tif"));
		Problem p = error(plan(), "cells/stream.tif", "not a regular file (a named pipe)");
		assertFalse(p.message().contains("empty"), p.toString());
	}

	/** What {@code bia validate} prints: the walk's errors are among the report's errors, with the path. */
	@Test
	void validationReportsWhatTheWalkCouldNotReach() throws IOException {
		Files.createSymbolicLink(root.resolve("cells/gone.tif"), Path.of("old/gone.tif"));
		Report report = new DepositionWorkflow(harvester, null, 1, (done, found, latest) -> {}).validate(root, null);
		Problem p = report.errors().stream().filter(e -> e.where().equals("cells/gone.tif")).findFirst().orElse(
			null);
		assertNotNull(p, report.toText());
		assertTrue(report.toText().contains("error: cells/gone.tif: dangling symbolic link"), report.toText());
	}
}
