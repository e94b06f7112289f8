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

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import org.biadeposit.Amounts;
import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.TerminalText;

/**
 * Shows a long step's progress on the command line. On a terminal: one line redrawn in place, for an upload
 * {@code [########............]  41%  1.2 GB of 2.9 GB  12/40 files  35.0 MB/s  48 s left}, for a harvest
 * {@code [########............]  41%  120 of 290 files read  35.0 files/s}, with messages printed above it.
 * Otherwise (output to a file or a pipe) an upload prints plain lines, one every few seconds and one at the end, and
 * a harvest prints nothing.
 */
public final class ProgressBar implements ProgressListener {

	/** Shows nothing: for {@code --quiet}. */
	static final ProgressBar SILENT = new ProgressBar(null, false);

	private static final int WIDTH = 24;
	/** A harvest reports every file; the line is redrawn at most this often. */
	private static final long REDRAW_NANOS = 100_000_000L;

	private final PrintStream out;
	private final boolean terminal;
	private final long plainIntervalNanos;
	private String drawn = "";
	private long lastPlain, lastDrawn;
	private boolean ended;

	/**
	 * @param terminal redraw one line in place ({@code \r}); false to print plain lines
	 */
	public ProgressBar(PrintStream out, boolean terminal) {
		this(out, terminal, Duration.ofSeconds(10));
	}

	public ProgressBar(PrintStream out, boolean terminal, Duration plainInterval) {
		this.out = out;
		this.terminal = terminal;
		this.plainIntervalNanos = plainInterval.toNanos();
		this.lastPlain = System.nanoTime() - plainIntervalNanos;
		this.lastDrawn = System.nanoTime() - REDRAW_NANOS;
	}

	@Override
	public synchronized void progress(Progress p) {
		if (out == null) return;
		if (p.unit() == Progress.Unit.FILES) {
			files(p);
			return;
		}
		String line = line(p);
		if (terminal) {
			if (ended && p.complete()) return;
			draw(line);
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

	/** A step counted in files (the harvest), whose end only the caller knows: drawn on a terminal only. */
	private void files(Progress p) {
		if (!terminal || p.step() != Progress.Step.HARVEST) return;
		long now = System.nanoTime();
		if (now - lastDrawn < REDRAW_NANOS) return;
		lastDrawn = now;
		draw(line(p));
		out.flush();
	}

	private void draw(String line) {
		String pad = drawn.length() > line.length() ? " ".repeat(drawn.length() - line.length()) : "";
		out.print("\r" + line + pad);
		drawn = line;
	}

	/** Clears a line still drawn (a harvest's, when it is over). */
	synchronized void finish() {
		if (out != null && terminal && !drawn.isEmpty()) {
			out.print("\r" + " ".repeat(drawn.length()) + "\r");
			out.flush();
			drawn = "";
		}
	}

	@Override
	public synchronized void message(String message) {
		if (out == null) return;
		// Messages quote file names and what the server sent (the user's full name, its error text): control
		// characters are shown escaped, line by line (a list of the server's messages keeps its lines).
		String text = TerminalText.lines(message);
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
	static String line(Progress p) {
		double fraction = p.fraction();
		int filled = (int) Math.floor(fraction * WIDTH);
		StringBuilder s = new StringBuilder();
		s.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append(']');
		s.append(String.format(Locale.ROOT, " %3d%%", (int) Math.floor(fraction * 100)));
		if (p.unit() == Progress.Unit.FILES) {
			s.append("  ").append(p.done()).append(" of ").append(p.total()).append(" files read");
			if (p.rate() > 0) s.append(String.format(Locale.ROOT, "  %.1f files/s", p.rate()));
			return s.toString();
		}
		s.append("  ").append(Amounts.bytes(p.done())).append(" of ").append(Amounts.bytes(p.total()));
		s.append("  ").append(p.filesDone()).append('/').append(p.filesTotal()).append(" files");
		if (p.rate() > 0) s.append("  ").append(Amounts.bytes((long) p.rate())).append("/s");
		if (p.timeLeft() != null && !p.complete()) s.append("  ").append(Amounts.duration(p.timeLeft())).append(
			" left");
		return s.toString();
	}
}
