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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.ProgressMeter;

/**
 * Harvests files and folders: walks folders lazily in name order, harvests in parallel, hands results on in walk
 * order, reads a multi-file dataset once (not once per file), and consults a {@link HarvestCache} so that an
 * unchanged file is not read again.
 */
public final class HarvestRun {

	/** How long reading one file or dataset may take before it is given up as an error line. */
	public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

	/** What a run did, for the exit status and the user's summary. */
	public record Summary(int images, int datasets, int errors, int fromCache, int skipped) {

		public boolean allRead() {
			return errors == 0;
		}
	}

	private final Harvester harvester;
	private final HarvestCache cache;
	private final SharedRecords shared = new SharedRecords();
	private final int threads;
	private boolean recursive = true;
	private Duration timeLimit = DEFAULT_TIME_LIMIT;
	private ProgressListener listener = ProgressListener.NONE;
	private volatile boolean cancelled;

	public HarvestRun(Harvester harvester, HarvestCache cache, int threads) {
		this.harvester = harvester;
		this.cache = cache == null ? HarvestCache.none() : cache;
		this.threads = Math.max(1, threads);
	}

	/**
	 * Whether folders are walked into their sub-folders (the default, as {@code bia harvest}, {@code init} and
	 * {@code validate} walk them); {@code false} reads only the files directly inside.
	 */
	public HarvestRun recursive(boolean value) {
		this.recursive = value;
		return this;
	}

	/**
	 * How long reading one file or dataset may take (default {@link #DEFAULT_TIME_LIMIT}): a file that takes
	 * longer (a pathological or hanging file, a stalled network share) becomes an error line and the harvest goes
	 * on. The reading thread is interrupted and replaced, so one such file does not slow the rest.
	 */
	public HarvestRun timeLimit(Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("the time limit per file must be positive");
		}
		this.timeLimit = value;
		return this;
	}

	/**
	 * Told about progress as results are handed on: {@link Progress.Step#HARVEST} in files, {@code done} counting
	 * the files handed on or skipped, {@code total} those the walk has found so far, {@code item} the file just
	 * handed on (null for one skipped); at most once per 200 ms, and once when the run ends.
	 */
	public HarvestRun listener(ProgressListener value) {
		this.listener = Objects.requireNonNull(value);
		return this;
	}

	/**
	 * Asks a running harvest to stop after the results under way; safe from another thread. It ends that run only:
	 * the next {@link #run} starts afresh.
	 */
	public void cancel() {
		cancelled = true;
	}

	/**
	 * Harvests the inputs and hands each dataset (or error) to {@code out}, in input and walk order.
	 *
	 * @param inputs files and folders, as the user gave them
	 */
	public Summary run(List<String> inputs, Consumer<HarvestedFile> out) {
		return run(inputs, (c, plain, named) -> out.accept(named), null);
	}

	/**
	 * Harvests a dataset folder in one walk, which also lists every file of it for the File-lists, those inside a
	 * folder that is one image dataset (a Zarr store) too. Folders are always walked into their sub-folders here.
	 */
	public DatasetHarvest dataset(Path root) {
		DatasetFiles files = new DatasetFiles();
		HarvestedFiles harvested = new HarvestedFiles(files, root.toAbsolutePath().normalize());
		run(List.of(root.toString()), harvested, files);
		return new DatasetHarvest(root, harvested.done(), files.done());
	}

	/** Told of each result handed on, as named and as it was before, with its candidate (null for a walk problem). */
	interface Sink {

		void accept(Candidate c, HarvestedFile plain, HarvestedFile named);
	}

	/** @param listing told of every file the walk meets (for {@link #dataset}), or null */
	private Summary run(List<String> inputs, Sink out, DatasetFiles listing) {
		cancelled = false;
		ReadingPool pool = new ReadingPool(threads);
		Ordered ordered = new Ordered(out, threads * 8);
		try {
			for (String input : inputs) {
				if (cancelled) break;
				Path path = Path.of(input);
				if (Files.isDirectory(path) && !harvester.isDataset(path)) {
					// one folder: its sets are let go as the walk passes them (another input could hold their files)
					ordered.sets.walking(path.toAbsolutePath().normalize(), inputs.size() == 1);
					walk(path, ordered, pool, listing);
					ordered.drain(true);
					ordered.sets.walked();
				}
				else {
					ordered.submit(pool, Candidate.unwalked(path, input, null, true), null);
					// what the harvest reads as one, the File-lists list file by file
					if (listing != null) list(path, ordered, listing);
				}
			}
			ordered.drain(true);
			ordered.meter.finish();
		}
		finally {
			pool.shutdownNow();
			cache.save();
		}
		return ordered.summary();
	}

	/**
	 * Walks a folder given: its files (and dataset folders) are harvested under their paths relative to it, and
	 * every file or folder the walk cannot reach is an error line of its own.
	 *
	 * @param listing told of every file met, those inside dataset folders too; or null
	 */
	private void walk(Path root, Ordered ordered, ReadingPool pool, DatasetFiles listing) {
		boolean listed = listing != null;
		// a root given absolute and normalized gives walked paths that are already so: not made again per file
		boolean plainRoot = root.isAbsolute() && root.equals(root.normalize());
		new DatasetWalk(root).recursive(recursive || listed).wholeFolders(harvester::isDataset).parts(listed).until(
			() -> cancelled).threads(Math.min(threads, 4)).walk(new DatasetWalk.Visitor() {

				/** On a walking thread: the name to show, and the cache's answer, looked up there. */
				@Override
				public Object ahead(Path file, long size, long modified) {
					Candidate c = new Candidate(file, DatasetFile.walked(root, file), root, false, plainRoot ? file : file
						.toAbsolutePath().normalize(), size, modified, -1);
					// while the cache file still loads, the walking thread looks the file up when it gets to it
					return cache.ready() ? new Met(c, true, c.cached(cache)) : new Met(c, false, null);
				}

				@Override
				public void file(Path file, long size, long modified) {
					file(file, size, modified, null);
				}

				@Override
				public void file(Path file, long size, long modified, Object ahead) {
					Met met = ahead instanceof Met m ? m : (Met) ahead(file, size, modified);
					Candidate c = met.candidate();
					HarvestedFile cached = met.looked() ? met.cached() : c.cached(cache);
					if (listed) c = c.listedAt(listing.add(c.display(), size));
					ordered.submit(pool, c, cached);
				}

				@Override
				public void dataset(Path folder) {
					ordered.submit(pool, Candidate.unwalked(folder, DatasetFile.relative(root, folder), root, false), null);
				}

				@Override
				public void part(Path file, long size) {
					listing.add(DatasetFile.relative(root, file), size);
				}

				@Override
				public void unreachable(Path path, String reason) {
					ordered.report(HarvestedFile.unreachable(root, path, reason));
				}
			});
	}

	/** A file the walk met, and what the cache had for it (null: not there, or changed) if it was looked up ahead. */
	private record Met(Candidate candidate, boolean looked, HarvestedFile cached) {}

	/** Lists the files of an input that is harvested as one (a dataset folder, or what is not a folder at all). */
	private void list(Path root, Ordered ordered, DatasetFiles listing) {
		new DatasetWalk(root).wholeFolders(harvester::isDataset).parts(true).until(() -> cancelled).walk(
			new DatasetWalk.Visitor() {

				@Override
				public void file(Path file, long size, long modified) {
					part(file, size);
				}

				@Override
				public void part(Path file, long size) {
					listing.add(DatasetFile.relative(root, file), size);
				}

				@Override
				public void unreachable(Path path, String reason) {
					ordered.report(HarvestedFile.unreachable(root, path, reason));
				}
			});
	}

	/**
	 * Harvests one candidate, through the cache. Returns null for a file that a multi-file dataset read earlier in
	 * this run already covers (one of {@code readParts}, the run's own): it is not opened again.
	 */
	private Outcome harvest(Candidate c, HandedSets sets) {
		Path abs = c.abs();
		if (sets.readPart(abs)) return null;
		HarvestedFile result = c.cached(cache);
		boolean cached = result != null;
		if (!cached) {
			long began = System.currentTimeMillis();
			result = shared.of(harvester.harvest(new FileProbe(c.path(), c.root())));
			result = cache.store(abs, c.size(), c.modified(), result, began); // under each of its files
		}
		if (result.usedFiles().size() > 1) sets.read(result.usedFiles());
		return new Outcome(result, cached);
	}

	/** A harvest result, and whether it came from the cache. */
	private record Outcome(HarvestedFile result, boolean cached) {}

	/** Runs harvests in parallel and hands results on in submission order, a bounded number at a time. */
	private final class Ordered {

		private final Sink out;
		private final int window;
		private final ArrayDeque<Pending> pending = new ArrayDeque<>();
		/**
		 * The multi-file datasets read and handed on. Kept per run: a set read in one run must not make the next run
		 * skip it.
		 */
		final HandedSets sets = new HandedSets();
		private final ProgressMeter meter = ProgressMeter.files(Progress.Step.HARVEST, listener);
		private int images, datasets, errors, skipped, fromCache;

		Ordered(Sink out, int window) {
			this.out = out;
			this.window = window;
		}

		private ReadingPool pool;

		/** @param known what the cache had for it, looked up as the walk met it, or null */
		void submit(ReadingPool pool, Candidate c, HarvestedFile known) {
			this.pool = pool;
			meter.found(c.display());
			// An unchanged file is answered here, from the cache: handing it to a reading thread would cost more
			// than the answer. A miss is looked up again: a dataset read since may have stored it.
			Path abs = c.abs();
			HarvestedFile cached = null;
			if (sets.readPart(abs)) {
				// part of a set already read: skipped in its place, with no reading thread to ask
				pending.add(new Pending(c, null, null, null));
			}
			else if ((cached = known != null ? known : c.cached(cache)) != null) {
				if (cached.usedFiles().size() > 1) sets.read(cached.usedFiles());
				pending.add(new Pending(c, null, null, new Outcome(cached, true)));
			}
			else {
				pending.add(new Pending(c, pool.submit(() -> harvest(c, sets)), null, null));
			}
			drain(false);
		}

		/** A result known without reading (a walk problem), queued in order. */
		void report(HarvestedFile result) {
			meter.found(result.file());
			pending.add(new Pending(null, null, result, null));
			drain(false);
		}

		void drain(boolean all) {
			while (!pending.isEmpty()) {
				Pending head = pending.peek();
				boolean full = pending.size() > window;
				if (!all && !full && head.reading != null && !head.reading.future().isDone()) return;
				pending.poll();
				Outcome outcome = head.known != null ? head.known : head.result != null ? new Outcome(head.result, false)
					: head.reading != null ? await(head) : null;
				if (outcome == null) {
					// part of a dataset read by another worker; that dataset is handed on in its own place
					skipped++;
					meter.fileCounted(null);
					continue;
				}
				HarvestedFile plain = outcome.result();
				HarvestedFile result = head.candidate != null ? name(head.candidate, plain) : plain;
				hand(head.candidate, plain, result, outcome.cached());
			}
		}

		private Outcome await(Pending p) {
			try {
				return pool.await(p.reading, timeLimit);
			}
			catch (TimeoutException e) {
				return new Outcome(HarvestedFile.failed(p.candidate.path(), "reading it took longer than the time " +
					"limit of " + seconds(timeLimit) + " per file, so it was given up; if the file is sound but " +
					"large or on a slow share, raise the limit (bia: --time-limit SECONDS)"), false);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancelled = true;
				return new Outcome(HarvestedFile.failed(p.candidate.path(), "interrupted before it was read"), false);
			}
			catch (ExecutionException | CancellationException e) {
				return new Outcome(HarvestedFile.failed(p.candidate.path(), "could not be read: " + e.getCause()),
					false);
			}
		}

		private void hand(Candidate c, HarvestedFile plain, HarvestedFile result, boolean cached) {
			Path self = c == null ? null : c.abs();
			sets.passing(self);
			boolean duplicate = sets.handed(self, result);
			if (duplicate || result.notAnImage() && !(c != null && c.explicit())) {
				skipped++;
				meter.fileCounted(null);
				return;
			}
			if (result.notAnImage()) {
				result = plain = HarvestedFile.failed(result.path(), "not an image format bia-deposit can read")
					.named(c.display());
			}
			if (result.usedFiles().size() > 1 || self != null && !DatasetFile.same(self, result.path())) {
				sets.claim(self, result);
			}
			if (result.hasError()) errors++;
			else datasets++;
			if (cached) fromCache++;
			images += result.records().size();
			out.accept(c, plain, result);
			meter.fileCounted(result.file());
		}

		/** The name to show: as given; for a dataset named by another file, that file's path beside it. */
		private HarvestedFile name(Candidate c, HarvestedFile result) {
			Path self = c.abs();
			if (result.path() == null || DatasetFile.same(result.path(), self)) return result.named(c.display());
			Path base = c.root() != null ? c.root().toAbsolutePath().normalize() : self.getParent();
			String shown = result.path().startsWith(base) ? DatasetFile.relative(base, result.path()) : result.path()
				.toString();
			if (c.root() == null) {
				Path given = Path.of(c.display()).getParent();
				shown = given == null ? shown : given.resolve(shown).toString();
			}
			return result.named(shown);
		}

		Summary summary() {
			return new Summary(images, datasets, errors, fromCache, skipped);
		}
	}

	/**
	 * A candidate under way (its read), or a result known without reading: a walk problem, or a candidate answered
	 * from the cache ({@code known}).
	 */
	private record Pending(Candidate candidate, ReadingPool.Reading<Outcome> reading, HarvestedFile result,
		Outcome known)
	{}

	/** "60 s", "1.5 s", "250 ms". */
	static String seconds(Duration d) {
		long ms = d.toMillis();
		return ms < 1000 ? ms + " ms" : ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
	}
}
