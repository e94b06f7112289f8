package org.biadeposit.biostudies;

/**
 * A submission the server accepted for processing: the study's accession and the version being made. Its status is
 * polled with {@link BioStudiesClient#status(SubmissionRequest)}.
 */
public record SubmissionRequest(String accNo, int version) {

	@Override
	public String toString() {
		return accNo + " version " + version;
	}
}
