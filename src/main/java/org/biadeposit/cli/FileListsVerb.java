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
package org.biadeposit.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.biadeposit.DepositionService;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TerminalText;
import org.biadeposit.rembi.Problem;
import org.biadeposit.validate.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bia filelists DIR --out OUT [--config deposit.yaml]}: writes OUT/<component>.tsv and .json. */
@Command(name = "filelists", sortOptions = false, description = { "Write the File-lists (one per study component).",
	"", "Writes OUT/<component>.tsv and .json." })
final class FileListsVerb extends DatasetVerb {

	@Option(names = "--out", paramLabel = "OUT", description = "the folder to write the File-lists into")
	Path out;

	@Override
	void check() {
		if (out == null) throw usage("give the output folder with --out OUT");
	}

	@Override
	int run(DepositionService deposition) throws IOException {
		DepositionWorkflow.ListsWritten lists = deposition.fileLists(dir, config, out);
		if (lists.files().isEmpty() && lists.problems().stream().anyMatch(Problem::isError)) {
			Report report = new Report(lists.problems());
			out().print(report.toText());
			return 1;
		}
		for (Path p : lists.files()) out().println(TerminalText.line(p.toString()));
		printWarnings(lists.problems());
		return lists.problems().stream().anyMatch(Problem::isError) ? 1 : 0;
	}
}
