package org.biadeposit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** scripts/bia run in this JVM, keeping what the last command printed. */
final class Bia {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final List<String> always;

	/** @param always options given to every command, after its own */
	Bia(String... always) {
		this.always = List.of(always);
	}

	/** Runs one command; returns its exit status. */
	int run(String... args) {
		out.reset();
		err.reset();
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(always);
		return Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
			StandardCharsets.UTF_8));
	}

	String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
