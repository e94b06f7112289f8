package org.biadeposit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.DepositionWorkflow;
import org.biadeposit.TerminalText;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.biadeposit.harvest.Harvester;
import org.biadeposit.pagetab.SubmissionPackage;
import org.biadeposit.rembi.Deposition;
import org.biadeposit.rembi.DepositionPlanner;
import org.biadeposit.rembi.Problem;
import org.biadeposit.rembi.StudyComponent;
import org.biadeposit.validate.Report;
import org.scijava.Context;

/**
 * {@code bia init}, {@code bia filelists}, {@code bia validate} and {@code bia package}: the verbs that turn a
 * dataset folder (and its deposit.yaml) into a checked BioImage Archive submission package.
 */
final class DepositionVerbs {

	static final String HELP = String.join("\n", //
		"usage:", //
		"  bia init DIR [--force]                                write a commented starter DIR/deposit.yaml", //
		"  bia filelists DIR --out OUT [--config deposit.yaml]   write OUT/<component>.tsv and .json", //
		"  bia validate DIR [--config deposit.yaml] [--format text|json]", //
		"                                                        report every problem; exit 1 on errors", //
		"  bia package DIR --config deposit.yaml --out OUT      validate, then write the submission package", //
		"", //
		"DIR is the dataset folder; deposit.yaml is taken from DIR when --config is not given.", //
		"common options: --threads N, --no-cache, --cache FILE (as for bia harvest)");

	private final PrintStream out;
	private final PrintStream err;

	DepositionVerbs(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Parsed options. */
	private static final class Options {

		Path dir, config, out, cacheFile;
		boolean force, json, useCache = true;
		int threads = Runtime.getRuntime().availableProcessors();
	}

	int run(String verb, List<String> args) {
		Options o = new Options();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
				case "-h": case "--help": out.println(HELP); return 0;
				case "--force": o.force = true; break;
				case "--no-cache": o.useCache = false; break;
				case "--config": case "--out": case "--format": case "--threads": case "--cache":
					if (i + 1 >= args.size()) return usage(verb, "option " + a + " needs a value");
					String v = args.get(++i);
					if (a.equals("--config")) o.config = Path.of(v);
					else if (a.equals("--out")) o.out = Path.of(v);
					else if (a.equals("--cache")) o.cacheFile = Path.of(v);
					else if (a.equals("--format")) {
						if (!v.equals("text") && !v.equals("json")) return usage(verb, "--format takes text or json");
						o.json = v.equals("json");
					}
					else {
						try {
							o.threads = Integer.parseInt(v);
							if (o.threads < 1) throw new NumberFormatException();
						}
						catch (NumberFormatException e) {
							return usage(verb, "--threads takes a whole number of 1 or more, not '" + v + "'");
						}
					}
					break;
				default:
					if (a.startsWith("-") && a.length() > 1) return usage(verb, "unknown option '" + a + "'");
					positional.add(a);
			}
		}
		if (positional.size() != 1) return usage(verb, "give the dataset folder (one)");
		o.dir = Path.of(positional.get(0));
		if (!Files.isDirectory(o.dir)) return usage(verb, o.dir + " is not a folder");
		if ((verb.equals("filelists") || verb.equals("package")) && o.out == null) {
			return usage(verb, "give the output folder with --out OUT");
		}
		if (verb.equals("package") && o.config == null) o.config = DepositionPlanner.defaultConfig(o.dir);
		if (verb.equals("package") && o.config == null) {
			return usage(verb, "a package needs a deposit.yaml: give --config, or run 'bia init " + o.dir +
				"' and fill it in");
		}
		if (o.config != null && !Files.isRegularFile(o.config)) return usage(verb, "no such file: " + o.config);

		try (Context context = new Context(HarvestService.class)) {
			Harvester harvester = context.service(HarvestService.class).harvester();
			HarvestCache cache = !o.useCache ? HarvestCache.none() : HarvestCache.at(o.cacheFile != null ? o.cacheFile
				: HarvestCache.defaultFile(List.of(o.dir.toString())), harvester);
			DepositionWorkflow workflow = new DepositionWorkflow(harvester, cache, o.threads, (d, f, h) -> {});
			switch (verb) {
				case "init": return init(workflow, o);
				case "filelists": return fileLists(workflow, o);
				case "validate": return print(workflow.validate(o.dir, o.config), o);
				default: return pack(workflow, o);
			}
		}
		catch (IOException e) {
			err.println("bia " + verb + ": " + TerminalText.line(e.getMessage()));
			return 1;
		}
	}

	private int init(DepositionWorkflow workflow, Options o) throws IOException {
		DepositionWorkflow.Started started;
		try {
			started = workflow.init(o.dir, o.force, LocalDate.now());
		}
		catch (IllegalStateException e) {
			err.println("bia init: " + TerminalText.line(e.getMessage()) + "; give --force to write a new one");
			return 1;
		}
		Deposition d = started.deposition();
		out.println(TerminalText.line("wrote " + started.config() + ": " + d.components().size() +
			" study component(s) (" + names(d) + "), " + d.acquisitions().size() + " image acquisition(s) from " +
			started.imageFiles() + " image file(s)"));
		out.println("next: fill in the fields marked REQUIRED, then run: bia validate " + TerminalText.line(o.dir
			.toString()));
		printWarnings(started.problems());
		return 0;
	}

	private int fileLists(DepositionWorkflow workflow, Options o) throws IOException {
		DepositionWorkflow.ListsWritten lists = workflow.fileLists(o.dir, o.config, o.out);
		if (lists.files().isEmpty() && lists.problems().stream().anyMatch(Problem::isError)) {
			return print(new Report(lists.problems()), o);
		}
		for (Path p : lists.files()) out.println(TerminalText.line(p.toString()));
		printWarnings(lists.problems());
		return lists.problems().stream().anyMatch(Problem::isError) ? 1 : 0;
	}

	private int pack(DepositionWorkflow workflow, Options o) throws IOException {
		DepositionWorkflow.Packaged packaged = workflow.pack(o.dir, o.config, o.out);
		Report report = packaged.report();
		SubmissionPackage.Written w = packaged.written();
		if (w == null) {
			err.print(report.toText());
			err.println("bia package: nothing written; fix the errors above and run it again");
			return 1;
		}
		if (!report.warnings().isEmpty()) err.print(report.toText());
		for (String note : w.notes()) err.println("bia package: " + TerminalText.line(note));
		out.println("wrote " + TerminalText.line(w.submission().toString()));
		for (Path p : w.fileLists()) out.println("wrote " + TerminalText.line(p.toString()));
		out.println("wrote " + TerminalText.line(w.uploadPlan().toString()) + ": " + w.files() + " file(s), " +
			w.bytes() + " bytes to upload");
		return 0;
	}

	private int print(Report report, Options o) {
		out.print(o.json ? TerminalText.json(report.toJson()) + "\n" : report.toText());
		return report.hasErrors() ? 1 : 0;
	}

	private void printWarnings(List<Problem> problems) {
		for (Problem p : problems) err.println(TerminalText.line(p.toString()));
	}

	private static String names(Deposition d) {
		return String.join(", ", d.components().stream().map(StudyComponent::name).toList());
	}

	private int usage(String verb, String problem) {
		err.println("bia " + verb + ": " + TerminalText.line(problem) + "\n\n" + HELP);
		return 2;
	}
}
