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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.FileList;

/** File sizes, from the File-list rows: each within what HTTP upload takes, and the whole within reason. */
final class SizeRules {

	private final Findings out;

	SizeRules(Findings out) {
		this.out = out;
	}

	void check(Deposition d) {
		List<FileListRules.Listed> lists = FileListRules.listsOf(d);
		Set<String> counted = new HashSet<>();
		long total = 0;
		for (FileListRules.Listed l : lists) {
			List<FileList.Row> rows = l.list().rows();
			for (int r = 0; r < rows.size(); r++) {
				FileList.Row row = rows.get(r);
				if (row.size() > DepositionValidator.MAX_HTTP_UPLOAD_BYTES) {
					out.error(FILE_LISTS, Places.row(l.name(), r, row.path()), "the file is " + Text.bytes(row
						.size()) + " (" + row.size() + " bytes), more than the 20 GB (" +
						DepositionValidator.MAX_HTTP_UPLOAD_BYTES + " bytes) that can be uploaded over HTTP; " +
						"upload files over 20 GB by FTP or Aspera, see " + DepositionValidator.FILE_UPLOAD_HELP);
				}
				if (row.path() != null && counted.add(row.path()) && row.size() > 0) {
					total = total > Long.MAX_VALUE - row.size() ? Long.MAX_VALUE : total + row.size();
				}
			}
		}
		if (total > DepositionValidator.LARGE_DEPOSITION_BYTES) {
			out.warning(FILE_LISTS, d.root() == null ? "dataset folder" : d.root().toString(), "the deposition " +
				"holds " + Text.bytes(total) + " in " + counted.size() + " files, more than " + Text.bytes(
					DepositionValidator.LARGE_DEPOSITION_BYTES) + "; contact the BioImage Archive " +
				"(https://www.ebi.ac.uk/bioimage-archive/) before submitting so they can plan for it, and upload " +
				"by FTP or Aspera (" + DepositionValidator.FILE_UPLOAD_HELP + ")");
		}
	}
}
