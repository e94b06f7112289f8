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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.biadeposit.pagetab.Section;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;

/**
 * A file of the upload plan as it is now on this computer, with the path it gets in the user folder.
 *
 * @param remote the path in the user folder, under the submission's {@code RootPath}
 * @param modified the local modification time, -1 when the file is gone (allowed for metadata only)
 * @param fileList whether it is a File-list of the submission (always sent) rather than a data file
 */
record PlannedFile(UploadPlan.Item item, String remote, long size, long modified, boolean fileList) {

	Receipt.File receiptFile(Checksums c, FileState state) {
		return receiptFile(c, state, null);
	}

	/** @param uploaded when the bytes reached the user folder, null when not known */
	Receipt.File receiptFile(Checksums c, FileState state, java.time.Instant uploaded) {
		return new Receipt.File(remote, item.local().toString(), size, c == null ? null : c.md5(), c == null ? null : c
			.sha256(), state, uploaded);
	}

	/**
	 * The plan's files as they are now. Remote paths get the submission's RootPath.
	 *
	 * @param packageFolder files inside it are File-lists
	 * @param metadataOnly whether data files may be gone (they are not sent)
	 * @throws BioStudiesException naming the files that are missing
	 */
	static List<PlannedFile> of(UploadPlan plan, Submission submission, Path packageFolder, boolean metadataOnly)
		throws IOException
	{
		String rootPath = UserPath.of(submission.attribute("RootPath"));
		Set<String> fileLists = fileLists(submission);
		List<PlannedFile> files = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (UploadPlan.Item item : plan.items()) {
			Path local = item.local();
			boolean fileList = fileLists.contains(item.remote()) || local.startsWith(packageFolder);
			String remote = rootPath.isEmpty() ? item.remote() : rootPath + "/" + item.remote();
			if (!Files.isRegularFile(local)) {
				if (metadataOnly && !fileList) files.add(new PlannedFile(item, remote, item.size(), -1, false));
				else missing.add(local.toString());
				continue;
			}
			long modified = Files.getLastModifiedTime(local).toMillis();
			files.add(new PlannedFile(item, remote, Files.size(local), modified, fileList));
		}
		if (!missing.isEmpty()) {
			List<String> lines = new ArrayList<>();
			missing.stream().limit(20).forEach(m -> lines.add("  - " + m));
			if (missing.size() > 20) lines.add("  … and " + (missing.size() - 20) + " more");
			lines.add(0, missing.size() + " missing (moved or deleted since the package was written?)");
			throw new BioStudiesException("files of " + SubmissionPackage.UPLOAD_PLAN + " are not here", 0, lines,
				null);
		}
		return files;
	}

	/** The refusal of files above the 20 GB ({@link org.biadeposit.UploadLimits#HTTP_FILE}) HTTP takes. */
	static BioStudiesException tooLarge(List<PlannedFile> files) {
		List<String> lines = new ArrayList<>();
		lines.add("these files are above the 20 GB per file that the API accepts over HTTP:");
		for (PlannedFile f : files) lines.add("  - " + f.remote() + " (" + org.biadeposit.Amounts.bytes(f.size()) + ")");
		lines.add("send them by FTP (--via ftp, with --ftp-user and --ftp-password-file), by Aspera (--via aspera, " +
			"with IBM's ascp and --aspera-user), or let --via auto choose (see " + org.biadeposit.UploadLimits.HELP +
			"); files already in your user folder are not sent twice");
		String what = "cannot upload " + files.size() + (files.size() == 1 ? " file" : " files");
		return new BioStudiesException(what, 0, lines, null);
	}

	/** The {@code File List} paths the submission names (relative to the user folder or RootPath). */
	private static Set<String> fileLists(Submission submission) {
		Set<String> lists = new HashSet<>();
		for (Section s : submission.sections()) {
			for (String v : s.attributes("File List")) {
				try {
					lists.add(UserPath.of(v));
				}
				catch (IllegalArgumentException e) {
					// not a path; the server will say so
				}
			}
		}
		return lists;
	}
}
