package org.biadeposit.biostudies;

import java.util.Set;

/**
 * A submission the server accepted for processing: the study's accession and the version being made. Its status is
 * polled with {@link BioStudiesClient#status(SubmissionRequest)}.
 */
public record SubmissionRequest(String accNo, int version) {

	/** The statuses that mean the study is stored (BioStudies CLI, spec §3). */
	public static final Set<String> DONE = Set.of("PROCESSED", "POST_PROCESSED");
	/** The status that means the server rejected the submission; the reasons come from {@code errors}. */
	public static final String INVALID = "INVALID";

	@Override
	public String toString() {
		return accNo + " version " + version;
	}
}
