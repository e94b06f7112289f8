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
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Lists the folders of a {@link DatasetWalk} on several threads while the walk tells its visitor of them in order:
 * the walking thread lists a folder itself when it gets there first, otherwise it waits for the thread listing it.
 * Helper threads take the folders waiting in walk order (the earliest first), and stop taking more while the
 * entries listed and not yet told exceed a bound, so a walk of millions of files never holds more than a few
 * thousand folders' entries at a time.
 */
final class WalkAhead implements AutoCloseable {

	/** Entries listed ahead of the walk beyond which helpers wait. */
	static final int AHEAD = 16_384;

	enum Kind {
		FILE, PART, DATASET, UNREACHABLE, FOLDER
	}

	/** What a folder's listing met: a file (with the visitor's {@code ahead}), or a sub-folder to walk into. */
	record Entry(Kind kind, Path path, long size, long modified, String problem, Object ahead, Folder sub) {

		static Entry unreachable(Path path, String problem) {
			return new Entry(Kind.UNREACHABLE, path, -1, 0, problem, null, null);
		}
	}

	/** The keys of a folder and the folders that hold it, to notice a link that leads back (a loop). */
	record Chain(Object key, Chain up) {

		static boolean holds(Chain chain, Object key) {
			for (Chain c = chain; c != null; c = c.up) if (Objects.equals(c.key, key)) return true;
			return false;
		}
	}

	/**
	 * A folder to list.
	 *
	 * @param order its place in the walk: the index of each folder on the way down among its siblings
	 */
	static final class Folder {

		private final Path dir;
		private final boolean inside;
		private final Chain ancestors;
		private final int[] order;
		/** Guarded by the WalkAhead: null until listed. */
		private List<Entry> entries;
		private boolean claimed;
		private Throwable failed;

		Folder(Path dir, boolean inside, Chain ancestors, int[] order) {
			this.dir = dir;
			this.inside = inside;
			this.ancestors = ancestors;
			this.order = order;
		}

		Path dir() {
			return dir;
		}

		boolean inside() {
			return inside;
		}

		Chain ancestors() {
			return ancestors;
		}

		int[] order() {
			return order;
		}
	}

	private final Function<Folder, List<Entry>> lister;
	private final BooleanSupplier cancelled;
	private final PriorityQueue<Folder> waiting = new PriorityQueue<>((a, b) -> java.util.Arrays.compare(a.order,
		b.order));
	private final List<Thread> helpers = new ArrayList<>();
	private final int most;
	private int ahead;
	private boolean closed;

	/**
	 * @param threads how many threads list folders, this one included
	 * @param most entries listed ahead of the walk beyond which no more folders are taken
	 */
	WalkAhead(int threads, int most, Function<Folder, List<Entry>> lister, BooleanSupplier cancelled) {
		this.most = most;
		this.lister = lister;
		this.cancelled = cancelled;
		for (int i = 1; i < threads; i++) {
			Thread t = new Thread(this::help, "bia-walk-" + i);
			t.setDaemon(true);
			helpers.add(t);
			t.start();
		}
	}

	/**
	 * A folder's entries, listed here if no helper has taken it yet. While a helper lists it, this thread lists the
	 * next folder waiting, rather than wait idle.
	 */
	List<Entry> await(Folder f) {
		boolean interrupted = false;
		while (true) {
			Folder next = null;
			synchronized (this) {
				if (f.entries != null || f.failed != null) break;
				if (!f.claimed) {
					f.claimed = true; // a helper skips it in the queue
					next = f;
				}
				else {
					next = unclaimed();
					if (next == null) {
						try {
							wait();
						}
						catch (InterruptedException e) {
							interrupted = closed = true; // no more folders are taken; this one is waited for
						}
					}
				}
			}
			if (next != null) list(next);
		}
		if (interrupted) Thread.currentThread().interrupt();
		synchronized (this) {
			if (f.failed instanceof RuntimeException e) throw e;
			if (f.failed instanceof Error e) throw e;
			List<Entry> e = f.entries;
			f.entries = List.of(); // told once: not held afterwards
			return e;
		}
	}

	/** The earliest folder no thread has taken, claimed; or null when there is none or enough are listed ahead. */
	private Folder unclaimed() {
		if (closed || ahead >= most || cancelled.getAsBoolean()) return null;
		while (!waiting.isEmpty()) {
			Folder f = waiting.poll();
			if (!f.claimed) {
				f.claimed = true;
				return f;
			}
		}
		return null;
	}

	/** The walk has told the visitor of a folder's entries. */
	synchronized void told(Folder f, int entries) {
		ahead -= entries;
		notifyAll();
	}

	private void list(Folder f) {
		List<Entry> entries = null;
		Throwable failed = null;
		try {
			entries = lister.apply(f);
		}
		catch (RuntimeException | Error e) {
			failed = e;
		}
		synchronized (this) {
			f.entries = entries;
			f.failed = failed;
			if (entries != null) {
				ahead += entries.size();
				for (Entry e : entries) if (e.sub() != null) waiting.add(e.sub());
			}
			notifyAll();
		}
	}

	private void help() {
		while (true) {
			Folder f;
			synchronized (this) {
				while ((f = unclaimed()) == null) {
					if (closed || cancelled.getAsBoolean()) return;
					try {
						wait();
					}
					catch (InterruptedException e) {
						return;
					}
				}
			}
			list(f);
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			closed = true;
			waiting.clear();
			notifyAll();
		}
	}
}
