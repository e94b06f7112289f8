package org.biadeposit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import picocli.AutoComplete;

/**
 * Writes the bash completion script of {@code bia} (run by the build: {@code target/bia_completion}), from the verbs'
 * own declarations; {@code source target/bia_completion} in bash then completes verbs and options.
 */
public final class Completion {

	private Completion() {}

	/** The bash completion script for the command {@code bia}. */
	static String bash() {
		Terminal none = new Terminal(System.out, System.err, Map.of(), false);
		return AutoComplete.bash("bia", Main.commandLine(none));
	}

	/** @param args the file to write */
	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, bash(), StandardCharsets.UTF_8);
	}
}
