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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The FTP route passes the upload-area conformance tests against a second FTP server, Debian's vsftpd, started here
 * on a loopback port with its own configuration: passive mode on a range of free ports, the user's files under a
 * folder named like BIA's {@code secret}, the account being a system user with a password that {@code .ci/run}
 * creates (user {@value #ACCOUNT_ENV}, password {@value #PASSWORD_ENV}, checked through the PAM service
 * {@value #PAM_SERVICE}). vsftpd has no REST listing, so the listing checked is its own. An upload is cut off by
 * killing vsftpd's session processes once the file on disk has the bytes asked for (transfers are throttled to
 * 1 MB/s so that this happens mid-file). Skipped with the reason when vsftpd, the account or root are missing,
 * unless BIA_REQUIRE_TESTDATA is set (as CI does), which makes that a failure.
 */
class VsftpdUploadAreaTest extends UploadAreaConformance {

	static final String ACCOUNT_ENV = "BIA_VSFTPD_USER";
	static final String PASSWORD_ENV = "BIA_VSFTPD_PASSWORD";
	static final String PAM_SERVICE = "bia-vsftpd";
	private static final String SECRET = "a1b2c3-the-secret-folder";
	private static final int RATE = 1_000_000;

	private Process vsftpd;
	private int port;
	private final AtomicInteger cuts = new AtomicInteger();
	private Thread cutter;

	@Override
	void startServer() throws IOException {
		Path binary = binary();
		String user = System.getenv(ACCOUNT_ENV), password = System.getenv(PASSWORD_ENV);
		if (binary == null) missing("vsftpd is not installed (Debian: apt-get install vsftpd; .ci/run does it)");
		if (!"root".equals(System.getProperty("user.name"))) missing("vsftpd needs root to switch to the FTP account");
		if (user == null || password == null || !Files.isRegularFile(Path.of("/etc/pam.d", PAM_SERVICE))) {
			missing("no FTP account for vsftpd: .ci/run (as root) creates it and sets " + ACCOUNT_ENV + " and " +
				PASSWORD_ENV);
		}
		// vsftpd switches to the account before it reaches the folders: the way there must be open to it
		Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path root = Files.createDirectories(tmp.resolve("ftp")), folder = Files.createDirectories(root.resolve(
			SECRET));
		UserPrincipalLookupService users = tmp.getFileSystem().getUserPrincipalLookupService();
		Files.setOwner(folder, users.lookupPrincipalByName(user));
		port = freePorts(1);
		int passive = freePorts(8);
		Path config = Files.writeString(tmp.resolve("vsftpd.conf"), String.join("\n",
			"listen=YES", "listen_ipv6=NO", "listen_address=127.0.0.1", "listen_port=" + port, "background=NO",
			"anonymous_enable=NO", "local_enable=YES", "write_enable=YES", "local_umask=022",
			"pam_service_name=" + PAM_SERVICE, "chroot_local_user=YES", "local_root=" + root,
			"pasv_enable=YES", "pasv_address=127.0.0.1", "pasv_min_port=" + passive, "pasv_max_port=" + (passive +
				7), "local_max_rate=" + RATE, "seccomp_sandbox=NO", "isolate=NO", "isolate_network=NO",
			"xferlog_enable=NO", "") );
		vsftpd = new ProcessBuilder(binary.toString(), config.toString()).redirectErrorStream(true)
			.redirectOutput(tmp.resolve("vsftpd.out").toFile()).start();
		for (long until = System.nanoTime() + 10_000_000_000L; !accepts(port);) {
			if (!vsftpd.isAlive() || System.nanoTime() > until) {
				throw new AssertionError("vsftpd did not start: " + Files.readString(tmp.resolve("vsftpd.out"),
					StandardCharsets.UTF_8).strip());
			}
			sleep(20);
		}
	}

	private static Path binary() {
		Stream<String> path = Stream.concat(Stream.of("/usr/sbin"), Stream.of(System.getenv().getOrDefault("PATH",
			"").split(":")));
		return path.filter(d -> !d.isEmpty()).map(d -> Path.of(d, "vsftpd")).filter(Files::isExecutable).findFirst()
			.orElse(null);
	}

	private static void missing(String why) {
		String required = System.getenv("BIA_REQUIRE_TESTDATA");
		if (required != null && !required.isBlank() && !required.equals("0")) {
			throw new AssertionError(why + "; BIA_REQUIRE_TESTDATA is set, so this is a failure");
		}
		Assumptions.abort(why);
	}

	/** The first of {@code count} consecutive loopback ports nothing listens on. */
	private static int freePorts(int count) throws IOException {
		Random random = new Random();
		for (int attempt = 0; attempt < 100; attempt++) {
			int first = 30_000 + random.nextInt(25_000);
			List<ServerSocket> taken = new ArrayList<>();
			try {
				for (int p = first; p < first + count; p++) {
					taken.add(new ServerSocket(p, 1, InetAddress.getLoopbackAddress()));
				}
				return first;
			}
			catch (IOException e) {
				// one of them is in use: try another block
			}
			finally {
				for (ServerSocket s : taken) s.close();
			}
		}
		throw new IOException("no " + count + " free loopback ports");
	}

	private static boolean accepts(int port) {
		try (Socket s = new Socket()) {
			s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	void stopServer() {
		if (cutter != null) cutter.interrupt();
		if (vsftpd == null) return;
		vsftpd.descendants().forEach(ProcessHandle::destroyForcibly);
		vsftpd.destroyForcibly();
		try {
			vsftpd.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	UploadArea open() throws IOException {
		return new FtpUploadArea(new FtpLogin("127.0.0.1:" + port, System.getenv(ACCOUNT_ENV), System.getenv(
			PASSWORD_ENV).toCharArray()), SECRET);
	}

	/**
	 * Kills vsftpd's sessions (not vsftpd) once the next upload has at least {@code bytes} bytes on the server: a file
	 * not there (or not of that size) when asked. A file that had already arrived must not set it off: the kill would
	 * then land between two files, on an idle connection, which the route rightly replaces with a new one, and the
	 * batch would cut nothing (at 1 MB/s the next file takes tens of milliseconds, so the kill lands inside it).
	 */
	@Override
	void cutNextUpload(long bytes) {
		Path folder = onServer("");
		Map<Path, Long> before = new HashMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(Files::isRegularFile).forEach(f -> before.put(f, size(f)));
		}
		catch (IOException | java.io.UncheckedIOException e) {
			// nothing there yet
		}
		cutter = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try (Stream<Path> files = Files.walk(folder)) {
					if (files.anyMatch(f -> Files.isRegularFile(f) && size(f) >= bytes && !Long.valueOf(size(f)).equals(
						before.get(f))))
					{
						vsftpd.descendants().forEach(ProcessHandle::destroyForcibly);
						cuts.incrementAndGet();
						return;
					}
				}
				catch (IOException | java.io.UncheckedIOException e) {
					// a file went while walking: look again
				}
				sleep(1);
			}
		}, "vsftpd cutter");
		cutter.setDaemon(true);
		cutter.start();
	}

	private static long size(Path f) {
		try {
			return Files.size(f);
		}
		catch (IOException e) {
			return 0;
		}
	}

	@Override
	int uploadsCut() {
		return cuts.get();
	}

	@Override
	boolean appends() {
		return true;
	}

	@Override
	boolean cutsExactly() {
		return false;
	}

	/**
	 * 2 MiB, about two seconds at the server's rate: a file of 300,000 bytes went in well under the second its rate
	 * allows it (the first of it comes in a burst), and on a busy machine (CI running beside other work) the thread
	 * that watches it grow once looked only when it was all there.
	 */
	@Override
	int cutFileSize() {
		return 2 << 20;
	}

	@Override
	Path onServer(String remote) {
		return tmp.resolve("ftp").resolve(SECRET).resolve(remote);
	}

	/** vsftpd's own listing: FTP uploads there appear in no API's. */
	@Override
	Map<String, Long> apiListing(String folder) throws IOException {
		return sizes(area.list(folder));
	}

	@Test
	void aRefusedLoginNamesNoCredential() throws IOException {
		String user = System.getenv(ACCOUNT_ENV), password = "not the ftp password";
		try (UploadArea wrong = new FtpUploadArea(new FtpLogin("127.0.0.1:" + port, user, password.toCharArray()),
			SECRET))
		{
			BioStudiesException e = assertThrows(BioStudiesException.class, () -> wrong.list(""));
			assertTrue(e.getMessage().contains("did not accept the FTP user name or password"), e.getMessage());
			assertFalse(e.getMessage().contains(password), e.getMessage());
			assertFalse(e.getMessage().contains(user), e.getMessage());
		}
	}
}
