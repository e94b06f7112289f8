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

/**
 * Lists the folders of a {@link DatasetWalk} on several threads while the walk tells its visitor of them in order:
 * the walking thread lists a piece itself when it gets there first, otherwise it waits for the thread listing it.
 * A folder is listed in pieces of {@link #PIECE} entries: the first lists its names and looks at the first of them,
 * the others look at the rest, so that a folder of many files is looked at on every thread and told of while its
 * last pieces are still listed. Helper threads take the pieces waiting in walk order (the earliest first), and stop
 * taking more while the entries listed and not yet told exceed a bound, so a walk of millions of files never holds
 * more than a few thousand folders' entries at a time.
 */
final class WalkAhead implements AutoCloseable {

	/** Entries listed ahead of the walk beyond which helpers wait. */
	static final int AHEAD = 16_384;
	/** Entries a piece of a folder looks at. */
	static final int PIECE = 512;

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

	/** Lists a piece of a folder; for the first, {@link Folder#split}s the folder first. */
	interface Lister {

		List<Entry> list(Folder folder, int piece);
	}

	/**
	 * A folder to list.
	 *
	 * @param order its place in the walk: the place of each folder on the way down among its folder's entries
	 */
	static final class Folder {

		private final Path dir;
		private final boolean inside;
		private final Chain ancestors;
		private final int[] order;
		private final Piece first;
		/** Set by the first piece's listing; read by the others, which are taken only after it. */
		private int count = 1;
		private Object names;
		/** Guarded by the WalkAhead: the pieces after the first, once it is listed. */
		private Piece[] pieces;
		private int listed;

		Folder(Path dir, boolean inside, Chain ancestors, int[] order) {
			this.dir = dir;
			this.inside = inside;
			this.ancestors = ancestors;
			this.order = order;
			this.first = new Piece(this, 0, order);
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

		/** Called by the first piece's listing: the folder's names, looked at {@link #PIECE} at a time. */
		void split(int entries, Object names) {
			this.count = Math.max(1, (entries + PIECE - 1) / PIECE);
			this.names = names;
		}

		/** The names the first piece's listing found. */
		Object names() {
			return names;
		}
	}

	/** A piece of a folder: its place in the walk is the place of its first entry. */
	private static final class Piece {

		private final Folder folder;
		private final int index;
		private final int[] order;
		/** Guarded by the WalkAhead: null until listed. */
		private List<Entry> entries;
		private boolean claimed;
		private Throwable failed;

		Piece(Folder folder, int index, int[] order) {
			this.folder = folder;
			this.index = index;
			this.order = order;
		}
	}

	private final Lister lister;
	private final BooleanSupplier cancelled;
	private final PriorityQueue<Piece> waiting = new PriorityQueue<>((a, b) -> java.util.Arrays.compare(a.order,
		b.order));
	private final List<Thread> helpers = new ArrayList<>();
	private final int most;
	private int ahead;
	private boolean closed;

	/**
	 * @param threads how many threads list folders, this one included
	 * @param most entries listed ahead of the walk beyond which no more pieces are taken
	 */
	WalkAhead(int threads, int most, Lister lister, BooleanSupplier cancelled) {
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

	/** How many pieces a folder has: one until its first piece is listed, then all of them. */
	synchronized int pieces(Folder f) {
		return f.count;
	}

	/**
	 * A piece of a folder's entries, listed here if no helper has taken it yet; the first piece before the others.
	 * While a helper lists it, this thread lists the next piece waiting, rather than wait idle.
	 */
	List<Entry> await(Folder f, int index) {
		Piece p;
		synchronized (this) {
			p = index == 0 ? f.first : f.pieces[index];
		}
		boolean interrupted = false;
		while (true) {
			Piece next = null;
			synchronized (this) {
				if (p.entries != null || p.failed != null) break;
				if (!p.claimed) {
					p.claimed = true; // a helper skips it in the queue
					next = p;
				}
				else {
					next = unclaimed();
					if (next == null) {
						try {
							wait();
						}
						catch (InterruptedException e) {
							interrupted = closed = true; // no more pieces are taken; this one is waited for
						}
					}
				}
			}
			if (next != null) list(next);
		}
		if (interrupted) Thread.currentThread().interrupt();
		synchronized (this) {
			if (p.failed instanceof RuntimeException e) throw e;
			if (p.failed instanceof Error e) throw e;
			List<Entry> e = p.entries;
			p.entries = List.of(); // told once: not held afterwards
			return e;
		}
	}

	/** The earliest piece no thread has taken, claimed; or null when there is none or enough are listed ahead. */
	private Piece unclaimed() {
		if (closed || ahead >= most || cancelled.getAsBoolean()) return null;
		while (!waiting.isEmpty()) {
			Piece p = waiting.poll();
			if (!p.claimed) {
				p.claimed = true;
				return p;
			}
		}
		return null;
	}

	/** The walk has told the visitor of a piece's entries. */
	synchronized void told(int entries) {
		ahead -= entries;
		notifyAll();
	}

	private void list(Piece p) {
		List<Entry> entries = null;
		Throwable failed = null;
		try {
			entries = lister.list(p.folder, p.index);
		}
		catch (RuntimeException | Error e) {
			failed = e;
		}
		synchronized (this) {
			p.entries = entries;
			p.failed = failed;
			Folder f = p.folder;
			if (p.index == 0) {
				if (failed != null) f.count = 1;
				f.pieces = new Piece[f.count];
				f.pieces[0] = p;
				for (int k = 1; k < f.count; k++) {
					int[] order = java.util.Arrays.copyOf(f.order, f.order.length + 1);
					order[order.length - 1] = k * PIECE;
					waiting.add(f.pieces[k] = new Piece(f, k, order));
				}
			}
			if (++f.listed == f.count) f.names = null; // every piece is listed: the names are not held
			if (entries != null) {
				ahead += entries.size();
				for (Entry e : entries) if (e.sub() != null) waiting.add(e.sub().first);
			}
			notifyAll();
		}
	}

	private void help() {
		while (true) {
			Piece p;
			synchronized (this) {
				while ((p = unclaimed()) == null) {
					if (closed || cancelled.getAsBoolean()) return;
					try {
						wait();
					}
					catch (InterruptedException e) {
						return;
					}
				}
			}
			list(p);
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
