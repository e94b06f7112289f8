package org.biadeposit.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.biadeposit.harvest.HarvestService;
import org.scijava.Context;

/**
 * The harvest benchmark's phases, one per JVM (so that each phase's heap and JIT state are its own), driven by
 * {@code bench/run}:
 *
 * <pre>
 *   tree   TESTDATA DIR FILES [--copy]          build DIR/tree
 *   floor  TREE PASSES PREFIX                   (a) the bare loop
 *   harvest first|cached TREE CACHE THREADS PASSES PREFIX   (b) a first harvest, (c) a cached re-harvest
 *   walk   TREE THREADS PASSES PREFIX           (w) the walk floor: list and look at every file, nothing else
 *   report RESULTS OUT                          the report, from the figures the phases printed
 *   hot    RECORDING.jfr [THREADS] [TOP]        where the time went (bench/run --profile)
 * </pre>
 *
 * Each phase prints {@code key=value} figures on stdout, named {@code PREFIX.passN.*} (for example
 * {@code b.r2.pass1.filesPerSecond}), and progress on stderr. Pass 1 of a phase is the cold pass
 * (a fresh JVM, as a user's {@code bia harvest} runs); later passes run in the same, warmed-up JVM.
 */
public final class HarvestBench {

	private HarvestBench() {}

	public static void main(String[] args) throws Exception {
		PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Results out = new Results(stdout);
		switch (args.length == 0 ? "" : args[0]) {
			case "tree": {
				int files = Integer.parseInt(args[2]);
				long t0 = System.nanoTime();
				BenchTree.Manifest m = BenchTree.build(Path.of(args[1]), files);
				m.print(out);
				out.put("tree.buildSeconds", (System.nanoTime() - t0) / 1e9);
				break;
			}
			case "floor":
				floor(Path.of(args[1]), Integer.parseInt(args[2]), args[3], out);
				break;
			case "walk": // (w)
				walk(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], out);
				break;
			case "bound": // (z)
				bound(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
					args[5], out);
				break;
			case "harvest":
				harvest(args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]), Integer.parseInt(
					args[5]), args[6], out);
				break;
			case "hot":
				HotMethods.print(Path.of(args[1]), args.length > 2 ? args[2] : "main,bia-harvest", args.length > 3
					? Integer.parseInt(args[3]) : 40, stdout);
				break;
			case "report":
				BenchReport.write(Path.of(args[1]), Path.of(args[2]), stdout);
				break;
			default:
				System.err.println("usage: HarvestBench tree|floor|walk|bound|harvest|report|hot ... (run bench/run instead)");
				System.exit(2);
		}
	}

	private static void floor(Path tree, int passes, String phase, Results out) throws Exception {
		int treeFiles = BenchTree.countFiles(tree);
		jvm(out, phase);
		try (Meter meter = new Meter()) {
			for (int pass = 1; pass <= passes; pass++) {
				FloorLoop loop = new FloorLoop();
				meter.start();
				loop.run(tree);
				meter.stop(loop);
				String prefix = phase + ".pass" + pass;
				meter.put(out, prefix, treeFiles, -1);
				out.put(prefix + ".filesOpened", loop.files);
				out.put(prefix + ".xmlParsed", loop.parsed);
				System.err.printf("  %s pass %d: %d files in %.2f s = %.0f files/s%n", phase, pass, loop.files,
					meter.seconds, treeFiles / meter.seconds);
				int omeFiles = FloorLoop.countRead(tree);
				if (loop.files != omeFiles) {
					throw new IllegalStateException("the floor loop opened " + loop.files + " files, the tree has " +
						omeFiles + " OME-TIFF and OME-XML files");
				}
			}
		}
	}

	private static void walk(Path tree, int threads, int passes, String phase, Results out) throws Exception {
		int treeFiles = BenchTree.countFiles(tree);
		walkPasses(tree, threads, passes, phase, out, treeFiles, "", () -> {
			WalkFloor walk = new WalkFloor();
			walk.run(tree, threads);
			return walk.files;
		});
	}

	private static void bound(Path tree, Path cacheFile, int threads, int passes, String phase, Results out)
		throws Exception
	{
		// the harvest's walk leaves out the tree's deposit.yaml, which is not data
		int data = BenchTree.countFiles(tree) - (Files.exists(tree.resolve("deposit.yaml")) ? 1 : 0);
		walkPasses(tree, threads, passes, phase, out, data, " data", () -> {
			WalkBound bound = new WalkBound();
			bound.run(tree, cacheFile, threads);
			return bound.files;
		});
	}

	/** One pass of a walk phase: walks the tree and says how many files it met. */
	private interface WalkPass {

		int run() throws Exception;
	}

	/** The passes of a walk phase, each timed, each checked to meet {@code expected} files. */
	private static void walkPasses(Path tree, int threads, int passes, String phase, Results out, int expected,
		String what, WalkPass pass) throws Exception
	{
		int treeFiles = BenchTree.countFiles(tree);
		jvm(out, phase);
		out.put(phase + ".threads", threads);
		try (Meter meter = new Meter()) {
			for (int p = 1; p <= passes; p++) {
				meter.start();
				int files = pass.run();
				meter.stop(pass);
				meter.put(out, phase + ".pass" + p, treeFiles, -1);
				System.err.printf("  %s pass %d: %d files in %.2f s = %.0f files/s%n", phase, p, files, meter.seconds,
					treeFiles / meter.seconds);
				if (files != expected) {
					throw new IllegalStateException("the walk met " + files + " files, the tree has " + expected + what +
						" files");
				}
			}
		}
	}

	private static void harvest(String which, Path tree, Path cacheFile, int threads, int passes, String phase,
		Results out) throws Exception
	{
		boolean first = which.equals("first");
		int treeFiles = BenchTree.countFiles(tree);
		if (first) Files.deleteIfExists(cacheFile);
		else if (!Files.isRegularFile(cacheFile)) throw new IllegalStateException("no cache at " + cacheFile +
			": run the first harvest before the cached one");
		jvm(out, phase);
		out.put(phase + ".threads", threads);
		long t0 = System.nanoTime();
		try (Context context = new Context(HarvestService.class); Meter meter = new Meter()) {
			HarvestPhase h = new HarvestPhase(context.service(HarvestService.class).harvester());
			out.put(phase + ".contextSeconds", (System.nanoTime() - t0) / 1e9);
			out.put(phase + ".readers", h.readers());
			for (int pass = 1; pass <= passes; pass++) {
				// Every pass of the first harvest starts from no cache; pass 1 leaves its cache for (c).
				Path cache = first && pass > 1 ? cacheFile.resolveSibling(cacheFile.getFileName() + ".pass" + pass)
					: cacheFile;
				if (first && pass > 1) Files.deleteIfExists(cache);
				h.records = 0;
				meter.start();
				h.run(tree, cache, threads);
				meter.stop(h.cache);
				String prefix = phase + ".pass" + pass;
				meter.put(out, prefix, treeFiles, h.summary.datasets());
				out.put(prefix + ".datasets", h.summary.datasets());
				out.put(prefix + ".images", h.summary.images());
				out.put(prefix + ".errors", h.summary.errors());
				out.put(prefix + ".fromCache", h.summary.fromCache());
				out.put(prefix + ".skipped", h.summary.skipped());
				out.put(prefix + ".records", h.records);
				out.put(prefix + ".cacheLoadSeconds", h.loadNanos / 1e9);
				out.put(prefix + ".outputSeconds", h.outputNanos / 1e9);
				out.put(prefix + ".cacheBytes", Files.size(cache));
				out.put(prefix + ".cacheWarnings", String.join(" | ", h.cache.warnings()));
				System.err.printf("  %s pass %d: %d datasets (%d from cache, %d errors) from %d files in %.2f s" +
					" = %.0f files/s%n", phase, pass, h.summary.datasets(), h.summary.fromCache(), h.summary
						.errors(), treeFiles, meter.seconds, treeFiles / meter.seconds);
				if (first && pass > 1) Files.deleteIfExists(cache);
				h.cache = null;
			}
			out.put(phase + ".outputBytes", h.outputBytes());
		}
	}

	private static void jvm(Results out, String phase) {
		out.put(phase + ".maxHeapBytes", Runtime.getRuntime().maxMemory());
		out.put(phase + ".gc", String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(
			g -> g.getName()).toList()));
		out.put(phase + ".jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
	}
}
