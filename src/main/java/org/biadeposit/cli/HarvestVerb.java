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
package org.biadeposit.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.TerminalText;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestRun;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.HarvestedFile;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.harvest.RecordTable;
import org.scijava.Context;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bia harvest [--no-recursive] [--format jsonl|tsv] [--threads N] [--no-cache | --cache FILE] PATH...}: one
 * JSON line (or TSV row) per image on stdout, one line per unreadable file with its error; a summary on stderr.
 * Folders are walked into their sub-folders, as {@code bia init} and {@code bia validate} walk them, unless {@code
 * --no-recursive} is given ({@code --recursive} is still accepted). Exit status 0 when every file was read, 1
 * otherwise, 2 for a usage error.
 */
@Command(name = "harvest", sortOptions = false, //
	description = { "Read image metadata: one JSON line per image.", "", "Reads image files, multi-file datasets " +
		"and OME-Zarr stores, and the image files in folders and their sub-folders, and prints one JSON object per " +
		"image (per series) on stdout; a file that cannot be read is one {\"file\", \"error\"} line." }, //
	footer = { "", "Exit status: 0 every file was read, 1 some file could not be read (see its \"error\"), 2 usage " +
		"error." })
final class HarvestVerb extends Verb {

	@Parameters(paramLabel = "PATH", arity = "0..*", description = "image files, multi-file datasets, OME-Zarr " +
		"stores and folders")
	List<String> paths = new ArrayList<>();

	@Option(names = "--no-recursive", description = "read only the files directly in each folder given, not its " +
		"sub-folders")
	boolean noRecursive;

	@Option(names = { "-r", "--recursive" }, description = "walk folders into their sub-folders (the default)")
	boolean recursive;

	@Option(names = "--format", paramLabel = "jsonl|tsv", description = "JSON Lines (default) or a tab-separated " +
		"table")
	String format = "jsonl";

	@Option(names = "--json", description = "JSON Lines, one object per image (the default; the same as --format " +
		"jsonl)")
	boolean json;

	@Mixin
	HarvestOptions harvest;

	/** The longest a printed line waits before it is written out. */
	private static final long FLUSH_MILLIS = 100;
	private PrintStream lines;

	@Override
	public Integer call() {
		if (!List.of("jsonl", "tsv", "json").contains(format)) {
			throw usage("--format takes jsonl or tsv, not '" + format + "'");
		}
		if (paths.isEmpty()) throw usage("give at least one file or folder to harvest");
		boolean tsv = format.equals("tsv") && !json;
		try (Context context = new Context(HarvestService.class)) {
			Harvester harvester = context.service(HarvestService.class).harvester();
			HarvestCache cache = harvest.cache(harvester, paths);
			HarvestRun run = new HarvestRun(harvester, cache, harvest.threads).recursive(!noRecursive).timeLimit(
				java.time.Duration.ofSeconds(harvest.timeLimitSeconds));
			ProgressBar progress = terminal.progress(quiet);
			run.listener(progress);
			lines = new PrintStream(new BufferedOutputStream(out(), 1 << 16), false, StandardCharsets.UTF_8);
			if (tsv) lines.println(String.join("\t", RecordTable.COLUMNS));
			HarvestRun.Summary summary;
			try (PeriodicFlush flushing = new PeriodicFlush(lines, FLUSH_MILLIS)) {
				summary = run.run(paths, h -> print(h, tsv));
			}
			finally {
				lines.flush(); // what was harvested is printed, whatever stopped the run
			}
			progress.finish();
			for (String w : cache.warnings()) err().println(prefix() + "warning: " + TerminalText.line(w));
			out().flush();
			if (!quiet || !summary.allRead()) {
				err().println(prefix() + summary.images() + " image(s) in " + summary.datasets() + " file(s)" +
					(summary.errors() > 0 ? ", " + summary.errors() + " file(s) could not be read" : "") + (summary
						.fromCache() > 0 ? " (" + summary.fromCache() + " unchanged, from the cache)" : "") +
					(harvester.hasBioFormats() ? "" : "; Bio-Formats not on the class path (use --fiji DIR for " +
						"vendor formats)"));
			}
			return summary.allRead() ? 0 : 1;
		}
	}

	/**
	 * Prints a result. Lines are written out in blocks, at the latest {@link #FLUSH_MILLIS} after they are printed
	 * ({@link PeriodicFlush}), not one system call per line.
	 */
	private void print(HarvestedFile h, boolean tsv) {
		if (tsv) HarvestOutput.tsvRows(h, lines, false);
		else HarvestOutput.jsonLines(h, lines, false);
	}
}
