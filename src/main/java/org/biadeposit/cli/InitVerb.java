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
