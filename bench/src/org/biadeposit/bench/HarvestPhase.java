package org.biadeposit.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.cli.HarvestOutput;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;


/**
 * Phases (b) and (c): the production harvest, as {@code bia harvest --recursive --cache FILE TREE} runs it — the
 * {@link HarvestService}'s harvester from a SciJava context, a {@link HarvestCache} at a file, a
 * {@link HarvestRun} with one thread per processor — with every record written as a JSON line into a stream that
 * only counts bytes, printed and flushed one dataset at a time as the CLI does. The timed part starts at loading
 * the cache and ends after the cache is saved; the context is made before it (its start-up is shown apart).
 */
final class HarvestPhase {


	private final Harvester harvester;
	private final String readers;
	private final CountingStream bytes = new CountingStream();
	private final PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
	long records;
	/** Time spent loading the cache and writing records, in the last run. */
	long loadNanos, outputNanos;
	HarvestRun.Summary summary;
	HarvestCache cache;

	HarvestPhase(Harvester harvester) {
		this.harvester = harvester;
		this.readers = harvester.hasBioFormats() ? "bioformats" : "native";
	}

	String readers() {
		return readers;
	}

	long outputBytes() {
		return bytes.count;
	}

	/** One harvest of the tree through the cache file. */
	void run(Path tree, Path cacheFile, int threads) {
		outputNanos = 0;
		long t0 = System.nanoTime();
		cache = HarvestCache.at(cacheFile, readers);
		loadNanos = System.nanoTime() - t0;
		HarvestRun run = new HarvestRun(harvester, cache, threads).recursive(true);
		summary = run.run(List.of(tree.toString()), this::print);
		out.flush();
	}

	/** As the CLI prints a dataset: through the CLI's own output code. */
	private void print(HarvestedFile h) {
		long t0 = System.nanoTime();
		HarvestOutput.jsonLines(h, out);
		if (!h.hasError()) records += h.records().size();
		outputNanos += System.nanoTime() - t0;
	}

	/** An output stream that keeps nothing and counts what it is given. */
	private static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}
}
