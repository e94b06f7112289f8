package org.biadeposit.biostudies;

import java.time.Instant;

/**
 * A study in the server's list of the user's submissions ({@code GET /submissions}, see
 * {@link BioStudiesClient#submissions(int, int)}).
 *
 * @param accNo the accession, also while a new study is still being processed
 * @param title the root section's {@code Title}, else the submission's
 * @param modified the {@code mtime}: when the study was last changed, or {@code now} for a request not yet looked
 *   at; null when the server gave none
 * @param status {@code PROCESSING}, {@code PROCESSED} or {@code INVALID}
 */
public record SubmittedStudy(String accNo, String title, Instant modified, String status) {}
