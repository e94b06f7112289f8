package org.biadeposit.cli;

import java.io.PrintStream;
import java.nio.file.Path;
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


/**
 * {@code bia harvest [--no-recursive] [--format jsonl|tsv] [--threads N] [--no-cache | --cache FILE] PATH...}: one
 * JSON line (or TSV row) per image on stdout, one line per unreadable file with its error; a summary on stderr.
 * Folders are walked into their sub-folders, as {@code bia init} and {@code bia validate} walk them, unless {@code
 * --no-recursive} is given ({@code --recursive} is still accepted). Exit status 0 when every file was read, 1
 * otherwise, 2 for a usage error.
 */
final class HarvestVerb {

	static final String HELP = String.join("\n", //
		"usage: bia harvest [options] PATH...", //
		"", //
		"Reads the metadata of image files, multi-file datasets and OME-Zarr stores, and of the image files in", //
		"folders and their sub-folders, and prints one JSON object per image (per series) on stdout.", //
		"", //
		"options:", //
		"  --no-recursive      read only the files directly in each folder given, not its sub-folders", //
		"  -r, --recursive     walk folders into their sub-folders (the default)", //
		"  --format jsonl|tsv  JSON Lines (default) or a tab-separated table", //
		"  --threads N         files read in parallel (default: the number of processors)", //
		"  --cache FILE        keep the harvest cache in FILE (default: in the user's cache folder)", //
		"  --no-cache          read every file, keep no cache", //
		"", //
		"exit status: 0 every file was read, 1 some file could not be read (see its \"error\"), 2 usage error");

	private final PrintStream out;
	private final PrintStream err;

	HarvestVerb(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		boolean recursive = true, tsv = false, useCache = true;
		int threads = Runtime.getRuntime().availableProcessors();
		Path cacheFile = null;
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
				case "-h": case "--help": out.println(HELP); return 0;
				case "-r": case "--recursive": recursive = true; break;
				case "--no-recursive": recursive = false; break;
				case "--no-cache": useCache = false; break;
				case "--format": case "--threads": case "--cache":
					if (i + 1 >= args.size()) return usage("option " + a + " needs a value");
					String v = args.get(++i);
					if (a.equals("--format")) {
						if (!v.equals("jsonl") && !v.equals("tsv") && !v.equals("json")) {
							return usage("--format takes jsonl or tsv, not '" + v + "'");
						}
						tsv = v.equals("tsv");
					}
					else if (a.equals("--threads")) {
						try {
							threads = Integer.parseInt(v);
							if (threads < 1) throw new NumberFormatException();
						}
						catch (NumberFormatException e) {
							return usage("--threads takes a whole number of 1 or more, not '" + v + "'");
						}
					}
					else {
						cacheFile = Path.of(v);
					}
					break;
				default:
					if (a.startsWith("-") && a.length() > 1) return usage("unknown option '" + a + "'");
					paths.add(a);
			}
		}
		if (paths.isEmpty()) return usage("give at least one file or folder to harvest");

		try (Context context = new Context(HarvestService.class)) {
			Harvester harvester = context.service(HarvestService.class).harvester();
			HarvestCache cache = !useCache ? HarvestCache.none() : HarvestCache.at(cacheFile != null ? cacheFile
				: HarvestCache.defaultFile(paths), harvester);
			HarvestRun run = new HarvestRun(harvester, cache, threads).recursive(recursive);
			Progress progress = new Progress(err);
			run.listener(progress);
			if (tsv) out.println(String.join("\t", RecordTable.COLUMNS));
			final boolean asTable = tsv;
			HarvestRun.Summary summary = run.run(paths, h -> print(h, asTable));
			progress.finish();
			for (String w : cache.warnings()) err.println("bia harvest: warning: " + TerminalText.line(w));
			out.flush();
			err.println("bia harvest: " + summary.images() + " image(s) in " + summary.datasets() + " file(s)" +
				(summary.errors() > 0 ? ", " + summary.errors() + " file(s) could not be read" : "") + (summary
					.fromCache() > 0 ? " (" + summary.fromCache() + " unchanged, from the cache)" : "") + (harvester
						.hasBioFormats() ? "" : "; Bio-Formats not on the class path (use --fiji DIR for vendor " +
							"formats)"));
			return summary.allRead() ? 0 : 1;
		}
	}

	private void print(HarvestedFile h, boolean tsv) {
		if (tsv) HarvestOutput.tsvRows(h, out);
		else HarvestOutput.jsonLines(h, out);
	}

	private int usage(String problem) {
		err.println("bia harvest: " + TerminalText.line(problem) + "\n\n" + HELP);
		return 2;
	}

	/** A one-line progress display on stderr, only when a person is watching a terminal. */
	private static final class Progress implements HarvestRun.Listener {

		private final PrintStream err;
		private final boolean show = System.console() != null && System.getenv("CI") == null;
		private final long start = System.nanoTime();
		private long last;

		Progress(PrintStream err) {
			this.err = err;
		}

		@Override
		public void progress(int done, int found, HarvestedFile latest) {
			if (!show) return;
			long now = System.nanoTime();
			if (now - last < 200_000_000L) return;
			last = now;
			double seconds = (now - start) / 1e9;
			err.printf("\rharvested %d of %d found (%.0f/s)   ", done, found, done / Math.max(seconds, 1e-3));
		}

		void finish() {
			if (show && last != 0) err.print("\r\033[K");
		}
	}
}
