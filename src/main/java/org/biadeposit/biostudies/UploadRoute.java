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

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.biadeposit.Amounts;
import org.biadeposit.ProgressListener;
import org.biadeposit.UploadLimits;

/**
 * How the files reach the user folder ({@code bia submit --via}): the submission API over HTTP, FTP, Aspera (IBM's
 * {@code ascp}), or the one the upload's size calls for ({@link #AUTO}, the default), as BIA's table
 * ({@link UploadLimits}) has it: HTTP for an upload under 50 GB in all whose files are each at most 20 GB, FTP up to
 * 1 TB, Aspera above when {@code ascp} is there and the Aspera account given, else FTP.
 */
public enum UploadRoute {

	HTTP, FTP, ASPERA, AUTO;

	/** The route named on the command line: {@code http}, {@code ftp}, {@code aspera} or {@code auto}, in any case. */
	public static UploadRoute of(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("--via takes http, ftp, aspera or auto, not '" + name + "'");
		}
	}

	/**
	 * The route for these files: this one, or for {@link #AUTO} the one their sizes call for.
	 *
	 * @param aspera whether the Aspera route can be taken ({@code ascp} found, the account given)
	 */
	UploadRoute choose(List<PlannedFile> files, boolean aspera) {
		if (this != AUTO) return this;
		long total = 0, largest = 0;
		for (PlannedFile f : files) {
			largest = Math.max(largest, f.size());
			total = total > Long.MAX_VALUE - f.size() ? Long.MAX_VALUE : total + f.size();
		}
		if (UploadLimits.forHttp(largest, total)) return HTTP;
		return aspera && UploadLimits.forAspera(total) ? ASPERA : FTP;
	}

	/**
	 * The upload area for the files to send, by the route they call for: HTTP through the logged-in client, FTP into
	 * the profile's folder with the FTP account, or Aspera with the Aspera account; a route that cannot be taken is
	 * explained, naming the file or what is missing and what to do.
	 *
	 * @param ftp the FTP account, or null
	 * @param aspera the Aspera account and where {@code ascp} is looked for, or null
	 */
	UploadArea open(List<PlannedFile> send, BioStudiesClient client, UserProfile profile, FtpLogin ftp,
		AsperaLogin aspera, ProgressListener say) throws BioStudiesException
	{
		Path ascp = aspera == null ? null : aspera.ascp();
		UploadRoute route = send.isEmpty() ? HTTP : choose(send, ascp != null);
		if (route == HTTP) {
			List<PlannedFile> tooLarge = send.stream().filter(f -> !UploadLimits.fitsHttp(f.size())).toList();
			if (!tooLarge.isEmpty()) throw PlannedFile.tooLarge(tooLarge);
			return new HttpUploadArea(client);
		}
		long total = send.stream().mapToLong(PlannedFile::size).sum();
		if (route == ASPERA) {
			if (aspera == null) {
				throw new BioStudiesException("--via aspera needs the Aspera account the BioStudies submission tool " +
					"shows: --aspera-user NAME, and --aspera-password-file F or BIA_ASPERA_PASSWORD");
			}
			if (ascp == null) {
				throw new BioStudiesException(AsperaLogin.NO_ASCP);
			}
			say.message("sending by Aspera (" + (this == ASPERA ? "--via aspera" : "the upload is " + Amounts.bytes(
				total) + ", above the " + Amounts.bytes(UploadLimits.FTP_TOTAL) + " BIA sends by FTP") + ") with " +
				ascp);
			return new AsperaUploadArea(aspera, ascp, profile.secret(), client);
		}
		String why = this == FTP ? "--via ftp" : "HTTP takes uploads under " + Amounts.bytes(UploadLimits.HTTP_TOTAL) +
			" in all and " + Amounts.bytes(UploadLimits.HTTP_FILE) + " per file; this one is " + Amounts.bytes(total) +
			send.stream().filter(f -> !UploadLimits.fitsHttp(f.size())).findFirst().map(f -> ", " + f.remote() + " " +
				Amounts.bytes(f.size())).orElse("");
		if (ftp == null) {
			String orAspera = this == AUTO && UploadLimits.forAspera(total) ? " (or, with IBM's ascp installed, the " +
				"Aspera account: --aspera-user NAME and --aspera-password-file F)" : "";
			throw new BioStudiesException("these files go by FTP (" + why + "): give the FTP account the BioStudies " +
				"submission tool shows, with --ftp-user NAME and --ftp-password-file F (or BIA_FTP_PASSWORD)" +
				orAspera);
		}
		if (this == AUTO && UploadLimits.forAspera(total)) {
			say.message("the upload is " + Amounts.bytes(total) + ": BIA sends uploads above " + Amounts.bytes(
				UploadLimits.FTP_TOTAL) + " by Aspera, but " + (aspera == null ? "no Aspera account is given " +
					"(--aspera-user)" : "IBM's ascp is not on the PATH") + "; sending by FTP");
		}
		say.message("sending by FTP (" + why + ")");
		return new FtpUploadArea(ftp, profile.secret());
	}
}
