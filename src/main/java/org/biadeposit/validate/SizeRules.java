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
package org.biadeposit.validate;

import static org.biadeposit.validate.Findings.Section.FILE_LISTS;

import java.util.ArrayList;
import java.util.List;

import org.biadeposit.UploadLimits;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.Place;

/**
 * File sizes, from the File-list rows, against BIA's table ({@link UploadLimits}): a file too large for HTTP is no
 * error (FTP and Aspera take it), but a warning naming the route {@code bia submit} will take; a very large whole
 * gets a warning to tell BIA first.
 */
final class SizeRules {

	private final Findings out;

	SizeRules(Findings out) {
		this.out = out;
	}

	private record Large(String list, int row, String path, long size) {}

	/**
	 * What the File-lists' rows add up to, told row by row as {@link FileListRules} reads them: each file counted
	 * once however many rows list it, and the rows of files too large for HTTP.
	 */
	static final class Tally {

		private final List<Large> large = new ArrayList<>();
		private long total;
		private int files;

		/**
		 * @param first whether this row is the first to list its path, in any list
		 */
		void row(String list, int index, FileList.Row row, boolean first) {
			if (!UploadLimits.fitsHttp(row.size())) large.add(new Large(list, index, row.path(), row.size()));
			if (!first) return;
			files++;
			if (row.size() > 0) total = total > Long.MAX_VALUE - row.size() ? Long.MAX_VALUE : total + row.size();
		}
	}

	/** Warns of the files, and the whole, that HTTP cannot carry, as the File-list checks counted them. */
	void check(Deposition d, Tally tally) {
		long total = tally.total;
		String route = route(total);
		for (Large f : tally.large) {
			out.warning(FILE_LISTS, Places.row(f.list(), f.row(), f.path()), "the file is " + Text.bytes(f.size()) +
				" (" + f.size() + " bytes), more than the " + Text.bytes(UploadLimits.HTTP_FILE) + " (" + UploadLimits
				.HTTP_FILE + " bytes) a file can have over HTTP, so 'bia submit' sends this deposition " + route +
				" (see " + UploadLimits.HELP + ")");
		}
		if (total > UploadLimits.FTP_TOTAL) {
			out.warning(FILE_LISTS, d.root() == null ? Place.described("dataset folder") : Places.file(d.root().toString()), "the deposition " +
				"holds " + Text.bytes(total) + " in " + tally.files + " files, more than " + Text.bytes(
					UploadLimits.FTP_TOTAL) + "; contact the BioImage Archive (https://www.ebi.ac.uk/bioimage-archive/) " +
				"before submitting so they can plan for it; 'bia submit' sends it " + route + " (see " + UploadLimits
					.HELP + ")");
		}
	}

	/** How {@code bia submit --via auto} sends an upload of this size once HTTP is out, with what it needs. */
	private static String route(long total) {
		String ftp = "by FTP (give the FTP account the BioStudies submission tool shows: --ftp-user NAME and " +
			"--ftp-password-file F)";
		return UploadLimits.forAspera(total) ? "by Aspera when IBM's ascp is installed (--aspera-user NAME and " +
			"--aspera-password-file F), else " + ftp : ftp;
	}
}
