package org.biadeposit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report: the machine, the tree, each phase's files/s and heap, the ratios and each target's PASS or MISS.
 * Each phase ran in several fresh JVMs ("runs"), each doing several passes over the tree. Cold figures are pass 1
 * (a fresh JVM, as one {@code bia harvest} runs), the median over runs; warm figures are the best of the later
 * passes (the JIT has compiled the hot code), the median over runs.
 */
final class BenchReport extends ReportText {

	static final double TARGET_FIRST_VS_FLOOR = 0.5, TARGET_CACHED_VS_FIRST = 20, TARGET_HEAP_MIB = 256;

	private BenchReport(Path results) throws IOException {
		super(results);
	}

	static void write(Path results, Path out, PrintStream stdout) throws IOException {
		new BenchReport(results).writeTo(out, stdout);
	}

	@Override
	protected String text() {
		int runs = runs("a"), passes = passes("a");
		machine("bia-deposit harvest benchmark");
		line("          every phase in its own JVM with %s (max heap %s), GC: %s", get("machine.javaOpts"), mib(lng(
			"a.r1.maxHeapBytes")), get("a.r1.gc"));
		line("tree      %d files in %d folders at %s (%s)", lng("tree.files"), lng("tree.folders"), get("tree.path"),
			get("machine.fs"));
		line("          %d single-file OME-TIFFs (FLIM-modulo-sample.ome.tif, %s, OME-XML 2013-06 with 16 channels; " +
			"%s of one copy)", lng("tree.singleFiles"), kb(lng("tree.flimBytes")), get("tree.copies"));
		line("          + %d companion sets (%d BinaryOnly OME-TIFFs + %d .companion.ome, schema 2015-01; real " +
			"copies) = %d datasets", lng("tree.companionSets"), lng("tree.companionTiffs"), lng(
				"tree.companionFiles"), lng("tree.datasets"));
		line("          page cache warm in every phase (the tree was just written; hard links share one inode)");
		line("threads   (a) 1, a bare loop; (b) and (c) %s = available processors, as bia harvest", get(
			"b.r1.threads"));
		line("");
		line("files/s counts every file of the tree (%d); datasets/s what the harvest hands on (%d).", lng(
			"tree.files"), lng("tree.datasets"));
		line("cold = pass 1 in a fresh JVM (what one bia harvest run sees): median of %d JVMs [min-max].", runs);
		if (passes > 1) {
			line("warm = best of passes 2-%d in the same JVM (JIT warmed up), median of the %d JVMs.", passes, runs);
		}
		line("CPU us/file = CPU time of the phase's JVM (all threads: work, JIT, GC) per file; others cores = CPU used " +
			"meanwhile");
		line("by every other process on the machine, in cores (noise: on 2 cores it slows (b) more than the " +
			"1-thread (a)).");
		line("peak heap used = most heap in use at any moment (before each GC, 5 ms samples); peak live = most left " +
			"after a GC.");
		line("");
		line("%-32s %8s %13s %8s %9s %11s %11s %7s %9s %9s", "phase", "cold", "[min-max]", "warm",
			"datasets", "CPU us/file", "CPU us/file", "others", "peak heap", "peak live");
		line("%-32s %8s %13s %8s %9s %11s %11s %7s %9s %9s", "", "files/s", "", "files/s", "/s cold",
			"cold", "warm", "cores", "used", "");
		row("a", "(a) floor: bare loop + JDK XML");
		row("b", "(b) first harvest");
		row("c", "(c) cached re-harvest");
		line("");
		line("read in pass 1 (rchar, page cache included): (a) %s, (b) %s, (c) %s", kb((long) median(cold("a",
			"readBytes"))), kb((long) median(cold("b", "readBytes"))), kb((long) median(cold("c", "readBytes"))));
		line("in (b) cold: cache load %.2f s, writing JSON %.2f s of %.2f s; in (c) cold: cache load %.2f s, writing " +
			"JSON %.2f s of %.2f s (medians)", median(cold("b", "cacheLoadSeconds")), median(cold("b",
				"outputSeconds")), median(cold("b", "seconds")), median(cold("c", "cacheLoadSeconds")), median(cold(
					"c", "outputSeconds")), median(cold("c", "seconds")));
		line("");
		double ac = median(cold("a", "filesPerSecond")), bc = median(cold("b", "filesPerSecond")), cc = median(cold(
			"c", "filesPerSecond"));
		double aw = median(warm("a")), bw = median(warm("b")), cw = median(warm("c"));
		line("%-34s %-20s %-20s", "targets", "cold (fresh JVMs)", passes > 1 ? "warm (steady state)" : "");
		target("(b) >= 0.5 x (a)", bc / ac, TARGET_FIRST_VS_FLOOR, bw / aw, passes > 1);
		target("(c) >= 20 x (b)", cc / bc, TARGET_CACHED_VS_FIRST, cw / bw, passes > 1);
		double ua = median(cold("a", "cpuMicrosPerFile")), ub = median(cold("b", "cpuMicrosPerFile"));
		double wa = median(warmOf("a", "cpuMicrosPerFile")), wb = median(warmOf("b", "cpuMicrosPerFile"));
		int threads = (int) lng("b.r1.threads");
		line("  (CPU per file, (b) / (a): %.1fx cold, %.1fx warm; (a) loops on 1 thread, (b) harvests on %d)", ub / ua,
			wb / wa, threads);
		long peak = 0;
		String where = "";
		boolean capped = true;
		for (String ph : List.of("a", "b", "c")) {
			for (int r = 1; r <= runs(ph); r++) {
				capped &= lng(ph + ".r" + r + ".maxHeapBytes") > 0 && lng(ph + ".r" + r + ".maxHeapBytes") <=
					TARGET_HEAP_MIB * 1048576;
				for (int i = 1; i <= passes(ph); i++) {
					long v = lng(ph + ".r" + r + ".pass" + i + ".peakHeapUsedBytes");
					if (v > peak) {
						peak = v;
						where = "(" + ph + ") pass " + i;
					}
				}
			}
		}
		boolean heapOk = capped && peak < TARGET_HEAP_MIB * 1048576;
		line("  %-32s %-20s (every phase JVM ran with max heap %s and completed)", "peak heap < 256 MiB", mib(peak) +
			" " + verdict(heapOk), mib(lng("b.r1.maxHeapBytes")));
		line("");
		line("checks    (b) %d datasets, %d images, %d errors, %d JSON records (%s); %d companion-set parts skipped",
			lng("b.r1.pass1.datasets"), lng("b.r1.pass1.images"), lng("b.r1.pass1.errors"), lng(
				"b.r1.pass1.records"), kb(lng("b.r1.outputBytes") / passes("b")), lng("b.r1.pass1.skipped"));
		line("          (c) %d datasets, %d errors, %d datasets from the cache (cache file %s)", lng(
			"c.r1.pass1.datasets"), lng("c.r1.pass1.errors"), lng("c.r1.pass1.fromCache"), kb(lng(
				"c.r1.pass1.cacheBytes")));
		if (p.containsKey("verify.treeReads")) {
			boolean none = lng("verify.treeReads") == 0 && lng("verify.cacheReads") > 0;
			line("          (c) reads no image file: %s reads of %s files under the tree in a cached re-harvest, " +
				"%s reads of the cache file (JFR jdk.FileRead, threshold 0) %s", get("verify.treeReads"), get(
					"verify.treeFilesRead"), get("verify.cacheReads"), verdict(none));
			if (lng("verify.treeFilesRead") > 0) line("              files read: %s", get("verify.treeFilesExample"));
		}
		if (p.containsKey("cli.first.seconds")) {
			line("");
			line("end to end  scripts/bia harvest -r --cache FILE TREE > /dev/null, BIA_JAVA_OPTS=%s", get(
				"machine.javaOpts"));
			line("            (JVM start, SciJava context, walk, harvest, JSON output; one run each)");
			cli("first ", "cli.first");
			cli("cached", "cli.cached");
			double f = dbl("cli.first.seconds"), c = dbl("cli.cached.seconds");
			line("            cached/first = %.1fx", f / c);
		}
		line("");
		line("SciJava context start-up in (b): %.2f s (not in the in-process figures)", dbl("b.r1.contextSeconds"));
		return s.toString();
	}

	private void row(String ph, String name) {
		List<Double> cold = cold(ph, "filesPerSecond");
		List<Double> ds = cold(ph, "datasetsPerSecond");
		long peakUsed = 0, peakLive = 0;
		for (int r = 1; r <= runs(ph); r++) {
			for (int i = 1; i <= passes(ph); i++) {
				peakUsed = Math.max(peakUsed, lng(ph + ".r" + r + ".pass" + i + ".peakHeapUsedBytes"));
				peakLive = Math.max(peakLive, lng(ph + ".r" + r + ".pass" + i + ".peakLiveBytes"));
			}
		}
		boolean warm = passes(ph) > 1;
		line("%-32s %8.0f %13s %8s %9s %11.0f %11s %7.2f %9s %9s", name, median(cold), String.format(Locale.ROOT,
			"[%.0f-%.0f]", min(cold), max(cold)), warm ? String.format(Locale.ROOT, "%.0f", median(warm(ph))) : "-",
			ds.stream().allMatch(d -> Double.isNaN(d)) ? "-" : String.format(Locale.ROOT, "%.0f", median(ds)), median(
				cold(ph, "cpuMicrosPerFile")), warm ? String.format(Locale.ROOT, "%.0f", median(warmOf(ph,
					"cpuMicrosPerFile"))) : "-", median(cold(ph, "othersCores")), mib(peakUsed), mib(peakLive));
	}

	/** A figure of pass 1 of every run of a phase. */
	private List<Double> cold(String ph, String key) {
		List<Double> out = new ArrayList<>();
		for (int r = 1; r <= runs(ph); r++) out.add(dbl(ph + ".r" + r + ".pass1." + key));
		return out;
	}

	/** A figure of the fastest of passes 2.. of every run of a phase. */
	private List<Double> warmOf(String ph, String key) {
		List<Double> out = new ArrayList<>();
		for (int r = 1; r <= runs(ph); r++) {
			double best = Double.NaN;
			int at = -1;
			for (int i = 2; i <= passes(ph); i++) {
				double v = dbl(ph + ".r" + r + ".pass" + i + ".filesPerSecond");
				if (Double.isNaN(best) || v > best) {
					best = v;
					at = i;
				}
			}
			out.add(at < 0 ? Double.NaN : dbl(ph + ".r" + r + ".pass" + at + "." + key));
		}
		return out;
	}

	/** The best files/s of passes 2.. of every run of a phase. */
	private List<Double> warm(String ph) {
		List<Double> out = new ArrayList<>();
		for (int r = 1; r <= runs(ph); r++) {
			double best = Double.NaN;
			for (int i = 2; i <= passes(ph); i++) {
				double v = dbl(ph + ".r" + r + ".pass" + i + ".filesPerSecond");
				if (Double.isNaN(best) || v > best) best = v;
			}
			out.add(best);
		}
		return out;
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

	private void cli(String label, String k) {
		double sec = dbl(k + ".seconds");
		line("  %s  %6.2f s wall = %5.0f files/s, CPU %.1f s (others meanwhile %.1f s), max RSS %s, exit %s", label,
			sec, lng("tree.files") / sec, dbl(k + ".cpuSeconds"), dbl(k + ".othersCpuSeconds"), mib(lng(k +
				".maxRssKiB") * 1024), get(k + ".exit"));
		line("           %s", get(k + ".summary"));
	}

	private void target(String name, double cold, double goal, double warm, boolean showWarm) {
		line("  %-32s %-20s %-20s", name, String.format(Locale.ROOT, "%.2f %s", cold, verdict(cold >= goal)),
			showWarm ? String.format(Locale.ROOT, "%.2f %s", warm, verdict(warm >= goal)) : "");
	}

	private static String verdict(boolean ok) {
		return ok ? "PASS" : "MISS";
	}

	private int runs(String ph) {
		int n = 0;
		while (p.containsKey(ph + ".r" + (n + 1) + ".pass1.seconds")) n++;
		return Math.max(n, 1);
	}

	private int passes(String ph) {
		int n = 0;
		while (p.containsKey(ph + ".r1.pass" + (n + 1) + ".seconds")) n++;
		return Math.max(n, 1);
	}

	private static String mib(long bytes) {
		return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
	}

	private static String kb(long bytes) {
		if (bytes < 0) return "?";
		if (bytes >= 10 * 1048576) return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
		return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
	}

	private static String readText(long bytes) {
		return bytes < 0 ? "n/a" : kb(bytes);
	}
}
