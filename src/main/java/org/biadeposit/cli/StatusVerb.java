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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.TerminalText;
import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.biostudies.SubmissionStatus;
import org.biadeposit.biostudies.UploadAge;
import org.biadeposit.pagetab.SubmissionPackage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bia status OUT|ACCESSION}: the processing status of a submission. */
@Command(name = "status", sortOptions = false, description = { "How a submission is doing.", "",
	"Prints the processing status of a submission (OUT: the package folder, whose receipt names the study, the " +
		"server and the version). For a package whose files were uploaded but that made no study (not submitted, " +
		"refused, rejected), says when the oldest was uploaded and warns from 60 days on: BIA empties the user " +
		"folder three months after an upload. A package without a receipt is looked up in the upload record of " +
		"--server and --user." }, footer = { "",
	"Exit status: 0 known and not rejected, 1 INVALID, not submitted or no answer, 2 usage error.",
	"--json prints one JSON document: {\"accession\", \"version\", \"status\", \"errors\"}, and for uploads " +
		"no study took \"unsubmittedUploads\": {\"files\", \"oldest\", \"days\", \"warning\"} (warning null " +
		"before 60 days)." })
final class StatusVerb extends LoginVerb {

	@Parameters(paramLabel = "OUT|ACCESSION", arity = "0..1", description = "the package folder, or the accession")
	String target;

	@Option(names = "--version", paramLabel = "N", converter = WholeNumber.class, description = "the version of " +
		"the study (default: the receipt's, else 1)")
	int version;

	@Override
	int run() throws IOException {
		if (target == null) throw usage("give the package folder or the accession");
		String accession = target;
		int v = version;
		String serverName = login.server;
		Path receiptFile = Path.of(target).resolve(Receipt.NAME);
		UploadAge age = null;
		if (Files.isRegularFile(receiptFile)) {
			Receipt r = Receipt.read(receiptFile);
			age = UploadAge.unsubmitted(r, Instant.now());
			if (!r.hasAccession()) {
				if (json) terminal.json(document(null, r.version(), r.status().name(), r.errors(), age));
				err().println(prefix() + TerminalText.line(receiptFile.toString()) + " names no study yet: " +
					(r.status() == SubmissionStatus.SENDING ? "the submission sent on " + r.time() + " got no answer; " +
						"run 'bia submit' again to find out whether BioStudies made it" :
						"BioStudies refused the submission " + TerminalText.lines(r.errors().toString())));
				warn(age);
				return 1;
			}
			accession = r.accession();
			if (v == 0) v = r.version();
			if (serverName == null) serverName = r.server();
		}
		else if (Files.isDirectory(Path.of(target))) {
			if (login.server == null || login.user == null || !Files.isRegularFile(Path.of(target).resolve(
				SubmissionPackage.SUBMISSION)))
			{
				throw usage(target + " has no receipt.json: it was not submitted from here yet (give --server and " +
					"--user to see what was uploaded for it)");
			}
			age = UploadAge.ofPackage(Path.of(target), Server.of(login.server).url(), login.user, null, Instant
				.now());
			if (json) terminal.json(document(null, 0, null, List.of(), age));
			err().println(prefix() + TerminalText.line(target) + " has no receipt.json: it was not submitted yet" +
				(age == null ? ", and nothing was uploaded for it from here" : "; " + (age.files() == 1 ? "1 file" :
					age.files() + " files") + " uploaded for it, the oldest on " + age.oldest() + " (" + age.days() +
					" days ago)"));
			warn(age);
			return 1;
		}
		if (serverName == null) throw usage("say which server: --server prod, --server beta, or a URL");
		if (login.user == null) throw usage("give your BioStudies login with --user EMAIL");
		if (v == 0) v = 1;
		char[] password = login.password(terminal.environment());
		try (BioStudiesClient client = new BioStudiesClient(Server.of(serverName))) {
			client.listener(terminal.progress(quiet)); // "waiting for the server's answer" on a slow server
			try {
				client.login(login.user, password);
			}
			finally {
				Password.wipe(password);
			}
			try {
				SubmissionStatus status = client.status(accession, v);
				List<String> errors = status == SubmissionStatus.INVALID ? client.errors(accession, v) : List.of();
				if (status != SubmissionStatus.INVALID) age = null; // a study took the uploads
				if (json) terminal.json(document(accession, v, status.name(), errors, age));
				else {
					out().println(accession + " version " + v + ": " + status);
					for (String e : errors) out().println("  - " + TerminalText.lines(e));
				}
				warn(age);
				return status == SubmissionStatus.INVALID ? 1 : 0;
			}
			finally {
				client.logout();
			}
		}
	}

	private static Map<String, Object> document(String accession, int version, String status, List<String> errors,
		UploadAge age)
	{
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("accession", accession);
		doc.put("version", version);
		doc.put("status", status);
		doc.put("errors", errors);
		if (age != null) {
			Map<String, Object> uploads = new LinkedHashMap<>();
			uploads.put("files", age.files());
			uploads.put("oldest", age.oldest().toString());
			uploads.put("days", age.days());
			uploads.put("warning", age.warning());
			doc.put("unsubmittedUploads", uploads);
		}
		return doc;
	}

	/** The warning about old unsubmitted uploads, when there is one (also with --json: the document has it too). */
	private void warn(UploadAge age) {
		if (age != null && age.warning() != null) err().println(prefix() + "warning: " + TerminalText.line(age
			.warning()));
	}
}
