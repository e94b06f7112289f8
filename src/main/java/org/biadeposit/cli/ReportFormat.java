package org.biadeposit.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} and {@code --json}, of the verbs that report on a dataset (validate, package). */
final class ReportFormat {

	@Option(names = "--format", paramLabel = "text|json", description = "text (default) or JSON")
	String format = "text";

	@Option(names = "--json", description = "JSON on stdout (the same as --format json)")
	boolean json;

	/** Whether JSON is asked for; a {@code --format} other than text or json is a usage error of {@code verb}. */
	boolean json(Verb verb) {
		if (!format.equals("text") && !format.equals("json")) throw verb.usage("--format takes text or json");
		return json || format.equals("json");
	}
}
