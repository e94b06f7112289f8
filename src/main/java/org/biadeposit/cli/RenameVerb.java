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
import org.biadeposit.TerminalText;
import org.biadeposit.rembi.DatasetRenaming;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bia rename DIR [--dry-run]}: gives the files and folders BioStudies would refuse the names validate proposes. */
@Command(name = "rename", sortOptions = false, description = { "Rename files whose names BioStudies refuses.",
	"", "Gives every file and folder of the dataset whose name BioStudies would refuse the safe name `bia validate` " +
		"proposes (the BIA submission tool's substitutions: & to Et, @ to A, + to --, brackets to parentheses, " +
		"= ; : , ? \\ ^ %% ~ # to -, accents dropped, double spaces made single). What changed is recorded in " +
		"DIR/" + DatasetRenaming.TABLE + " (old path, new path), which `bia package` puts into the package as " +
		"renamed.tsv. Update deposit.yaml where it names a renamed folder." }, footer = { "",
	"Exit status: 0 renamed (or nothing to rename), 1 some names could not be changed, 2 usage error." })
final class RenameVerb extends DatasetVerb {

	@Option(names = "--dry-run", description = "only print what would be renamed")
	boolean dryRun;

	@Override
	int run(DepositionService deposition) throws IOException {
		DatasetRenaming.Result r = deposition.rename(dir, dryRun);
		for (DatasetRenaming.Renamed x : r.renamed()) {
			out().println(TerminalText.line(x.from()) + "\t" + TerminalText.line(x.to()));
		}
		for (String refused : r.refused()) err().println(prefix() + TerminalText.line(refused));
		if (!quiet) {
			err().println(r.renamed().isEmpty() ? "every name is one BioStudies accepts; nothing to rename" : (dryRun
				? r.renamed().size() + " file(s) would be renamed (nothing was changed: --dry-run)" : r.renamed()
					.size() + " file(s) renamed; recorded in " + r.table()));
		}
		return r.refused().isEmpty() ? 0 : 1;
	}
}
