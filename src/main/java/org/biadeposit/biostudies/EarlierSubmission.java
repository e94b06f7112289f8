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
package org.biadeposit.biostudies;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.biadeposit.ProgressListener;

/**
 * What an earlier run of {@code bia submit} on the same package left in {@code receipt.json}, so that running it
 * again never makes a second study:
 * <ul>
 * <li>a receipt with an accession: the study exists; nothing is sent (a new version only with an accession given);
 * </li>
 * <li>a receipt {@link SubmissionStatus#SENDING}: the run stopped after sending the submission (killed, or the answer
 * was lost or garbled); the server is asked whether it made the study: a study of the user with the same title, changed
 * after the submission was sent, is taken as this package's; only when there is none is the package submitted;</li>
 * <li>no receipt, or {@link SubmissionStatus#REFUSED}: nothing was made; the package is submitted.</li>
 * </ul>
 */
final class EarlierSubmission {

	/** How far the server's clock may be behind this computer's. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
	private static final int PAGE = 100, PAGES = 20;

	private EarlierSubmission() {}

	/**
	 * What an earlier run left: the study it made (reported and returned; nothing is sent), or null when there is
	 * none and the package is to be submitted.
	 */
	static Receipt resolve(BioStudiesClient client, Receipt earlier, SubmissionRun.Sending run, ProgressListener say)
		throws IOException
	{
		if (earlier.hasAccession()) {
			Receipt now = earlier;
			if (earlier.version() > 0 && !earlier.processed() && earlier.status() != SubmissionStatus.REFUSED) {
				try {
					SubmissionStatus status = client.status(earlier.accession(), earlier.version());
					if (status != earlier.status()) {
						now = earlier.withStudy(earlier.accession(), earlier.version(), status, earlier.studyUrl(),
							Instant.now());
						now.write(run.receiptFile());
					}
				}
				catch (BioStudiesException e) {
					say.message("could not ask for the status of " + earlier.accession() + ": " + e.getMessage());
				}
			}
			if (now.version() == 0) { // a new version sent with --accession whose answer was lost
				say.message("a new version of " + now.accession() + " was sent on " + earlier.time() + " and got no " +
					"answer; nothing sent now. Look at the study's versions, and to send it again, use --accession " +
					now.accession());
			}
			else {
				say.message("already submitted as " + now.accession() + " (version " + now.version() + ") on " +
					earlier.time() + ", status " + now.status() + "; nothing sent. To send a new version of it, use " +
					"--accession " + now.accession());
			}
			return now;
		}
		if (earlier.status() != SubmissionStatus.SENDING) return null;
		String title = earlier.title() == null ? run.title() : earlier.title();
		say.message("the submission sent on " + earlier.time() + " got no answer: asking BioStudies whether it made " +
			"the study");
		SubmittedStudy found = EarlierSubmission.find(client, title, earlier.time());
		if (found == null) {
			say.message("BioStudies has no study '" + title + "' since then: submitting the package");
			return null;
		}
		Receipt now = earlier.withStudy(found.accNo(), 1, found.status(), client.server().studyUrl(found.accNo()),
			Instant.now());
		now.write(run.receiptFile());
		say.message("already submitted as " + found.accNo() + " (found among your studies: the same title, made " +
			"after the submission was sent on " + earlier.time() + "), status " + found.status() + "; recorded in " +
			Receipt.NAME + ", nothing sent. To send a new version of it, use --accession " + found.accNo());
		return now;
	}

	/**
	 * Refuses a receipt written for another server (or, for a submission whose fate is unknown, another user): what
	 * it records would be lost.
	 */
	static void checkSameAccount(Receipt earlier, String server, String user) throws BioStudiesException {
		if (earlier == null || !(earlier.hasAccession() || earlier.status() == SubmissionStatus.SENDING)) return;
		String what = earlier.hasAccession() ? "records " + earlier.accession() + " on " + earlier.server()
			: "records a submission sent to " + earlier.server() + " on " + earlier.time() + " whose answer was lost";
		if (!earlier.server().equals(server)) {
			throw new BioStudiesException(Receipt.NAME + " " + what + "; to submit this package to " + server +
				" as well, move " + Receipt.NAME + " aside first (or use a copy of the package folder)");
		}
		if (!earlier.hasAccession() && earlier.user() != null && !earlier.user().equalsIgnoreCase(user)) {
			throw new BioStudiesException(Receipt.NAME + " " + what + " as " + earlier.user() + "; log in as " +
				earlier.user() + " to find out whether it was made, or move " + Receipt.NAME + " aside to start over");
		}
	}

	/**
	 * The study the server made from a submission sent at {@code sentAt} with this title, or null when the user's
	 * list of studies clearly has none.
	 *
	 * @throws BioStudiesException when the list cannot be read, or is too long to tell
	 */
	static SubmittedStudy find(BioStudiesClient client, String title, Instant sentAt) throws BioStudiesException {
		Instant after = sentAt.minus(CLOCK_SKEW);
		String wanted = normal(title);
		if (wanted.isEmpty()) return null; // no title to look for (and BioStudies refuses a study without one)
		for (int page = 0; page < PAGES; page++) {
			List<SubmittedStudy> studies = client.submissions(page * PAGE, PAGE);
			for (SubmittedStudy s : studies) {
				boolean recent = s.modified() == null || !s.modified().isBefore(after);
				if (recent && normal(s.title()).equals(wanted)) return s;
				// Active requests come first, then stored studies newest first: an older stored one ends the search.
				if (!recent && s.status() == SubmissionStatus.PROCESSED) return null;
			}
			if (studies.size() < PAGE) return null;
		}
		throw new BioStudiesException("could not tell whether the submission sent on " + sentAt + " made a study: " +
			"your list of studies is too long to search; look for '" + title + "' among your studies, then run " +
			"again with --accession, or move " + Receipt.NAME + " aside to submit it as a new study");
	}

	private static String normal(String title) {
		return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
