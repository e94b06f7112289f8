package org.biadeposit.biostudies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.biadeposit.Progress;
import org.biadeposit.ProgressListener;
import org.biadeposit.ProgressMeter;

/**
 * The upload routes' package-private parts, opened for {@code bench/routes} (not part of the product; compiled only
 * into the bench's class folder): a deposit's send loop ({@link FileTransfer}) over HTTP, batched as the product does
 * or one file per request, and the FTP route alone.
 */
public final class BenchRoutes {

	private BenchRoutes() {}

	/**
	 * Sends {@code locals} into {@code folder} of the user folder as a deposit does ({@link FileTransfer#upload}: data
	 * files {@code parallel} at a time, SHA-256 of each, one upload record line each), small files batched or, with
	 * {@code batched} false, one file per request (the route without its batch operation).
	 */
	public static void deposit(BioStudiesClient client, String user, List<Path> locals, String folder,
		boolean batched, int parallel, Path records, ProgressListener listener) throws IOException
	{
		HttpUploadArea http = new HttpUploadArea(client);
		UploadArea area = batched ? http : new OneFilePerRequest(http);
		List<PlannedFile> files = new ArrayList<>();
		for (Path local : locals) {
			String remote = folder + "/" + local.getFileName();
			long size = Files.size(local);
			files.add(new PlannedFile(new UploadPlan.Item(local, remote, size), remote, size, Files
				.getLastModifiedTime(local).toMillis(), false));
		}
		try (UploadJournal journal = UploadJournal.open(records, client.server().url(), user)) {
			FileTransfer transfer = new FileTransfer(area, client.server().url(), parallel, false, listener);
			transfer.createFolders(files, Set.of());
			transfer.upload(files, Map.of(), journal, new HashMap<>());
		}
	}

	/** The FTP route into the folder {@code /secret} (the user's profile's). */
	public static final class Ftp implements AutoCloseable {

		private final FtpUploadArea area;

		public Ftp(String hostAndPort, String user, char[] password, String secret) throws IOException {
			area = new FtpUploadArea(new FtpLogin(hostAndPort, user, password), secret);
		}

		/** What is there: the size of {@code remote}, or -1. */
		public long size(String remote) throws IOException {
			int slash = remote.lastIndexOf('/');
			for (UserFile f : area.list(slash < 0 ? "" : remote.substring(0, slash))) {
				if (f.path().equals(remote)) return f.size();
			}
			return -1;
		}

		/**
		 * Sends the file, or completes it when {@code onServer} bytes are there.
		 *
		 * @return { bytes sent over the network, file size }; the SHA-256 in {@code sha256[0]}
		 */
		public long[] send(Path local, String remote, long onServer, String[] sha256, ProgressListener listener)
			throws IOException
		{
			ProgressMeter meter = ProgressMeter.bytes(Progress.Step.UPLOAD, Files.size(local), 1, listener);
			UploadArea.Sent sent = onServer > 0 ? area.resume(local, remote, onServer, meter, false) : area.send(
				local, remote, meter, false);
			sha256[0] = sent.checksums().sha256();
			return new long[] { sent.transferred(), sent.checksums().size() };
		}

		@Override
		public void close() {
			area.close();
		}
	}

	/** The HTTP route without its batch operation: each file of a batch in a request of its own. */
	private record OneFilePerRequest(UploadArea http) implements UploadArea {

		@Override
		public String route() {
			return http.route() + ", one file per request";
		}

		@Override
		public List<UserFile> list(String folder) throws IOException {
			return http.list(folder);
		}

		@Override
		public void createFolder(String parent, String name) throws IOException {
			http.createFolder(parent, name);
		}

		@Override
		public Sent send(Path local, String remote, ProgressMeter meter, boolean md5) throws IOException {
			return http.send(local, remote, meter, md5);
		}

		@Override
		public void close() {}
	}
}
