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

/**
 * BIA's size table for uploads, the one home of its figures: validation (which warns about large files) and the
 * upload routes (which choose by them) both read them here, as neither station may depend on the other's code.
 * Sizes are decimal, as BIA states them: the submission tool (HTTP) for uploads under {@link #HTTP_TOTAL} in all
 * whose files are each at most {@link #HTTP_FILE}, FTP up to {@link #FTP_TOTAL}, Aspera beyond.
 */
public final class UploadLimits {

	/**
	 * The largest file sent over HTTP: 20 GB, decimal (20 × 10⁹ bytes), the "20 GB" BIA states. The server's own limit
	 * is Spring's {@code multipart.max-file-size} and {@code max-request-size: 20GB}
	 * (biostudies-backend-services {@code submission/submission-webapp/src/main/resources/application.yml}), which
	 * Spring reads in binary units (20 GiB) and which also has to hold the multipart framing of the request; the
	 * decimal figure stays safely below both.
	 */
	public static final long HTTP_FILE = 20_000_000_000L;

	/** HTTP carries an upload (all files together) under this: 50 GB (BIA's table). */
	public static final long HTTP_TOTAL = 50_000_000_000L;

	/**
	 * FTP carries an upload up to this, Aspera one above when IBM's {@code ascp} is installed: 1 TB (BIA's table).
	 * Above it validation also suggests telling BIA before submitting.
	 */
	public static final long FTP_TOTAL = 1_000_000_000_000L;

	/** BIA's page on uploading files by FTP and Aspera. */
	public static final String HELP = "https://www.ebi.ac.uk/bioimage-archive/help-file-upload/";

	private UploadLimits() {}

	/** Whether a file of this size may go over HTTP. */
	public static boolean fitsHttp(long fileBytes) {
		return fileBytes <= HTTP_FILE;
	}

	/** Whether BIA's table sends an upload of these sizes over HTTP: every file fits and the whole is under 50 GB. */
	public static boolean forHttp(long largestFile, long total) {
		return fitsHttp(largestFile) && total < HTTP_TOTAL;
	}

	/** Whether BIA's table sends an upload of this total size by Aspera (when it can) rather than FTP. */
	public static boolean forAspera(long total) {
		return total > FTP_TOTAL;
	}
}
