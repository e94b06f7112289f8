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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.DepositionService;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TerminalText;
import org.biadeposit.pagetab.SubmissionPackage;
import org.biadeposit.rembi.DepositionPlanner;
import org.biadeposit.validate.Report;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bia package DIR --config deposit.yaml --out OUT}: validates, then writes the submission package. */
@Command(name = "package", sortOptions = false, description = { "Validate, then write the submission package.", "",
	"Writes OUT/submission.json, the File-lists and OUT/upload-plan.tsv; nothing is written when there are " +
		"errors." }, footer = {
		"", "--json prints one JSON document: {\"written\", \"submission\", \"fileLists\", \"uploadPlan\", " +
			"\"files\", \"bytes\", \"notes\", \"report\": {\"errors\", \"warnings\", \"problems\"}}." })
final class PackageVerb extends DatasetVerb {

	@Option(names = "--out", paramLabel = "OUT", description = "the package folder to write")
	Path out;

	@Option(names = "--metadata-only", description = "a new version of a published study (bia import) without " +
		"its data files: writes OUT/submission.json from deposit.yaml alone, with the File Lists the study named; " +
		"nothing is harvested and no File-list is built")
	boolean metadataOnly;

	@Mixin
	ReportFormat format;

	@Override
	void check() {
		format.json(this);
		if (out == null) throw usage("give the output folder with --out OUT");
		if (config == null) config = DepositionPlanner.defaultConfig(dir);
		if (config == null) {
			throw usage("a package needs a deposit.yaml: give --config, or run 'bia init " + dir + "' and fill it in");
		}
	}

	@Override
	int run(DepositionService deposition) throws IOException {
		DepositionWorkflow.Packaged packaged = metadataOnly ? deposition.packMetadataOnly(dir, config, out)
			: deposition.pack(dir, config, out);
		Report report = packaged.report();
		SubmissionPackage.Written w = packaged.written();
		if (format.json(this)) {
			terminal.json(json(report, w));
			return w == null ? 1 : 0;
		}
		if (w == null) {
			err().print(report.toText());
			err().println(prefix() + "nothing written; fix the errors above and run it again");
			return 1;
		}
		if (!report.warnings().isEmpty()) err().print(report.toText());
		for (String note : w.notes()) err().println(prefix() + TerminalText.line(note));
		out().println("wrote " + TerminalText.line(w.submission().toString()));
		for (Path p : w.fileLists()) out().println("wrote " + TerminalText.line(p.toString()));
		out().println("wrote " + TerminalText.line(w.uploadPlan().toString()) + ": " + w.files() + " file(s), " +
			w.bytes() + " bytes to upload");
		return 0;
	}

	/** What {@code --json} prints; the names are documented in the README and stay. */
	private static Map<String, Object> json(Report report, SubmissionPackage.Written w) throws IOException {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("written", w != null);
		doc.put("submission", w == null ? null : w.submission().toString());
		doc.put("fileLists", w == null ? List.of() : w.fileLists().stream().map(Path::toString).toList());
		doc.put("uploadPlan", w == null ? null : w.uploadPlan().toString());
		doc.put("files", w == null ? 0 : w.files());
		doc.put("bytes", w == null ? 0 : w.bytes());
		doc.put("notes", w == null ? List.of() : w.notes());
		doc.put("report", new ObjectMapper().readTree(report.toJson()));
		return doc;
	}
}
