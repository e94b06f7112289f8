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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.biadeposit.TerminalText;
import org.biadeposit.biostudies.AsperaLogin;
import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.FtpLogin;
import org.biadeposit.biostudies.UploadRoute;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.biostudies.SubmissionStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bia submit OUT --server prod|beta|URL --user EMAIL}: uploads the package and submits it. */
@Command(name = "submit", sortOptions = false, description = {
	"Upload and submit a package; prints the accession.", "",
	"Uploads the package written by 'bia package' to your BioStudies user folder, submits it and waits for the " +
		"accession; writes OUT/receipt.json with the SHA-256 of every file (computed while it is sent; --md5 adds " +
		"its MD5, which costs more CPU than the transfer).",
	"Files already there with the same size are not sent again when this computer's upload record vouches for " +
		"them; others are sent again, except those over 1 GiB, which are reported (--resend-unverified sends them " +
		"too).",
	"A package already submitted (its receipt names the study, or BioStudies made it from a run whose answer was " +
		"lost) is not submitted again: that study is reported (exit status 0); --accession S-BIAD... sends a new " +
		"version of it." }, footer = { "",
	"The password: typed at the prompt, read from --password-file F (first line), or BIA_PASSWORD.",
	"The FTP route (--via ftp, or auto for large uploads) logs in with the FTP account the BioStudies submission " +
		"tool shows: --ftp-user NAME, and --ftp-password-file F or BIA_FTP_PASSWORD; files go into /<your secret " +
		"folder> on --ftp-host, and a file cut off is resumed from the size already there.",
	"The Aspera route (--via aspera, or auto above 1 TB) runs IBM's ascp from the PATH with the Aspera account " +
		"the submission tool shows: --aspera-user NAME, and --aspera-password-file F or BIA_ASPERA_PASSWORD (given " +
		"to ascp as ASPERA_SCP_PASS); ascp -k 1 resumes a file cut off.",
	"--json prints one JSON document: {\"accession\", \"version\", \"status\", \"studyUrl\", \"receipt\", " +
		"\"alreadySubmitted\", \"errors\"}." })
final class SubmitVerb extends LoginVerb {

	@Parameters(paramLabel = "OUT", arity = "0..1", description = "the package folder written by 'bia package'")
	Path pkg;

	@Option(names = "--parallel", paramLabel = "N", converter = WholeNumber.class, description = "files sent at " +
		"once (default: ${DEFAULT-VALUE})")
	int parallel = SubmissionRun.DEFAULT_PARALLEL;

	@Option(names = "--accession", paramLabel = "S-BIAD...", description = "send a new version of this study")
	String accession;

	@Option(names = "--metadata-only", description = "send no data files: the server keeps the previous version's")
	boolean metadataOnly;

	@Option(names = "--resend-unverified", description = "also send again files over 1 GiB that are on the server " +
		"with the same size but that no upload record vouches for")
	boolean resendUnverified;

	@Option(names = "--md5", description = "also compute each file's MD5 for the receipt")
	boolean md5;

	@Mixin
	FtpOptions ftp;

	@Mixin
	AsperaOptions aspera;

	@Option(names = "--poll", paramLabel = "SECONDS", converter = WholeNumber.class, description = "how often to " +
		"ask whether BioStudies has processed the submission")
	Integer pollSeconds;

	@Override
	int run() throws IOException {
		if (ftp.refusedPassword != null) throw usage(FtpOptions.REFUSAL);
		if (aspera.refusedPassword != null) throw usage(AsperaOptions.REFUSAL);
		if (pkg == null) throw usage("give the package folder written by 'bia package'");
		if (!Files.isRegularFile(pkg.resolve("submission.json"))) {
			throw usage(pkg + " is not a package folder (no submission.json): run 'bia package' first");
		}
		if (login.server == null) throw usage("say where to submit: --server prod, --server beta, or a URL");
		if (login.user == null) throw usage("give your BioStudies login with --user EMAIL");
		UploadRoute via = ftp.route();
		FtpLogin ftpLogin = ftp.login(terminal.environment());
		AsperaLogin asperaLogin;
		try {
			asperaLogin = aspera.login(via, terminal.environment());
		}
		catch (IOException | RuntimeException e) {
			if (ftpLogin != null) ftpLogin.wipe();
			throw e;
		}
		return submit(Server.of(login.server), via, ftpLogin, asperaLogin);
	}

	private int submit(Server server, UploadRoute via, FtpLogin ftpLogin, AsperaLogin asperaLogin)
		throws IOException
	{
		char[] password;
		try {
			password = login.password(terminal.environment());
		}
		catch (IOException | RuntimeException e) {
			if (ftpLogin != null) ftpLogin.wipe();
			if (asperaLogin != null) asperaLogin.wipe();
			throw e;
		}
		try (BioStudiesClient client = new BioStudiesClient(server)) {
			SubmissionRun deposit = new SubmissionRun(client, pkg).via(via).ftp(ftpLogin).aspera(asperaLogin)
				.parallel(parallel).accession(accession).metadataOnly(metadataOnly).resendUnverified(resendUnverified)
				.md5(md5).pollInterval(pollSeconds == null ? SubmissionRun.POLL_INTERVAL : Duration.ofSeconds(
					pollSeconds)).listener(terminal.progress(quiet));
			Receipt r = deposit.run(login.user, password);
			if (json) {
				Map<String, Object> doc = new LinkedHashMap<>();
				doc.put("accession", r.accession());
				doc.put("version", r.version());
				doc.put("status", r.status());
				doc.put("studyUrl", r.studyUrl());
				doc.put("receipt", pkg.resolve(Receipt.NAME).toString());
				doc.put("alreadySubmitted", deposit.alreadySubmitted());
				doc.put("errors", r.errors());
				terminal.json(doc);
			}
			else {
				if (deposit.alreadySubmitted()) out().println("already submitted: nothing was sent");
				out().println("accession: " + r.accession() + " (version " + r.version() + ")");
				out().println("status:    " + r.status());
				out().println("study:     " + r.studyUrl());
				out().println("receipt:   " + TerminalText.line(pkg.resolve(Receipt.NAME).toString()));
				for (String e : r.errors()) err().println("  - " + TerminalText.lines(e));
			}
			// Found already submitted: nothing failed in this run, unless BioStudies rejected that submission.
			if (deposit.alreadySubmitted()) return r.status() == SubmissionStatus.INVALID ? 1 : 0;
			return r.processed() ? 0 : 1;
		}
	}
}
