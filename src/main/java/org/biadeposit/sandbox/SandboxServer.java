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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server that speaks the BioStudies submission API as {@code docs/biostudies.md} describes it:
 * login, per-user folders on disk with streaming multipart upload, listing, File-list resolution with the server's
 * validation messages, asynchronous submission with {@code S-BIAD} accessions and request status, and
 * {@linkplain Faults fault injection}. It is written from the spec, not from the client, so the two check each other.
 * <p>
 * It listens on 127.0.0.1 only and serves the API under {@link SandboxConfig#basePath()} (default
 * {@value SandboxConfig#DEFAULT_BASE_PATH}, so {@link #baseUrl()} looks like the real
 * {@code https://www.ebi.ac.uk/biostudies/submissions/api}). The data folder holds {@code users/<secret>/…} (each
 * user's folder), {@code submissions/<accNo>/v<version>/…} (see {@link #submissionFolder(String, int)}) and
 * {@code tmp/} (uploads in progress) and {@code attached/} (files sent with a submission).
 * </p>
 * <p>
 * A client that sends its request head slowly is closed after {@link SandboxConfig#headerTimeout()}; at most
 * {@link SandboxConfig#threads()} requests are handled at once, at most {@link SandboxConfig#threadsPerClient()} of
 * them from one address (see {@link RequestGate}), so one slow or greedy client cannot block the others.
 * </p>
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp).processingDelay(Duration.ZERO))) {
 *     sandbox.faults().failRequest(2, 503);
 *     String api = sandbox.baseUrl(); // http://127.0.0.1:<port>/biostudies/submissions/api
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

	static {
		// The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the body then
		// waits for the client's delayed ACK (about 40 ms a request). Read once, when the JDK server first starts.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final HttpServer http;
	private final RequestGate gate;
	private final Faults faults = new Faults();
	private final Accounts accounts;
	private final Submissions submissions;
	private final Endpoints endpoints;
	/** The FTP endpoint ({@link FtpEndpoint}, typed loosely so that it loads only when asked for), or null. */
	private final AutoCloseable ftp;
	private final int ftpPort;
	private final Path dataDir;
	private final String basePath;
	private final PrintStream log;
	private final List<ReceivedRequest> received = new ArrayList<>();

	private SandboxServer(SandboxConfig config) throws IOException {
		Path data = config.dataDir() != null ? config.dataDir() : Files.createTempDirectory("bia-sandbox-");
		Files.createDirectories(data);
		this.dataDir = data.toRealPath();
		this.basePath = config.basePath();
		this.log = config.log();
		Path users = Files.createDirectories(dataDir.resolve("users"));
		Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
		clean(tmp);
		// Files sent with a submission serve only while it is processed, which a restart does not resume.
		clean(Files.createDirectories(dataDir.resolve("attached")));
		this.accounts = new Accounts(config.allUsers(dataDir), users, config.ftpPort() >= 0);
		this.submissions = new Submissions(dataDir.resolve("submissions"), config.accessionPrefix(),
			config.processingDelay());
		this.endpoints = new Endpoints(accounts, submissions, new Uploads(tmp, dataDir.resolve("attached")), faults);
		config.applyFaults(faults);

		if (config.ftpPort() >= 0) {
			FtpEndpoint endpoint;
			try {
				endpoint = FtpEndpoint.start(config.ftpPort(), users, accounts, faults);
			}
			catch (IOException | RuntimeException e) {
				submissions.close();
				throw e;
			}
			this.ftp = endpoint;
			this.ftpPort = endpoint.port();
		}
		else {
			this.ftp = null;
			this.ftpPort = -1;
		}
		this.gate = new RequestGate(config);
		try {
			this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
		}
		catch (IOException e) {
			stop(ftp);
			throw new IOException("cannot listen on 127.0.0.1:" + config.port() + ": " + e.getMessage(), e);
		}
		http.setExecutor(gate);
		http.createContext("/", this::handle).getFilters().add(gate);
		http.start();
	}

	/** Starts a sandbox as configured; stop it with {@link #stop()} (or try-with-resources). */
	public static SandboxServer start(SandboxConfig config) throws IOException {
		return new SandboxServer(Objects.requireNonNull(config, "config"));
	}

	/** Starts a sandbox with the defaults: a new temporary data folder, a free port, the demo user. */
	public static SandboxServer start() throws IOException {
		return start(new SandboxConfig());
	}

	/** The API's base URL, without a trailing slash, e.g. {@code http://127.0.0.1:8095/biostudies/submissions/api}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + basePath;
	}

	/** The port it listens on (on 127.0.0.1). */
	public int port() {
		return http.getAddress().getPort();
	}

	/**
	 * The port of its FTP endpoint on 127.0.0.1, or -1 without one. There, a user logs in with their e-mail address
	 * and password and uploads into {@code /<secret>}, their folder.
	 */
	public int ftpPort() {
		return ftpPort;
	}

	/** The address it listens on: always the loopback address. */
	public InetSocketAddress address() {
		return http.getAddress();
	}

	public Path dataDir() {
		return dataDir;
	}

	/** The faults to inject, changeable while it runs. */
	public Faults faults() {
		return faults;
	}

	/** Everyone who can log in. */
	public List<SandboxUser> users() {
		return accounts.all().stream().map(Accounts.Account::user).toList();
	}

	/** The folder of a user's files (what {@code /files/user/…} shows), or null for an unknown user. */
	public Path userFolder(String email) {
		Accounts.Account a = accounts.byEmail(email);
		return a == null ? null : a.folder();
	}

	/**
	 * Where a submitted version is kept: {@code submission.json} (the PageTab as received, with its accession),
	 * {@code request.json} (status and errors), {@code files/<path>} (the files it refers to, stored when
	 * processed) and {@code filelists/<path>} (its File Lists).
	 */
	public Path submissionFolder(String accNo, int version) {
		return dataDir.resolve("submissions").resolve(accNo).resolve("v" + version);
	}

	/** The requests received so far, oldest first. */
	public List<ReceivedRequest> received() {
		synchronized (received) {
			return List.copyOf(received);
		}
	}

	/** Every session token this server has issued, so that a test can check that a client never shows one. */
	public java.util.Set<String> issuedTokens() {
		return accounts.issued();
	}

	/** How many requests are being handled now (not those still sending their head or waiting for a thread). */
	int handling() {
		return gate.handling();
	}

	/** Forgets the requests received so far (the request count of {@link Faults} goes on). */
	public void clearReceived() {
		synchronized (received) {
			received.clear();
		}
	}

	/** Stops listening at once, drops open connections and stops processing submissions. */
	public void stop() {
		http.stop(0);
		stop(ftp);
	}

	private void stop(AutoCloseable ftpEndpoint) {
		if (ftpEndpoint != null) {
			try {
				ftpEndpoint.close();
			}
			catch (Exception e) {
				// FtpEndpoint.close throws nothing.
			}
		}
		gate.shutdown();
		submissions.close();
	}

	@Override
	public void close() {
		stop();
	}

	private void handle(HttpExchange exchange) {
		long sequence = faults.nextRequest();
		String rawPath = exchange.getRequestURI().getRawPath();
		String below = below(rawPath);
		Call call = new Call(exchange, sequence, below == null ? rawPath : below);
		boolean[] recorded = { false };
		call.beforeAnswer = () -> {
			recorded[0] = true;
			record(call);
		};
		try {
			faults.pause();
			Integer injected = faults.failureFor(sequence);
			if (injected != null) {
				call.respondJson(injected, Json.message("Injected failure: the sandbox answers request " + sequence +
					" with " + injected));
			}
			else if (below == null) {
				call.respondJson(404, Json.message("Not found. The sandbox serves the BioStudies API under " +
					baseUrl()));
			}
			else endpoints.handle(call);
		}
		catch (ApiError e) {
			answer(call, e.status, e.body);
		}
		catch (IOException e) {
			if (e instanceof BodyStream.InjectedReset) faults.resetInjected();
			if (!call.body.broken()) answer(call, 500, Json.validationTree(String.valueOf(e.getMessage()),
				List.of(e.toString())));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			answer(call, 500, Json.validationTree(e.toString(), List.of()));
		}
		finally {
			if (!recorded[0]) record(call);
			// Without a response this drops the connection: what an injected reset or a broken upload needs.
			exchange.close();
		}
	}

	private static void answer(Call call, int status, Object body) {
		if (call.responded() || call.body.broken()) return;
		try {
			call.respondJson(status, body);
		}
		catch (IOException e) {
			// The client went away; the connection is dropped.
		}
	}

	/** The raw path below the base path ("/…"), or null when outside it. */
	private String below(String rawPath) {
		if (basePath.isEmpty()) return rawPath.isEmpty() ? "/" : rawPath;
		if (rawPath.equals(basePath)) return "/";
		if (rawPath.startsWith(basePath + "/")) return rawPath.substring(basePath.length());
		return null;
	}

	private void record(Call call) {
		ReceivedRequest r = new ReceivedRequest(call.sequence, call.method, call.path, call.query, call.body.count(),
			call.status, call.user, call.storedFiles);
		synchronized (received) {
			received.add(r);
		}
		if (log != null) {
			String outcome = r.status() == ReceivedRequest.NO_RESPONSE ? "connection closed" : "" + r.status();
			log.printf("[sandbox] %s %s%s -> %s (%d bytes received)%n", visible(r.method()), basePath + r.path(),
				r.query() == null ? "" : "?" + r.query().replaceAll("(?i)(BIOSTDSESS=)[^&]*", "$1…"), outcome,
				r.bodyBytes());
		}
	}

	/**
	 * The method as the log shows it: the JDK checks a request's path and query as a URI but takes any method, so a
	 * client could send escape sequences to the operator's terminal; anything but visible ASCII is shown as
	 * {@code \xNN}.
	 */
	private static String visible(String method) {
		StringBuilder s = new StringBuilder();
		method.codePoints().forEach(c -> s.append(c > 0x20 && c < 0x7f ? Character.toString(c) : String.format(
			"\\x%02x", c)));
		return s.toString();
	}

	private static void clean(Path tmp) throws IOException {
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tmp)) {
			for (Path p : leftovers) UserFiles.deleteRecursively(p);
		}
	}
}
