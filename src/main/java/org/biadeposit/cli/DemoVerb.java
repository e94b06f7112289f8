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

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TerminalText;
import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.FtpLogin;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.biostudies.UploadRoute;
import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.scijava.Context;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bia demo}: the whole deposition of the generated example dataset, end to end, against the sandbox server on
 * a free loopback port: package, upload, submit, accession, receipt; {@code --via ftp} sends the files through the
 * sandbox's FTP endpoint into the user's {@code /<secret>} folder, as BIA's FTP accounts take them.
 */
@Command(name = "demo", description = { "The whole deposition of the example, against the sandbox.", "",
	"Starts the sandbox BioStudies server on a free loopback port, writes the generated example dataset (as " +
		"'bia example' does) with its deposit.yaml, packages it, uploads it, submits it and prints the accession " +
		"and the receipt. With --via ftp the files go through the sandbox's FTP endpoint (into the user folder " +
		"/<secret>, where the submission finds them), as a depositor's would through ftp-private.ebi.ac.uk. " +
		"Nothing leaves this computer." })
final class DemoVerb extends Verb {

	@Option(names = "--out", paramLabel = "DIR", description = "keep the dataset, package, receipt and server data " +
		"in DIR (default: a new folder under the system's temporary folder)")
	Path outDir;

	@Option(names = "--via", paramLabel = "http|ftp", description = "how the files go: http (the submission " +
		"API, default) or ftp (the sandbox's FTP endpoint, with the demo account)")
	String via = "http";

	@Override
	public Integer call() {
		UploadRoute route;
		try {
			route = UploadRoute.of(via);
		}
		catch (IllegalArgumentException e) {
			throw usage(e.getMessage());
		}
		if (route != UploadRoute.HTTP && route != UploadRoute.FTP) throw usage("--via takes http or ftp here");
		try {
			return demo(outDir != null ? outDir : Files.createTempDirectory("bia-demo-"), route);
		}
		catch (IOException e) {
			err().println(prefix() + TerminalText.line(e.getMessage()));
			return 1;
		}
	}

	private int demo(Path outDir, UploadRoute route) throws IOException {
		boolean ftp = route == UploadRoute.FTP;
		long start = System.nanoTime();
		Files.createDirectories(outDir);
		Path dataset = outDir.resolve("dataset");
		ExampleDataset.Summary example = new ExampleDataset().write(dataset);
		Path yaml = dataset.resolve("deposit.yaml");
		out().println("example dataset: " + example.imageFiles() + " image file(s) in " + TerminalText.line(dataset
			.toString()));

		try (SandboxServer sandbox = SandboxServer.start(new SandboxConfig().dataDir(outDir.resolve("sandbox")).port(
			0).ftpPort(ftp ? 0 : -1).processingDelay(Duration.ofMillis(300)).log(null)))
		{
			out().println("sandbox BioStudies server: " + sandbox.baseUrl() + " (user " + SandboxConfig.DEMO_EMAIL +
				")");
			if (ftp) {
				out().println("sandbox FTP endpoint: ftp://127.0.0.1:" + sandbox.ftpPort() + " (the same user " +
					"folders; the demo account)");
			}
			Path pkg = outDir.resolve("package");
			ProgressBar progress = terminal.progress(quiet);
			DepositionWorkflow.Packaged packaged;
			try (Context context = new Context(HarvestService.class)) {
				Harvester harvester = context.service(HarvestService.class).harvester();
				packaged = new DepositionWorkflow(harvester, HarvestCache.none(), Runtime.getRuntime()
					.availableProcessors(), progress).pack(dataset, yaml, pkg);
			}
			progress.finish();
			if (packaged.written() == null) {
				err().print(packaged.report().toText());
				err().println("bia demo: the example does not validate; nothing was sent");
				return 1;
			}
			out().println("packaged: " + packaged.written().files() + " file(s), " + packaged.written().bytes() +
				" bytes, in " + TerminalText.line(pkg.toString()));
			try (BioStudiesClient client = new BioStudiesClient(Server.of(sandbox.baseUrl()))) {
				SubmissionRun run = new SubmissionRun(client, pkg).pollInterval(Duration.ofMillis(200)).listener(progress)
					.via(route);
				if (ftp) {
					run.ftp(new FtpLogin("127.0.0.1:" + sandbox.ftpPort(), SandboxConfig.DEMO_EMAIL, SandboxConfig
						.DEMO_PASSWORD.toCharArray()));
				}
				Receipt r = run.run(SandboxConfig.DEMO_EMAIL, SandboxConfig.DEMO_PASSWORD.toCharArray());
				out().println("accession: " + r.accession() + " (version " + r.version() + "), status " + r.status());
				out().println("study:     " + r.studyUrl());
				out().println("receipt:   " + TerminalText.line(pkg.resolve(Receipt.NAME).toString()));
				out().printf("done in %.1f s; the sandbox's copy of what it received is in %s%n", (System.nanoTime() -
					start) / 1e9, TerminalText.line(sandbox.dataDir().toString()));
				return r.processed() ? 0 : 1;
			}
		}
	}
}
