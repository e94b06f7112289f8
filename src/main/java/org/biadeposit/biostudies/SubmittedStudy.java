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

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A study in the server's list of the user's submissions ({@code GET /submissions}, see
 * {@link BioStudiesClient#submissions(int, int)}).
 *
 * @param accNo the accession, also while a new study is still being processed
 * @param title the root section's {@code Title}, else the submission's
 * @param modified the {@code mtime}: when the study was last changed, or {@code now} for a request not yet looked
 *   at; null when the server gave none
 * @param status {@code PROCESSING}, {@code PROCESSED} or {@code INVALID}; a status the list does not give or that
 *   {@link SubmissionStatus} lacks counts as PROCESSING (not stored)
 */
public record SubmittedStudy(String accNo, String title, Instant modified, SubmissionStatus status) {

	/**
	 * The studies of one page of the list.
	 * <p>
	 * What this relies on, read from the BioStudies backend (biostudies-backend-services {@code
	 * SubmissionQueryResource.getSubmissions}, {@code SubmissionFilterRequest}, {@code SubmissionDto},
	 * {@code SubmissionMongoPersistenceQueryService.getSubmissionsByUser}, 2026): the parameters are {@code accNo}
	 * (exact), {@code limit} (default 15) and {@code offset}; each element is {@code {accno, displayAccNo,
	 * newSubmission, title, mtime, rtime, status, errors}} with {@code title} the root section's Title (else the
	 * submission's), {@code mtime} an ISO-8601 time and {@code status} one of PROCESSING, PROCESSED, INVALID. A
	 * {@code keywords} parameter filtered by title until November 2025 and is ignored since, so it is not sent: the
	 * caller compares titles itself.
	 * </p>
	 */
	static List<SubmittedStudy> listed(JsonNode array) {
		List<SubmittedStudy> studies = new ArrayList<>();
		for (JsonNode s : array) {
			String accNo = s.path("accno").asText("");
			if (accNo.isEmpty()) continue;
			Instant modified;
			try {
				modified = s.hasNonNull("mtime") ? OffsetDateTime.parse(s.get("mtime").asText()).toInstant() : null;
			}
			catch (DateTimeParseException e) {
				modified = null;
			}
			SubmissionStatus status = SubmissionStatus.named(s.path("status").asText(""));
			studies.add(new SubmittedStudy(accNo, s.path("title").asText(""), modified, status == null
				? SubmissionStatus.PROCESSING : status));
		}
		return studies;
	}
}
