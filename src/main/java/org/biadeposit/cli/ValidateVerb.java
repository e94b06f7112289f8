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
