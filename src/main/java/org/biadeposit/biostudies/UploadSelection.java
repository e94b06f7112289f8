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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.Amounts;
import org.biadeposit.ProgressListener;

/**
 * Which files of a deposit are sent. A file is skipped only when the user folder has it with the same size and the
 * upload record ({@link UploadJournal}) vouches that it holds these bytes; a same-size file nothing vouches for is
 * sent again, unless it is larger than the re-send limit: then it is left, reported, and recorded in the receipt as
 * {@link Receipt#NOT_VERIFIED} without checksums, until the depositor asks for it with {@code --resend-unverified}.
 * File-lists are always sent (small, and their content may change at the same size).
 */
final class UploadSelection {

	/** Files above this size that nothing vouches for are not sent again unless asked (1 GiB). */
	static final long RESEND_LIMIT = 1L << 30;
	static final String RESEND_FLAG = "--resend-unverified";

	final List<PlannedFile> send = new ArrayList<>();
	/** The receipt's entries of the files not sent, by remote path. */
	final Map<String, Receipt.File> kept = new HashMap<>();
	private final List<PlannedFile> vouched = new ArrayList<>(), changed = new ArrayList<>(),
		unrecorded = new ArrayList<>(), unverified = new ArrayList<>();
	private final long resendLimit;

	private UploadSelection(long resendLimit) {
		this.resendLimit = resendLimit;
	}

	/**
	 * @param onServer the sizes of the files already in the user folder, by remote path
	 * @param resendLimit the size above which a file nothing vouches for is only reported
	 * @param resendUnverified send those too
	 * @param md5 whether the receipt gets MD5 too (read again from the local file if the record has none)
	 */
	static UploadSelection of(List<PlannedFile> candidates, Map<String, Long> onServer, UploadJournal journal,
		String server, long resendLimit, boolean resendUnverified, boolean md5) throws IOException
	{
		UploadSelection s = new UploadSelection(resendLimit);
		for (PlannedFile f : candidates) {
			Long there = onServer.get(f.remote());
			if (f.fileList() || there == null || there != f.size()) {
				s.send.add(f);
				continue;
			}
			Checksums c = journal.vouched(server, f.remote(), f.item().local(), f.size(), f.modified(), md5);
			if (c != null) {
				s.vouched.add(f);
				UploadJournal.Entry last = journal.sent(server, f.remote());
				s.kept.put(f.remote(), f.receiptFile(c, FileState.ON_SERVER, last == null ? null : last.time()));
			}
			else if (f.size() > resendLimit && !resendUnverified) {
				s.unverified.add(f);
				s.kept.put(f.remote(), new Receipt.File(f.remote(), f.item().local().toString(), f.size(), null, null,
					FileState.NOT_VERIFIED));
			}
			else {
				UploadJournal.Entry last = journal.sent(server, f.remote());
				(last != null && last.size() == f.size() ? s.changed : s.unrecorded).add(f);
				s.send.add(f);
			}
		}
		return s;
	}

	/** Tells the depositor what is not sent, and what is sent again and why. */
	void tell(ProgressListener say) {
		if (!vouched.isEmpty()) {
			long bytes = vouched.stream().mapToLong(PlannedFile::size).sum();
			say.message("already on the server, not sent again: " + files(vouched.size()) + " (" +
				Amounts.bytes(bytes) + ")");
		}
		if (!changed.isEmpty()) {
			say.message("changed here since they were sent (same size, other content), sending again: " +
				files(changed.size()));
		}
		if (!unrecorded.isEmpty()) {
			say.message("on the server with the same size but not sent from this computer (no upload record vouches " +
				"for them), sending again: " + files(unrecorded.size()));
		}
		if (!unverified.isEmpty()) {
			List<String> lines = new ArrayList<>();
			lines.add("on the server with the same size but not sent from this computer, larger than " +
				Amounts.bytes(resendLimit) + " and not sent again: " + files(unverified.size()) + ":");
			unverified.stream().limit(20).forEach(f -> lines.add("  - " + f.remote() + " (" + Amounts.bytes(f
				.size()) + ")"));
			if (unverified.size() > 20) lines.add("  … and " + (unverified.size() - 20) + " more");
			lines.add("nothing shows that they hold the files here: the receipt records them as '" +
				FileState.NOT_VERIFIED + "'; to send them again, run with " + RESEND_FLAG);
			say.message(String.join("\n", lines));
		}
	}

	private static String files(int n) {
		return n + (n == 1 ? " file" : " files");
	}
}
