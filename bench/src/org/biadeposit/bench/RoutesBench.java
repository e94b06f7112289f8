package org.biadeposit.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.biadeposit.ProgressListener;
import org.biadeposit.biostudies.BenchRoutes;
import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.Checksums;
import org.biadeposit.biostudies.Server;
import org.biadeposit.biostudies.UserProfile;

/**
 * The phases of {@code bench/routes} (see bench/README.md), each in its own JVM: {@code files} writes the small
 * files; {@code batch} sends them as a deposit does, batched or one file per request; {@code ftp} sends one file by
 * the FTP route, or completes one cut off. Figures go to stdout as {@code key=value} lines.
 */
public final class RoutesBench {

	private static final String USER = "demo@example.org";
	private static final String PASSWORD = "demo-password";

	public static void main(String[] args) throws Exception {
		Results out = new Results(System.out);
		switch (args[0]) {
			case "files" -> files(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), out);
			case "batch" -> batch(args[1], Path.of(args[2]), args[3], Integer.parseInt(args[4]), Path.of(args[5]),
				args[6], out);
			case "ftp" -> ftp(args[1], args[2], Path.of(args[3]), args[4], args[5], args.length > 6 ? args[6] : "",
				out);
			default -> throw new IllegalArgumentException("no phase " + args[0]);
		}
	}

	/** {@code count} distinct files of {@code kb} × 1000 bytes of random bytes, in one folder. */
	private static void files(Path dir, int count, int kb, Results out) throws Exception {
		Files.createDirectories(dir);
		SplittableRandom random = new SplittableRandom(20261202L);
		byte[] b = new byte[kb * 1000];
		long t0 = System.nanoTime();
		for (int i = 0; i < count; i++) {
			for (int j = 0; j + 8 <= b.length; j += 8) {
				long v = random.nextLong();
				for (int k = 0; k < 8; k++) b[j + k] = (byte) (v >>> (8 * k));
			}
			try (OutputStream o = Files.newOutputStream(dir.resolve(String.format("f%05d.bin", i)),
				StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				o.write(b);
			}
		}
		out.put("files.count", count);
		out.put("files.bytes", (long) count * b.length);
		out.put("files.writeSeconds", (System.nanoTime() - t0) / 1e9);
	}

	/** Sends every file of {@code dir} into {@code folder}, as a deposit does; {@code mode} batched or single. */
	private static void batch(String base, Path dir, String mode, int parallel, Path records, String prefix,
		Results out) throws Exception
	{
		List<Path> files = new ArrayList<>();
		try (var all = Files.list(dir)) {
			all.sorted().forEach(files::add);
		}
		long bytes = 0;
		for (Path f : files) bytes += Files.size(f);
		AtomicLong reports = new AtomicLong();
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(base)).build(); Meter meter = new Meter()) {
			client.login(USER, PASSWORD.toCharArray());
			meter.start();
			BenchRoutes.deposit(client, USER, files, prefix, mode.equals("batched"), parallel, records,
				new ProgressListener() {
					@Override
					public void progress(org.biadeposit.Progress p) {
						reports.incrementAndGet();
					}
				});
			meter.stop(files);
			client.logout();
			out.put(prefix + ".files", files.size());
			out.put(prefix + ".bytes", bytes);
			out.put(prefix + ".seconds", meter.seconds);
			out.put(prefix + ".filesPerSecond", files.size() / meter.seconds);
			out.put(prefix + ".cpuSeconds", meter.cpuSeconds);
			out.put(prefix + ".peakHeapUsedBytes", meter.peakUsed());
			out.put(prefix + ".peakLiveBytes", meter.peakLive());
			out.put(prefix + ".maxHeapBytes", Runtime.getRuntime().maxMemory());
			out.put(prefix + ".progressReports", reports.get());
			System.err.printf("  %s: %d files (%d bytes) in %.2f s = %.0f files/s, CPU %.2f s, peak heap %.0f MiB%n",
				prefix, files.size(), bytes, meter.seconds, files.size() / meter.seconds, meter.cpuSeconds, meter
					.peakUsed() / 1048576.0);
		}
	}

	/**
	 * Sends {@code file} to {@code remote} by FTP ({@code mode} send), or completes what is there (resume); deletes
	 * {@code deleteFirst} (unless empty) just before.
	 */
	private static void ftp(String base, String ftpHostPort, Path file, String remote, String mode,
		String deleteFirst, Results out) throws Exception
	{
		String prefix = "ftp." + mode;
		UserProfile profile;
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(base)).build()) {
			profile = client.login(USER, PASSWORD.toCharArray());
			client.logout();
		}
		try (BenchRoutes.Ftp ftp = new BenchRoutes.Ftp(ftpHostPort, USER, PASSWORD.toCharArray(), profile.secret());
			Meter meter = new Meter())
		{
			long there = mode.equals("resume") ? Math.max(0, ftp.size(remote)) : 0;
			String[] sha = new String[1];
			// the previous stored copy, deleted just before, as for curl (see "Memory freed just before" above)
			if (!deleteFirst.isEmpty()) Files.deleteIfExists(Path.of(deleteFirst));
			meter.start();
			long[] sent = ftp.send(file, remote, there, sha, ProgressListener.NONE);
			meter.stop(sent);
			out.put(prefix + ".onServerBefore", there);
			out.put(prefix + ".transferred", sent[0]);
			out.put(prefix + ".bytes", sent[1]);
			out.put(prefix + ".seconds", meter.seconds);
			out.put(prefix + ".mbPerSecond", sent[0] / 1e6 / meter.seconds);
			out.put(prefix + ".cpuSeconds", meter.cpuSeconds);
			out.put(prefix + ".peakHeapUsedBytes", meter.peakUsed());
			out.put(prefix + ".maxHeapBytes", Runtime.getRuntime().maxMemory());
			out.put(prefix + ".sha256", sha[0]);
			System.err.printf("  %s: %d bytes sent (%d were there) in %.2f s = %.0f MB/s, peak heap %.0f MiB%n",
				prefix, sent[0], there, meter.seconds, sent[0] / 1e6 / meter.seconds, meter.peakUsed() / 1048576.0);
		}
	}

	static String sha256(Path file) throws Exception {
		return Checksums.of(file, false).sha256();
	}
}
