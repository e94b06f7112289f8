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

import static org.biadeposit.rembi.Problem.Severity.ERROR;
import static org.biadeposit.rembi.Problem.Severity.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.biadeposit.rembi.FileList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The File-list checks find a duplicate, a path differing only in case, a path in two lists and a forbidden
 * character among thousands of generated rows, each problem naming its list, row and path: the rows are read once
 * and the paths kept in a compact table, not a set, so what was found must still be told exactly.
 */
class ManyRowsTest {

	private static final int FILES = 3000;

	@TempDir
	Path root;

	private static String file(int i) {
		return String.format(Locale.ROOT, "embryos/ko/many/plane-%04d.tif", i);
	}

	@Test
	void problemsAmongThousandsOfRowsNameTheirRows() throws IOException {
		Draft d = Draft.good(root);
		List<FileList.Row> rows = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			Draft.write(root.resolve(file(i)), "x");
			rows.add(d.row(file(i)));
		}
		String clash = "embryos/ko/many/PLANE-0100.tif";
		String hash = "embryos/ko/many/plane #7.tif";
		Draft.write(root.resolve(clash), "X");
		Draft.write(root.resolve(hash), "x");
		rows.add(1500, d.row(file(1234))); // row 1501, the second listing of row 1235's file
		rows.add(2000, d.row(clash)); // row 2001
		rows.add(2500, d.row("embryos/wt/wt 02 (repeat).tif")); // row 2501: also in the wild_type list
		rows.add(2900, d.row(hash)); // row 2901
		FileList ko = d.components.get(1).fileList();
		rows.addAll(0, ko.rows()); // the list's own row first: every row above moves down one
		d.setList(1, new FileList(ko.name(), ko.columns(), rows));

		// files looked at together, many at a time: each still told at its own row
		Files.delete(root.resolve(file(2222)));
		Draft.write(root.resolve(file(2700)), "longer");
		Report r = d.validate();
		Expect.at(r, ERROR, "File-list knock-out row " + rowOf(rows, file(2222)) + " (" + file(2222) + ")", "does not exist in " +
			"the dataset folder");
		Expect.at(r, WARNING, "File-list knock-out row " + rowOf(rows, file(2700)) + " (" + file(2700) + ")", "is now 6 bytes, " +
			"but the File-list says 1");
		Expect.at(r, ERROR, "File-list knock-out row 1502 (" + file(1234) + ")", "listed twice in File-list " +
			"knock-out, in rows 1236 and 1502", "remove row 1502");
		Expect.at(r, WARNING, "File-list knock-out row 2002 (" + clash + ")", "differs only in case from " + file(100) +
			" (File-list knock-out, row 102)", "Windows and macOS", "Rename one of them");
		Expect.at(r, WARNING, "File-list knock-out row 2502 (embryos/wt/wt 02 (repeat).tif)", "also listed in " +
			"File-list wild_type (row 2)");
		Expect.at(r, ERROR, "File-list knock-out row 2902 (" + hash + ")", "contains '#'", "plane -7.tif");
		assertEquals(6, r.problems().size(), r.toText());
	}

	/** The row (from 1) of a path listed once. */
	private static int rowOf(List<FileList.Row> rows, String path) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).path().equals(path)) return i + 1;
		}
		throw new AssertionError(path + " is not listed");
	}

	@Test
	void pathsThatDifferOnlyInCaseInTwoListsAreFound() {
		Draft d = Draft.good(root);
		String upper = "embryos/ko/Stage 1.tif", lower = "embryos/ko/stage 1.TIF";
		Draft.write(root.resolve(upper), "x");
		Draft.write(root.resolve(lower), "x");
		FileList wt = d.components.get(0).fileList();
		List<FileList.Row> wtRows = new ArrayList<>(wt.rows());
		wtRows.add(d.row(upper));
		d.setList(0, new FileList(wt.name(), wt.columns(), wtRows));
		FileList ko = d.components.get(1).fileList();
		List<FileList.Row> koRows = new ArrayList<>(ko.rows());
		koRows.add(new FileList.Row(lower, 1, Map.of()));
		d.setList(1, new FileList(ko.name(), ko.columns(), koRows));
		Report r = d.validate();
		Expect.at(r, WARNING, "File-list knock-out row 2 (" + lower + ")", "differs only in case from " + upper +
			" (File-list wild_type, row 3)");
	}
}
