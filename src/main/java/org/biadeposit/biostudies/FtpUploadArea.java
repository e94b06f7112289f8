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
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;

import org.biadeposit.ProgressMeter;

/**
 * The user folder over FTP, as BioStudies' FTP accounts have it: plain FTP, passive mode, binary, the folder being
 * {@code /} + the login profile's {@code secret}. Files sent here appear in the API's user-folder listing, which is
 * how the submission finds them. A cut-off file is completed from the size on the server (REST), once the last
 * bytes there were read back and found equal to the local file's; otherwise it is sent again whole.
 * <p>
 * Each thread that sends takes a connection of its own (FTP sends one file at a time per connection); connections
 * are kept for the next file and all closed by {@link #close()}. The secret, the user name and the password never
 * reach a message: the server's replies are shown with the secret replaced.
 * </p>
 */
final class FtpUploadArea implements UploadArea {

	private static final int CHUNK = 64 * 1024;
	/** How many of the last bytes of a partial file are read back and compared before resuming. */
	static final int RESUME_CHECK = 64 * 1024;

	private final FtpLogin login;
	private final String secret;
	private final String root;
	private final BlockingDeque<FTPClient> idle = new LinkedBlockingDeque<>();
	private final Set<FTPClient> open = ConcurrentHashMap.newKeySet();

	/** @param secret the login profile's {@code secret}: the user folder is {@code /secret} on the FTP server */
	FtpUploadArea(FtpLogin login, String secret) throws BioStudiesException {
		String s = UserPath.secretFolder(secret, "FTP");
		this.login = login;
		this.secret = s;
		this.root = "/" + s;
	}

	@Override
	public String route() {
		return "FTP " + login;
	}

	/** The absolute FTP path of a path in the user folder. */
	private String path(String remote) {
		String p = UserPath.of(remote);
		return p.isEmpty() ? root : root + "/" + p;
	}

	@Override
	public List<UserFile> list(String folder) throws IOException {
		String f = UserPath.of(folder);
		return call("listing " + shown(f), ftp -> {
			if (!ftp.changeWorkingDirectory(path(f))) throw refused(ftp, "listing " + shown(f));
			List<UserFile> files = new ArrayList<>();
			for (FTPFile e : ftp.listFiles()) {
				if (e == null || e.getName() == null) continue;
				String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
				if (name.isEmpty() || name.equals(".") || name.equals("..")) continue;
				files.add(new UserFile(f.isEmpty() ? name : f + "/" + name, Math.max(0, e.getSize()), e
					.isDirectory()));
			}
			if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) throw refused(ftp, "listing " + shown(f));
			return files;
		});
	}

	@Override
	public void createFolder(String parent, String name) throws IOException {
		if (name == null || name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
			throw new IllegalArgumentException("not a folder name: '" + name + "'");
		}
		String p = UserPath.of(parent);
		String made = p.isEmpty() ? name : p + "/" + name;
		call("creating the folder " + made, ftp -> {
			if (!ftp.makeDirectory(path(made)) && !ftp.changeWorkingDirectory(path(made))) {
				throw refused(ftp, "creating the folder " + made);
			}
			return null;
		});
	}

	@Override
	public Sent send(Path local, String remote, ProgressMeter meter, boolean md5) throws IOException {
		return store(local, UserPath.of(remote), 0, meter, md5);
	}

	@Override
	public Sent resume(Path local, String remote, long onServer, ProgressMeter meter, boolean md5)
		throws IOException
	{
		String r = UserPath.of(remote);
		long size = size(local);
		if (onServer <= 0 || onServer >= size) return store(local, r, 0, meter, md5);
		if (!sameTail(local, r, onServer)) {
			meter.message(r + ": the " + onServer + " bytes on the server are not the start of " + local +
				"; sending it again whole");
			return store(local, r, 0, meter, md5);
		}
		meter.message(r + ": resuming after the " + onServer + " bytes already on the server");
		return store(local, r, onServer, meter, md5);
	}

	/** Whether the last bytes (up to {@link #RESUME_CHECK}) of the partial file on the server are the local file's. */
	private boolean sameTail(Path local, String remote, long onServer) throws IOException {
		int n = (int) Math.min(RESUME_CHECK, onServer);
		byte[] mine = new byte[n];
		try (InputStream in = Files.newInputStream(local)) {
			in.skipNBytes(onServer - n);
			in.readNBytes(mine, 0, n);
		}
		catch (IOException e) {
			throw new BioStudiesException("cannot read " + local + ": " + e.getMessage());
		}
		byte[] theirs = call("reading back " + remote, ftp -> {
			ftp.setRestartOffset(onServer - n);
			InputStream in = ftp.retrieveFileStream(path(remote));
			if (in == null) return null; // reading back refused: no check, so no resume
			byte[] b;
			try (in) {
				b = in.readNBytes(n + 1);
				in.transferTo(OutputStream.nullOutputStream());
			}
			return ftp.completePendingCommand() ? b : null;
		});
		return theirs != null && Arrays.equals(mine, theirs);
	}

	/** Sends {@code local} from byte {@code from} on (REST), the digests being of the whole file. */
	private Sent store(Path local, String remote, long from, ProgressMeter meter, boolean md5) throws IOException {
		if (remote.isEmpty()) throw new IllegalArgumentException("no remote path for " + local);
		long size = size(local);
		Checksums.Digests digests = new Checksums.Digests(md5);
		long[] counted = { 0 };
		try (InputStream in = Files.newInputStream(local)) {
			byte[] buffer = new byte[CHUNK];
			for (long done = 0; done < from;) { // the part already there: digested here, not sent
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, from - done));
				if (n < 0) throw changed(local, size, "became shorter");
				digests.update(buffer, 0, n);
				done += n;
			}
			meter.addBytes(from, remote);
			counted[0] = from;
			call("sending " + remote, ftp -> {
				if (from > 0) ftp.setRestartOffset(from);
				OutputStream out = ftp.storeFileStream(path(remote));
				if (out == null) throw refused(ftp, "sending " + remote);
				try (out) {
					for (long sent = from; sent < size;) {
						int n = in.read(buffer, 0, (int) Math.min(buffer.length, size - sent));
						if (n < 0) throw changed(local, size, "became shorter");
						digests.update(buffer, 0, n);
						out.write(buffer, 0, n);
						sent += n;
						counted[0] += n;
						meter.addBytes(n, remote);
					}
					if (in.read() >= 0) throw changed(local, size, "grew");
				}
				if (!ftp.completePendingCommand()) throw refused(ftp, "sending " + remote);
				String there = ftp.getSize(path(remote));
				if (there != null && there.strip().matches("\\d+") && Long.parseLong(there.strip()) != size) {
					throw new BioStudiesException("sending " + remote + ": the FTP server has " + there.strip() +
						" bytes of its " + size + "; run again to resume it");
				}
				return null;
			});
		}
		catch (IOException e) {
			meter.addBytes(-counted[0], remote);
			throw e;
		}
		return new Sent(digests.result(), size - from);
	}

	private static long size(Path local) throws BioStudiesException {
		try {
			return Files.size(local);
		}
		catch (IOException e) {
			throw new BioStudiesException("cannot read " + local + ": " + e.getMessage());
		}
	}

	private static BioStudiesException changed(Path file, long size, String how) {
		return new BioStudiesException(file + " " + how + " while it was being sent (it had " + size + " bytes); " +
			"send it again once nothing writes to it");
	}

	private interface FtpCall<T> {
		T on(FTPClient ftp) throws IOException;
	}

	/**
	 * Runs one exchange on an idle connection (or a new one); a connection that failed is closed, not reused.
	 * Failures become a {@link BioStudiesException} without the secret.
	 */
	private <T> T call(String what, FtpCall<T> call) throws IOException {
		FTPClient ftp = idle.pollFirst();
		if (ftp != null && !alive(ftp)) { // closed by the server while idle
			disconnect(ftp);
			ftp = null;
		}
		if (ftp == null) ftp = connect();
		boolean ok = false;
		try {
			T result = call.on(ftp);
			ok = true;
			return result;
		}
		catch (BioStudiesException e) {
			throw e;
		}
		catch (IOException e) {
			throw new BioStudiesException(what + " by FTP to " + login + " failed: " + hidden(String.valueOf(e
				.getMessage())) + "; run again to resume");
		}
		finally {
			if (ok) idle.addFirst(ftp);
			else disconnect(ftp);
		}
	}

	private static boolean alive(FTPClient ftp) {
		try {
			return ftp.isConnected() && ftp.sendNoOp();
		}
		catch (IOException e) {
			return false;
		}
	}

	private FTPClient connect() throws BioStudiesException {
		FTPClient ftp = new FTPClient();
		ftp.setConnectTimeout(30_000);
		ftp.setDefaultTimeout(60_000);
		ftp.setDataTimeout(Duration.ofMinutes(5));
		ftp.setControlEncoding("UTF-8");
		open.add(ftp);
		try {
			ftp.connect(login.host(), login.port());
			if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) throw refused(ftp, "connecting");
			ftp.setSoTimeout(60_000);
			if (!ftp.login(login.user(), new String(login.password()))) {
				throw new BioStudiesException("the FTP server " + login + " did not accept the FTP user name or " +
					"password: give the FTP account the BioStudies submission tool shows (--ftp-user, and " +
					"--ftp-password-file or BIA_FTP_PASSWORD)");
			}
			ftp.enterLocalPassiveMode();
			if (!ftp.setFileType(FTP.BINARY_FILE_TYPE)) throw refused(ftp, "switching to binary mode");
			return ftp;
		}
		catch (BioStudiesException e) {
			disconnect(ftp);
			throw e;
		}
		catch (IOException e) {
			disconnect(ftp);
			throw new BioStudiesException("could not reach the FTP server " + login + ": " + hidden(String.valueOf(e
				.getMessage())));
		}
	}

	private BioStudiesException refused(FTPClient ftp, String what) {
		String reply = ftp.getReplyString();
		return new BioStudiesException(what + ": the FTP server " + login + " answered " + (reply == null ? "nothing"
			: hidden(reply.strip())));
	}

	/** The text with the secret (the user folder's name on the server) and the credentials replaced. */
	private String hidden(String text) {
		String t = text.replace(secret, "[upload folder]");
		t = Redaction.password(t, login.password());
		return t.replace(login.user(), "[ftp user]");
	}

	private static String shown(String folder) {
		return folder.isEmpty() ? "the user folder" : folder;
	}

	private void disconnect(FTPClient ftp) {
		open.remove(ftp);
		idle.remove(ftp);
		try {
			if (ftp.isConnected()) ftp.disconnect();
		}
		catch (IOException e) {
			// closing anyway
		}
	}

	/** Logs the idle connections out; closes those still busy (a send stopped by a failure elsewhere). */
	@Override
	public void close() {
		for (FTPClient ftp : List.copyOf(open)) {
			try {
				if (idle.contains(ftp) && ftp.isConnected()) ftp.logout();
			}
			catch (IOException e) {
				// the connection is closed below anyway
			}
			disconnect(ftp);
		}
	}
}
