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

import java.util.List;
import java.util.Locale;

import org.biadeposit.Amounts;
import org.biadeposit.ProgressListener;

/**
 * How the files reach the user folder ({@code bia submit --via}): the submission API over HTTP, FTP, or the one the
 * upload's size calls for ({@link #AUTO}, the default), as BIA's table has it: HTTP for an upload under
 * {@link #HTTP_TOTAL_LIMIT} in all whose files are each at most {@link UploadPlan#HTTP_LIMIT}, FTP otherwise.
 */
public enum UploadRoute {

	HTTP, FTP, AUTO;

	/** The largest upload, all files together, sent over HTTP by {@link #AUTO}: 50 GB (BIA's table). */
	public static final long HTTP_TOTAL_LIMIT = 50L * 1000 * 1000 * 1000;

	/** The route named on the command line: {@code http}, {@code ftp} or {@code auto}, in any case. */
	public static UploadRoute of(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("--via takes http, ftp or auto, not '" + name + "'");
		}
	}

	/** The route for these files: this one, or for {@link #AUTO} the one their sizes call for. */
	UploadRoute choose(List<PlannedFile> files) {
		if (this != AUTO) return this;
		long total = 0;
		for (PlannedFile f : files) {
			if (f.size() > UploadPlan.HTTP_LIMIT) return FTP;
			total += f.size();
		}
		return total < HTTP_TOTAL_LIMIT ? HTTP : FTP;
	}

	/**
	 * The upload area for the files to send, by the route they call for: HTTP through the logged-in client, or FTP
	 * into the profile's folder with the FTP account (which must then be given).
	 */
	UploadArea open(List<PlannedFile> send, BioStudiesClient client, UserProfile profile, FtpLogin ftp,
		ProgressListener say) throws BioStudiesException
	{
		UploadRoute route = send.isEmpty() ? HTTP : choose(send);
		if (route == HTTP) {
			List<PlannedFile> tooLarge = send.stream().filter(f -> f.size() > UploadPlan.HTTP_LIMIT).toList();
			if (!tooLarge.isEmpty()) throw PlannedFile.tooLarge(tooLarge);
			return new HttpUploadArea(client);
		}
		String why = this == FTP ? "--via ftp" : "HTTP takes uploads under 50 GB in all and 20 GB per file; this " +
			"one is " + Amounts.bytes(send.stream().mapToLong(PlannedFile::size).sum()) + send.stream().filter(f -> f
				.size() > UploadPlan.HTTP_LIMIT).findFirst().map(f -> ", " + f.remote() + " " + Amounts.bytes(f.size()))
				.orElse("");
		if (ftp == null) {
			throw new BioStudiesException("these files go by FTP (" + why + "): give the FTP account the BioStudies " +
				"submission tool shows, with --ftp-user NAME and --ftp-password-file F (or BIA_FTP_PASSWORD)");
		}
		say.message("sending by FTP (" + why + ")");
		return new FtpUploadArea(ftp, profile.secret());
	}
}
