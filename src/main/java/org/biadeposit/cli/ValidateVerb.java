package org.biadeposit.cli;

import java.io.IOException;

import org.biadeposit.DepositionService;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TerminalText;
import org.biadeposit.validate.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bia validate DIR [--config deposit.yaml] [--format text|json]}: every problem, before anything is sent. */
@Command(name = "validate", sortOptions = false, description = { "Report every problem before anything is sent.",
	"", "Checks the dataset folder and its deposit.yaml as the BioImage Archive will, and reports every error and " +
		"warning with the file, line and field it is about." }, footer = { "",
	"Exit status: 0 no errors (warnings allowed), 1 errors, 2 usage error.",
	"--json prints {\"errors\", \"warnings\", \"problems\": [{\"severity\", \"where\", \"message\"}]}." })
final class ValidateVerb extends DatasetVerb {

	@Mixin
	ReportFormat format;

	@Override
	void check() {
		format.json(this);
	}

	@Override
	int run(DepositionService deposition) throws IOException {
		Report report = deposition.validate(dir, config);
		out().print(format.json(this) ? TerminalText.json(report.toJson()) + "\n" : report.toText());
		return report.hasErrors() ? 1 : 0;
	}
}
