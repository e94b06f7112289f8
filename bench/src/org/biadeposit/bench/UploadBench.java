package org.biadeposit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.biadeposit.biostudies.BioStudiesClient;
import org.biadeposit.biostudies.Checksums;
import org.biadeposit.biostudies.Server;

/**
 * The upload benchmark's phases, one per JVM, driven by {@code bench/upload} (see bench/README.md):
 *
 * <pre>
 *   file   PATH MIB                               write the test file: MIB MiB of random-looking bytes
 *   client BASE_URL FILE FOLDER PREFIX [DELETE]   (k) the real client: log in, BioStudiesClient.upload to FOLDER/
 *   digest FILE PREFIX                            (d) read the file alone: no digest, MD5, SHA-256, both
 *   sha256 FILE PREFIX                            size and SHA-256 of a stored copy (not timed)
 *   hot    RECORDING.jfr THREADS [TOP]            where the time went (bench/upload --profile)
 *   report RESULTS OUT                            the report, from the figures the phases printed
 * </pre>
 *
 * Each phase prints {@code key=value} figures on stdout and progress on stderr, as {@link HarvestBench} does. The
 * client phase uses only the client's public API ({@link BioStudiesClient#builder}, {@code login}, {@code
 * createFolder}, {@code upload}, {@code logout}), so it measures whatever {@code biostudies/} is on the class path,
 * including a candidate put before {@code target/classes} with {@code --extra-classes}.
 */
public final class UploadBench {

	static final int CHUNK = 64 * 1024;
	static final String USER = "demo@example.org", PASSWORD = "demo-password";

	private UploadBench() {}

	public static void main(String[] args) throws Exception {
		PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Results out = new Results(stdout);
		switch (args.length == 0 ? "" : args[0]) {
			case "file" -> file(Path.of(args[1]), Long.parseLong(args[2]), out);
			case "client" -> client(args[1], Path.of(args[2]), args[3], args[4], args.length > 5 && !args[5].isEmpty()
				? Path.of(args[5]) : null, out);
			case "digest" -> digest(Path.of(args[1]), args[2], out);
			case "sha256" -> sha256(Path.of(args[1]), args[2], out);
			case "hot" -> UploadProfile.print(Path.of(args[1]), args[2], args.length > 3 ? Integer.parseInt(args[3])
				: 30, stdout);
			case "report" -> UploadReport.write(Path.of(args[1]), Path.of(args[2]), stdout);
			default -> {
				System.err.println("usage: UploadBench file|client|digest|sha256|hot|report ... (run bench/upload)");
				System.exit(2);
			}
		}
	}

	/**
	 * The test file: one 64 MiB block of random bytes, written again and again, with the first 16 bytes of every 4 KiB
	 * page stamped with its offset, so that no two pages are alike. Real bytes on disk (not a sparse file), written
	 * through to the file system. Its size and SHA-256 (computed while writing) are the reference for every check.
	 */
	private static void file(Path path, long mib, Results out) throws Exception {
		long size = mib << 20;
		int blockSize = (int) Math.min(64L << 20, size);
		byte[] block = new byte[blockSize];
		SplittableRandom random = new SplittableRandom(20261121L);
		for (int i = 0; i + 8 <= block.length; i += 8) {
			long v = random.nextLong();
			for (int b = 0; b < 8; b++) block[i + b] = (byte) (v >>> (8 * b));
		}
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		long t0 = System.nanoTime();
		try (OutputStream o = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			for (long at = 0; at < size; at += blockSize) {
				int n = (int) Math.min(blockSize, size - at);
				for (int page = 0; page < n; page += 4096) {
					long offset = at + page;
					for (int b = 0; b < 8; b++) block[page + b] = (byte) (offset >>> (8 * b));
					for (int b = 0; b < 8; b++) block[page + 8 + b] = (byte) ~(offset >>> (8 * b));
				}
				sha.update(block, 0, n);
				o.write(block, 0, n);
			}
		}
		out.put("file.bytes", Files.size(path));
		out.put("file.sha256", HexFormat.of().formatHex(sha.digest()));
		out.put("file.writeSeconds", (System.nanoTime() - t0) / 1e9);
		out.put("file.path", path);
	}

	/**
	 * (k): log in, make the folder, delete {@code deleteFirst} (the previous upload's stored copy, if any), upload the
	 * file with {@link BioStudiesClient#upload} (which streams it and computes its SHA-256 on the way, as deposits do by
	 * default; no MD5), log out. The timed part is the {@code upload} call alone; heap is watched
	 * from just before it to just after (the {@link Meter}), and the heap pools' own peaks are read at the end.
	 */
	private static void client(String base, Path file, String folder, String prefix, Path deleteFirst, Results out)
		throws Exception
	{
		jvm(out, prefix);
		long size = Files.size(file);
		String remote = folder + "/" + file.getFileName();
		long t0 = System.nanoTime();
		try (BioStudiesClient client = BioStudiesClient.builder(Server.of(base)).build(); Meter meter = new Meter()) {
			client.login(USER, PASSWORD.toCharArray());
			client.createFolder("", folder);
			out.put(prefix + ".loginSeconds", (System.nanoTime() - t0) / 1e9);
			long[] gc0 = gc();
			long[] progress = { 0, 0 };
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			if (deleteFirst != null) Files.deleteIfExists(deleteFirst); // the previous stored copy: see bench/README.md
			long thread0 = threads.getCurrentThreadCpuTime();
			meter.start();
			Checksums sent = client.upload(file, remote, p -> {
				progress[0]++;
				progress[1] = p.done();
			});
			meter.stop(sent);
			long threadCpu = threads.getCurrentThreadCpuTime() - thread0;
			long[] gc1 = gc();
			long poolPeaks = 0;
			for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
				if (p.getType() != MemoryType.HEAP || !p.isValid()) continue;
				MemoryUsage u = p.getPeakUsage(); // since Meter.start() reset it
				if (u != null) poolPeaks += u.getUsed();
			}
			client.logout();
			out.put(prefix + ".bytes", size);
			out.put(prefix + ".seconds", meter.seconds);
			out.put(prefix + ".mbPerSecond", size / 1e6 / meter.seconds);
			out.put(prefix + ".cpuSeconds", meter.cpuSeconds);
			out.put(prefix + ".threadCpuSeconds", threadCpu / 1e9);
			out.put(prefix + ".peakHeapUsedBytes", meter.peakUsed());
			out.put(prefix + ".peakLiveBytes", meter.peakLive());
			out.put(prefix + ".poolPeakSumBytes", poolPeaks);
			out.put(prefix + ".gcCount", gc1[0] - gc0[0]);
			out.put(prefix + ".gcMillis", gc1[1] - gc0[1]);
			out.put(prefix + ".readBytes", meter.readBytes);
			out.put(prefix + ".progressReports", progress[0]);
			out.put(prefix + ".progressLastBytes", progress[1]);
			out.put(prefix + ".sentSize", sent.size());
			out.put(prefix + ".md5", sent.md5());
			out.put(prefix + ".sha256", sent.sha256());
			System.err.printf("  %s: %d bytes in %.2f s = %.0f MB/s, CPU %.2f s, peak heap %.0f MiB%n", prefix, size,
				meter.seconds, size / 1e6 / meter.seconds, meter.cpuSeconds, meter.peakUsed() / 1048576.0);
		}
	}

	/**
	 * (d): the file read alone, the way the upload reads it ({@code Files.newInputStream}, 64 KiB at a time), four
	 * times: with no digest, with MD5, with SHA-256, and with both through {@link Checksums#of} (the product's own
	 * digest code, the same {@code Checksums.Digests} the upload feeds). Single-threaded, as in the upload.
	 */
	private static void digest(Path file, String prefix, Results out) throws Exception {
		jvm(out, prefix);
		long size = Files.size(file);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (String what : new String[] { "read", "md5", "sha256", "both" }) {
			long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
			String result;
			if (what.equals("both")) {
				Checksums c = Checksums.of(file);
				result = c.md5() + " " + c.sha256();
			}
			else {
				MessageDigest d = what.equals("read") ? null : MessageDigest.getInstance(what.equals("md5") ? "MD5"
					: "SHA-256");
				byte[] buffer = new byte[CHUNK];
				long total = 0;
				try (InputStream in = Files.newInputStream(file)) {
					for (int n; (n = in.read(buffer)) >= 0;) {
						if (d != null) d.update(buffer, 0, n);
						total += n;
					}
				}
				result = d == null ? total + " bytes" : HexFormat.of().formatHex(d.digest());
			}
			double s = (System.nanoTime() - t0) / 1e9, cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
			out.put(prefix + "." + what + ".seconds", s);
			out.put(prefix + "." + what + ".cpuSeconds", cpu);
			out.put(prefix + "." + what + ".mbPerSecond", size / 1e6 / s);
			out.put(prefix + "." + what + ".result", result);
			System.err.printf("  %s %-6s %.2f s = %.0f MB/s%n", prefix, what, s, size / 1e6 / s);
		}
	}

	private static void sha256(Path file, String prefix, Results out) throws Exception {
		MessageDigest d = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[1 << 20];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) >= 0;) d.update(buffer, 0, n);
		}
		out.put(prefix + ".storedBytes", Files.size(file));
		out.put(prefix + ".storedSha256", HexFormat.of().formatHex(d.digest()));
	}

	/** Collections and milliseconds spent collecting, all collectors together. */
	private static long[] gc() {
		long n = 0, ms = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			n += Math.max(0, gc.getCollectionCount());
			ms += Math.max(0, gc.getCollectionTime());
		}
		return new long[] { n, ms };
	}

	private static void jvm(Results out, String prefix) {
		out.put(prefix + ".maxHeapBytes", Runtime.getRuntime().maxMemory());
		out.put(prefix + ".gc", String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(
			g -> g.getName()).toList()));
		out.put(prefix + ".jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
	}
}
