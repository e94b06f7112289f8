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
