package org.biadeposit.biostudies;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows a deposit's progress on the command line. On a terminal: one line redrawn in place,
 * {@code [########............]  41%  1.2 GB of 2.9 GB  12/40 files  35.0 MB/s  48 s left}, with messages printed
 * above it. Otherwise (output to a file or a pipe) plain lines: one every few seconds, and one at the end.
 */
public final class ProgressBar implements ProgressListener {

	private static final int WIDTH = 24;

	private final PrintStream out;
	private final boolean terminal;
	private final long plainIntervalNanos;
	private String drawn = "";
	private long lastPlain;
	private boolean ended;

	/**
	 * @param terminal redraw one line in place ({@code \r}); false to print plain lines
	 */
	public ProgressBar(PrintStream out, boolean terminal) {
		this(out, terminal, Duration.ofSeconds(10));
	}

	ProgressBar(PrintStream out, boolean terminal, Duration plainInterval) {
		this.out = out;
		this.terminal = terminal;
		this.plainIntervalNanos = plainInterval.toNanos();
		this.lastPlain = System.nanoTime() - plainIntervalNanos;
	}

	/** A progress bar on standard error, redrawn in place when there is a terminal. */
	public static ProgressBar onStandardError() {
		return new ProgressBar(System.err, System.console() != null);
	}

	@Override
	public void progress(Progress p) {
		String line = line(p);
		if (terminal) {
			if (ended && p.complete()) return;
			String pad = drawn.length() > line.length() ? " ".repeat(drawn.length() - line.length()) : "";
			out.print("\r" + line + pad);
			drawn = line;
			ended = p.complete();
			if (ended) {
				out.println();
				drawn = "";
			}
			out.flush();
			return;
		}
		long now = System.nanoTime();
		if (p.complete()) {
			if (!ended) out.println(line);
			ended = true;
			lastPlain = now;
		}
		else if (now - lastPlain >= plainIntervalNanos) {
			out.println(line);
			lastPlain = now;
			ended = false;
		}
	}

	@Override
	public void message(String message) {
		// Messages quote file names and what the server sent (the user's full name, its error text): control
		// characters are shown escaped, line by line (a list of the server's messages keeps its lines).
		String text = org.biadeposit.TerminalText.lines(message);
		if (terminal && !drawn.isEmpty()) {
			out.print("\r" + " ".repeat(drawn.length()) + "\r");
			out.println(text);
			out.print(drawn);
		}
		else {
			out.println(text);
		}
		out.flush();
	}

	/** One line describing the progress, as the bar shows it. */
	public static String line(Progress p) {
		double fraction = p.fraction();
		int filled = (int) Math.floor(fraction * WIDTH);
		StringBuilder s = new StringBuilder();
		s.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append(']');
		s.append(String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction * 100)));
		s.append("  ").append(bytes(p.bytesDone())).append(" of ").append(bytes(p.bytesTotal()));
		s.append("  ").append(p.filesDone()).append('/').append(p.filesTotal()).append(" files");
		if (p.bytesPerSecond() > 0) s.append("  ").append(bytes((long) p.bytesPerSecond())).append("/s");
		if (p.timeLeft() != null && !p.complete()) s.append("  ").append(duration(p.timeLeft())).append(" left");
		return s.toString();
	}

	/** A byte count for people: {@code 812 B}, {@code 3.4 kB}, {@code 1.2 GB} (powers of 1000). */
	public static String bytes(long n) {
		if (n < 1000) return n + " B";
		String[] units = { "kB", "MB", "GB", "TB", "PB" };
		double v = n;
		int u = -1;
		while (v >= 999.95 && u < units.length - 1) {
			v /= 1000;
			u++;
		}
		return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
	}

	/** A duration for people: {@code 48 s}, {@code 3 min 05 s}, {@code 2 h 10 min}. */
	public static String duration(Duration d) {
		long s = Math.max(0, (d.toMillis() + 999) / 1000);
		if (s < 60) return s + " s";
		if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
		return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
	}
}
