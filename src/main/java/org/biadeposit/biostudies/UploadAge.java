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
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;

/**
 * How old the uploads of a deposit are that no study took: BIA empties the user folder three months after an upload,
 * so files sent for a submission that was never made (interrupted, refused, rejected) are lost after that and have to
 * be sent again. {@code bia status} warns once the oldest is {@link #WARN_AFTER} old.
 *
 * @param files how many files of the deposit are known to be in the user folder with their upload time
 * @param oldest when the oldest of them was uploaded
 * @param days how many whole days ago that was
 */
public record UploadAge(int files, Instant oldest, long days) {

	/** The age from which unsubmitted uploads are warned about: 60 days, a month before BIA empties the folder. */
	public static final Duration WARN_AFTER = Duration.ofDays(60);

	public UploadAge {
		Objects.requireNonNull(oldest, "oldest");
	}

	/** Whether the oldest upload is {@link #WARN_AFTER} old or more. */
	public boolean old() {
		return days >= WARN_AFTER.toDays();
	}

	/** The warning for the depositor, or null when the uploads are younger than {@link #WARN_AFTER}. */
	public String warning() {
		if (!old()) return null;
		return (files == 1 ? "1 file" : files + " files") + " uploaded for this deposit but not submitted, the " +
			"oldest on " + oldest.toString().substring(0, 10) + " (" + days + " days ago): BIA empties the user " +
			"folder three months after an upload; submit soon (bia submit), or expect to send them again";
	}

	/**
	 * The uploads of a receipt whose submission did not make a study (not sent for lack of an answer, refused, or
	 * rejected as INVALID); null when it did (or may still: submitted and being processed), or when no upload time is
	 * known.
	 */
	public static UploadAge unsubmitted(Receipt receipt, Instant now) {
		boolean submitted = receipt.hasAccession() && receipt.status() != SubmissionStatus.INVALID;
		if (submitted) return null;
		return of(receipt.files().stream().map(Receipt.File::uploaded).filter(Objects::nonNull).toList(), now);
	}

	/**
	 * The uploads of a package folder that has no receipt yet (the upload stopped, or the submission was never sent),
	 * as the upload record of that server and user has them (see {@link UploadJournal}); null when it has none.
	 *
	 * @param server the server's URL, as {@link Server#url()} gives it
	 * @param records the folder of the upload records, null for the default one
	 */
	public static UploadAge ofPackage(Path packageFolder, String server, String user, Path records, Instant now)
		throws IOException
	{
		Path folder = packageFolder.toAbsolutePath().normalize();
		Submission submission = PageTabJson.read(new StringReader(Files.readString(folder.resolve(SubmissionPackage
			.SUBMISSION), StandardCharsets.UTF_8)), SubmissionPackage.SUBMISSION);
		UploadPlan plan = UploadPlan.read(folder.resolve(SubmissionPackage.UPLOAD_PLAN));
		List<Instant> times = new ArrayList<>();
		try (UploadJournal journal = UploadJournal.open(records == null ? UploadJournal.defaultFolder() : records,
			server, user))
		{
			for (PlannedFile f : PlannedFile.of(plan, submission, folder, true)) {
				UploadJournal.Entry e = journal.sent(server, f.remote());
				if (e != null && e.time() != null && e.size() == f.size() && e.local().equals(f.item().local()
					.toString()))
				{
					times.add(e.time());
				}
			}
		}
		return of(times, now);
	}

	private static UploadAge of(List<Instant> times, Instant now) {
		Instant oldest = times.stream().min(Instant::compareTo).orElse(null);
		if (oldest == null) return null;
		return new UploadAge(times.size(), oldest, Math.max(0, Duration.between(oldest, now).toDays()));
	}
}
