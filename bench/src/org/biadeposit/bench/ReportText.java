package org.biadeposit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * What the benchmark reports share: the figures the phases wrote (one properties file), the text being built, and
 * the lines that name the machine, the code and the Java they were measured with.
 */
abstract class ReportText {

	protected final Properties p = new Properties();
	protected final StringBuilder s = new StringBuilder();

	protected ReportText(Path results) throws IOException {
		try (Reader r = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
			p.load(r);
		}
	}

	/** The report's text. */
	protected abstract String text();

	/** Prints the report and writes it to a file. */
	void writeTo(Path out, PrintStream stdout) throws IOException {
		String text = text();
		stdout.print(text);
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, text, StandardCharsets.UTF_8);
	}

	/** The title, then the machine, its load, the code and the Java the figures come from. */
	protected void machine(String title) {
		line("%s, %s", title, get("machine.date"));
		line("");
		line("machine   %s processors: %s; %s RAM; %s (kernel %s)", get("machine.nproc"), get("machine.cpu"),
			String.format(Locale.ROOT, "%.0f MiB", lng("machine.memBytes") / 1048576.0), get("machine.os"), get(
				"machine.kernel"));
		line("          load average before the run: %s (other work on the machine makes figures noisy)", get(
			"machine.load"));
		line("code      bia-deposit at %s; %s", get("machine.commit"), get("machine.build"));
		line("java      %s", get("machine.java"));
	}

	protected void line(String format, Object... args) {
		s.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
	}

	protected String get(String key) {
		return p.getProperty(key, "?");
	}

	protected long lng(String key) {
		try {
			return Long.parseLong(p.getProperty(key, "-1").trim());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	protected double dbl(String key) {
		try {
			return Double.parseDouble(p.getProperty(key, "NaN").trim());
		}
		catch (NumberFormatException e) {
			return Double.NaN;
		}
	}
}
