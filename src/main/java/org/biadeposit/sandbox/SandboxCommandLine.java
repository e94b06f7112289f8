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
package org.biadeposit.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bia sandbox}: its options, the banner it prints and a blocking {@link #run}. Options:
 * <pre>
 *   --port N                    port on 127.0.0.1 (default 8095; 0 = any free port)
 *   --ftp-port N                also an FTP endpoint on 127.0.0.1 over the user folders (0 = any free port)
 *   --data DIR                  data folder (default: a new temporary folder); users.json there is read
 *   --user EMAIL:PASSWORD       another user (repeatable)
 *   --users FILE                a users file (JSON array of {"email","password","fullName"})
 *   --no-demo-user              the demo user cannot log in
 *   --base-path PATH            where the API is served (default /biostudies/submissions/api; "/" = root)
 *   --processing-delay MS       time from accepted to PROCESSED (default 500)
 *   --fail-request N[:STATUS]   answer the N-th request with STATUS (default 503) (repeatable)
 *   --reset-upload-after BYTES  drop the connection of the first upload after BYTES body bytes
 *   --reset-ftp-upload-after BYTES  drop the data connection of the first FTP upload after BYTES bytes
 *   --delay MS                  wait MS before handling every request
 *   --threads N                 requests handled at once (default 16)
 *   --threads-per-client N      requests of one client address handled at once (default: half of --threads)
 *   --header-timeout MS         close a connection whose request head takes longer (default 10000)
 *   --idle-timeout MS           close a connection whose body or answer waits longer for the client (default 60000)
 *   --quiet                     do not print a line per request
 * </pre>
 * System properties give defaults that options override: {@code bia.sandbox.port}, {@code bia.sandbox.ftpPort}, {@code bia.sandbox.data},
 * {@code bia.sandbox.processingDelay}, {@code bia.sandbox.failRequest} (comma-separated {@code N[:STATUS]}),
 * {@code bia.sandbox.resetUploadAfter}, {@code bia.sandbox.delay}.
 */
public final class SandboxCommandLine {

	/** The port {@code bia sandbox} listens on unless told. */
	public static final int DEFAULT_PORT = 8095;

	private SandboxCommandLine() {}

	/** The options, as {@code bia sandbox --help} prints them. */
	public static String usage() {
		return String.join("\n",
			"Usage: bia sandbox [options]",
			"Runs a local BioStudies-compatible server for rehearsing a deposition offline.",
			"",
			"  --port N                    port on 127.0.0.1 (default " + DEFAULT_PORT + "; 0 = any free port)",
			"  --ftp-port N                also serve the user folders over FTP on 127.0.0.1 (0 = any free port)",
			"  --data DIR                  data folder (default: a new temporary folder); reads DIR/users.json",
			"  --user EMAIL:PASSWORD       another user who can log in (repeatable)",
			"  --users FILE                users file: JSON array of {\"email\",\"password\",\"fullName\"}",
			"  --no-demo-user              the demo user (" + SandboxConfig.DEMO_EMAIL + ") cannot log in",
			"  --base-path PATH            where the API is served (default " + SandboxConfig.DEFAULT_BASE_PATH +
				"; / = root)",
			"  --processing-delay MS       time from accepted to PROCESSED (default " +
				SandboxConfig.DEFAULT_PROCESSING_DELAY.toMillis() + ")",
			"  --fail-request N[:STATUS]   answer the N-th request with STATUS, default 503 (repeatable)",
			"  --reset-upload-after BYTES  drop the first upload's connection after BYTES body bytes",
			"  --reset-ftp-upload-after BYTES  drop the first FTP upload's data connection after BYTES bytes",
			"  --delay MS                  wait MS before handling every request",
			"  --threads N                 requests handled at once (default " + SandboxConfig.DEFAULT_THREADS + ")",
			"  --threads-per-client N      requests of one client address handled at once (default: half)",
			"  --header-timeout MS         close a connection whose request line and headers take longer (default " +
				SandboxConfig.DEFAULT_HEADER_TIMEOUT.toMillis() + ")",
			"  --idle-timeout MS           close a connection whose body or answer waits longer for the client " +
				"(default " + SandboxConfig.DEFAULT_IDLE_TIMEOUT.toMillis() + ")",
			"  --quiet                     do not print a line per request",
			"");
	}

	/** Parses the options, with system properties as defaults. */
	public static SandboxConfig parse(String... args) {
		return parse(Arrays.asList(args), System.getProperties());
	}

	/**
	 * Parses the options over the defaults in {@code properties}; throws {@link IllegalArgumentException} with a
	 * message for the user on a bad option. The config logs requests to {@code System.out} unless {@code --quiet}.
	 */
	public static SandboxConfig parse(List<String> args, Properties properties) {
		SandboxConfig config = new SandboxConfig().port(DEFAULT_PORT).log(System.out);
		String p;
		if ((p = properties.getProperty("bia.sandbox.port")) != null) config.port(number("bia.sandbox.port", p));
		if ((p = properties.getProperty("bia.sandbox.ftpPort")) != null) config.ftpPort(number("bia.sandbox.ftpPort",
			p));
		if ((p = properties.getProperty("bia.sandbox.data")) != null) config.dataDir(Path.of(p));
		if ((p = properties.getProperty("bia.sandbox.processingDelay")) != null) config.processingDelay(
			Duration.ofMillis(number("bia.sandbox.processingDelay", p)));
		if ((p = properties.getProperty("bia.sandbox.failRequest")) != null) {
			for (String f : p.split(",")) if (!f.isBlank()) failRequest(config, "bia.sandbox.failRequest", f.trim());
		}
		if ((p = properties.getProperty("bia.sandbox.resetUploadAfter")) != null) config.resetUploadAfter(
			bytes("bia.sandbox.resetUploadAfter", p));
		if ((p = properties.getProperty("bia.sandbox.delay")) != null) config.requestDelay(
			Duration.ofMillis(number("bia.sandbox.delay", p)));

		List<String> rest = new ArrayList<>(args);
		while (!rest.isEmpty()) {
			String option = rest.remove(0);
			String value = null;
			int eq = option.indexOf('=');
			if (option.startsWith("--") && eq > 0) {
				value = option.substring(eq + 1);
				option = option.substring(0, eq);
			}
			switch (option) {
				case "--port" -> config.port(number(option, value(option, value, rest)));
				case "--ftp-port" -> config.ftpPort(number(option, value(option, value, rest)));
				case "--reset-ftp-upload-after" -> config.resetFtpUploadAfter(bytes(option, value(option, value,
					rest)));
				case "--data" -> config.dataDir(Path.of(value(option, value, rest)));
				case "--user" -> config.user(SandboxUser.parse(value(option, value, rest)));
				case "--users" -> config.usersFile(Path.of(value(option, value, rest)));
				case "--no-demo-user" -> config.demoUser(false);
				case "--base-path" -> config.basePath(value(option, value, rest));
				case "--processing-delay" -> config.processingDelay(Duration.ofMillis(number(option,
					value(option, value, rest))));
				case "--fail-request" -> failRequest(config, option, value(option, value, rest));
				case "--reset-upload-after" -> config.resetUploadAfter(bytes(option, value(option, value, rest)));
				case "--delay" -> config.requestDelay(Duration.ofMillis(number(option, value(option, value, rest))));
				case "--threads" -> config.threads(number(option, value(option, value, rest)));
				case "--threads-per-client" -> config.threadsPerClient(number(option, value(option, value, rest)));
				case "--header-timeout" -> config.headerTimeout(Duration.ofMillis(number(option,
					value(option, value, rest))));
				case "--idle-timeout" -> config.idleTimeout(Duration.ofMillis(number(option, value(option, value,
					rest))));
				case "--quiet" -> config.log(null);
				default -> throw new IllegalArgumentException("unknown option for bia sandbox: " + option);
			}
		}
		return config;
	}

	/** What {@code bia sandbox} prints when it is up: the base URL, the data folder and who can log in. */
	public static String banner(SandboxServer server) {
		StringBuilder b = new StringBuilder();
		b.append("BioStudies sandbox listening at ").append(server.baseUrl()).append('\n');
		if (server.ftpPort() >= 0) b.append("  FTP: ftp://127.0.0.1:").append(server.ftpPort())
			.append("/  (log in as a user below; upload into /<secret> of the user's profile; passive, binary)\n");
		b.append("  data folder: ").append(server.dataDir()).append('\n');
		for (SandboxUser u : server.users()) {
			b.append("  user: ").append(u.email());
			if (u.email().equals(SandboxConfig.DEMO_EMAIL) && u.password().equals(SandboxConfig.DEMO_PASSWORD)) {
				b.append("  password: ").append(SandboxConfig.DEMO_PASSWORD).append("  (demo user)");
			}
			b.append('\n');
		}
		b.append("Point the client at the base URL above. Stop with Ctrl-C.\n");
		return b.toString();
	}

	/**
	 * Parses {@code args}, starts the sandbox, prints the banner to {@code out} and blocks until the JVM shuts down
	 * (Ctrl-C). Returns an exit code: 2 for bad options, 1 when the server cannot start; with {@code --help}, prints
	 * the usage and returns 0.
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
			out.print(usage());
			return 0;
		}
		SandboxConfig config;
		try {
			config = parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println("bia sandbox: " + e.getMessage());
			err.print(usage());
			return 2;
		}
		if (config.log() == System.out) config.log(out);
		SandboxServer server;
		try {
			server = SandboxServer.start(config);
		}
		catch (IOException | IllegalArgumentException e) {
			err.println("bia sandbox: " + e.getMessage());
			return 1;
		}
		out.print(banner(server));
		out.flush();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.stop();
			stopped.countDown();
		}, "bia-sandbox-shutdown"));
		try {
			stopped.await();
		}
		catch (InterruptedException e) {
			server.stop();
			Thread.currentThread().interrupt();
		}
		return 0;
	}

	private static String value(String option, String inline, List<String> rest) {
		if (inline != null) return inline;
		if (rest.isEmpty() || rest.get(0).startsWith("--")) throw new IllegalArgumentException(option +
			" needs a value");
		return rest.remove(0);
	}

	private static int number(String option, String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
		}
	}

	private static long bytes(String option, String value) {
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " takes a number of bytes, not '" + value + "'");
		}
	}

	private static void failRequest(SandboxConfig config, String option, String value) {
		String[] parts = value.split(":", 2);
		config.failRequest(number(option, parts[0]), parts.length > 1 ? number(option, parts[1]) : 503);
	}
}
