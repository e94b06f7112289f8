package org.biadeposit.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures one pass of a phase: wall time, heap, and what the process read from files.
 * <p>
 * <b>Peak heap used</b> is the largest total of the heap pools seen: just before each garbage collection (heap use
 * only grows between collections, so this is where its peaks are; taken from the collectors' notifications), in a
 * sample every 5 ms, and at the end. <b>Peak live</b> is the largest total just after a collection: the most the
 * program actually held. <b>Live at end</b> is the heap after a full collection at the end of the pass, while the
 * pass's results (its cache) are still reachable. <b>Read</b> is {@code rchar}/{@code syscr} of
 * {@code /proc/self/io}: bytes and read calls of this process, page cache hits included (Linux only). <b>CPU</b> is the
 * CPU time of this JVM (every thread: the work, the JIT compilers, the garbage collector) and, from /proc/stat, that
 * of every other process on the machine during the pass, which tells how noisy the figure is.
 * </p>
 */
final class Meter implements AutoCloseable {

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(
		p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
	private final AtomicLong peakUsed = new AtomicLong(), peakLive = new AtomicLong(), peakCommitted =
		new AtomicLong(), collections = new AtomicLong(), pauseMillis = new AtomicLong();
	private final NotificationListener listener = this::onGc;
	private volatile boolean running;
	private Thread sampler;
	private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
		ManagementFactory.getOperatingSystemMXBean();
	private long startNanos, rchar0, syscr0, cpu0;
	private long[] machine0;

	double seconds;
	/** CPU time of this JVM (all its threads: harvest, JIT, GC) and of everything else on the machine. */
	double cpuSeconds, othersCpuSeconds = -1;
	long readBytes = -1, readCalls = -1, liveAtEnd;

	Meter() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter) ((NotificationEmitter) gc).addNotificationListener(listener, null,
				null);
		}
	}

	void start() {
		peakUsed.set(0);
		peakLive.set(0);
		peakCommitted.set(0);
		collections.set(0);
		pauseMillis.set(0);
		for (MemoryPoolMXBean p : heapPools) p.resetPeakUsage();
		long[] io = procIo();
		rchar0 = io[0];
		syscr0 = io[1];
		running = true;
		sampler = new Thread(() -> {
			while (running) {
				sample();
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "bench-heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		machine0 = machineCpu();
		cpu0 = os.getProcessCpuTime();
		startNanos = System.nanoTime();
	}

	/** Ends the timed part; then collects fully while {@code keepAlive} is still reachable, for live-at-end. */
	void stop(Object keepAlive) {
		seconds = (System.nanoTime() - startNanos) / 1e9;
		cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
		long[] machine = machineCpu();
		if (machine != null && machine0 != null) {
			othersCpuSeconds = Math.max(0, (machine[0] - machine0[0]) / 100.0 - cpuSeconds);
		}
		long[] io = procIo();
		if (io[0] >= 0 && rchar0 >= 0) {
			readBytes = io[0] - rchar0;
			readCalls = io[1] - syscr0;
		}
		sample();
		running = false;
		sampler.interrupt();
		try {
			sampler.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		System.gc();
		liveAtEnd = heapUsed();
		java.lang.ref.Reference.reachabilityFence(keepAlive);
	}

	@Override
	public void close() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter) {
				try {
					((NotificationEmitter) gc).removeNotificationListener(listener);
				}
				catch (javax.management.ListenerNotFoundException e) {
					// already gone
				}
			}
		}
	}

	long peakUsed() {
		return peakUsed.get();
	}

	long peakLive() {
		return peakLive.get();
	}

	void put(Results out, String prefix, int files, int datasets) {
		out.put(prefix + ".seconds", seconds);
		out.put(prefix + ".filesPerSecond", files / seconds);
		if (datasets >= 0) out.put(prefix + ".datasetsPerSecond", datasets / seconds);
		out.put(prefix + ".cpuSeconds", cpuSeconds);
		out.put(prefix + ".cpuMicrosPerFile", cpuSeconds * 1e6 / files);
		out.put(prefix + ".othersCores", othersCpuSeconds < 0 ? Double.NaN : othersCpuSeconds / seconds);
		out.put(prefix + ".peakHeapUsedBytes", peakUsed());
		out.put(prefix + ".peakLiveBytes", peakLive());
		out.put(prefix + ".peakCommittedBytes", peakCommitted.get());
		out.put(prefix + ".liveAtEndBytes", liveAtEnd);
		out.put(prefix + ".gcCount", collections.get());
		out.put(prefix + ".gcPauseMillis", pauseMillis.get());
		out.put(prefix + ".readBytes", readBytes);
		out.put(prefix + ".readCalls", readCalls);
	}

	private void sample() {
		long used = 0, committed = 0;
		for (MemoryPoolMXBean p : heapPools) {
			MemoryUsage u = p.getUsage();
			if (u == null) continue;
			used += u.getUsed();
			committed += u.getCommitted();
		}
		peakUsed.accumulateAndGet(used, Math::max);
		peakCommitted.accumulateAndGet(committed, Math::max);
	}

	private long heapUsed() {
		long used = 0;
		for (MemoryPoolMXBean p : heapPools) {
			MemoryUsage u = p.getUsage();
			if (u != null) used += u.getUsed();
		}
		return used;
	}

	private void onGc(Notification n, Object handback) {
		if (!running || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n
			.getUserData());
		collections.incrementAndGet();
		pauseMillis.addAndGet(info.getGcInfo().getDuration());
		peakUsed.accumulateAndGet(heapTotal(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
		peakLive.accumulateAndGet(heapTotal(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
	}

	private long heapTotal(Map<String, MemoryUsage> usage) {
		long total = 0;
		for (MemoryPoolMXBean p : heapPools) {
			MemoryUsage u = usage.get(p.getName());
			if (u != null) total += u.getUsed();
		}
		return total;
	}

	/**
	 * Busy CPU time of the whole machine in clock ticks (user, nice, system, irq, softirq, steal of the "cpu" line
	 * of /proc/stat; USER_HZ is 100 on Linux), or null where /proc is not there.
	 */
	private static long[] machineCpu() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
				if (!line.startsWith("cpu ")) continue;
				String[] f = line.trim().split("\\s+");
				long busy = 0;
				for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) busy += Long.parseLong(f[i]);
				return new long[] { busy };
			}
		}
		catch (IOException | RuntimeException e) {
			// not Linux
		}
		return null;
	}

	/** {@code rchar} and {@code syscr} of this process, or -1s where /proc is not there. */
	private static long[] procIo() {
		long[] out = { -1, -1 };
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
				if (line.startsWith("rchar:")) out[0] = Long.parseLong(line.substring(6).trim());
				if (line.startsWith("syscr:")) out[1] = Long.parseLong(line.substring(6).trim());
			}
		}
		catch (IOException | RuntimeException e) {
			// not Linux: leave unknown
		}
		return out;
	}
}
