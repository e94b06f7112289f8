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
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.biadeposit.ProgressMeter;

/**
 * The Aspera route: each file is sent by IBM's {@code ascp} as the BioStudies submission tool's help says,
 * {@code ascp -k 1 -QT -l RATE -P33001 FILE USER@fasp.ebi.ac.uk:SECRET/PATH}, the password in {@code ascp}'s
 * environment ({@code ASPERA_SCP_PASS}), never in its arguments. Progress is read from {@code ascp}'s output
 * ({@link AscpOutput}). A file cut off is resumed by {@code ascp} itself ({@code -k 1}: it carries on when the
 * partial file's attributes are those of the same file). Aspera uploads land in the user folder, which the API lists,
 * so listing and making folders go through the API ({@link BioStudiesClient}).
 */
final class AsperaUploadArea implements UploadArea {

	private final AsperaLogin login;
	private final Path ascp;
	private final String secret;
	private final BioStudiesClient client;
	private final Set<Process> running = ConcurrentHashMap.newKeySet();

	/**
	 * @param ascp the {@code ascp} to run ({@link AsperaLogin#ascp()})
	 * @param secret the login profile's {@code secret}: the user folder on the Aspera server
	 * @param client logged in, for listing and making folders; it stays open when this area is closed
	 */
	AsperaUploadArea(AsperaLogin login, Path ascp, String secret, BioStudiesClient client) throws BioStudiesException {
		this.secret = UserPath.secretFolder(secret, "Aspera");
		this.login = login;
		this.ascp = ascp;
		this.client = client;
	}

	@Override
	public String route() {
		return "Aspera " + login;
	}

	@Override
	public List<UserFile> list(String folder) throws IOException {
		return client.list(folder);
	}

	@Override
	public void createFolder(String parent, String name) throws IOException {
		client.createFolder(parent, name);
	}

	@Override
	public Sent send(Path local, String remote, ProgressMeter meter, boolean md5) throws IOException {
		return run(local, UserPath.of(remote), 0, meter, md5);
	}

	/** Runs {@code ascp} again: with {@code -k 1} it sends only what is missing when the partial file is this one's. */
	@Override
	public Sent resume(Path local, String remote, long onServer, ProgressMeter meter, boolean md5)
		throws IOException
	{
		String r = UserPath.of(remote);
		meter.message(r + ": " + onServer + " bytes are already on the server; ascp -k 1 resumes after them when " +
			"they are from this file");
		return run(local, r, Math.max(0, onServer), meter, md5);
	}

	/** The argument list of one {@code ascp} run (no credential but the account's name). */
	List<String> command(Path file, String remote) {
		return List.of(ascp.toString(), "-k", "1", "-QT", "-l", login.rateOption(), "-P" + AsperaLogin.PORT, file
			.toString(), login.user() + "@" + AsperaLogin.HOST + ":" + secret + "/" + remote);
	}

	private Sent run(Path local, String remote, long onServer, ProgressMeter meter, boolean md5) throws IOException {
		if (remote.isEmpty()) throw new IllegalArgumentException("no remote path for " + local);
		Path file = local.toAbsolutePath(); // never taken for an option by ascp
		long size = size(file);
		long modified = Files.getLastModifiedTime(file).toMillis();
		ProcessBuilder builder = new ProcessBuilder(command(file, remote)).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.keySet().removeIf(k -> k.startsWith("BIA_") && k.endsWith("PASSWORD")); // ours are not ascp's business
		if (login.searchPath() != null) env.put("PATH", login.searchPath());
		env.put("ASPERA_SCP_PASS", new String(login.password()));
		AscpOutput output = new AscpOutput();
		long[] counted = { 0 };
		Process p;
		try {
			p = builder.start();
		}
		catch (IOException e) {
			throw new BioStudiesException("could not start " + ascp + ": " + e.getMessage() + "; check that IBM's " +
				"ascp is installed and runs, or send by FTP (--via ftp)");
		}
		running.add(p);
		try {
			p.getOutputStream().close(); // nothing to answer: a prompt for a password ends ascp
			Thread reader = new Thread(() -> {
				try {
					output.read(p.getInputStream(), percent -> progress(meter, remote, counted, (long) (size *
						(percent / 100.0))));
				}
				catch (IOException e) {
					// the output ended with the process (stopped, or killed); its exit status says the rest
				}
			}, "bia-ascp-output");
			reader.setDaemon(true);
			reader.start();
			Checksums sums;
			try {
				sums = Checksums.of(file, md5); // while ascp reads the same file
			}
			catch (IOException e) {
				throw new BioStudiesException("cannot read " + file + ": " + e.getMessage());
			}
			int status = p.waitFor();
			reader.join();
			if (status != 0) throw failed(remote, status, output);
			if (sums.size() != size || size(file) != size || Files.getLastModifiedTime(file).toMillis() != modified) {
				throw new BioStudiesException(file + " changed while it was being sent (it had " + size + " bytes); " +
					"send it again once nothing writes to it");
			}
			progress(meter, remote, counted, size);
			return new Sent(sums, transferred(output.transferred(), size, onServer));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			takeBack(meter, remote, counted);
			throw new InterruptedIOException("interrupted while sending " + remote + " by Aspera");
		}
		catch (IOException | RuntimeException e) {
			takeBack(meter, remote, counted);
			throw e;
		}
		finally {
			if (p.isAlive()) p.destroyForcibly();
			running.remove(p);
		}
	}

	/** Counts the file's bytes into the meter up to {@code done} (progress only goes forward). */
	private static void progress(ProgressMeter meter, String remote, long[] counted, long done) {
		synchronized (counted) {
			if (done > counted[0]) {
				meter.addBytes(done - counted[0], remote);
				counted[0] = done;
			}
		}
	}

	private static void takeBack(ProgressMeter meter, String remote, long[] counted) {
		synchronized (counted) {
			meter.addBytes(-counted[0], remote);
			counted[0] = Long.MAX_VALUE; // late progress lines add nothing
		}
	}

	/**
	 * The bytes that crossed the network: {@code ascp} counts in KiB, so of the two figures it can be (the whole
	 * file, or what was missing of it) the one within a KiB of what it says; what it says otherwise, or the whole
	 * file when it said nothing.
	 */
	static long transferred(long reported, long size, long onServer) {
		if (reported < 0) return size;
		long missing = size - Math.min(onServer, size);
		long best = Math.abs(reported - missing) <= Math.abs(reported - size) ? missing : size;
		return Math.abs(reported - best) < 1024 ? best : Math.min(size, reported);
	}

	private BioStudiesException failed(String remote, int status, AscpOutput output) {
		if (output.refusedLogin()) {
			return new BioStudiesException("the Aspera server " + login + " did not accept the Aspera user name or " +
				"password: give the Aspera account the BioStudies submission tool shows (--aspera-user, and " +
				"--aspera-password-file or BIA_ASPERA_PASSWORD)");
		}
		List<String> said = output.lastLines();
		String why = said.isEmpty() ? "it printed nothing" : hidden(String.join(" / ", said));
		return new BioStudiesException("sending " + remote + " by Aspera to " + login + " failed: ascp ended with " +
			"status " + status + " (" + why + "); run again to resume it");
	}

	/** The text with the secret (the user folder's name on the server) and the credentials replaced. */
	private String hidden(String text) {
		String t = text.replace(secret, "[upload folder]");
		t = Redaction.password(t, login.password());
		return t.replace(login.user() + "@", "[aspera user]@");
	}

	private static long size(Path file) throws BioStudiesException {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			throw new BioStudiesException("cannot read " + file + ": " + e.getMessage());
		}
	}

	/** Stops the {@code ascp} runs still going (a send stopped by a failure elsewhere). */
	@Override
	public void close() {
		for (Process p : List.copyOf(running)) p.destroyForcibly();
	}
}
