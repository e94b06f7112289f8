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
