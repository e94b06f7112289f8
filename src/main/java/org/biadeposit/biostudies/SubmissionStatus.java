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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a submission is, as {@code receipt.json} records it: the client's own steps ({@link #SENDING},
 * {@link #REFUSED}, {@link #SUBMITTED}), the request statuses the server answers ({@code GET
 * /submissions/requests/{accNo}/{version}/status}: DRAFT to POST_PROCESSED and INVALID, spec §3) and
 * {@link #PROCESSING}, which the list of the user's studies gives while a request is under way. Written, printed and
 * read by name, exactly as the server spells it.
 */
public enum SubmissionStatus {

	/** The submission is being sent: the server may or may not have made the study. */
	SENDING,
	/** The server refused the submission when it was sent: no study was made. */
	REFUSED,
	/** The server accepted the submission and gave it an accession (also the server's first request status). */
	SUBMITTED,
	DRAFT,
	REQUESTED,
	FILES_VALIDATED,
	INDEXED,
	LOADED,
	INDEXED_CLEANED,
	VALIDATED,
	CLEANED,
	FILES_COPIED,
	CHECK_RELEASED,
	PERSISTED,
	/** In the list of the user's studies: the request is still being processed. */
	PROCESSING,
	/** Stored (the BioStudies command-line client's success, as {@link #POST_PROCESSED}). */
	PROCESSED,
	POST_PROCESSED,
	/** The server rejected the submission; the reasons come from its {@code errors}. */
	INVALID;

	/** Whether the study is stored: PROCESSED or POST_PROCESSED, as the BioStudies command-line client counts. */
	public boolean stored() {
		return this == PROCESSED || this == POST_PROCESSED;
	}

	/** Whether the server is done with the submission: stored, or rejected ({@link #INVALID}). */
	public boolean finished() {
		return stored() || this == INVALID;
	}

	/** The status of this name, or null when there is none. */
	static SubmissionStatus named(String name) {
		for (SubmissionStatus s : values()) {
			if (s.name().equals(name)) return s;
		}
		return null;
	}

	/**
	 * The status in the server's answer to {@code GET /submissions/requests/{accNo}/{version}/status}: the name as a
	 * JSON string, or bare.
	 *
	 * @param what what was being done, for messages
	 * @throws BioStudiesException when the answer is not a status, or one that this list lacks
	 */
	static SubmissionStatus answered(String body, String what) throws BioStudiesException {
		String text = body.strip();
		if (text.startsWith("\"")) {
			try {
				text = new ObjectMapper().readTree(text).asText();
			}
			catch (IOException e) {
				text = "";
			}
		}
		if (!text.matches("[A-Z][A-Z_]*")) throw new BioStudiesException(what + ": the answer is not a status");
		SubmissionStatus status = named(text);
		if (status == null) {
			throw new BioStudiesException(what + ": the server answered " + text + ", a status this version of " +
				"bia-deposit does not know; ask for the status on the BioStudies website");
		}
		return status;
	}
}
