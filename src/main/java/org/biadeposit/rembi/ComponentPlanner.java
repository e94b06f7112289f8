package org.biadeposit.rembi;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.biadeposit.harvest.DatasetWalk;

/**
 * Decides which files belong to which study component: by default one component per top-level folder of the
 * dataset (files directly in the root form a component of their own); otherwise as deposit.yaml selects them, by
 * folders, glob patterns or a path pattern.
 */
public final class ComponentPlanner {

	/** Files that are never part of the deposit: our own configuration and caches, and hidden files. */
	private static final Set<String> NOT_DATA = Set.of("deposit.yaml", "deposit.yml");

	private ComponentPlanner() {}

	/**
	 * Every file under the root, sorted by path, except hidden files, deposit.yaml and package folders written
	 * inside the dataset. A file reached through a symbolic link inside the root is listed under the link's path;
	 * every file or folder the walk cannot reach (a link that leaves the root, dangles or loops, a folder that
	 * cannot be listed or whose path is too long, a named pipe) is an error in {@code problems}, named by its path.
	 */
	public static List<DatasetFile> files(Path root, List<Problem> problems) {
		List<DatasetFile> out = new ArrayList<>();
		new DatasetWalk(root).skip(ComponentPlanner::notData).walk(new DatasetWalk.Visitor() {

			@Override
			public void file(Path file, long size) {
				out.add(new DatasetFile(relative(root, file), size));
			}

			@Override
			public void unreachable(Path path, String reason) {
				problems.add(Problem.error(path.equals(root) ? root.toString() : relative(root, path), reason));
			}
		});
		out.sort((a, b) -> a.path().compareTo(b.path()));
		return out;
	}

	/** Hidden files and folders, our own configuration and caches, and a package folder written in the dataset. */
	private static boolean notData(Path p) {
		String name = p.getFileName().toString();
		return name.startsWith(".") || NOT_DATA.contains(name) || name.endsWith(".bia-harvest-cache.jsonl") || Files
			.exists(p.resolve(".bia-package"), LinkOption.NOFOLLOW_LINKS);
	}

	static String relative(Path root, Path file) {
		return DatasetWalk.relative(root, file);
	}

	/** One component per top-level folder (in name order); loose files in the root make one more. */
	public static List<StudyComponent> defaultComponents(Path root, List<DatasetFile> files) {
		Set<String> folders = new TreeSet<>();
		boolean loose = false;
		for (DatasetFile f : files) {
			int slash = f.path().indexOf('/');
			if (slash < 0) loose = true;
			else folders.add(f.path().substring(0, slash));
		}
		List<StudyComponent> out = new ArrayList<>();
		for (String folder : folders) {
			out.add(new StudyComponent(folder, null, new FileSelection(List.of(folder), List.of(), null, null), null,
				null));
		}
		if (loose) {
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
		Map<FileSelection, List<DatasetFile>> out = new LinkedHashMap<>();
		for (FileSelection s : selections) {
			List<DatasetFile> taken = new ArrayList<>();
			Selector selector = new Selector(s);
			for (DatasetFile f : files) {
				if (selector.takes(f.path())) taken.add(f);
			}
			out.put(s, taken);
		}
		return out;
	}

	/** Whether a selection takes a path. */
	private static final class Selector {

		private final List<String> folders = new ArrayList<>();
		private final List<PathMatcher> globs = new ArrayList<>();
		private final PathPattern pattern;

		Selector(FileSelection s) {
			for (String f : s.folders()) {
				String clean = f.replace('\\', '/').replaceAll("^\\./", "").replaceAll("/+$", "");
				folders.add(clean.isEmpty() || clean.equals(".") ? "" : clean + "/");
			}
			for (String g : s.globs()) globs.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
			pattern = s.pattern() == null ? null : PathPattern.compile(s.pattern());
		}

		boolean takes(String path) {
			for (String f : folders) {
				if (path.startsWith(f)) return true;
			}
			for (PathMatcher g : globs) {
				if (g.matches(Path.of(path))) return true;
			}
			// A pattern selects on its own only when nothing else does; otherwise it only adds columns.
			return folders.isEmpty() && globs.isEmpty() && pattern != null && pattern.match(path) != null;
		}
	}
}
