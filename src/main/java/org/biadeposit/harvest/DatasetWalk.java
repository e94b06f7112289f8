package org.biadeposit.harvest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * One walk of a dataset folder, in name order, that says what it meets: each regular file, each folder that is a
 * dataset of its own (an OME-Zarr store, when asked), and each file or folder it cannot reach, with the reason.
 * Nothing is silently skipped but what {@link #skip} names. A symbolic link whose target lies inside the dataset
 * folder is followed and its files are given under the link's own path (which is what gets uploaded); a link that
 * leaves the folder, dangles or loops, a folder that cannot be listed, a path too long to open, and a named pipe,
 * socket or device are reported, and none of them is opened. The harvest and the File-lists both walk this way.
 */
public final class DatasetWalk {

	/** Told what the walk meets, in walk order. Paths are under the root given, as the walk met them. */
	public interface Visitor {

		/** A regular file, met directly or through a link inside the dataset; its size is the target's. */
		void file(Path file, long size);

		/** A folder that {@link #wholeFolders} calls one dataset: it is not walked into. */
		default void dataset(Path folder) {}

		/**
		 * A file or folder the walk cannot reach, and why, said for a person: the path relative to the root, the
		 * reason and what to do.
		 */
		void unreachable(Path path, String reason);
	}

	private final Path root;
	private boolean recursive = true;
	private Predicate<Path> skipped = p -> false;
	private Predicate<Path> whole = p -> false;
	private BooleanSupplier cancelled = () -> false;

	public DatasetWalk(Path root) {
		this.root = Objects.requireNonNull(root);
	}

	/** Whether subfolders are walked (default) or only the files directly inside the root. */
	public DatasetWalk recursive(boolean value) {
		this.recursive = value;
		return this;
	}

	/** Entries that are not part of the dataset (hidden files, caches): neither walked nor reported. */
	public DatasetWalk skip(Predicate<Path> value) {
		this.skipped = Objects.requireNonNull(value);
		return this;
	}

	/** Folders that are one dataset each, handed to {@link Visitor#dataset} instead of being walked into. */
	public DatasetWalk wholeFolders(Predicate<Path> value) {
		this.whole = Objects.requireNonNull(value);
		return this;
	}

	/** Asked before each entry: the walk stops when it says so. */
	public DatasetWalk until(BooleanSupplier value) {
		this.cancelled = Objects.requireNonNull(value);
		return this;
	}

	/** Walks the root folder. */
	public void walk(Visitor visitor) {
		PathReach reach;
		try {
			reach = new PathReach(root, root.toRealPath());
		}
		catch (IOException e) {
			visitor.unreachable(root, PathReach.failure(root, root, e));
			return;
		}
		Set<Object> ancestors = new HashSet<>();
		Object key = reach.of(root).key();
		if (key != null) ancestors.add(key);
		walk(reach, root, ancestors, visitor);
	}

	private void walk(PathReach reach, Path dir, Set<Object> ancestors, Visitor visitor) {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path p : stream) entries.add(p);
		}
		catch (IOException | SecurityException e) {
			visitor.unreachable(dir, PathReach.failure(root, dir, e));
			return;
		}
		entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
		for (Path entry : entries) {
			if (cancelled.getAsBoolean()) return;
			if (skipped.test(entry)) continue;
			PathReach.Reached r = reach.of(entry);
			if (r.problem() != null) {
				visitor.unreachable(entry, r.problem());
			}
			else if (!r.folder()) {
				visitor.file(entry, r.size());
			}
			else if (whole.test(entry)) {
				visitor.dataset(entry);
			}
			else if (recursive) {
				if (!ancestors.add(r.key())) {
					visitor.unreachable(entry, reach.loop(entry));
					continue;
				}
				walk(reach, entry, ancestors, visitor);
				ancestors.remove(r.key());
			}
		}
	}

	/** A path relative to a root, with {@code /} separators: how files of a dataset are named everywhere. */
	public static String relative(Path root, Path p) {
		String rel = root.relativize(p).toString();
		String sep = p.getFileSystem().getSeparator();
		return sep.equals("/") ? rel : rel.replace(sep, "/");
	}
}
