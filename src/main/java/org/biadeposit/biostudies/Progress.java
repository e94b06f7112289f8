package org.biadeposit.biostudies;

import java.time.Duration;

/**
 * How far the upload has got: a snapshot handed to a {@link ProgressListener}.
 *
 * @param bytesDone bytes sent so far (of the files being sent; files already on the server are not counted)
 * @param bytesTotal bytes to send in all
 * @param filesDone files sent so far
 * @param filesTotal files to send in all
 * @param bytesPerSecond the recent sending rate, smoothed over a few seconds; 0 until known
 * @param timeLeft the estimated time to send the rest at that rate, or null while unknown
 * @param file the file whose progress caused this report (its remote path), or null
 */
public record Progress(long bytesDone, long bytesTotal, int filesDone, int filesTotal, double bytesPerSecond,
	Duration timeLeft, String file)
{

	/** Done as a fraction of the bytes (or of the files when there are no bytes), 0 to 1. */
	public double fraction() {
		if (bytesTotal > 0) return Math.min(1, Math.max(0, bytesDone / (double) bytesTotal));
		return filesTotal == 0 ? 1 : filesDone / (double) filesTotal;
	}

	/** Everything sent. */
	public boolean complete() {
		return filesDone >= filesTotal && bytesDone >= bytesTotal;
	}
}
