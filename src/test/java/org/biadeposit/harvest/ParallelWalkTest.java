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
package org.biadeposit.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.biadeposit.example.ExampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk lists folders on several threads and the harvest holds a dataset's files and results packed: the visitor
 * is told the same things in the same order as by a walk on one thread, and the packed lists equal the plain ones.
 */
class ParallelWalkTest {

	@RegisterExtension
	static final HarvestContext harvesting = new HarvestContext();

	@TempDir
	Path tmp;

	/**
	 * The example study (nested folders, OME-Zarr stores with hidden files, a companion set) with more beside it:
	 * names whose path order differs from the walk's ("a", "a-b", "a.txt"), hidden files, links inside the folder
	 * to a file and to a folder, a dangling link, a link loop, many small folders.
	 */
	private Path tree() throws IOException {
		Path root = tmp.resolve("study");
		new ExampleDataset().write(root);
		Path odd = Files.createDirectories(root.resolve("odd"));
		for (String name : new String[] { "a/x.tif", "a-b/y.tif", "a.txt", "a/b/c/deep.txt", ".hidden/inside.txt",
			"z/.dot.txt", "é-accent/f.txt", "\uE000-private/g.txt", "\uD83D\uDE00-smile/h.txt" })
		{
			Path f = odd.resolve(name);
			Files.createDirectories(f.getParent());
			Files.writeString(f, name);
		}
		for (int i = 0; i < 60; i++) {
			Path f = odd.resolve("many/" + (i % 7) + "/f-" + i + ".txt");
			Files.createDirectories(f.getParent());
			Files.writeString(f, "x".repeat(i));
		}
		// images whose walk order (folder a, then a-b, then a.ome.tif) is not their path order (a-b/, a., a/)
		Path image;
		try (var found = Files.find(root, 8, (p, a) -> p.toString().endsWith("-field1.ome.tif"))) {
			image = found.sorted().findFirst().orElseThrow();
		}
		for (String name : new String[] { "a/img.ome.tif", "a-b/img.ome.tif", "a.ome.tif" }) {
			Files.copy(image, odd.resolve(name));
		}
		Files.createSymbolicLink(odd.resolve("link-to-file.txt"), odd.resolve("a.txt"));
		Files.createSymbolicLink(odd.resolve("link-to-folder"), odd.resolve("a"));
		Files.createSymbolicLink(odd.resolve("dangling"), odd.resolve("not-there"));
		Files.createSymbolicLink(odd.resolve("a/b/loop"), odd.resolve("a"));
		return root;
	}

	/** What a walk tells, one line per call. */
	private static List<String> told(Path root, int threads, int ahead) {
		return told(new DatasetWalk(root).threads(threads).ahead(ahead), root);
	}

	private static List<String> told(DatasetWalk walk, Path root) {
		List<String> out = new ArrayList<>();
		walk.wholeFolders(harvesting.harvester()::isDataset).parts(true).walk(new DatasetWalk.Visitor() {

				@Override
				public Object ahead(Path file, long size, long modified) {
					return "ahead:" + file;
				}

				@Override
				public void file(Path file, long size, long modified) {
					throw new AssertionError("file(Path, long, long, Object) is called when ahead gave something");
				}

				@Override
				public void file(Path file, long size, long modified, Object ahead) {
					assertEquals("ahead:" + file, ahead);
					out.add("file " + root.relativize(file) + " " + size + " " + modified);
				}

				@Override
				public void dataset(Path folder) {
					out.add("dataset " + root.relativize(folder));
				}

				@Override
				public void part(Path file, long size) {
					out.add("part " + root.relativize(file) + " " + size);
				}

				@Override
				public void unreachable(Path path, String reason) {
					out.add("unreachable " + root.relativize(path) + ": " + reason);
				}
			});
		return out;
	}

	@Test
	void aWalkOnSeveralThreadsTellsWhatAWalkOnOneTells() throws IOException {
		Path root = tree();
		List<String> serial = told(root, 1, WalkAhead.AHEAD);
		assertTrue(serial.stream().anyMatch(s -> s.startsWith("dataset ")), "a Zarr store is met");
		assertTrue(serial.stream().anyMatch(s -> s.startsWith("part ") && s.contains("/.zattrs")), "its hidden files");
		assertTrue(serial.stream().anyMatch(s -> s.startsWith("unreachable odd/dangling")), "the dangling link");
		assertTrue(serial.stream().anyMatch(s -> s.startsWith("unreachable odd/a/b/loop")), "the loop");
		assertTrue(serial.stream().anyMatch(s -> s.startsWith("file odd/link-to-folder/x.tif")), "the folder link");
		assertTrue(serial.stream().noneMatch(s -> s.contains(".hidden") || s.contains(".dot")), "hidden files");
		for (int threads : new int[] { 2, 3 }) {
			for (int ahead : new int[] { 1, WalkAhead.AHEAD }) {
				assertEquals(serial, told(root, threads, ahead), threads + " threads, " + ahead + " ahead");
			}
		}
	}

	/**
	 * A folder of many entries is listed in pieces, on every thread, its sub-folders walked in their places between
	 * them (here at the edges of pieces too, one of them in pieces itself): told in name order, every file once, as
	 * a plain recursive listing has them, whatever the threads and the bound on entries listed ahead.
	 */
	@Test
	void aLargeFolderIsToldInOrderWhileItsPiecesAreListedOnSeveralThreads() throws IOException {
		Path root = tmp.resolve("flat");
		Path big = Files.createDirectories(root.resolve("big"));
		int piece = WalkAhead.PIECE, files = 3 * piece + 100;
		for (int i = 0; i < files; i++) {
			Files.writeString(big.resolve(String.format("e-%04d.txt", i)), "x".repeat(i % 7));
		}
		for (int at : new int[] { 0, piece - 2, piece - 1, piece, 2 * piece - 1, 2 * piece + 5, files - 1 }) {
			// a folder named to sort right after file e-at: it takes the next place in the folder
			Path sub = Files.createDirectories(big.resolve(String.format("e-%04d.txt-dir", at)));
			for (int k = 0; k < (at == piece ? piece + 88 : 2); k++) {
				Files.writeString(sub.resolve("f" + k + ".txt"), "y");
			}
		}
		Files.writeString(root.resolve("z.txt"), "last");
		List<String> expected = new ArrayList<>();
		listed(root, root, expected);
		assertTrue(expected.size() > 4 * piece, expected.size() + " files");
		for (int threads : new int[] { 1, 2, 3 }) {
			for (int ahead : new int[] { 1, 300, WalkAhead.AHEAD }) {
				List<String> told = told(root, threads, ahead).stream().map(l -> l.substring(0, l.lastIndexOf(' ',
					l.lastIndexOf(' ') - 1))).toList();
				assertEquals(expected, told, threads + " threads, " + ahead + " ahead");
			}
		}
	}

	/** Every file under a folder, in name order, sub-folders in their places: a plain recursive listing. */
	private static void listed(Path root, Path folder, List<String> out) throws IOException {
		List<Path> entries;
		try (var list = Files.list(folder)) {
			entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
		}
		for (Path p : entries) {
			if (Files.isDirectory(p)) listed(root, p, out);
			else out.add("file " + root.relativize(p));
		}
	}

	/**
	 * Entries are looked at by name in their opened folder (folders of a few entries or more) or by their whole path:
	 * either way the walk tells the same, of links inside and outside the folder, dangling and looping links, a
	 * named pipe, hidden files and files it may not read, in the example's folders and Zarr stores.
	 */
	@Test
	void lookingAtEntriesByNameTellsWhatLookingByPathTells() throws IOException {
		Path root = tree();
		Path odd = root.resolve("odd");
		Files.createSymbolicLink(odd.resolve("outside.txt"), Files.writeString(tmp.resolve("outside.txt"), "no"));
		org.biadeposit.OddFolders.fifo(odd.resolve("pipe.tif"));
		Path locked = Files.writeString(odd.resolve("locked.txt"), "secret");
		Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
		List<String> byPath = told(new DatasetWalk(root).byName(Integer.MAX_VALUE), root);
		assertTrue(byPath.stream().anyMatch(s -> s.startsWith("unreachable odd/outside.txt: symbolic link to " +
			"outside")), byPath.toString());
		assertTrue(byPath.stream().anyMatch(s -> s.startsWith("unreachable odd/pipe.tif: not a regular file (a " +
			"named pipe)")), byPath.toString());
		assertTrue(byPath.stream().anyMatch(s -> s.startsWith("file odd/link-to-file.txt ")), "the link to a file");
		for (int threads : new int[] { 1, 2 }) {
			assertEquals(byPath, told(new DatasetWalk(root).byName(0).threads(threads), root), threads + " threads");
			assertEquals(byPath, told(new DatasetWalk(root).threads(threads), root), "as the harvest walks");
		}
	}

	/**
	 * A file whose whole path is too long to open, in a folder that is not: looked at by name in the opened folder
	 * it could be, and would then fail when read or uploaded. It is said to be too long, as a look by its path says.
	 */
	@Test
	void aFileTooLongToOpenByItsPathIsSaidSoWhenLookedAtByName() throws IOException {
		Path root = tmp.resolve("study");
		Path folder = root;
		while (folder.toAbsolutePath().toString().length() < 3900) folder = folder.resolve("f".repeat(120));
		Files.createDirectories(folder);
		String name = "t".repeat(250) + ".tif";
		for (int i = 0; i < 9; i++) Files.writeString(folder.resolve(i + ".tif"), "x");
		try (var opened = (java.nio.file.SecureDirectoryStream<Path>) Files.newDirectoryStream(folder);
			var made = opened.newByteChannel(Path.of(name), java.util.Set.of(java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.WRITE)))
		{
			made.write(java.nio.ByteBuffer.wrap(new byte[] { 1 }));
		}
		try {
			for (int byName : new int[] { 0, Integer.MAX_VALUE }) {
				List<String> told = told(new DatasetWalk(root).byName(byName), root);
				assertEquals(10, told.size(), told.toString());
				String tooLong = told.stream().filter(s -> s.contains(name)).findFirst().orElseThrow();
				assertTrue(tooLong.startsWith("unreachable ") && tooLong.contains("the path is too long to open"),
					tooLong.substring(0, 12) + "…" + tooLong.substring(tooLong.indexOf("ttt")));
			}
		}
		finally {
			// removed by name too: the temporary folder's clean-up goes by whole paths
			try (var opened = (java.nio.file.SecureDirectoryStream<Path>) Files.newDirectoryStream(folder)) {
				opened.deleteFile(Path.of(name));
			}
		}
	}

	@Test
	void theHarvestsPackedListsEqualPlainOnes() throws IOException {
		Path root = tree();
		Path cacheFile = tmp.resolve("cache" + HarvestCache.SUFFIX);
		for (int pass = 0; pass < 2; pass++) { // read, then from the cache (which holds no contrastMethod)
			HarvestCache cache = pass == 0 ? null : HarvestCache.at(cacheFile, harvesting.harvester());
			if (pass == 1) new HarvestRun(harvesting.harvester(), cache, 2).dataset(root); // fills it
			DatasetHarvest packed = new HarvestRun(harvesting.harvester(), cache, 3).dataset(root);
			List<HarvestedFile> plain = new ArrayList<>();
			new HarvestRun(harvesting.harvester(), cache, 1).run(List.of(root.toString()), plain::add);
			assertTrue(packed.harvested() instanceof HarvestedFiles);
			assertEquals(plain.size(), packed.harvested().size());
			for (int i = 0; i < plain.size(); i++) {
				HarvestedFile p = plain.get(i), h = packed.harvested().get(i);
				assertEquals(p, h, "pass " + pass + ", " + p.file());
				assertEquals(p.records(), h.records(), p.file());
				// made at each get, not kept (millions of files): the same values every time
				assertEquals(h.records(), packed.harvested().get(i).records(), p.file());
				// records from the cache are held read, not as their text (HarvestedFiles): printed, the same lines
				assertEquals(printed(p), printed(h), p.file());
			}
			// a file read alone is placed among the files without being made: its name and records as made
			int placed = 0, outOfOrder = 0, last = -1;
			for (int i = 0; i < plain.size(); i++) {
				HarvestedFile h = packed.harvested().get(i);
				int at = packed.fileOf(i);
				if (at < 0) continue;
				placed++;
				if (at < last) outOfOrder++;
				last = at;
				assertEquals(h.file(), packed.files().get(at).path());
				// as a reader that shows no file name takes them: the same values but for the name
				assertEquals(h.records().stream().map(r -> r.withFile(null)).toList(), packed.unnamedRecords(i).stream()
					.map(r -> r.withFile(null)).toList(), h.file());
			}
			assertTrue(placed > 3 && outOfOrder > 0, placed + " placed, " + outOfOrder + " out of path order");
			List<String> walked = told(root, 1, WalkAhead.AHEAD).stream().filter(s -> s.startsWith("file ") || s
				.startsWith("part ")).map(s -> s.substring(s.indexOf(' ') + 1, s.indexOf(' ', s.indexOf(' ') + 1)))
				.sorted().toList();
			assertEquals(walked, packed.files().stream().map(DatasetFile::path).toList(), "every file, in path order");
			List<DatasetFile> sorted = new ArrayList<>(packed.files());
			sorted.sort(Comparator.comparing(DatasetFile::path));
			assertEquals(sorted, packed.files());
		}
	}

	@Test
	void packedFilesAreInPathOrderWhateverOrderTheyCameIn() {
		Random random = new Random(11);
		String[] parts = { "a", "a-b", "a.b", "A", "b", "é", "\uE000", "\uD83D\uDE00", "z z", "0" };
		for (int round = 0; round < 20; round++) {
			DatasetFiles packed = new DatasetFiles();
			List<DatasetFile> plain = new ArrayList<>();
			List<String> walkOrder = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				StringBuilder path = new StringBuilder();
				for (int depth = random.nextInt(4); depth >= 0; depth--) {
					if (path.length() > 0) path.append('/');
					path.append(parts[random.nextInt(parts.length)]).append(random.nextInt(3));
				}
				walkOrder.add(path.toString());
			}
			for (String p : walkOrder) {
				long size = p.length() * 1000L + random.nextInt(1000);
				int place = packed.add(p, size);
				assertEquals(p, packed.path(place));
				plain.add(new DatasetFile(p, size));
			}
			plain.sort(Comparator.comparing(DatasetFile::path));
			assertEquals(plain, packed.done());
		}
	}

	/**
	 * Up to {@link DatasetFiles#KEPT} files a path is made once and then shared by every reader; beyond, each read
	 * makes it again (memory stays bounded); either way the same text, in path order, before and after.
	 */
	@Test
	void pathsAreMadeOnceUpToTheBoundAndAreTheSameEitherWay() {
		for (int n : new int[] { 1000, DatasetFiles.KEPT + 1 }) {
			DatasetFiles packed = new DatasetFiles();
			for (int i = n - 1; i >= 0; i--) packed.add("d" + i % 7 + "/f" + i + (i % 3 == 0 ? "\u00e9" : ""), i);
			String before = packed.path(5);
			packed.done();
			assertEquals(before, packed.path(5));
			assertEquals(n <= DatasetFiles.KEPT, packed.path(5) == packed.path(5), n + " files");
			assertEquals(before, packed.path(5));
			String last = null;
			for (DatasetFile f : packed) {
				if (last != null) assertTrue(last.compareTo(f.path()) < 0, last + " before " + f.path());
				last = f.path();
			}
			assertEquals(n, packed.size());
		}
	}

	/**
	 * Names whose bytes are not UTF-8 cannot come through as text and back: the walk still finds each such file under
	 * a path that opens it, beside files with accents and one whose name holds the replacement character itself, in
	 * name order, on one thread and on two.
	 */
	@Test
	void namesThatAreNotUtf8AreWalkedToTheirOwnFiles() throws IOException, InterruptedException {
		Path root = Files.createDirectories(tmp.resolve("raw"));
		// the shell makes the names from bytes: 0377 and 0376 are never UTF-8, 0303 0251 is é, 0357 0277 0275 U+FFFD
		// (so folder e\376 and folder e\357\277\275 have the same name once decoded)
		Process sh = new ProcessBuilder("sh", "-c", "cd \"$1\" && mkdir \"$(printf 'e\\376')\" \"$(printf " +
			"'e\\357\\277\\275')\" && for n in a.txt \"$(printf 'b\\377.txt')\" \"$(printf 'c\\303\\251.txt')\" " +
			"\"$(printf 'd\\357\\277\\275.txt')\" \"$(printf 'e\\376/f.txt')\" \"$(printf 'e\\376/g\\377.txt')\" " +
			"\"$(printf 'e\\357\\277\\275/h.txt')\"; do printf %s \"$n\" > \"$n\"; done", "sh", root.toString())
			.redirectErrorStream(true).start();
		assertEquals(0, sh.waitFor(), new String(sh.getInputStream().readAllBytes()));
		for (int threads : new int[] { 1, 2 }) {
			List<Path> files = new ArrayList<>();
			List<String> unreachable = new ArrayList<>();
			new DatasetWalk(root).threads(threads).walk(new DatasetWalk.Visitor() {

				@Override
				public void file(Path file, long size, long modified) {
					files.add(file);
				}

				@Override
				public void unreachable(Path path, String reason) {
					unreachable.add(path + ": " + reason);
				}
			});
			assertEquals(List.of(), unreachable, threads + " threads");
			// each file opens, and is the file it names: its content is its own path's bytes (read as Latin-1)
			List<String> contents = new ArrayList<>();
			for (Path f : files) contents.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
			assertEquals(List.of("a.txt", "b\u00ff.txt", "c\u00c3\u00a9.txt", "d\u00ef\u00bf\u00bd.txt"), contents
				.subList(0, Math.min(4, contents.size())), threads + " threads, in name order");
			assertEquals(java.util.Set.of("a.txt", "b\u00ff.txt", "c\u00c3\u00a9.txt", "d\u00ef\u00bf\u00bd.txt",
				"e\u00fe/f.txt", "e\u00fe/g\u00ff.txt", "e\u00ef\u00bf\u00bd/h.txt"), new java.util.HashSet<>(contents));
			assertEquals(7, contents.size(), threads + " threads: " + contents);
		}
	}

	/** A result's JSON lines, as bia harvest prints them. */
	private static String printed(HarvestedFile h) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.io.PrintStream out = new java.io.PrintStream(bytes, false, java.nio.charset.StandardCharsets.UTF_8)) {
			org.biadeposit.cli.HarvestOutput.jsonLines(h, out);
		}
		return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
