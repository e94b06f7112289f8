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
package org.biadeposit.biostudies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What IBM's {@code ascp} prints while it sends, read as it comes. Its progress display rewrites one line per file
 * with carriage returns: the file name, the percentage done, the amount, the rate and the time (left, with
 * {@code ETA}, or taken; {@code --:--} while not known), e.g. {@code big.tif    45%  166MB  238Mb/s    00:07 ETA}. At the end it says
 * {@code Completed: 378151K bytes transferred in 13 seconds} (or {@code Partial Completion: ...} when files failed),
 * and failures such as {@code Session Stop  (Error: ...)} or {@code ascp: failed to authenticate, exiting.}. Every
 * other line is kept (the last few) to explain a failure.
 */
final class AscpOutput {

	private static final Pattern PROGRESS = Pattern.compile(
		"(.*?)\\s+(\\d{1,3})%\\s+\\d+(?:\\.\\d+)?\\s*[KMGTP]?B\\s+\\S+\\s+(?:\\d+|--):(?:\\d\\d|--)(?::\\d\\d)?(?:\\s+ETA)?\\s*");
	private static final Pattern COMPLETED = Pattern.compile(
		"\\s*(?:Completed|Partial Completion):\\s*(\\d{1,15})K bytes transferred\\b.*");
	private static final int KEPT = 6;

	private final Deque<String> last = new ArrayDeque<>();
	private long completedKiB = -1;

	/**
	 * Reads the output to its end, telling {@code percent} each percentage a progress line shows.
	 */
	void read(InputStream output, IntConsumer percent) throws IOException {
		Reader in = new InputStreamReader(output, StandardCharsets.UTF_8);
		StringBuilder line = new StringBuilder();
		for (int c; (c = in.read()) >= 0;) {
			if (c == '\r' || c == '\n') {
				take(line.toString(), percent);
				line.setLength(0);
			}
			else if (line.length() < 4096) {
				line.append((char) c);
			}
		}
		take(line.toString(), percent);
	}

	private void take(String line, IntConsumer percent) {
		if (line.isBlank()) return;
		Matcher m = PROGRESS.matcher(line);
		if (m.matches()) {
			percent.accept(Math.min(100, Integer.parseInt(m.group(2))));
			return;
		}
		Matcher done = COMPLETED.matcher(line);
		if (done.matches()) completedKiB = Long.parseLong(done.group(1));
		synchronized (last) {
			last.addLast(line.strip());
			if (last.size() > KEPT) last.removeFirst();
		}
	}

	/** The bytes the summary line says crossed the network (to the KiB ascp counts in), or -1 without one. */
	long transferred() {
		return completedKiB < 0 ? -1 : completedKiB * 1024;
	}

	/** The last lines that were not progress, oldest first. */
	List<String> lastLines() {
		synchronized (last) {
			return List.copyOf(last);
		}
	}

	/** Whether ascp said the server refused the account. */
	boolean refusedLogin() {
		return lastLines().stream().anyMatch(l -> l.contains("failed to authenticate"));
	}
}
