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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the multi-file datasets a {@link HarvestRun} has read and handed on, so that another file of a set
 * is neither read again nor handed on twice. In the walk of one folder, a set is let go once the walk has handed on
 * a file that comes after every file of the set in walk order: none of its files can come again. A study of millions
 * of files in sets (a light-sheet stack saved a plane a file, ICS/IDS pairs) then holds the sets under way, not every
 * file it has met. Several inputs keep every set to the end, since one input can hold another's files.
 */
final class HandedSets {

	/** A set handed on in the walk, with the last of its files in walk order. */
	private record Held(List<Path> files, Path last) {}

	/** Files of multi-file datasets already handed on, and datasets already handed on (the handing thread only). */
	private final Set<Path> claimed = new HashSet<>();
	/** Files of the multi-file datasets read so far, shared by the reading threads. */
	private final Set<Path> read = ConcurrentHashMap.newKeySet();
	/** The walk's root, absolute and normalized, while sets are let go; else null. */
	private Path root;
	private PriorityQueue<Held> held;
	/** Whether a set was let go in this walk: its dataset's own file is then no longer in {@link #claimed}. */
	private boolean released;

	/** A walk of this folder begins (absolute and normalized); {@code release} whether its sets may be let go. */
	void walking(Path folder, boolean release) {
		root = release ? folder : null;
		held = release ? new PriorityQueue<>((a, b) -> order(folder, a.last, b.last)) : null;
	}

	/** The walk is over: the sets not let go are kept to the end. */
	void walked() {
		root = null;
		held = null;
	}

	/** Whether a file is part of a set already read (safe from any thread). */
	boolean readPart(Path file) {
		return !read.isEmpty() && read.contains(file);
	}

	/** The files of a set just read or taken from the cache (safe from any thread). */
	void read(List<Path> files) {
		read.addAll(files);
	}

	/**
	 * Whether a result is a dataset already handed on, or one of its files: by the files claimed, and, once sets
	 * have been let go, for a file that is not part of the set it names (a stray TIFF pointing to a companion file),
	 * by whether every file of that set comes before it in the walk, which then handed the set on already.
	 */
	boolean handed(Path self, HarvestedFile result) {
		if (!claimed.isEmpty() && (self != null && claimed.contains(self) || !result.hasError() && claimed.contains(
			result.path()))) return true;
		if (!released || root == null || self == null || result.hasError() || result.path() == null || holds(
			result.usedFiles(), self)) return false;
		Path last = last(result);
		return last != null && order(root, last, self) < 0;
	}

	/**
	 * Whether {@code files} holds {@code p}: looked for by identity first, as the result of a file read alone holds
	 * the very path it was met at (a path's {@code equals} compares every byte).
	 */
	private static boolean holds(List<Path> files, Path p) {
		for (Path f : files) {
			if (f == p) return true;
		}
		return files.contains(p);
	}

	/** A multi-file dataset (or one named by another file) handed on for a candidate met at {@code self}. */
	void claim(Path self, HarvestedFile result) {
		claimed.addAll(result.usedFiles());
		claimed.add(result.path());
		if (root == null || self == null || !self.startsWith(root)) return;
		Path last = last(result);
		if (last == null) return;
		List<Path> files = new ArrayList<>(result.usedFiles());
		files.add(result.path());
		held.add(new Held(files, last));
	}

	/**
	 * The walk hands on the candidate at {@code self}: the sets whose every file comes before it are let go (a set
	 * whose last file is this one is let go at the next).
	 */
	void passing(Path self) {
		if (held == null || held.isEmpty() || self == null || !self.startsWith(root)) return;
		while (!held.isEmpty() && order(root, held.peek().last, self) < 0) {
			Held h = held.poll();
			for (Path f : h.files) {
				claimed.remove(f);
				read.remove(f);
			}
			released = true;
		}
	}

	/** The last of a set's files (its dataset's own file among them) in walk order; null if one is outside the walk. */
	private Path last(HarvestedFile result) {
		Path last = result.path();
		if (last == null || !last.startsWith(root)) return null;
		for (Path f : result.usedFiles()) {
			if (!f.startsWith(root)) return null;
			if (order(root, f, last) > 0) last = f;
		}
		return last;
	}

	/**
	 * Walk order of two paths under the root ({@link DatasetWalk}): name by name, each folder's entries in the order
	 * of their names, a folder's files in its place among them.
	 */
	static int order(Path root, Path a, Path b) {
		int n = Math.min(a.getNameCount(), b.getNameCount());
		for (int i = root.getNameCount(); i < n; i++) {
			int c = a.getName(i).toString().compareTo(b.getName(i).toString());
			if (c != 0) return c;
		}
		return Integer.compare(a.getNameCount(), b.getNameCount());
	}
}
