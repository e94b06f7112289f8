package org.biadeposit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.TerminalText;
import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.BioStudiesException;
import org.biadeposit.biostudies.Password;
import org.biadeposit.biostudies.ProgressBar;
import org.biadeposit.biostudies.ProgressListener;
import org.biadeposit.biostudies.Receipt;
import org.biadeposit.biostudies.Server;
import org.biadeposit.biostudies.SubmissionRun;
import org.biadeposit.biostudies.SubmissionStatus;

/**
 * {@code bia submit} (upload a package and submit it) and {@code bia status} (ask how a submission is doing).
 * Passwords come from a prompt, {@code --password-file} or {@code BIA_PASSWORD}, never from the command line.
 */
final class SubmitVerbs {

	static final String HELP = String.join("\n", //
		"usage:", //
		"  bia submit OUT --server prod|beta|URL --user EMAIL [--password-file F] [--parallel N]", //
		"             [--accession S-BIAD...] [--metadata-only] [--resend-unverified] [--md5] [--poll SECONDS]", //
		"      upload the package written by 'bia package' to your BioStudies user folder, submit it, wait for", //
		"      the accession; writes OUT/receipt.json with the SHA-256 of every file (computed while it is sent;", //
		"      --md5 adds its MD5, which costs more CPU than the transfer). Files already there with the same size", //
		"      are not sent again when this computer's upload record vouches for them; others are sent again,", //
		"      except those over 1 GiB, which are reported (--resend-unverified sends them too). A package", //
		"      already submitted (its receipt names the study, or BioStudies made it from a run whose answer", //
		"      was lost) is not submitted again: that study is reported (exit status 0); --accession S-BIAD...", //
		"      sends a new version of it", //
		"  bia status OUT|ACCESSION [--server prod|beta|URL] [--user EMAIL] [--password-file F] [--version N]", //
		"      the processing status of a submission (OUT: the package folder, whose receipt names it)", //
		"", //
		"the password: typed at the prompt, read from --password-file F (first line), or BIA_PASSWORD");

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> environment;

	SubmitVerbs(PrintStream out, PrintStream err, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.environment = environment;
	}

	private static final class Options {

		String target, server, user, accession;
		Path passwordFile;
		int parallel = SubmissionRun.DEFAULT_PARALLEL, version = 0;
		boolean metadataOnly, resendUnverified, md5;
		Duration poll = SubmissionRun.POLL_INTERVAL;
	}

	int run(String verb, List<String> args) {
		Options o = new Options();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
				case "-h": case "--help": out.println(HELP); return 0;
				case "--metadata-only": o.metadataOnly = true; break;
				case "--resend-unverified": o.resendUnverified = true; break;
				case "--md5": o.md5 = true; break;
				case "--password": case "-p":
					return usage(verb, "a password is never taken from the command line (it would stay in the " +
						"shell history and the process list); use the prompt, --password-file F, or BIA_PASSWORD");
				case "--server": case "--user": case "--password-file": case "--parallel": case "--accession":
				case "--version": case "--poll":
					if (i + 1 >= args.size()) return usage(verb, "option " + a + " needs a value");
					String v = args.get(++i);
					try {
						switch (a) {
							case "--server": o.server = v; break;
							case "--user": o.user = v; break;
							case "--password-file": o.passwordFile = Path.of(v); break;
							case "--accession": o.accession = v; break;
							case "--parallel": o.parallel = positive(v); break;
							case "--version": o.version = positive(v); break;
							default: o.poll = Duration.ofSeconds(positive(v)); break;
						}
					}
					catch (NumberFormatException e) {
						return usage(verb, a + " takes a whole number of 1 or more, not '" + v + "'");
					}
					break;
				default:
					if (a.startsWith("-") && a.length() > 1) return usage(verb, "unknown option '" + a + "'");
					positional.add(a);
			}
		}
		if (positional.size() != 1) {
			return usage(verb, verb.equals("submit") ? "give the package folder written by 'bia package'"
				: "give the package folder or the accession");
		}
		o.target = positional.get(0);
		try {
			return verb.equals("submit") ? submit(o) : status(o);
		}
		catch (IllegalArgumentException e) {
			return usage(verb, e.getMessage());
		}
		catch (BioStudiesException e) {
			err.println("bia " + verb + ": " + TerminalText.lines(e.getMessage()));
			return 1;
		}
		catch (IOException e) {
			err.println("bia " + verb + ": " + TerminalText.lines(e.getMessage()));
			return 1;
		}
	}

	private int submit(Options o) throws IOException {
		Path pkg = Path.of(o.target);
		if (!Files.isRegularFile(pkg.resolve("submission.json"))) {
			return usage("submit", pkg + " is not a package folder (no submission.json): run 'bia package' first");
		}
		if (o.server == null) return usage("submit", "say where to submit: --server prod, --server beta, or a URL");
		if (o.user == null) return usage("submit", "give your BioStudies login with --user EMAIL");
		Server server = Server.of(o.server);
		char[] password = password(o);
		try (BioStudiesClient client = new BioStudiesClient(server)) {
			ProgressListener bar = ProgressBar.onStandardError();
			SubmissionRun deposit = new SubmissionRun(client, pkg).parallel(o.parallel).accession(o.accession)
				.metadataOnly(o.metadataOnly).resendUnverified(o.resendUnverified).md5(o.md5).pollInterval(o.poll)
				.listener(bar);
			Receipt r = deposit.run(o.user, password);
			if (deposit.alreadySubmitted()) out.println("already submitted: nothing was sent");
			out.println("accession: " + r.accession() + " (version " + r.version() + ")");
			out.println("status:    " + r.status());
			out.println("study:     " + r.studyUrl());
			out.println("receipt:   " + TerminalText.line(pkg.resolve(Receipt.NAME).toString()));
			for (String e : r.errors()) err.println("  - " + TerminalText.lines(e));
			// Found already submitted: nothing failed in this run, unless BioStudies rejected that submission.
			if (deposit.alreadySubmitted()) return r.status() == SubmissionStatus.INVALID ? 1 : 0;
			return r.processed() ? 0 : 1;
		}
	}

	private int status(Options o) throws IOException {
		String accession = o.target;
		int version = o.version;
		String serverName = o.server;
		Path receiptFile = Path.of(o.target).resolve(Receipt.NAME);
		if (Files.isRegularFile(receiptFile)) {
			Receipt r = Receipt.read(receiptFile);
			if (!r.hasAccession()) {
				err.println("bia status: " + TerminalText.line(receiptFile.toString()) + " names no study yet: " +
					(r.status() == SubmissionStatus.SENDING ? "the submission sent on " + r.time() + " got no answer; " +
						"run 'bia submit' again to find out whether BioStudies made it" :
						"BioStudies refused the submission " + TerminalText.lines(r.errors().toString())));
				return 1;
			}
			accession = r.accession();
			if (version == 0) version = r.version();
			if (serverName == null) serverName = r.server();
		}
		else if (Files.isDirectory(Path.of(o.target))) {
			return usage("status", o.target + " has no receipt.json: it was not submitted from here yet");
		}
		if (serverName == null) return usage("status", "say which server: --server prod, --server beta, or a URL");
		if (o.user == null) return usage("status", "give your BioStudies login with --user EMAIL");
		if (version == 0) version = 1;
		char[] password = password(o);
		try (BioStudiesClient client = new BioStudiesClient(Server.of(serverName))) {
			client.listener(ProgressBar.onStandardError()); // "waiting for the server's answer" on a slow server
			try {
				client.login(o.user, password);
			}
			finally {
				Password.wipe(password);
			}
			try {
				SubmissionStatus status = client.status(accession, version);
				out.println(accession + " version " + version + ": " + status);
				if (status == SubmissionStatus.INVALID) {
					for (String e : client.errors(accession, version)) out.println("  - " + TerminalText.lines(e));
					return 1;
				}
				return 0;
			}
			finally {
				client.logout();
			}
		}
	}

	private char[] password(Options o) throws IOException {
		String user = o.user;
		return Password.from(o.passwordFile, environment, () -> Password.prompt(user));
	}

	private static int positive(String v) {
		int n = Integer.parseInt(v);
		if (n < 1) throw new NumberFormatException(v);
		return n;
	}

	private int usage(String verb, String problem) {
		err.println("bia " + verb + ": " + problem + "\n\n" + HELP);
		return 2;
	}
}
