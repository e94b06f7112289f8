package org.biadeposit.cli;

import java.io.IOException;
import java.time.LocalDate;

import org.biadeposit.DepositionService;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TerminalText;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.StudyComponent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bia init DIR [--force]}: writes a commented starter DIR/deposit.yaml from what the images say. */
@Command(name = "init", sortOptions = false, description = { "Write a starter deposit.yaml from the images in DIR.",
	"", "Writes a commented DIR/deposit.yaml: study components, image acquisitions from the images' metadata, and " +
		"the fields to fill in marked REQUIRED." })
final class InitVerb extends DatasetVerb {

	@Option(names = "--force", description = "replace an existing deposit.yaml (kept as deposit.yaml.bak)")
	boolean force;

	@Override
	int run(DepositionService deposition) throws IOException {
		DepositionWorkflow.Started started;
		try {
			started = deposition.init(dir, force, LocalDate.now());
		}
		catch (IllegalStateException e) {
			err().println(prefix() + TerminalText.line(e.getMessage()) + "; give --force to write a new one");
			return 1;
		}
		Deposition d = started.deposition();
		out().println(TerminalText.line("wrote " + started.config() + ": " + d.components().size() +
			" study component(s) (" + String.join(", ", d.components().stream().map(StudyComponent::name).toList()) +
			"), " + d.acquisitions().size() + " image acquisition(s) from " + started.imageFiles() +
			" image file(s)"));
		out().println("next: fill in the fields marked REQUIRED, then run: bia validate " + TerminalText.line(dir
			.toString()));
		printWarnings(started.problems());
		return 0;
	}
}
