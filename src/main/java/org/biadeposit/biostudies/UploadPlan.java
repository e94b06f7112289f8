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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.biadeposit.UploadLimits;
import org.biadeposit.pagetab.SubmissionPackage;
import org.biadeposit.pagetab.UploadPlanTsv;

/**
 * The files a package sends: its {@code upload-plan.tsv} ({@link UploadPlanTsv}: data files and the JSON
 * File-lists), as {@link SubmissionPackage} writes it.
 */
public record UploadPlan(List<Item> items) {

	/**
	 * The largest file sent over HTTP: {@link UploadLimits#HTTP_FILE} (20 GB), under another name for the code that
	 * knew it by this one. There is one figure, in {@link UploadLimits}.
	 */
	public static final long HTTP_LIMIT = UploadLimits.HTTP_FILE;
	/** How to send larger files (FTP or Aspera into the same user folder): {@link UploadLimits#HELP}. */
	public static final String LARGE_FILE_HELP = UploadLimits.HELP;

	/**
	 * One file to send.
	 *
	 * @param local the file on this computer
	 * @param remote its path in the submission (relative to the user folder, or to {@code RootPath} when set)
	 * @param size its size when the package was written
	 */
	public record Item(Path local, String remote, long size) {

		/** Whether the file is too large to upload over HTTP (it must go by FTP or Aspera). */
		public boolean tooLargeForHttp() {
			return !UploadLimits.fitsHttp(size);
		}
	}

	public UploadPlan {
		items = List.copyOf(items);
	}

	/**
	 * Reads {@code upload-plan.tsv} ({@link UploadPlanTsv}). Relative local paths are taken from the plan's
	 * folder; remote paths must be paths inside the user folder, each listed once.
	 */
	public static UploadPlan read(Path file) throws IOException {
		List<Item> items = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Path folder = file.toAbsolutePath().getParent();
		for (UploadPlanTsv.Row r : UploadPlanTsv.read(file)) {
			String where = file + " line " + r.line() + ": ";
			String remote;
			try {
				remote = UserPath.of(r.remote());
			}
			catch (IllegalArgumentException e) {
				throw new IOException(where + e.getMessage());
			}
			if (remote.isEmpty()) throw new IOException(where + "no remote path");
			if (!seen.add(remote)) throw new IOException(where + remote + " is listed twice");
			items.add(new Item(folder.resolve(r.local()).normalize(), remote, r.size()));
		}
		return new UploadPlan(items);
	}

	/** The plan's files that are too large to upload over HTTP. */
	public List<Item> tooLargeForHttp() {
		return items.stream().filter(Item::tooLargeForHttp).toList();
	}

	/** The total size. */
	public long bytes() {
		return items.stream().mapToLong(Item::size).sum();
	}
}
