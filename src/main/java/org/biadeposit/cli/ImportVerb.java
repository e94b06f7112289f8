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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.biadeposit.DepositionService;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TerminalText;
import org.biadeposit.pagetab.PageTabSyntaxException;
import org.scijava.Context;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", sortOptions = false, description = { "Write deposit.yaml from a published study.", "",
	"Reads a study's PageTab (a file as BioStudies serves it, S-BIAD1234.json or S-BIAD1234.tsv, or TSV PageTab " +
		"written by hand; or, with --server, the study of that accession, fetched as JSON) and writes DIR/deposit.yaml describing the same study. What REMBI does not describe is " +
		"kept under published: and written back into every new version. Then edit deposit.yaml and run: bia " +
		"package DIR --out OUT --metadata-only; bia submit OUT --accession S-BIAD1234 --metadata-only." }, footer = {
			"", "--json prints one JSON document: {\"config\", \"accession\", \"warnings\"}." })
final class ImportVerb extends LoginVerb {

	@Parameters(paramLabel = "PAGETAB", arity = "0..1", description = "the study's PageTab file (.json or " +
		".tsv), or with --server its accession")
	String pagetab;

	@Option(names = "--out", paramLabel = "DIR", description = "the folder to write deposit.yaml into")
	Path out;

	@Override
	int run() throws IOException {
		if (pagetab == null) {
			throw usage("give the study's PageTab file (.json or .tsv), or its accession with --server");
		}
		if (out == null) throw usage("give the folder to write deposit.yaml into with --out DIR");
		if (login.server == null && !Files.isRegularFile(Path.of(pagetab))) {
			throw usage("no such file: " + pagetab + " (to fetch a study by its accession, give --server and --user)");
		}
		if (login.server != null && login.user == null) throw usage("give your BioStudies login with --user EMAIL");
		DepositionWorkflow.Imported imported;
		try (Context context = new Context(DepositionService.class)) {
			DepositionService deposition = context.service(DepositionService.class);
			if (login.server == null) imported = deposition.importStudy(Path.of(pagetab), out);
			else imported = deposition.importStudy(pagetab, login.server, login.user, login.password(terminal
				.environment()), out);
		}
		catch (IllegalStateException | PageTabSyntaxException e) {
			err().println(prefix() + TerminalText.line(e.getMessage()));
			return 1;
		}
		String accession = imported.deposition().published().accession();
		if (json) {
			Map<String, Object> doc = new LinkedHashMap<>();
			doc.put("config", imported.config().toString());
			doc.put("accession", accession);
			doc.put("warnings", imported.warnings());
			terminal.json(doc);
			return 0;
		}
		for (String w : imported.warnings()) err().println(prefix() + "warning: " + TerminalText.line(w));
		out().println("wrote " + TerminalText.line(imported.config().toString()) + (accession == null ? "" : " for " +
			accession));
		out().println("next: edit it, then run: bia package " + TerminalText.line(out.toString()) + " --out OUT " +
			"--metadata-only");
		return 0;
	}
}
