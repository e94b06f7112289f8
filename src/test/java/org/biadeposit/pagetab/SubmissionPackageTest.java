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
package org.biadeposit.pagetab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.DepositionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 9: a package is written whole or not at all, an interrupted run leaves the package folder absent
 * or as it was, and {@link SubmissionPackage#verify} (what {@code bia submit} checks first) refuses a package that is
 * not complete.
 */
class SubmissionPackageTest {

	@TempDir
	Path tmp;

	/** A dataset of two study components (top-level folders), files of a few bytes. */
	private Path dataset(String... files) throws IOException {
		Path root = tmp.resolve("data");
		for (String f : files) {
			Path p = root.resolve(f);
			Files.createDirectories(p.getParent());
			Files.writeString(p, "bytes of " + f + "\n");
		}
		return root;
	}

	private static Deposition deposition(Path root) {
		// a walk that reads no image: the files alone make the File-lists
		DatasetHarvest files = new HarvestRun(new Harvester(List.of()), null, 1).dataset(root);
		return DepositionBuilder.build(files, null).deposition();
	}

	/** Every file under a folder, by relative path, with its content. */
	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> out = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				out.put(folder.relativize(f).toString(), Files.readString(f));
			}
		}
		return out;
	}

	/** The entries beside the package folder (leftovers would show here). */
	private List<String> besideOut() throws IOException {
		try (Stream<Path> s = Files.list(tmp)) {
			return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("data")).sorted().toList();
		}
	}

	/** The package of {@code root} in {@code tmp/out}, with the receipt bia submit would have written. */
	private Path submitted(Path root, String accession) throws IOException {
		Path out = tmp.resolve("out");
		SubmissionPackage.write(deposition(root), out);
		Files.writeString(out.resolve("receipt.json"), "{\"accession\": \"" + accession + "\"}\n");
		return out;
	}

	/** The steps a package of {@code root} is written in, in order. */
	private List<String> steps(Path root) throws IOException {
		List<String> steps = new ArrayList<>();
		Path scratch = tmp.resolve("scratch");
		SubmissionPackage.write(deposition(root), scratch, steps::add);
		StagedFolder.delete(scratch);
		return steps;
	}

	@Test
	void aFirstPackageInterruptedAtAnyStepLeavesNoFolderAndNoLeftovers() throws IOException {
		Path root = dataset("cells/a.tif", "cells/b.tif", "tissue/c.tif");
		Path out = tmp.resolve("out");
		List<String> steps = steps(root);
		assertEquals(List.of("submission.json", "filelists/cells.tsv", "filelists/cells.json", "filelists/tissue.tsv",
			"filelists/tissue.json", "upload-plan.tsv", "package.json"), steps);
		for (String step : steps) {
			IOException e = assertThrows(IOException.class, () -> SubmissionPackage.write(deposition(root), out,
				s -> {
					if (s.equals(step)) throw new IOException("disk full at " + s);
				}));
			assertEquals("disk full at " + step, e.getMessage());
			assertEquals(List.of(), besideOut(), "interrupted at " + step + ": no package, nothing left");
		}
		SubmissionPackage.write(deposition(root), out);
		SubmissionPackage.verify(out);
		assertEquals(List.of("out"), besideOut());
	}

	@Test
	void aPackageWrittenAgainAndInterruptedLeavesThePreviousOneWholeWithItsReceipt() throws IOException {
		Path root = dataset("cells/a.tif", "tissue/c.tif");
		Path out = submitted(root, "S-BIAD1");
		Files.writeString(out.resolve(".upload-journal.jsonl"), "{\"remote\": \"cells/a.tif\"}\n");
		Map<String, String> before = contents(out);

		Files.writeString(root.resolve("cells/b.tif"), "a new file\n");
		List<String> steps = new ArrayList<>(steps(root));
		steps.add(StagedFolder.SWAP);
		for (String step : steps) {
			assertThrows(IOException.class, () -> SubmissionPackage.write(deposition(root), out, s -> {
				if (s.equals(step)) throw new IOException("interrupted at " + s);
			}));
			assertEquals(before, contents(out), "interrupted at " + step + ": the previous package, whole");
			assertEquals(List.of("out"), besideOut());
			SubmissionPackage.verify(out);
		}

		SubmissionPackage.Written w = SubmissionPackage.write(deposition(root), out);
		SubmissionPackage.verify(out);
		assertEquals(out.toAbsolutePath().resolve("upload-plan.tsv"), w.uploadPlan());
		String plan = Files.readString(out.resolve("upload-plan.tsv"));
		assertTrue(plan.contains("\tcells/b.tif\t"), plan);
		assertTrue(plan.contains(out.toAbsolutePath().resolve("filelists/cells.json") + "\tfilelists/cells.json\t"),
			"the plan names the File-lists where they are now, not where they were written: " + plan);
		assertEquals("{\"accession\": \"S-BIAD1\"}\n", Files.readString(out.resolve("receipt.json")),
			"what submit wrote is kept, so a resubmission is recognised");
		assertTrue(Files.isRegularFile(out.resolve(".upload-journal.jsonl")));
		assertEquals(List.of("out"), besideOut());
	}

	/**
	 * A data file named like one of the package's JSON File-lists gives its place in the upload plan to the list,
	 * even when the list is written after the row that names it (the plan is then written again from the paths).
	 */
	@Test
	void aDataFileNamedLikeALaterFileListGivesItsPlaceToTheList() throws IOException {
		Path root = dataset("cells/a.tif", "filelists/tissue.json", "filelists/cells.json", "tissue/c.tif");
		Path out = tmp.resolve("out");
		SubmissionPackage.Written w = SubmissionPackage.write(deposition(root), out);
		SubmissionPackage.verify(out);
		Path target = out.toAbsolutePath();
		String data = root.toAbsolutePath().normalize().toString();
		assertEquals(List.of("local\tremote\tsize",
			data + "/cells/a.tif\tcells/a.tif\t" + Files.size(root.resolve("cells/a.tif")),
			target.resolve("filelists/cells.json") + "\tfilelists/cells.json\t" + Files.size(out.resolve(
				"filelists/cells.json")),
			target.resolve("filelists/tissue.json") + "\tfilelists/tissue.json\t" + Files.size(out.resolve(
				"filelists/tissue.json")),
			data + "/tissue/c.tif\ttissue/c.tif\t" + Files.size(root.resolve("tissue/c.tif")),
			target.resolve("filelists/filelists.json") + "\tfilelists/filelists.json\t" + Files.size(out.resolve(
				"filelists/filelists.json"))), Files.readAllLines(w.uploadPlan()));
		assertEquals(5, w.files());
	}

	/** A real kill -9 of a JVM writing a package, at a step of the writing, then the next run. */
	private void killAt(Path root, Path out, String step) throws IOException, InterruptedException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
			"-XX:TieredStopAtLevel=1", "-cp", classpath, KilledPackageRun.class.getName(), root.toString(), out
				.toString(), step).redirectErrorStream(true).start();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
			StandardCharsets.UTF_8)))
		{
			List<String> seen = new ArrayList<>();
			for (String line; (line = lines.readLine()) != null && !line.equals("at " + step);) seen.add(line);
			assertTrue(child.isAlive(), "the child waits at " + step + ": " + seen);
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		}
	}

	@Test
	void aKilledFirstRunLeavesNoPackageAndTheNextRunRemovesWhatItLeft() throws Exception {
		Path root = dataset("cells/a.tif", "tissue/c.tif");
		Path out = tmp.resolve("out");
		killAt(root, out, "filelists/cells.json");
		assertFalse(Files.exists(out));
		List<String> left = besideOut();
		assertEquals(1, left.size(), left.toString());
		assertTrue(left.get(0).startsWith("out.partial-"), left.toString());
		IncompletePackageException e = assertThrows(IncompletePackageException.class, () -> SubmissionPackage
			.verify(out));
		assertTrue(e.getMessage().contains("bia package"), e.getMessage());

		SubmissionPackage.Written w = SubmissionPackage.write(deposition(root), out);
		assertEquals(List.of("out"), besideOut(), "the unfinished folder is removed");
		assertTrue(w.notes().stream().anyMatch(n -> n.contains(left.get(0)) && n.contains("interrupted")), w
			.notes().toString());
		SubmissionPackage.verify(out);
	}

	@Test
	void aRunKilledWhileSwappingLeavesThePreviousPackageToPutBack() throws Exception {
		Path root = dataset("cells/a.tif", "tissue/c.tif");
		Path out = submitted(root, "S-BIAD2");
		Map<String, String> before = contents(out);
		Files.writeString(root.resolve("tissue/d.tif"), "another\n");

		killAt(root, out, StagedFolder.SWAP);
		IncompletePackageException e = assertThrows(IncompletePackageException.class, () -> SubmissionPackage
			.verify(out));
		assertTrue(e.getMessage().contains("interrupted bia package left the previous package in ") && e
			.getMessage().contains("out.old-") && e.getMessage().contains("run bia package again"), e.getMessage());
		Path aside = tmp.resolve(besideOut().stream().filter(n -> n.startsWith("out.old-")).findFirst().orElseThrow());
		assertEquals(before, contents(aside), "the previous package is whole beside");

		SubmissionPackage.Written w = SubmissionPackage.write(deposition(root), out);
		assertTrue(w.notes().stream().anyMatch(n -> n.startsWith("put the previous package back")), w.notes()
			.toString());
		assertEquals(List.of("out"), besideOut());
		SubmissionPackage.verify(out);
		assertEquals("{\"accession\": \"S-BIAD2\"}\n", Files.readString(out.resolve("receipt.json")));
		assertTrue(Files.readString(out.resolve("upload-plan.tsv")).contains("\ttissue/d.tif\t"));
	}

	@Test
	void verifyRefusesAPackageThatIsNotComplete() throws IOException {
		Path root = dataset("cells/a.tif", "tissue/c.tif");
		Path out = tmp.resolve("out");
		SubmissionPackage.write(deposition(root), out);
		SubmissionPackage.verify(out);

		Path list = out.resolve("filelists/cells.json");
		byte[] whole = Files.readAllBytes(list);
		Files.write(list, Arrays.copyOf(whole, whole.length / 2));
		String m = assertThrows(IncompletePackageException.class, () -> SubmissionPackage.verify(out)).getMessage();
		assertTrue(m.contains("is not a complete package: filelists/cells.json has " + whole.length / 2 +
			" bytes, but package.json records " + whole.length + " (it was cut short"), m);
		assertTrue(m.contains("write the package again (bia package"), m);

		byte[] changed = whole.clone();
		changed[changed.length / 2] ^= 1;
		Files.write(list, changed);
		m = assertThrows(IncompletePackageException.class, () -> SubmissionPackage.verify(out)).getMessage();
		assertTrue(m.contains("filelists/cells.json was changed after bia package wrote it"), m);

		Files.write(list, whole);
		SubmissionPackage.verify(out);
		Path planFile = out.resolve("upload-plan.tsv");
		String plan = Files.readString(planFile);
		Files.writeString(planFile, plan.substring(0, plan.length() - 10));
		m = assertThrows(IncompletePackageException.class, () -> SubmissionPackage.verify(out)).getMessage();
		assertTrue(m.contains("upload-plan.tsv lists 3 files and the start of another, but package.json records 4"),
			m);
		Files.writeString(planFile, plan.substring(0, plan.lastIndexOf('\n', plan.length() - 2) + 1));
		m = assertThrows(IncompletePackageException.class, () -> SubmissionPackage.verify(out)).getMessage();
		assertTrue(m.contains("upload-plan.tsv lists 3 files, but package.json records 4"), m);
		Files.writeString(planFile, plan.replace(root.toAbsolutePath().toString(), "/moved/data"));
		SubmissionPackage.verify(out); // data files named anew by hand: the plan is still whole

		Files.delete(planFile);
		m = assertThrows(IncompletePackageException.class, () -> SubmissionPackage.verify(out)).getMessage();
		assertTrue(m.contains("upload-plan.tsv is missing"), m);

		Files.delete(out.resolve("package.json"));
		m = assertThrows(IncompletePackageException.class, () -> SubmissionPackage.verify(out)).getMessage();
		assertTrue(m.contains("it has no package.json, which bia package writes last"), m);

		Files.writeString(out.resolve("package.json"), "{\"format\": \"bia-deposit package\", \"files\": [");
		m = assertThrows(IncompletePackageException.class, () -> SubmissionPackage.verify(out)).getMessage();
		assertTrue(m.contains("package.json is damaged: it is not valid JSON (line 1"), m);
		assertFalse(m.contains("Exception"), m);
	}

	@Test
	void aPackageEditedByHandIsCompleteOnlyOnceSealedAgain() throws IOException {
		Path root = dataset("cells/a.tif", "tissue/c.tif");
		Path out = tmp.resolve("out");
		SubmissionPackage.write(deposition(root), out);
		String before = Files.readString(out.resolve("package.json"));
		Path list = out.resolve("filelists/cells.json");
		Files.writeString(list, Files.readString(list).replace("cells/a.tif", "cells/renamed.tif"));
		assertThrows(IncompletePackageException.class, () -> SubmissionPackage.verify(out));
		SubmissionPackage.seal(out);
		SubmissionPackage.verify(out);
		Files.writeString(list, Files.readString(list).replace("cells/renamed.tif", "cells/a.tif"));
		SubmissionPackage.seal(out);
		assertEquals(before, Files.readString(out.resolve("package.json")), "seal records what write records");
	}

	@Test
	void aFolderThatIsNotAPackageIsNeitherWrittenIntoNorReplaced() throws IOException {
		Path root = dataset("cells/a.tif");
		Path out = Files.createDirectories(tmp.resolve("out"));
		Files.writeString(out.resolve("thesis.docx"), "years of work");
		IOException e = assertThrows(IOException.class, () -> SubmissionPackage.write(deposition(root), out));
		assertTrue(e.getMessage().contains("is not a package folder, so it is not replaced"), e.getMessage());
		assertEquals(Map.of("thesis.docx", "years of work"), contents(out));
		assertEquals(List.of("out"), besideOut());

		e = assertThrows(IOException.class, () -> SubmissionPackage.write(deposition(root), tmp));
		assertTrue(e.getMessage().contains("holds the dataset"), e.getMessage());
	}
}
