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
package org.biadeposit.rembi;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.biadeposit.harvest.DatasetFile;

/**
 * Decides which files belong to which study component: by default one component per top-level folder of the
 * dataset (files directly in the root form a component of their own); otherwise as deposit.yaml selects them, by
 * folders, glob patterns or a path pattern.
 */
public final class ComponentPlanner {

	private ComponentPlanner() {}

	/**
	 * One component per top-level folder (in name order). Loose files in the root make a component (named after
	 * the dataset folder) only when there is no folder at all; beside folders they are left out, and the build
	 * reports them as in no component.
	 */
	public static List<StudyComponent> defaultComponents(Path root, List<DatasetFile> files) {
		Set<String> folders = new TreeSet<>();
		boolean loose = false;
		String last = null;
		for (DatasetFile f : files) {
			String path = f.path();
			int slash = path.indexOf('/');
			if (slash < 0) loose = true;
			// the files of one folder come together: its name is taken once
			else if (last == null || slash != last.length() || !path.startsWith(last)) {
				last = path.substring(0, slash);
				folders.add(last);
			}
		}
		List<StudyComponent> out = new ArrayList<>();
		for (String folder : folders) {
			out.add(new StudyComponent(folder, null, new FileSelection(List.of(folder), List.of(), null, null), null,
				null));
		}
		if (loose && folders.isEmpty()) {
			String name = root.toAbsolutePath().normalize().getFileName() == null ? "dataset" : root
				.toAbsolutePath().normalize().getFileName().toString();
			out.add(new StudyComponent(name, null, new FileSelection(List.of(), List.of("*"), null, null), null,
				null));
		}
		return out;
	}

	/** The files each selection takes, in path order; a selection may share files with another. */
	public static Map<FileSelection, List<DatasetFile>> assign(List<FileSelection> selections,
		List<DatasetFile> files)
	{
		List<FileIndexes> taken = indexes(selections, files);
		Map<FileSelection, List<DatasetFile>> out = new LinkedHashMap<>();
		for (int s = 0; s < selections.size(); s++) {
			List<DatasetFile> own = new ArrayList<>();
			for (int i = 0; i < taken.get(s).size(); i++) own.add(files.get(taken.get(s).get(i)));
			out.put(selections.get(s), own);
		}
		return out;
	}

	/**
	 * The files each selection takes, by their indexes in the list given, in its order; in one pass over the files,
	 * a folder's files held as one run.
	 */
	static List<FileIndexes> indexes(List<FileSelection> selections, List<DatasetFile> files) {
		List<Selector> selectors = selections.stream().map(Selector::new).toList();
		List<FileIndexes.Builder> taken = selections.stream().map(s -> new FileIndexes.Builder()).toList();
		for (int i = 0; i < files.size(); i++) {
			String path = files.get(i).path();
			for (int s = 0; s < selectors.size(); s++) {
				if (selectors.get(s).takes(path)) taken.get(s).add(i);
			}
		}
		return taken.stream().map(FileIndexes.Builder::build).toList();
	}

	/** Whether a selection takes a path, asked path by path (in path order, where it has a pattern). */
	static Predicate<String> taker(FileSelection selection) {
		return new Selector(selection)::takes;
	}

	/** Whether a selection takes a path (asked once per file of the dataset: arrays, no iterator). */
	private static final class Selector {

		private final String[] folders;
		private final PathMatcher[] globs;
		private final PatternMatches pattern;

		Selector(FileSelection s) {
			List<String> clean = new ArrayList<>();
			for (String f : s.folders()) {
				String c = f.replace('\\', '/').replaceAll("^\\./", "").replaceAll("/+$", "");
				clean.add(c.isEmpty() || c.equals(".") ? "" : c + "/");
			}
			folders = clean.toArray(String[]::new);
			globs = s.globs().stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toArray(
				PathMatcher[]::new);
			pattern = s.pattern() == null ? null : new PatternMatches(PathPattern.compile(s.pattern()), List.of());
		}

		boolean takes(String path) {
			for (int i = 0; i < folders.length; i++) {
				String f = folders[i];
				// a folder takes what is inside it; a file named as a folder takes itself
				if (path.startsWith(f) || path.length() + 1 == f.length() && f.startsWith(path)) return true;
			}
			for (int i = 0; i < globs.length; i++) {
				if (globs[i].matches(Path.of(path))) return true;
			}
			// A pattern selects on its own only when nothing else does; otherwise it only adds columns.
			return folders.length == 0 && globs.length == 0 && pattern != null && pattern.match(path) != null;
		}
	}
}
