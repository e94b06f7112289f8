package org.biadeposit.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.biadeposit.OddFolders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * The harvest's walk of a folder meets links, pipes and folders it cannot open: links inside the folder are
 * followed, everything it cannot reach is an error line that names the path and the reason, nothing is dropped.
 */
class HarvestWalkTest {

	private static Context context;
	private static Harvester harvester;

	@TempDir
	Path tmp;

	private Path data;

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
		data = Files.createDirectories(tmp.resolve("data"));
		OddFolders.tiff(data.resolve("plain.tif"));
	}

	private Map<String, HarvestedFile> harvest(Path... inputs) {
		Map<String, HarvestedFile> out = new LinkedHashMap<>();
		List<String> given = java.util.Arrays.stream(inputs).map(Path::toString).toList();
		new HarvestRun(harvester, null, 2).recursive(true).run(given, h -> out.put(h.file(), h));
		return out;
	}

	private static HarvestedFile error(Map<String, HarvestedFile> out, String file, String... phrases) {
		HarvestedFile h = out.get(file);
		assertNotNull(h, file + " is reported, not dropped; got " + out.keySet());
		assertNotNull(h.error(), file + " is an error");
		for (String phrase : phrases) {
			assertTrue(h.error().contains(phrase), file + ": \"" + h.error() + "\" should say " + phrase);
		}
		return h;
	}

	/** A file moved to another folder of the dataset and linked back, and a linked folder, are both harvested. */
	@Test
	void aLinkToAFileOrFolderInsideTheDatasetIsFollowed() throws IOException {
		OddFolders.tiff(data.resolve("moved/cells.tif"));
		Files.createDirectories(data.resolve("day1"));
		Files.createSymbolicLink(data.resolve("day1/cells.tif"), Path.of("../moved/cells.tif"));
		Files.createSymbolicLink(data.resolve("again"), Path.of("moved"));
		Map<String, HarvestedFile> out = harvest(data);
		assertEquals(List.of("again/cells.tif", "day1/cells.tif", "moved/cells.tif", "plain.tif"), List.copyOf(out
			.keySet()), "each under its own path in the dataset");
		for (HarvestedFile h : out.values()) {
			assertNull(h.error(), h.file());
			assertEquals(1, h.records().size(), h.file());
		}
		assertEquals(data.resolve("day1/cells.tif").toAbsolutePath(), out.get("day1/cells.tif").path(),
			"the link's path, which is what gets uploaded");
	}

	@Test
	void aLinkToOutsideTheDatasetIsAnErrorNamingTheLinkAndItsTarget() throws IOException {
		Path elsewhere = OddFolders.tiff(tmp.resolve("elsewhere/secret.tif"));
		Files.createSymbolicLink(data.resolve("secret.tif"), elsewhere);
		Files.createSymbolicLink(data.resolve("shelf"), elsewhere.getParent());
		Map<String, HarvestedFile> out = harvest(data);
		HarvestedFile file = error(out, "secret.tif", "symbolic link", "secret.tif", elsewhere.toString(), "outside");
		assertTrue(file.records().isEmpty(), "not read");
		error(out, "shelf", "symbolic link", "shelf", elsewhere.getParent().toString(), "outside");
		assertFalse(out.containsKey("shelf/secret.tif"), "not followed");
		assertNull(out.get("plain.tif").error());
	}

	@Test
	void aDanglingLinkSaysWhereItPoints() throws IOException {
		Files.createSymbolicLink(data.resolve("gone.tif"), Path.of("archive/gone.tif"));
		HarvestedFile h = error(harvest(data), "gone.tif");
		assertTrue(h.error().startsWith("dangling symbolic link: gone.tif points to archive/gone.tif, which does " +
			"not exist"), h.error());
		HarvestedFile given = harvest(data.resolve("gone.tif")).values().iterator().next();
		assertTrue(given.error().startsWith("dangling symbolic link: "), "given by name too: " + given.error());
	}

	@Test
	void aLinkLoopSaysWhichLinkLoops() throws IOException {
		Files.createSymbolicLink(data.resolve("ping.tif"), Path.of("pong.tif"));
		Files.createSymbolicLink(data.resolve("pong.tif"), Path.of("ping.tif"));
		Files.createDirectories(data.resolve("sub"));
		Files.createSymbolicLink(data.resolve("sub/up"), Path.of(".."));
		Map<String, HarvestedFile> out = harvest(data);
		error(out, "ping.tif", "symbolic link loop", "ping.tif", "pong.tif");
		error(out, "pong.tif", "symbolic link loop", "pong.tif", "ping.tif");
		error(out, "sub/up", "symbolic link loop", "sub/up", "..");
		assertNull(out.get("plain.tif").error());
	}

	/** A folder it may not list is one error line for the folder (root is not stopped by permissions). */
	@Test
	void aFolderThatCannotBeListedIsReported() throws IOException {
		Path locked = data.resolve("locked");
		OddFolders.tiff(locked.resolve("inside.tif"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		try {
			assumeTrue(OddFolders.permissionsApply(locked), "this process may read any folder (it runs as root)");
			error(harvest(data), "locked", "permission denied", "locked");
		}
		finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void aFolderDeeperThanThePathLimitIsReported() throws IOException {
		Path deep = OddFolders.deepFolders(data.resolve("deep"));
		try {
			Map<String, HarvestedFile> out = harvest(data);
			String shown = HarvestRun.display(data, deep);
			error(out, shown, "too long");
			assertNull(out.get("plain.tif").error(), "the rest is harvested");
		}
		finally {
			OddFolders.remove(data.resolve("deep"));
		}
	}

	/** A named pipe is never opened (that would block for ever) and is not called an empty file. */
	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hanging the suite, not a speed figure
	void aNamedPipeIsNotAFileAndIsNeverOpened() throws IOException {
		Path pipe = OddFolders.fifo(data.resolve("stream.tif"));
		HarvestedFile walked = error(harvest(data), "stream.tif", "not a regular file (a named pipe)");
		assertFalse(walked.error().contains("empty"), walked.error());
		HarvestedFile given = harvest(pipe).values().iterator().next();
		assertNotNull(given.error());
		assertTrue(given.error().contains("not a regular file (a named pipe)"), given.error());
	}
}
