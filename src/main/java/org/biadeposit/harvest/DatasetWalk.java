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

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * One walk of a dataset folder, in name order, that says what it meets: each regular file, each folder that is a
 * dataset of its own (an OME-Zarr store, when asked), and each file or folder it cannot reach, with the reason.
 * Nothing is silently skipped but what is not data ({@link #notData}: the one place that says what belongs to a
 * dataset, for every walk; inside a folder that is one dataset, every file belongs to it). A symbolic link whose target lies inside the dataset folder is followed and its files
 * are given under the link's own path (which is what gets uploaded); a link that leaves the folder, dangles or
 * loops, a folder that cannot be listed, a path too long to open, and a named pipe, socket or device are reported,
 * and none of them is opened. The harvest walks this way, and lists the dataset's files for the File-lists on the
 * same walk.
 */
public final class DatasetWalk {

	/** Told what the walk meets, in walk order. Paths are under the root given, as the walk met them. */
	public interface Visitor {

		/**
		 * A regular file, met directly or through a link inside the dataset; its size and modification time (in
		 * milliseconds) are the target's. The walk has read them anyway: the harvest cache need not look again.
		 */
		void file(Path file, long size, long modified);

		/**
		 * Work on a regular file that may be done ahead, on a thread that lists folders (so it must be safe to call
		 * from several threads at once): what it gives is handed to {@link #file(Path, long, long, Object)}.
		 */
		default Object ahead(Path file, long size, long modified) {
			return null;
		}

		/** A regular file, with what {@link #ahead} gave for it. */
		default void file(Path file, long size, long modified, Object ahead) {
			file(file, size, modified);
		}

		/**
		 * A folder that {@link #wholeFolders} calls one dataset: it is not walked into, unless {@link #parts} asks
		 * for its files.
		 */
		default void dataset(Path folder) {}

		/** A regular file inside a folder that is one dataset, when {@link #parts} asks for them. */
		default void part(Path file, long size) {}

		/**
		 * A file or folder the walk cannot reach, and why, said for a person: the path relative to the root, the
		 * reason and what to do.
		 */
		void unreachable(Path path, String reason);
	}

	/** Marks a package folder (the pagetab station writes it): one written inside the dataset is not data. */
	public static final String PACKAGE_MARKER = ".bia-package";

	/** The deposition's own description, beside its data but not part of it. */
	private static final Set<String> DESCRIPTION = Set.of("deposit.yaml", "deposit.yml");

	private final Path root;
	private boolean recursive = true;
	private boolean parts;
	private Predicate<Path> whole = p -> false;
	private BooleanSupplier cancelled = () -> false;
	private int threads = 1;
	private int most = WalkAhead.AHEAD;
	private int byName = BY_NAME;

	public DatasetWalk(Path root) {
		this.root = Objects.requireNonNull(root);
	}

	/** Whether subfolders are walked (default) or only the files directly inside the root. */
	public DatasetWalk recursive(boolean value) {
		this.recursive = value;
		return this;
	}

	/**
	 * Whether an entry is not part of the dataset, and so neither walked nor reported: hidden files and folders,
	 * deposit.yaml, the harvest cache, and a package folder written inside the dataset.
	 */
	static boolean notData(Path p) {
		return notDataByName(p) || isPackage(p);
	}

	private static boolean notDataByName(Path p) {
		return notDataByName(p.getFileName().toString());
	}

	private static boolean notDataByName(String name) {
		return name.startsWith(".") || DESCRIPTION.contains(name) || HarvestCache.isCacheFile(name);
	}

	private static boolean isPackage(Path p) {
		return Files.exists(p.resolve(PACKAGE_MARKER), LinkOption.NOFOLLOW_LINKS);
	}

	/** Folders that are one dataset each, handed to {@link Visitor#dataset} instead of being walked into. */
	public DatasetWalk wholeFolders(Predicate<Path> value) {
		this.whole = Objects.requireNonNull(value);
		return this;
	}

	/**
	 * Whether the files inside the folders that are one dataset each are walked too, each handed to
	 * {@link Visitor#part} (after {@link Visitor#dataset}), as the File-lists need them; by default they are not.
	 * Every file inside such a folder is a part, hidden ones too (a Zarr v2 store's {@code .zattrs} and
	 * {@code .zarray}); a root folder that is one dataset itself is walked as parts only.
	 */
	public DatasetWalk parts(boolean value) {
		this.parts = value;
		return this;
	}

	/** Asked before each entry: the walk stops when it says so. */
	public DatasetWalk until(BooleanSupplier value) {
		this.cancelled = Objects.requireNonNull(value);
		return this;
	}

	/**
	 * How many threads list folders (default 1): with more, folders further on in walk order are listed, their
	 * entries looked at and {@link Visitor#ahead} run on other threads while the visitor is told of earlier ones;
	 * the visitor is still told of everything on the walking thread, in the same order as with one.
	 */
	public DatasetWalk threads(int value) {
		this.threads = Math.max(1, value);
		return this;
	}

	/** Folders of at least so many entries are opened to look at them by name (tests: 0, or never). */
	DatasetWalk byName(int entries) {
		this.byName = entries;
		return this;
	}

	/** How many entries may be listed ahead of the visitor (tests make it small to see the helpers wait). */
	DatasetWalk ahead(int entries) {
		this.most = Math.max(1, entries);
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
		Object key = reach.of(root).key();
		WalkAhead.Folder top = new WalkAhead.Folder(root, parts && whole.test(root), key == null ? null
			: new WalkAhead.Chain(key, null), new int[0]);
		try (WalkAhead ahead = new WalkAhead(threads, most, (f, piece) -> list(reach, f, piece, visitor), cancelled)) {
			tell(ahead, top, visitor);
		}
	}

	/** Tells the visitor of a folder's entries, and of its sub-folders' in their place, on this thread. */
	private void tell(WalkAhead ahead, WalkAhead.Folder folder, Visitor visitor) {
		for (int piece = 0; piece < ahead.pieces(folder); piece++) { // one until the first piece is listed
			List<WalkAhead.Entry> entries = ahead.await(folder, piece);
			try {
				for (WalkAhead.Entry e : entries) {
					if (cancelled.getAsBoolean()) return;
					switch (e.kind()) {
						case FILE -> visitor.file(e.path(), e.size(), e.modified(), e.ahead());
						case PART -> visitor.part(e.path(), e.size());
						case DATASET -> visitor.dataset(e.path());
						case UNREACHABLE -> visitor.unreachable(e.path(), e.problem());
						case FOLDER -> tell(ahead, e.sub(), visitor);
					}
				}
			}
			finally {
				ahead.told(entries.size());
			}
		}
	}

	/**
	 * Lists a piece of a folder, on whichever thread: for the first, the folder's names in name order; then the
	 * piece's entries, each looked at.
	 */
	private List<WalkAhead.Entry> list(PathReach reach, WalkAhead.Folder folder, int piece, Visitor visitor) {
		Path dir = folder.dir();
		List<WalkAhead.Entry> out = new ArrayList<>();
		Names named;
		if (piece == 0) {
			try {
				named = names(dir);
			}
			catch (IOException | SecurityException e) {
				out.add(WalkAhead.Entry.unreachable(dir, PathReach.failure(root, dir, e)));
				return out;
			}
			folder.split(named.names().length, named);
		}
		else {
			named = (Names) folder.names();
		}
		int from = piece * WalkAhead.PIECE, to = Math.min(named.names().length, from + WalkAhead.PIECE);
		try (SecureDirectoryStream<Path> in = named.names().length >= byName ? opened(dir) : null) {
			look(reach, folder, visitor, named, from, to, in, out);
		}
		catch (IOException e) {
			// closing a folder opened only to look in it: its entries were looked at
		}
		return out;
	}

	/** Looks at a listed folder's entries from place {@code from} to {@code to}. */
	private void look(PathReach reach, WalkAhead.Folder folder, Visitor visitor, Names named, int from, int to,
		SecureDirectoryStream<Path> in, List<WalkAhead.Entry> out)
	{
		boolean inside = folder.inside();
		Path dir = folder.dir();
		int dirChars = dir.toString().length();
		for (int at = from; at < to; at++) { // an entry's place in the folder is a sub-folder's place in the walk
			String name = named.names()[at];
			if (cancelled.getAsBoolean()) break;
			// inside a dataset folder every file is part of it: a Zarr v2 store's .zattrs is data
			if (!inside && notDataByName(name)) continue;
			// the name checked alone and then joined to the folder's path, not the whole path checked again
			Path leaf = named.paths() == null ? DEFAULT.getPath(name) : named.paths()[at].getFileName();
			Path entry = named.paths() == null ? dir.resolve(leaf) : named.paths()[at];
			PathReach.Reached r = reach.of(entry, PathReach.openable(dirChars + 1 + name.length()) ? in : null, leaf);
			// only a folder can be a package folder: no look for its marker beside every file
			if (!inside && r.folder() && isPackage(entry)) continue;
			if (r.problem() != null) {
				out.add(WalkAhead.Entry.unreachable(entry, r.problem()));
			}
			else if (!r.folder()) {
				out.add(inside ? new WalkAhead.Entry(WalkAhead.Kind.PART, entry, r.size(), 0, null, null, null)
					: new WalkAhead.Entry(WalkAhead.Kind.FILE, entry, r.size(), r.modified(), null, visitor.ahead(
						entry, r.size(), r.modified()), null));
			}
			else if (!inside && whole.test(entry)) {
				out.add(new WalkAhead.Entry(WalkAhead.Kind.DATASET, entry, -1, 0, null, null, null));
				if (parts) into(reach, folder, entry, r, true, at, out);
			}
			else if (recursive || inside) {
				into(reach, folder, entry, r, inside, at, out);
			}
		}
	}

	/**
	 * From how many entries on a folder is opened to look at them by name: an opening costs about what looking at
	 * a few entries by name saves.
	 */
	private static final int BY_NAME = 8;

	/**
	 * The folder opened to look at its entries by name ({@link PathReach#of(Path, SecureDirectoryStream, Path)}),
	 * when the system can; otherwise null.
	 */
	private static SecureDirectoryStream<Path> opened(Path dir) {
		try {
			DirectoryStream<Path> stream = Files.newDirectoryStream(dir);
			if (stream instanceof SecureDirectoryStream<Path> secure) return secure;
			stream.close();
		}
		catch (IOException | SecurityException e) {
			// looked at by whole paths, which say what is wrong
		}
		return null;
	}

	/**
	 * A folder's names in name order, and their paths where the names alone would not find them again (null: each
	 * name is joined to the folder's path when its piece is looked at, on that piece's thread).
	 */
	private record Names(String[] names, Path[] paths) {}

	/** An entry of a folder with its name, to sort by. */
	private record Named(String name, Path path) {}

	/**
	 * A folder's entries in name order. The names come in one call ({@code File.list}), each joined to the folder's
	 * path when it is looked at: a third cheaper than a directory stream, which makes a path object per entry as it
	 * reads, and a folder of a million names holds no path for them while it is walked. A name the system's encoding
	 * cannot decode (bytes that are not UTF-8) would not resolve back to its file, so a folder with such a name in it
	 * or in its own path, one that fails to list (to tell why) and one on another file system are read through a
	 * directory stream, which keeps each name's bytes.
	 */
	private static Names names(Path dir) throws IOException {
		// a folder whose own name does not decode would be listed under another name (perhaps another folder's)
		String[] names = dir.getFileSystem() == DEFAULT && decodable(dir.toString()) ? dir.toFile().list() : null;
		if (names != null && decodable(names)) {
			NameOrder.sort(names);
			return new Names(names, null);
		}
		List<Named> named = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path p : stream) named.add(new Named(p.getFileName().toString(), p));
		}
		named.sort(Comparator.comparing(Named::name)); // each name made once, not at every comparison
		return new Names(named.stream().map(Named::name).toArray(String[]::new), named.stream().map(Named::path)
			.toArray(Path[]::new));
	}

	private static final java.nio.file.FileSystem DEFAULT = java.nio.file.FileSystems.getDefault();

	/** Whether no name holds the replacement character that decoding puts for bytes it cannot read. */
	private static boolean decodable(String[] names) {
		for (String n : names) {
			if (!decodable(n)) return false;
		}
		return true;
	}

	private static boolean decodable(String name) {
		return name.indexOf('\uFFFD') < 0;
	}

	/** A sub-folder to walk into, unless it is one of its own ancestors (a link loop). */
	private static void into(PathReach reach, WalkAhead.Folder parent, Path folder, PathReach.Reached r,
		boolean inside, int index, List<WalkAhead.Entry> out)
	{
		if (WalkAhead.Chain.holds(parent.ancestors(), r.key())) {
			out.add(WalkAhead.Entry.unreachable(folder, reach.loop(folder)));
			return;
		}
		int[] order = java.util.Arrays.copyOf(parent.order(), parent.order().length + 1);
		order[order.length - 1] = index;
		out.add(new WalkAhead.Entry(WalkAhead.Kind.FOLDER, folder, -1, 0, null, null, new WalkAhead.Folder(folder,
			inside, new WalkAhead.Chain(r.key(), parent.ancestors()), order)));
	}
}
