package org.biadeposit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The upload report: the machine, the file, curl's and the client's upload times and MB/s (median and min-max over
 * the rounds), CPU, heap, the read and digest floor, the two targets with PASS or MISS, and the checks of the stored
 * copies.
 */
final class UploadReport extends ReportText {

	static final double TARGET_VS_CURL = 0.9, TARGET_HEAP_MIB = 256;

	private UploadReport(Path results) throws IOException {
		super(results);
	}

	static void write(Path results, Path out, PrintStream stdout) throws IOException {
		new UploadReport(results).writeTo(out, stdout);
	}

	@Override
	protected String text() {
		int rounds = rounds();
		long bytes = lng("file.bytes");
		machine("bia-deposit upload benchmark");
		line("curl      %s", get("machine.curl"));
		boolean given = p.containsKey("given.storedSha256");
		line("file      %s (%d bytes) at %s (%s); %s", mib(bytes), bytes, get("file.path"), get("machine.fs"), given
			? "given with --file" : String.format(Locale.ROOT, "written in %.1f s", dbl("file.writeSeconds")));
		if (!given) line("          a 64 MiB block of random bytes repeated, each 4 KiB page stamped with its offset " +
			"(no two alike; not sparse)");
		line("          page cache: the file stays cached (RAM %s); the stored copies go to the page cache too",
			mib(lng("machine.memBytes")));
		line("server    the sandbox in its own JVM (%s), %s, data folder %s", get("server.jvmOpts"), get(
			"server.url"), get("server.data"));
		line("          warm-up before the rounds: %s curl upload(s) of the file, not counted (the server's JIT)",
			get("warmup.count"));
		line("(c) curl  %s", get("machine.curlCommand"));
		line("(k) client BioStudiesClient.upload(file, \"bench-client/NAME\", listener) in a fresh JVM per round with " +
			"%s (max heap %s, GC: %s);", get("machine.javaOpts"), mib(lng("k.r1.maxHeapBytes")), get("k.r1.gc"));
		line("          it streams the file and computes SHA-256 of it on the way, as deposits do by default (MD5 only " +
			"with --md5, not measured here; part of the product's cost, so included)");
		line("(d) digest the file read alone in a JVM, 64 KiB at a time as the upload reads it: no digest, MD5, " +
			"SHA-256, both");
		line("rounds    %d, each: (c), (k), (d), interleaved so that load and cache effects hit all alike", rounds);
		line("          each upload starts right after the previous stored copy is deleted (free page reporting of " +
			"this VM: %s;", get("machine.freePageReporting"));
		line("          memory freed longer before costs the receiving sandbox host faults when written again; see " +
			"bench/README.md)");
		line("");
		line("seconds = the upload request alone: curl's time_total; the client's upload() call (login, JVM start " +
			"not counted).");
		line("Median of %d rounds [min-max]. MB = 10^6 bytes. CPU = the uploader's CPU time during the upload " +
			"(all threads);", rounds);
		line("server = the sandbox JVM's CPU meanwhile; others = every other process on the machine, steal = CPU the " +
			"hypervisor");
		line("gave to other guests, both in cores (when they are high, the figures of that round are pessimistic).");
		line("");
		line("%-40s %7s %15s %6s %13s %6s %6s %6s %6s %9s %8s", "phase", "seconds", "[min-max]", "MB/s",
			"[min-max]", "CPU s", "server", "others", "steal", "peak heap", "max RSS");
		line("%-40s %7s %15s %6s %13s %6s %6s %6s %6s %9s %8s", "", "", "", "", "", "", "CPU s", "cores", "cores",
			"used", "");
		row("(c) curl -F files=@FILE", "c", "seconds", "cpuSeconds", true);
		row("(k) client BioStudiesClient.upload", "k", "seconds", "cpuSeconds", true);
		row("(d) read alone (no digest)", "d", "read.seconds", "read.cpuSeconds", false);
		row("(d) read + MD5", "d", "md5.seconds", "md5.cpuSeconds", false);
		row("(d) read + SHA-256", "d", "sha256.seconds", "sha256.cpuSeconds", false);
		row("(d) read + MD5 + SHA-256 (Checksums.of)", "d", "both.seconds", "both.cpuSeconds", false);
		line("");
		line("per round  (c) seconds (sandbox CPU s)   (k) seconds (sandbox CPU s)   (c)/(k)");
		for (int r = 1; r <= rounds; r++) {
			line("  %-7d  %8.2f (%.2f)   %19.2f (%.2f)   %13.2f", r, dbl("c.r" + r + ".seconds"), dbl("c.r" + r +
				".serverCpuSeconds"), dbl("k.r" + r + ".seconds"), dbl("k.r" + r + ".serverCpuSeconds"), dbl("c.r" + r +
					".seconds") / dbl("k.r" + r + ".seconds"));
		}
		line("  (the sandbox's CPU for the same bytes varies from round to round on a VM, see \"Memory freed just " +
			"before\" in");
		line("  bench/README.md; a round where it is high for one uploader and not the other is skewed that way)");
		line("");
		double c = median(all("c", "seconds")), k = median(all("k", "seconds"));
		line("end to end (process wall time: for (k) JVM start, log-in, folder, upload, log-out): (c) %.2f s, " +
			"(k) %.2f s (medians)", median(all("c", "wallSeconds")), median(all("k", "wallSeconds")));
		line("(k) log-in and folder before the upload: %.2f s; upload thread CPU %.2f s of %.2f s JVM CPU; %s " +
			"progress reports", median(all("k", "loginSeconds")), median(all("k", "threadCpuSeconds")), median(all(
				"k", "cpuSeconds")), get("k.r1.progressReports"));
		line("");
		List<Double> perRound = new ArrayList<>();
		for (int r = 1; r <= rounds; r++) perRound.add(dbl("c.r" + r + ".seconds") / dbl("k.r" + r + ".seconds"));
		double ratio = c / k;
		line("targets");
		line("  %-34s %-11s (median MB/s (k) / (c); per round %s)", "client >= 0.9 x curl", String.format(
			Locale.ROOT, "%.2f %s", ratio, verdict(ratio >= TARGET_VS_CURL)), join(perRound, "%.2f"));
		long peak = 0, pools = 0, live = 0, gcs = 0, gcMs = 0;
		boolean capped = true, completed = true;
		for (int r = 1; r <= rounds; r++) {
			peak = Math.max(peak, lng("k.r" + r + ".peakHeapUsedBytes"));
			pools = Math.max(pools, lng("k.r" + r + ".poolPeakSumBytes"));
			live = Math.max(live, lng("k.r" + r + ".peakLiveBytes"));
			gcs = Math.max(gcs, lng("k.r" + r + ".gcCount"));
			gcMs = Math.max(gcMs, lng("k.r" + r + ".gcMillis"));
			long max = lng("k.r" + r + ".maxHeapBytes");
			capped &= max > 0 && max <= TARGET_HEAP_MIB * 1048576;
			completed &= lng("k.r" + r + ".exit") == 0;
		}
		boolean heapOk = capped && completed && peak <= TARGET_HEAP_MIB * 1048576 && pools <= TARGET_HEAP_MIB *
			1048576;
		line("  %-34s %-11s (most of any round; every client JVM ran with max heap %s and %s)", "peak heap <= 256 MiB",
			mib(peak) + " " + verdict(heapOk), mib(lng("k.r1.maxHeapBytes")), completed ? "completed" :
				"NOT ALL COMPLETED");
		line("  %-34s %-11s (sum of the heap pools' own peaks, an upper bound: the pools peak at different times)",
			"", mib(pools));
		line("  %-34s %-11s (most heap left after a GC: what the upload holds); at most %d GCs, %d ms, per upload",
			"peak live", mib(live), gcs, gcMs);
		line("");
		line("where (k)'s time goes, medians:");
		double both = median(all("d", "both.cpuSeconds")), read = median(all("d", "read.cpuSeconds")), md5 = median(
			all("d", "md5.cpuSeconds")), shaCpu = median(all("d", "sha256.cpuSeconds"));
		double thread = median(all("k", "threadCpuSeconds"));
		line("  (k)'s upload thread used %.2f s of CPU in its %.2f s; reading the file and computing SHA-256 " +
			"alone take %.2f s", thread, k, shaCpu);
		line("  of CPU in (d) (reading %.2f s, SHA-256 %.2f s, MD5 (not computed by (k)) %.2f s, both %.2f s, each " +
			"with its read), so about %.2f s is left for sending", read, shaCpu - read, md5 - read, both, thread -
			shaCpu);
		line("  (OkHttp/okio copying, socket writes).");
		line("  curl's %.2f s is what the path (loopback + the sandbox receiving and storing) allows; (k) takes %.2f s " +
			"more.", c, k - c);
		line("  CPU of the uploader: (c) %.2f s, (k) %.2f s; of the sandbox: during (c) %.2f s, during (k) %.2f s; " +
			"%s cores in all", median(all("c", "cpuSeconds")), median(all("k", "cpuSeconds")), median(all("c",
				"serverCpuSeconds")), median(all("k", "serverCpuSeconds")), get("machine.nproc"));
		line("");
		String sha = get("file.sha256");
		int curlOk = 0, clientOk = 0, digestOk = 0;
		for (int r = 1; r <= rounds; r++) {
			String c1 = "c.r" + r, k1 = "k.r" + r;
			if (lng(c1 + ".storedBytes") == bytes && sha.equals(get(c1 + ".storedSha256")) && lng(c1 +
				".httpCode") == 200) curlOk++;
			if (lng(k1 + ".storedBytes") == bytes && sha.equals(get(k1 + ".storedSha256")) && sha.equals(get(k1 +
				".sha256")) && lng(k1 + ".sentSize") == bytes) clientOk++;
			if (get("d.r" + r + ".sha256.result").equals(get(k1 + ".sha256"))) digestOk++;
		}
		line("checks    (c) HTTP 200, stored copy has the file's size and SHA-256: %d of %d rounds %s", curlOk, rounds,
			verdict(curlOk == rounds));
		line("          (k) SHA-256 the client computed = the file's = the stored copy's, sizes equal: %d of %d " +
			"rounds %s", clientOk, rounds, verdict(clientOk == rounds));
		line("          (k) SHA-256 the client computed = SHA-256 of the file read alone in (d): %d of %d rounds %s",
			digestOk, rounds, verdict(digestOk == rounds));
		line("          file SHA-256 %s", sha);
		return s.toString();
	}

	private void row(String name, String ph, String secondsKey, String cpuKey, boolean upload) {
		long bytes = lng("file.bytes");
		List<Double> sec = all(ph, secondsKey);
		Function<Double, Double> mbs = x -> bytes / 1e6 / x;
		List<Double> rate = sec.stream().map(mbs).toList();
		String heap = "-", rss = "-", server = "-", others = "-", steal = "-";
		if (upload) {
			server = String.format(Locale.ROOT, "%.2f", median(all(ph, "serverCpuSeconds")));
			others = String.format(Locale.ROOT, "%.2f", median(all(ph, "othersCores")));
			steal = String.format(Locale.ROOT, "%.2f", median(all(ph, "stealCores")));
			long maxRss = 0;
			for (double v : all(ph, "maxRssKiB")) maxRss = Math.max(maxRss, (long) v);
			rss = mib(maxRss * 1024);
			if (ph.equals("k")) {
				long peak = 0;
				for (double v : all(ph, "peakHeapUsedBytes")) peak = Math.max(peak, (long) v);
				heap = mib(peak);
			}
		}
		line("%-40s %7.2f %15s %6.0f %13s %6.2f %6s %6s %6s %9s %8s", name, median(sec), String.format(Locale.ROOT,
			"[%.2f-%.2f]", min(sec), max(sec)), median(rate), String.format(Locale.ROOT, "[%.0f-%.0f]", min(rate),
				max(rate)), median(all(ph, cpuKey)), server, others, steal, heap, rss);
	}

	private List<Double> all(String ph, String key) {
		List<Double> out = new ArrayList<>();
		for (int r = 1; r <= rounds(); r++) out.add(dbl(ph + ".r" + r + "." + key));
		return out;
	}

	private int rounds() {
		int n = 0;
		while (p.containsKey("c.r" + (n + 1) + ".seconds") || p.containsKey("k.r" + (n + 1) + ".seconds")) n++;
		return Math.max(n, 1);
	}

	private static double median(List<Double> v) {
		List<Double> sorted = v.stream().filter(d -> !Double.isNaN(d)).sorted().toList();
		if (sorted.isEmpty()) return Double.NaN;
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static double min(List<Double> v) {
		return v.stream().filter(d -> !Double.isNaN(d)).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
	}

	private static double max(List<Double> v) {
		return v.stream().filter(d -> !Double.isNaN(d)).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	private static String join(List<Double> v, String format) {
		return String.join(" ", v.stream().map(d -> String.format(Locale.ROOT, format, d)).toList());
	}

	private static String verdict(boolean ok) {
		return ok ? "PASS" : "MISS";
	}

	private static String mib(long bytes) {
		if (bytes < 0) return "?";
		return String.format(Locale.ROOT, bytes < 10 * 1048576 ? "%.1f MiB" : "%.0f MiB", bytes / 1048576.0);
	}
}
