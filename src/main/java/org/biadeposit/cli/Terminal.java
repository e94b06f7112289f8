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

import java.io.Console;
import java.io.PrintStream;
import java.util.Map;

import org.biadeposit.TerminalText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a verb prints: stdout for results, stderr for progress, messages and problems; the environment (for {@code
 * BIA_PASSWORD}); and whether a person is watching a terminal, which decides whether progress is drawn.
 *
 * @param interactive a person is at a terminal: progress is redrawn in place on stderr
 */
record Terminal(PrintStream out, PrintStream err, Map<String, String> environment, boolean interactive) {

	/** Made when a verb first prints JSON: building a mapper costs a tenth of a second of every start-up. */
	private static final class Json {

		static final ObjectMapper MAPPER = new ObjectMapper();
	}

	/**
	 * Whether a person watches stderr: {@code scripts/bia} says so ({@code -Dbia.terminal=true|false}, from the
	 * shell's {@code [ -t 2 ]}); run otherwise, whether this process has a console. Never under CI or on a dumb
	 * terminal.
	 */
	static boolean isInteractive(Map<String, String> environment) {
		if (environment.get("CI") != null || "dumb".equals(environment.get("TERM"))) return false;
		String told = System.getProperty("bia.terminal");
		if (told != null) return Boolean.parseBoolean(told);
		Console console = System.console();
		if (console == null) return false;
		try { // Java 22 and later have a console even when redirected, and say whether it is a terminal.
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException e) {
			return true;
		}
	}

	/**
	 * Progress and messages on stderr: a bar redrawn in place on a terminal; otherwise upload progress as a plain
	 * line every few seconds and no harvest progress. Nothing at all when {@code quiet}.
	 */
	ProgressBar progress(boolean quiet) {
		return quiet ? ProgressBar.SILENT : new ProgressBar(err, interactive);
	}

	/** One JSON document on one line of stdout; control characters inside strings stay escaped. */
	void json(Object value) {
		try {
			out.println(TerminalText.json(Json.MAPPER.writeValueAsString(value)));
		}
		catch (JsonProcessingException e) {
			// Maps, lists, strings and numbers always serialise; this is not reached.
			throw new IllegalStateException(e);
		}
	}
}
