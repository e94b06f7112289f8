package org.biadeposit.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.biadeposit.TerminalText;
import org.biadeposit.sandbox.SandboxCommandLine;

/**
 * {@code scripts/bia}: one command with verbs. Each verb is also a Fiji command behind a menu entry; the names and
 * outputs are a contract other tools rely on.
 */
public final class Main {

	static final String USAGE = String.join("\n", //
		"usage: bia <verb> [options]", //
		"", //
		"verbs:", //
		"  harvest [--no-recursive] [--format jsonl|tsv] PATH...   read image metadata, one JSON line per image", //
		"  init DIR                                 write a starter deposit.yaml from the images in DIR", //
		"  filelists DIR --out OUT                  write the File-lists (one per study component)", //
		"  validate DIR [--config deposit.yaml]     report every problem before anything is sent", //
		"  package DIR --config deposit.yaml --out OUT   write the submission package", //
		"  submit OUT --server prod|beta|URL --user EMAIL    upload and submit a package; prints the accession", //
		"  status OUT|ACCESSION                     how a submission is doing", //
		"", //
		"run 'bia <verb> --help' for a verb's options.", //
		"  sandbox [--port N] [--data DIR]          a BioStudies-compatible server on this computer, to rehearse", //
		"  demo                                     the whole deposition of the example, against the sandbox", //
		"  example DIR [--files N] [--size BYTES]   write the generated example dataset and its deposit.yaml", //
		"  wizard [FOLDER]                          the Deposition Wizard window, outside Fiji");

	private Main() {}

	public static void main(String[] args) {
		// This JVM is ours: no XML parser in it (Bio-Formats' included, with --fiji) reads external DTDs or entities.
		org.biadeposit.harvest.ExternalXmlAccess.refuseForThisJvm();
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		int status = run(Arrays.asList(args), out, err);
		out.flush();
		System.exit(status);
	}

	/** Runs a verb; returns the exit status (0 success, 1 some input failed, 2 usage error). */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
			(args.isEmpty() ? err : out).println(USAGE);
			return args.isEmpty() ? 2 : 0;
		}
		String verb = args.get(0);
		List<String> rest = args.subList(1, args.size());
		switch (verb) {
			case "harvest":
				return new HarvestVerb(out, err).run(rest);
			case "init": case "filelists": case "validate": case "package":
				return new DepositionVerbs(out, err).run(verb, rest);
			case "submit": case "status":
				return new SubmitVerbs(out, err, System.getenv()).run(verb, rest);
			case "sandbox":
				return SandboxCommandLine.run(rest.toArray(new String[0]), out, err);
			case "demo":
				return new DemoVerb(out, err).run(rest);
			case "example":
				return new ExampleVerb(out, err).run(rest);
			case "wizard":
				return org.biadeposit.fiji.wizard.WizardLauncher.run(rest, out, err);
			default:
				err.println("bia: unknown verb '" + TerminalText.line(verb) + "'\n\n" + USAGE);
				return 2;
		}
	}
}
