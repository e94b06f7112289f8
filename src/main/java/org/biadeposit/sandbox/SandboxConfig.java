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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How to start a {@link SandboxServer}: where it keeps its data, its port and base path, who can log in, how long
 * submissions take to process, how many requests it handles at once (in all and per client), how long a request
 * head may take and how long a request may wait for its client, and faults to inject from the start. Setters return this config; the server copies
 * what it needs when it starts.
 * <p>
 * Users: the {@linkplain #DEMO_EMAIL demo user} (unless {@link #demoUser(boolean) switched off}), the users added with
 * {@link #user(SandboxUser)}, and those of a users file: {@link #usersFile(Path)}, or else {@code users.json} in the
 * data folder when there is one. A users file is a JSON array (or {@code {"users": [...]}}) of
 * {@code {"email": "...", "password": "...", "fullName": "..."}}.
 * </p>
 */
public final class SandboxConfig {

	/** The base path of the real API ({@code https://www.ebi.ac.uk/biostudies/submissions/api}). */
	public static final String DEFAULT_BASE_PATH = "/biostudies/submissions/api";
	/** The demo user's e-mail address. */
	public static final String DEMO_EMAIL = "demo@example.org";
	/** The demo user's password. It is public: the sandbox only listens on the loopback interface. */
	public static final String DEMO_PASSWORD = "demo-password";
	/** The demo user's full name. */
	public static final String DEMO_NAME = "Demo Depositor";
	/** Accessions are this prefix and a number, as the BioImage Archive's: S-BIAD1, S-BIAD2, … */
	public static final String DEFAULT_ACCESSION_PREFIX = "S-BIAD";
	/** How long a submission takes from accepted to PROCESSED unless set. */
	public static final Duration DEFAULT_PROCESSING_DELAY = Duration.ofMillis(500);
	/** How long a client may take to send a request's line and headers unless set. */
	public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
	/** How long a request body or an answer may wait for the client unless set. */
	public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
	/**
	 * How many requests are handled at once unless set. Every client of a loopback server is 127.0.0.1, so its half
	 * ({@link #threadsPerClient()}) is what a deposit gets: eight parallel uploads, twice the client's default.
	 */
	public static final int DEFAULT_THREADS = 16;
	/** How many requests may be open at once (sending their head, waiting for a thread, handled) unless set. */
	public static final int DEFAULT_MAX_OPEN_REQUESTS = 128;

	private Path dataDir;
	private int port;
	private int ftpPort = -1;
	private long resetFtpUploadAfter = -1;
	private String basePath = DEFAULT_BASE_PATH;
	private final List<SandboxUser> users = new ArrayList<>();
	private boolean demoUser = true;
	private Path usersFile;
	private Duration processingDelay = DEFAULT_PROCESSING_DELAY;
	private int threads = DEFAULT_THREADS;
	private int threadsPerClient;
	private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
	private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
	private int maxOpenRequests = DEFAULT_MAX_OPEN_REQUESTS;
	private String accessionPrefix = DEFAULT_ACCESSION_PREFIX;
	private PrintStream log;
	private final List<int[]> failRequests = new ArrayList<>();
	private long resetUploadAfter = -1;
	private Duration requestDelay = Duration.ZERO;

	/** A new temporary data folder, a free port, the demo user, the default base path. */
	public SandboxConfig() {}

	/** The data folder; {@code null} (the default) means a new temporary folder. */
	public SandboxConfig dataDir(Path dataDir) {
		this.dataDir = dataDir;
		return this;
	}

	/** The port on 127.0.0.1; 0 (the default) means a free one, see {@link SandboxServer#port()}. */
	public SandboxConfig port(int port) {
		if (port < 0 || port > 65535) throw new IllegalArgumentException("not a port: " + port);
		this.port = port;
		return this;
	}

	/**
	 * The port of the FTP endpoint on 127.0.0.1 ({@link FtpEndpoint}); 0 means a free one, see
	 * {@link SandboxServer#ftpPort()}; -1 (the default) means no FTP endpoint.
	 */
	public SandboxConfig ftpPort(int ftpPort) {
		if (ftpPort < -1 || ftpPort > 65535) throw new IllegalArgumentException("not a port: " + ftpPort);
		this.ftpPort = ftpPort;
		return this;
	}

	/**
	 * The path under which the API is served, default {@value #DEFAULT_BASE_PATH}; {@code "/"} or {@code ""} serves it
	 * at the root. Requests outside it get 404.
	 */
	public SandboxConfig basePath(String basePath) {
		Objects.requireNonNull(basePath, "basePath");
		String p = basePath.trim();
		while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
		if (!p.isEmpty() && !p.startsWith("/")) p = "/" + p;
		if (p.contains("?") || p.contains("#") || p.contains("//")) throw new IllegalArgumentException(
			"not a base path: " + basePath);
		this.basePath = p;
		return this;
	}

	/** Adds a user who can log in. */
	public SandboxConfig user(SandboxUser user) {
		users.add(Objects.requireNonNull(user, "user"));
		return this;
	}

	/** Adds a user who can log in. */
	public SandboxConfig user(String email, String password, String fullName) {
		return user(new SandboxUser(email, password, fullName));
	}

	/** Whether the demo user ({@value #DEMO_EMAIL} / {@value #DEMO_PASSWORD}) can log in; true by default. */
	public SandboxConfig demoUser(boolean demoUser) {
		this.demoUser = demoUser;
		return this;
	}

	/** A JSON file of users; by default {@code users.json} in the data folder, when it exists. */
	public SandboxConfig usersFile(Path usersFile) {
		this.usersFile = usersFile;
		return this;
	}

	/** How long an accepted submission takes to reach PROCESSED; {@link Duration#ZERO} for tests. */
	public SandboxConfig processingDelay(Duration processingDelay) {
		Objects.requireNonNull(processingDelay, "processingDelay");
		if (processingDelay.isNegative()) throw new IllegalArgumentException("negative delay: " + processingDelay);
		this.processingDelay = processingDelay;
		return this;
	}

	/** How many requests are handled at the same time (default {@value #DEFAULT_THREADS}); others wait. */
	public SandboxConfig threads(int threads) {
		if (threads < 1) throw new IllegalArgumentException("at least one thread, not " + threads);
		this.threads = threads;
		return this;
	}

	/**
	 * How many requests from one client (one remote address) are handled at the same time; its others wait while
	 * other clients are served. Default: half of {@link #threads()} (at least one); never more than that.
	 */
	public SandboxConfig threadsPerClient(int threadsPerClient) {
		if (threadsPerClient < 1) throw new IllegalArgumentException("at least one thread per client, not " +
			threadsPerClient);
		this.threadsPerClient = threadsPerClient;
		return this;
	}

	/**
	 * How long a client may take from the first byte of a request to the end of its headers (default 10 s); a
	 * connection still sending its head then is closed. A request body may take as long as it needs.
	 */
	public SandboxConfig headerTimeout(Duration headerTimeout) {
		this.headerTimeout = positive(headerTimeout, "header time-out");
		return this;
	}

	/**
	 * How long a request may wait for its client once its head is read (default 60 s): a body that sends nothing for
	 * this long, or an answer the client does not take, closes the connection. A body that keeps sending may take as
	 * long as it needs. (Connections kept alive between requests hold no thread; the JDK closes them after its idle
	 * interval, system property {@code sun.net.httpserver.idleInterval}, 30 s by default, for the whole JVM.)
	 */
	public SandboxConfig idleTimeout(Duration idleTimeout) {
		this.idleTimeout = positive(idleTimeout, "idle time-out");
		return this;
	}

	/**
	 * How many requests may be open at once, counting those still sending their head and those waiting for a
	 * thread (default {@value #DEFAULT_MAX_OPEN_REQUESTS}; at least {@link #threads()}); a connection beyond that
	 * is closed without an answer.
	 */
	public SandboxConfig maxOpenRequests(int maxOpenRequests) {
		if (maxOpenRequests < 1) throw new IllegalArgumentException("at least one open request, not " +
			maxOpenRequests);
		this.maxOpenRequests = maxOpenRequests;
		return this;
	}

	/** The accession prefix, default {@value #DEFAULT_ACCESSION_PREFIX}. */
	public SandboxConfig accessionPrefix(String accessionPrefix) {
		if (accessionPrefix == null || !accessionPrefix.matches("[A-Za-z][A-Za-z0-9-]*")) throw new
			IllegalArgumentException("not an accession prefix: " + accessionPrefix);
		this.accessionPrefix = accessionPrefix;
		return this;
	}

	/** Where to print one line per request; {@code null} (the default) prints nothing. */
	public SandboxConfig log(PrintStream log) {
		this.log = log;
		return this;
	}

	/** Injects {@link Faults#failRequest(int, int)} as soon as the server starts. */
	public SandboxConfig failRequest(int n, int status) {
		if (n < 1) throw new IllegalArgumentException("requests count from 1, not " + n);
		if (status < 100 || status > 599) throw new IllegalArgumentException("not an HTTP status: " + status);
		failRequests.add(new int[] { n, status });
		return this;
	}

	/** Injects {@link Faults#resetUploadAfter(long)} as soon as the server starts. */
	public SandboxConfig resetUploadAfter(long bytes) {
		if (bytes < 0) throw new IllegalArgumentException("bytes must not be negative: " + bytes);
		this.resetUploadAfter = bytes;
		return this;
	}

	/** Injects {@link Faults#resetFtpUploadAfter(long)} as soon as the server starts. */
	public SandboxConfig resetFtpUploadAfter(long bytes) {
		if (bytes < 0) throw new IllegalArgumentException("bytes must not be negative: " + bytes);
		this.resetFtpUploadAfter = bytes;
		return this;
	}

	/** Injects {@link Faults#delay(Duration)} as soon as the server starts. */
	public SandboxConfig requestDelay(Duration requestDelay) {
		Objects.requireNonNull(requestDelay, "requestDelay");
		if (requestDelay.isNegative()) throw new IllegalArgumentException("negative delay: " + requestDelay);
		this.requestDelay = requestDelay;
		return this;
	}

	private static Duration positive(Duration time, String what) {
		Objects.requireNonNull(time, what);
		if (time.isNegative() || time.isZero()) throw new IllegalArgumentException("the " + what +
			" must be positive, not " + time);
		return time;
	}

	public Path dataDir() {
		return dataDir;
	}

	public int port() {
		return port;
	}

	public int ftpPort() {
		return ftpPort;
	}

	public String basePath() {
		return basePath;
	}

	public Duration processingDelay() {
		return processingDelay;
	}

	public int threads() {
		return threads;
	}

	public int threadsPerClient() {
		return threadsPerClient == 0 ? Math.max(1, threads / 2) : Math.min(threadsPerClient, threads);
	}

	public Duration headerTimeout() {
		return headerTimeout;
	}

	public Duration idleTimeout() {
		return idleTimeout;
	}

	public int maxOpenRequests() {
		return Math.max(maxOpenRequests, threads);
	}

	public String accessionPrefix() {
		return accessionPrefix;
	}

	public boolean demoUser() {
		return demoUser;
	}

	public Path usersFile() {
		return usersFile;
	}

	/** The users added with {@link #user(SandboxUser)} (not the demo user, not a users file's). */
	public List<SandboxUser> users() {
		return List.copyOf(users);
	}

	PrintStream log() {
		return log;
	}

	void applyFaults(Faults faults) {
		for (int[] f : failRequests) faults.failRequest(f[0], f[1]);
		if (resetUploadAfter >= 0) faults.resetUploadAfter(resetUploadAfter);
		if (resetFtpUploadAfter >= 0) faults.resetFtpUploadAfter(resetFtpUploadAfter);
		faults.delay(requestDelay);
	}

	/**
	 * Everyone who can log in, for a server whose data folder is {@code data}: the demo user, the users file's, then
	 * the added ones; a later entry with the same e-mail address wins.
	 */
	List<SandboxUser> allUsers(Path data) throws IOException {
		Map<String, SandboxUser> all = new LinkedHashMap<>();
		if (demoUser) {
			SandboxUser demo = new SandboxUser(DEMO_EMAIL, DEMO_PASSWORD, DEMO_NAME);
			all.put(demo.key(), demo);
		}
		Path file = usersFile != null ? usersFile : data.resolve("users.json");
		if (usersFile != null || Files.isRegularFile(file)) {
			for (SandboxUser u : readUsers(file)) all.put(u.key(), u);
		}
		for (SandboxUser u : users) all.put(u.key(), u);
		if (all.isEmpty()) throw new IllegalArgumentException("no user can log in to the sandbox: the demo user is " +
			"switched off and no users were given");
		return List.copyOf(all.values());
	}

	static List<SandboxUser> readUsers(Path file) throws IOException {
		JsonNode root;
		try {
			root = Json.MAPPER.readTree(file.toFile());
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
		}
		if (root != null && root.isObject()) root = root.get("users");
		if (root == null || !root.isArray()) throw new IllegalArgumentException(file +
			" should hold a JSON array of users, each {\"email\": ..., \"password\": ..., \"fullName\": ...}");
		List<SandboxUser> users = new ArrayList<>();
		for (JsonNode u : root) {
			String email = Json.text(u, "email");
			String password = Json.text(u, "password");
			String name = Json.text(u, "fullName");
			if (name == null) name = Json.text(u, "fullname");
			if (name == null) name = Json.text(u, "name");
			if (email == null || password == null) throw new IllegalArgumentException(file + ": every user needs " +
				"an \"email\" and a \"password\"");
			users.add(new SandboxUser(email, password, name));
		}
		return users;
	}
}
