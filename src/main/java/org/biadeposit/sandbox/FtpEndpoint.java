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

import java.io.File;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;

import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.filesystem.nativefs.impl.NativeFileSystemView;
import org.apache.ftpserver.filesystem.nativefs.impl.NativeFtpFile;
import org.apache.ftpserver.ftplet.Authentication;
import org.apache.ftpserver.ftplet.AuthenticationFailedException;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.User;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.UsernamePasswordAuthentication;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.TransferRatePermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * The sandbox's FTP endpoint (Apache MINA FtpServer), over the same per-user folders as the API, laid out as on
 * BioStudies' FTP-mode accounts: the FTP root holds every user folder, so a user uploads into {@code /<secret>}
 * (the profile's {@code secret}), and what arrives there is what {@code /files/user} lists. Plain FTP on 127.0.0.1,
 * passive mode, REST for resuming. Any sandbox user logs in with their e-mail address and password. The fault
 * {@link Faults#resetFtpUploadAfter(long)} makes the server close the data connection of the next upload (STOR or
 * APPE) after that many bytes: they stay on disk, so a client resumes from the size on the server.
 * <p>
 * Loaded only when the sandbox is asked for FTP, so a sandbox without it needs no FtpServer jar (inside Fiji).
 * </p>
 */
final class FtpEndpoint implements AutoCloseable {

	private final FtpServer server;
	private final int port;

	private FtpEndpoint(FtpServer server, int port) {
		this.server = server;
		this.port = port;
	}

	/** Starts listening on 127.0.0.1:{@code port} (0: a free port), the FTP root being {@code usersRoot}. */
	static FtpEndpoint start(int port, Path usersRoot, Accounts accounts, Faults faults) throws IOException {
		String loopback = InetAddress.getLoopbackAddress().getHostAddress();
		FtpServerFactory factory = new FtpServerFactory();
		ListenerFactory listener = new ListenerFactory();
		listener.setServerAddress(loopback);
		listener.setPort(port);
		DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
		data.setPassiveAddress(loopback);
		data.setPassiveExternalAddress(loopback);
		listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
		factory.addListener("default", listener.createListener());
		ConnectionConfigFactory connections = new ConnectionConfigFactory();
		connections.setAnonymousLoginEnabled(false);
		factory.setConnectionConfig(connections.createConnectionConfig());
		factory.setUserManager(new Users(accounts, usersRoot.toFile().getAbsolutePath()));
		factory.setFileSystem(user -> new Files(user, faults));
		FtpServer server = factory.createServer();
		try {
			server.start();
		}
		catch (FtpException | RuntimeException e) {
			throw new IOException("cannot start the FTP endpoint on " + loopback + ":" + port + ": " +
				e.getMessage(), e);
		}
		int bound = ((DefaultFtpServer) server).getListener("default").getPort();
		return new FtpEndpoint(server, bound);
	}

	int port() {
		return port;
	}

	@Override
	public void close() {
		server.stop();
	}

	/** The sandbox's users, by e-mail address and password; each sees the FTP root and may write. */
	private static final class Users implements UserManager {
		private final Accounts accounts;
		private final String home;

		Users(Accounts accounts, String home) {
			this.accounts = accounts;
			this.home = home;
		}

		private User user(String email) {
			BaseUser u = new BaseUser();
			u.setName(email);
			u.setHomeDirectory(home);
			u.setEnabled(true);
			u.setAuthorities(List.of(new WritePermission(), new ConcurrentLoginPermission(0, 0),
				new TransferRatePermission(0, 0)));
			return u;
		}

		@Override
		public User authenticate(Authentication authentication) throws AuthenticationFailedException {
			if (authentication instanceof UsernamePasswordAuthentication up) {
				Accounts.Account a = accounts.check(up.getUsername(), up.getPassword());
				if (a != null) return user(a.email());
			}
			throw new AuthenticationFailedException("Authentication failed");
		}

		@Override
		public User getUserByName(String name) {
			Accounts.Account a = accounts.byEmail(name);
			return a == null ? null : user(a.email());
		}

		@Override
		public String[] getAllUserNames() {
			return accounts.all().stream().map(Accounts.Account::email).toArray(String[]::new);
		}

		@Override
		public boolean doesExist(String name) {
			return accounts.byEmail(name) != null;
		}

		@Override
		public void delete(String name) throws FtpException {
			throw new FtpException("the sandbox's users are not changed over FTP");
		}

		@Override
		public void save(User user) throws FtpException {
			throw new FtpException("the sandbox's users are not changed over FTP");
		}

		@Override
		public String getAdminName() {
			return null;
		}

		@Override
		public boolean isAdmin(String name) {
			return false;
		}
	}

	/** The native file system under the FTP root, with the upload fault. */
	private static final class Files extends NativeFileSystemView {
		private final User user;
		private final Faults faults;

		Files(User user, Faults faults) throws FtpException {
			super(user, false);
			this.user = user;
			this.faults = faults;
		}

		@Override
		public FtpFile getFile(String name) {
			FtpFile file = super.getFile(name);
			return file instanceof NativeFtpFile n ? new Upload(n.getAbsolutePath(), (File) n.getPhysicalFile(),
				user, faults) : file;
		}
	}

	private static final class Upload extends NativeFtpFile {
		private final Faults faults;

		Upload(String name, File file, User user, Faults faults) {
			super(name, file, user);
			this.faults = faults;
		}

		@Override
		public OutputStream createOutputStream(long offset) throws IOException {
			OutputStream out = super.createOutputStream(offset);
			long cut = faults.takeFtpUploadReset();
			long rate = faults.ftpBytesPerSecond();
			OutputStream stored = rate > 0 ? new Throttled(out, rate) : out;
			return cut < 0 ? stored : new CutOff(stored, cut, faults);
		}
	}

	/** Stores at most {@code rate} bytes a second, in slices of a few KiB (fault injection: a slow server). */
	private static final class Throttled extends FilterOutputStream {
		private final long rate;
		private final long start = System.nanoTime();
		private long written;

		Throttled(OutputStream out, long rate) {
			super(out);
			this.rate = rate;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int done = 0; done < len;) {
				int n = Math.min(len - done, 4096);
				out.write(b, off + done, n);
				out.flush();
				done += n;
				written += n;
				long due = start + written * 1_000_000_000L / rate - System.nanoTime();
				if (due > 0) {
					try {
						Thread.sleep(due / 1_000_000, (int) (due % 1_000_000));
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						throw new java.io.InterruptedIOException("stopped while storing an FTP upload");
					}
				}
			}
		}
	}

	/** Takes {@code limit} bytes, then fails, which makes the server close the data connection. */
	private static final class CutOff extends FilterOutputStream {
		private long left;
		private boolean cut;
		private final Faults faults;

		CutOff(OutputStream out, long limit, Faults faults) {
			super(out);
			this.left = limit;
			this.faults = faults;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			int n = cut ? 0 : (int) Math.min(len, left);
			out.write(b, off, n);
			left -= n;
			if (n < len) {
				out.flush();
				if (!cut) faults.resetInjected();
				cut = true;
				throw new IOException("the sandbox drops this FTP upload here, as asked (fault injection)");
			}
		}
	}
}
