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

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.harvest.DatasetWalk;
import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.DatasetRenaming;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.StudyComponent;

/**
 * The package folder a deposition is sent from (or uploaded by hand through the BIA web tool):
 * {@code submission.json} (PageTab), {@code filelists/<list>.json} and {@code .tsv}, {@code upload-plan.tsv}
 * (every file to upload: local path, remote path, size), and last {@code package.json} (every file of the package
 * with its size and SHA-256, and how many files the upload plan lists), which {@link #verify} checks before anything
 * is sent.
 * <p>
 * A package is written whole or not at all: into {@code OUT.partial-<pid>-<random>} beside OUT, flushed to disk, then
 * moved into place in one step (see {@link StagedFolder}). An interrupted run leaves OUT as it was (absent, or the
 * previous complete package); the next run removes what it left. Writing over a previous package keeps what
 * {@code bia submit} wrote into it (receipt.json, the upload journal, and any other file that is not part of the
 * package itself), so that a package written again after a submission still knows that submission. A folder that
 * holds other files and is not a package is never written into or replaced.
 * </p>
 */
public final class SubmissionPackage {

	public static final String SUBMISSION = "submission.json";
	public static final String UPLOAD_PLAN = "upload-plan.tsv";
	/** What {@code bia rename} renamed in the dataset, old path and new, when it renamed anything. */
	public static final String RENAMED = "renamed.tsv";
	/** Marks a package folder, so that a package written inside the dataset is not taken for data. */
	public static final String MARKER = DatasetWalk.PACKAGE_MARKER;
	/** Written last: what the package holds (see {@link #verify}); a package without it is incomplete. */
	public static final String MANIFEST = PackageManifest.NAME;

	/** The entries of a package folder that a new package replaces; every other entry is kept. */
	private static final Set<String> OWN = Set.of(MARKER, SUBMISSION, DepositionPageTab.FILE_LIST_FOLDER,
		UPLOAD_PLAN, MANIFEST, RENAMED);

	/**
	 * What was written.
	 *
	 * @param notes what was tidied up on the way (leftovers of an interrupted run), for the user
	 */
	public record Written(Path submission, List<Path> fileLists, Path uploadPlan, int files, long bytes,
		List<String> notes)
	{}

	/** Where a test interrupts the writing: told of each step, it may throw or never return. */
	interface Interruption {

		Interruption NONE = step -> {};

		void at(String step) throws IOException;
	}

	private SubmissionPackage() {}

	/** Writes only the File-lists, {@code OUT/<list>.tsv} and {@code .json} (bia filelists). */
	public static List<Path> writeFileLists(Deposition d, Path out) throws IOException {
		Files.createDirectories(out);
		List<Path> written = new ArrayList<>();
		for (FileList list : lists(d)) {
			Path json = out.resolve(list.name() + ".json"), tsv = out.resolve(list.name() + ".tsv");
			FileListFiles.write(list, json, tsv, (r, row) -> {});
			written.add(tsv);
			written.add(json);
		}
		return written;
	}

	/**
	 * Writes the whole package into {@code out}, replacing a previous package there. The deposition should have
	 * passed validation.
	 *
	 * @throws IOException when {@code out} holds files but is not a package, holds the dataset, or cannot be written;
	 *   {@code out} is then as it was
	 */
	public static Written write(Deposition d, Path out) throws IOException {
		return write(d, out, Interruption.NONE);
	}

	static Written write(Deposition d, Path out, Interruption interruption) throws IOException {
		Path target = out.toAbsolutePath().normalize();
		if (target.getParent() == null) throw new IOException("a package cannot replace " + target + "; give a folder");
		Files.createDirectories(target.getParent());
		List<String> notes = new ArrayList<>(StagedFolder.recover(target));
		refuseToReplace(d, target);
		StagedFolder staged = StagedFolder.beside(target);
		try {
			Written w = write(d, target, staged.folder(), interruption);
			notes.addAll(staged.commit(interruption));
			return new Written(w.submission(), w.fileLists(), w.uploadPlan(), w.files(), w.bytes(), notes);
		}
		catch (IOException | RuntimeException e) {
			staged.abandon();
			throw e;
		}
	}

	/** Writes the package into {@code folder}, naming its files as they will be in {@code target}. */
	private static Written write(Deposition d, Path target, Path folder, Interruption interruption)
		throws IOException
	{
		// first, so that a package folder inside the dataset is never taken for data, not even half written
		Files.writeString(folder.resolve(MARKER), "bia-deposit package folder\n", StandardCharsets.UTF_8);
		PageTabJson.write(DepositionPageTab.submission(d), folder.resolve(SUBMISSION));
		interruption.at(SUBMISSION);
		List<Path> fileLists = new ArrayList<>();
		List<String> own = new ArrayList<>(List.of(SUBMISSION));
		Map<String, String> sums = new HashMap<>();
		// one pass over each File-list's rows writes its JSON and TSV and the upload plan's rows: a row of a study
		// of millions of files is made once and not held
		List<FileList> lists = lists(d);
		Path listFolder = folder.resolve(DepositionPageTab.FILE_LIST_FOLDER);
		Files.createDirectories(listFolder);
		Path planFile = folder.resolve(UPLOAD_PLAN);
		UploadPlanRows plan;
		try (BufferedWriter w = Files.newBufferedWriter(planFile, StandardCharsets.UTF_8)) {
			UploadPlanRows rows = new UploadPlanRows(d.root(), target, folder, lists, w);
			for (int l = 0; l < lists.size(); l++) {
				FileList list = lists.get(l);
				int at = l;
				String json = DepositionPageTab.FILE_LIST_FOLDER + "/" + list.name() + ".json";
				String tsv = DepositionPageTab.FILE_LIST_FOLDER + "/" + list.name() + ".tsv";
				FileListFiles.Sums written = FileListFiles.write(list, folder.resolve(json), folder.resolve(tsv), (r,
					row) -> rows.row(at, r, row));
				rows.written(l);
				sums.put(json, written.json());
				sums.put(tsv, written.tsv());
				for (String name : List.of(tsv, json)) {
					fileLists.add(target.resolve(name));
					own.add(name);
					interruption.at(name);
				}
			}
			rows.refuseToSplit();
			if (!rows.toWriteAgain()) rows.finish();
			plan = rows;
		}
		if (plan.toWriteAgain()) {
			try (BufferedWriter w = Files.newBufferedWriter(planFile, StandardCharsets.UTF_8)) {
				plan = UploadPlanRows.again(d.root(), target, folder, lists, w);
			}
		}
		long bytes = plan.bytes();
		int planned = plan.planned();
		interruption.at(UPLOAD_PLAN);
		Path renamed = d.root() == null ? null : d.root().resolve(DatasetRenaming.TABLE);
		if (renamed != null && Files.isRegularFile(renamed)) {
			Files.copy(renamed, folder.resolve(RENAMED)); // for people and curators; not sent, so not in package.json
		}

		keepWhatSubmitWrote(target, folder);
		own.subList(1, own.size()).sort(null); // as seal lists them
		PackageManifest.write(folder, own, sums, planned, bytes);
		interruption.at(MANIFEST);
		return new Written(target.resolve(SUBMISSION), fileLists, target.resolve(UPLOAD_PLAN), planned, bytes,
			List.of());
	}

	/**
	 * Checks that a folder is a complete package as {@link #write} wrote it, before anything of it is sent: its
	 * {@code package.json} is there and every file it lists has the size and SHA-256 it records.
	 *
	 * @throws IncompletePackageException naming the folder and what is missing, cut short or changed, and saying to
	 *   write the package again
	 */
	public static void verify(Path folder) throws IncompletePackageException {
		Path dir = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			Path aside = StagedFolder.movedAside(dir);
			throw new IncompletePackageException(aside != null ? dir + " is missing: an interrupted bia package " +
				"left the previous package in " + aside + "; run bia package again, which puts it back or " +
				"replaces it" : dir + " is not a folder; write the package with bia package first");
		}
		PackageManifest.verify(dir);
	}

	/**
	 * Records a package folder assembled or edited by other means (a test, another tool) as complete, as
	 * {@link #write} does last: writes its {@code package.json} for the {@code submission.json}, File-lists and
	 * upload plan it holds now.
	 */
	public static void seal(Path folder) throws IOException {
		Path dir = folder.toAbsolutePath().normalize();
		List<String> own = new ArrayList<>(List.of(SUBMISSION));
		Path lists = dir.resolve(DepositionPageTab.FILE_LIST_FOLDER);
		if (Files.isDirectory(lists)) {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(lists, Files::isRegularFile)) {
				for (Path p : entries) own.add(DepositionPageTab.FILE_LIST_FOLDER + "/" + p.getFileName());
			}
		}
		own.subList(1, own.size()).sort(null);
		long bytes = UploadPlanTsv.read(dir.resolve(UPLOAD_PLAN)).stream().mapToLong(UploadPlanTsv.Row::size).sum();
		// counted as verify counts them: every line after the header
		int lines = Files.readAllLines(dir.resolve(UPLOAD_PLAN), StandardCharsets.UTF_8).size();
		PackageManifest.write(dir, own, Math.max(0, lines - 1), bytes);
	}

	/** Refuses to replace a folder that is not a package (nor empty), or that holds the dataset. */
	private static void refuseToReplace(Deposition d, Path target) throws IOException {
		if (d.root() != null && d.root().toAbsolutePath().normalize().startsWith(target)) {
			throw new IOException("the package folder " + target + " holds the dataset " + d.root() + "; give " +
				"--out a folder outside the dataset, or a new folder inside it (nothing was written)");
		}
		if (!Files.exists(target)) return;
		if (!Files.isDirectory(target)) {
			throw new IOException(target + " is a file, not a folder; give --out a new folder (nothing was written)");
		}
		if (Files.exists(target.resolve(MARKER)) || Files.exists(target.resolve(MANIFEST))) return;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
			if (entries.iterator().hasNext()) {
				throw new IOException(target + " holds files and is not a package folder, so it is not replaced; " +
					"give --out a new or empty folder (nothing was written)");
			}
		}
	}

	/** Copies what a previous package in {@code target} holds besides the package itself: receipt, journal. */
	private static void keepWhatSubmitWrote(Path target, Path folder) throws IOException {
		if (!Files.isDirectory(target)) return;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
			for (Path e : entries) {
				String name = e.getFileName().toString();
				if (!OWN.contains(name)) StagedFolder.copy(e, folder.resolve(name));
			}
		}
	}

	private static List<FileList> lists(Deposition d) {
		List<FileList> out = new ArrayList<>();
		for (StudyComponent c : d.components()) {
			if (c.fileList() != null && !c.fileList().rows().isEmpty()) out.add(c.fileList());
		}
		for (AnnotationSet a : d.annotations()) {
			if (a.fileList() != null && !a.fileList().rows().isEmpty()) out.add(a.fileList());
		}
		return out;
	}
}
