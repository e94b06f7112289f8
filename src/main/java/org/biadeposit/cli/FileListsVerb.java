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
