package org.biadeposit;

import java.time.Duration;

/**
 * How far a long step has got: a snapshot handed to a {@link ProgressListener}. Every long step reports through this
 * one type: the harvest (counted in files, its total growing while the walk finds more), writing a package, and the
 * upload (counted in bytes, with the files alongside).
 *
 * @param step what is being done
 * @param unit what {@code done}, {@code total} and {@code rate} count
 * @param done units done so far
 * @param total units to do in all (for the harvest: found so far)
 * @param filesDone files done so far (equal to {@code done} when the unit is files)
 * @param filesTotal files in all (equal to {@code total} when the unit is files)
 * @param rate units per second, smoothed over a few seconds; 0 until known
 * @param timeLeft the estimated time for the rest at that rate, or null while unknown
 * @param item the file whose progress caused this report (a path as the step names it), or null
 */
public record Progress(Step step, Unit unit, long done, long total, int filesDone, int filesTotal, double rate,
	Duration timeLeft, String item)
{

	/** The long steps of a deposition. */
	public enum Step {
		/** Reading image metadata (harvest, init, validate, filelists, package). */
		HARVEST,
		/** Writing the submission package. */
		PACKAGE,
		/** Sending files to the BioStudies user folder. */
		UPLOAD
	}

	/** What a progress counts. */
	public enum Unit {
		FILES, BYTES
	}

	/** Progress counted in files. */
	public static Progress files(Step step, int done, int total, double rate, Duration timeLeft, String item) {
		return new Progress(step, Unit.FILES, done, total, done, total, rate, timeLeft, item);
	}

	/** Done as a fraction of the total (or of the files when there is nothing to count), 0 to 1. */
	public double fraction() {
		if (total > 0) return Math.min(1, Math.max(0, done / (double) total));
		return filesTotal == 0 ? 1 : filesDone / (double) filesTotal;
	}

	/** Everything done. */
	public boolean complete() {
		return filesDone >= filesTotal && done >= total;
	}
}
