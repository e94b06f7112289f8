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

import static org.biadeposit.validate.Findings.Section.FILE_LISTS;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.biadeposit.rembi.AnnotationSet;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.Place;
import org.biadeposit.rembi.StudyComponent;

/**
 * File-lists: every path is one BioStudies accepts, names a file that exists under the dataset folder, and is listed
 * once; column names are usable as a TSV header.
 *
 * <p>Paths follow {@link BioStudiesPath}, the one rule for them; each bad one gets a proposed safe name.
 */
final class FileListRules {

	/** A File-list as the report names it. */
	record Listed(String name, FileList list) {}

	private final Places at;
	private final Findings out;
	/** The names of the lists by position, as {@link #listsOf} gives them. */
	private List<String> names = List.of();
	/** Paths that are blank but not null, each counted once as a file (as a set of paths would). */
	private final Set<String> blankPaths = new HashSet<>();
	private ListedPaths listed;

	/** How many rows are read before their files are looked at. */
	private static final int RUN = 4096;
	private final FileList.Row[] run = new FileList.Row[RUN];
	private final String[] toLook = new String[RUN];
	private final long[] found = new long[RUN];
	/** Per row of a run, whether its path is plain (looked at once, for the look at its file and the check). */
	private final boolean[] plainPaths = new boolean[RUN];
	private final FileLooks looks = new FileLooks();

	/** Whether rows the builder made from this run's walk are taken as looked at (see DepositionValidator). */
	private final boolean justWalked;

	FileListRules(Places at, Findings out, boolean justWalked) {
		this.at = at;
		this.out = out;
		this.justWalked = justWalked;
	}

	/** The File-lists of a deposition: its study components', then its annotation sets'. */
	static List<Listed> listsOf(Deposition d) {
		List<Listed> out = new ArrayList<>();
		for (int i = 0; i < d.components().size(); i++) {
			StudyComponent c = d.components().get(i);
			if (c.fileList() != null) out.add(new Listed(name(c.fileList(), c.name(), "component " + (i + 1)), c
				.fileList()));
		}
		for (int i = 0; i < d.annotations().size(); i++) {
			AnnotationSet a = d.annotations().get(i);
			if (a.fileList() != null) out.add(new Listed(name(a.fileList(), a.title(), "annotations " + (i + 1)), a
				.fileList()));
		}
		return out;
	}

	private static String name(FileList list, String owner, String fallback) {
		return !Text.isBlank(list.name()) ? list.name() : !Text.isBlank(owner) ? owner : fallback;
	}

	/**
	 * Checks every File-list row in one pass over each list, in order, and tells {@code sizes} of each row. The
	 * paths are kept in a compact table ({@link #listed()}), not a set, for the checks after this one.
	 */
	void check(Deposition d, SizeRules.Tally sizes) {
		List<Listed> lists = listsOf(d);
		names = lists.stream().map(Listed::name).toList();
		Path base = base(d.root(), lists);
		ListedPaths paths = new ListedPaths(lists.stream().map(Listed::list).toList());
		for (int l = 0; l < lists.size(); l++) {
			Listed list = lists.get(l);
			columns(list);
			List<FileList.Row> rows = list.list().rows();
			// the walk that made a built list has just seen its files: they are as it found them
			boolean seen = justWalked && list.list().walked();
			// rows a run at a time: their files are looked at together, then each row is checked in order
			for (int start = 0, n = rows.size(); start < n; start += RUN) {
				int length = Math.min(RUN, n - start);
				for (int i = 0; i < length; i++) {
					FileList.Row row = rows.get(start + i);
					String path = row.path();
					run[i] = row;
					plainPaths[i] = path != null && BioStudiesPath.plain(path);
					toLook[i] = !seen && base != null && plainPaths[i] ? path : null;
				}
				looks.look(base, toLook, length, found);
				if (seen) {
					for (int i = 0; i < length; i++) found[i] = run[i].size() >= 0 ? run[i].size() : FileLooks.NOT_LOOKED;
				}
				for (int i = 0; i < length; i++) {
					check(list, start + i, run[i], plainPaths[i], paths.ref(l, start + i), paths, base, sizes, found[i]);
				}
			}
		}
		listed = paths;
	}


	/** The paths of every File-list, once {@link #check} has read them all; null before. */
	ListedPaths listed() {
		return listed;
	}

	/**
	 * @param plain whether {@link BioStudiesPath#plain} found the row's path plain
	 * @param found what a look at the row's file found, or {@link FileLooks#NOT_LOOKED}
	 */
	private void check(Listed l, int r, FileList.Row row, boolean plain, int ref, ListedPaths paths, Path base,
		SizeRules.Tally sizes, long found)
	{
		String path = row.path();
		if (Text.isBlank(path)) {
			sizes.row(l.name(), r, row, path != null && blankPaths.add(path));
			out.error(FILE_LISTS, Places.row(l.name(), r, path), "the row has no path; every row names a file by its " +
				"path from the dataset folder");
			return;
		}
		boolean wellFormed = plain || shape(path, Places.row(l.name(), r, path));
		if (!paths.add(path, ref)) {
			sizes.row(l.name(), r, row, false);
			int earlier = paths.row(paths.sameInList());
			out.error(FILE_LISTS, Places.row(l.name(), r, path), path + " is listed twice in File-list " + l.name() +
				", in rows " + (earlier + 1) + " and " + (r + 1) + "; list each file once (remove row " + (r + 1) + ")");
			return;
		}
		int other = paths.sameElsewhere();
		sizes.row(l.name(), r, row, other == ListedPaths.NONE);
		if (other != ListedPaths.NONE) {
			out.warning(FILE_LISTS, Places.row(l.name(), r, path), path + " is also listed in File-list " + nameOf(
				paths.list(other)) + " (row " + (paths.row(other) + 1) + "); a file normally belongs to one study " +
				"component or annotation set, so check the files: selections");
		}
		else if (paths.otherCase() != ListedPaths.NONE) {
			int clash = paths.otherCase();
			out.warning(FILE_LISTS, Places.row(l.name(), r, path), path + " differs only in case from " + paths.rowAt(
				clash).path() + " (File-list " + nameOf(paths.list(clash)) + ", row " + (paths.row(clash) + 1) + "); " +
				"BioStudies keeps both, but Windows and macOS do not tell such names apart, so one would overwrite " +
				"the other when the study is downloaded there. Rename one of them, then build the deposition again");
		}
		if (wellFormed && base != null) exists(base, path, plain, found, row.size(), l, r);
	}

	private String nameOf(int list) {
		return names.get(list);
	}

	/** The dataset folder, if File-list paths can be checked against it; says why not otherwise. */
	private Path base(Path root, List<Listed> lists) {
		boolean anyRows = lists.stream().anyMatch(l -> !l.list().rows().isEmpty());
		if (!anyRows) return null;
		if (root == null) {
			out.error(FILE_LISTS, Place.described("dataset folder"), "the deposition does not say which folder its files are in, " +
				"so no File-list path can be checked; build it from the dataset folder");
			return null;
		}
		Path base;
		try {
			base = root.toAbsolutePath().normalize();
		}
		catch (RuntimeException e) {
			out.error(FILE_LISTS, Places.file(root.toString()), "the dataset folder cannot be resolved (" + e.getMessage() + ")");
			return null;
		}
		if (!Files.isDirectory(base)) {
			out.error(FILE_LISTS, Places.file(root.toString()), "the dataset folder does not exist (or is not a folder), so no " +
				"File-list path can be checked; check the path, or whether the disk is mounted");
			return null;
		}
		return base;
	}

	/**
	 * Checks the path against {@link BioStudiesPath}, proposing a safe name; true if it can be looked up safely under
	 * the dataset folder.
	 */
	private boolean shape(String path, Place where) {
		boolean ok = true;
		List<BioStudiesPath.Fault> faults = BioStudiesPath.faults(path);
		String safe = faults.isEmpty() ? path : BioStudiesPath.safe(path);
		String rename = safe.isEmpty() || safe.equals(path) ? "" : ". Rename it to the safe name \"" + safe + "\" (bia " +
			"rename DIR renames every such file), then build the deposition again";
		for (BioStudiesPath.Fault f : faults) {
			out.error(FILE_LISTS, where, f.message() + rename);
			ok &= !f.structural();
		}
		return ok;
	}

	private void exists(Path base, String path, boolean plain, long found, long listedSize, Listed l, int r) {
		if (found >= 0 && (listedSize < 0 || found == listedSize)) return;
		Path file;
		try {
			// a plain path has no . or .. part to resolve and cannot leave the folder
			file = plain ? base.resolve(path) : base.resolve(path).normalize();
		}
		catch (InvalidPathException e) {
			out.error(FILE_LISTS, Places.row(l.name(), r, path), "the path cannot be a file on this computer (" + e
				.getReason() + "); rename the file");
			return;
		}
		if (!plain && !file.startsWith(base)) return; // not reached: shape() refuses paths that leave the folder
		// one look at the file (following links) tells a folder, a file that is not there and the size apart
		long size = found != FileLooks.NOT_LOOKED ? found : FileLooks.look(file);
		if (size >= 0 && (listedSize < 0 || size == listedSize)) return;
		Place where = Places.row(l.name(), r, path);
		if (size == FileLooks.FOLDER) {
			out.error(FILE_LISTS, where, path + " is a folder, not a file; a File-list row names one file, so " +
				"list the folder's files instead");
			return;
		}
		if (size < 0) {
			boolean link = Files.isSymbolicLink(file);
			out.error(FILE_LISTS, where, path + (link ? " is a link to a file that does not exist" : " does not " +
				"exist in the dataset folder " + base) + "; it was moved, renamed or deleted after the File-list " +
				"was built. Put it back, or build the deposition again");
			return;
		}
		out.warning(FILE_LISTS, where, path + " is now " + size + " bytes, but the File-list says " + listedSize +
			"; it changed after the File-list was built. Build the deposition again so the File-list describes " +
			"what will be uploaded");
	}

	/**
	 * Column names: each non-blank, one line, not repeated (ignoring case, as BIA's ingest matches names), and
	 * none but the first called Files.
	 */
	private void columns(Listed l) {
		List<String> columns = l.list().columns();
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			String c = columns.get(i);
			Place where = Places.column(l.name(), i, c);
			if (Text.isBlank(c)) {
				out.error(FILE_LISTS, where, "the column has no name; every File-list column needs a header, e.g. " +
					"\"Treatment\" (or remove the column)");
				seen.add(null);
				continue;
			}
			if (c.indexOf('\t') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
				out.error(FILE_LISTS, where, "the column name contains a tab or line break, which would break the " +
					"File-list table; rename the column");
			}
			if (c.strip().equalsIgnoreCase("Files")) {
				out.error(FILE_LISTS, where, "only the first column may be called Files (it holds the paths); " +
					"rename this column");
			}
			String norm = c.strip().toLowerCase(Locale.ROOT);
			for (int j = 0; j < seen.size(); j++) {
				if (seen.get(j) != null && seen.get(j).strip().toLowerCase(Locale.ROOT).equals(norm)) {
					out.error(FILE_LISTS, where, "column " + (j + 2) + " has the same name" + (seen.get(j).strip()
						.equals(c.strip()) ? "" : " (ignoring case, as BIA compares them)") + "; give each " +
						"column a different name, or merge the two");
					break;
				}
			}
			seen.add(c);
		}
	}
}
