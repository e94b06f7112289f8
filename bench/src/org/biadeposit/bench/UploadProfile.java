package org.biadeposit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where an upload's time goes, from a JFR recording made by {@code bench/upload --profile}. Like {@link HotMethods},
 * but an upload spends much of its time in native code (reading the file, writing the socket), which JFR samples
 * apart: {@code jdk.ExecutionSample} (running Java code, JIT-compiled intrinsics included) and
 * {@code jdk.NativeMethodSample} (inside a native method, such as a socket write or a file read, whether on the CPU
 * or blocked). Both are counted here, each sample marked as {@code java} or {@code native}. Only threads whose name
 * starts with one of the given prefixes count (e.g. {@code main} for the client, {@code bia-sandbox-http} for the
 * sandbox).
 */
final class UploadProfile {

	private UploadProfile() {}

	static void print(Path recording, String threadPrefixes, int top, PrintStream out) throws IOException {
		List<String> prefixes = List.of(threadPrefixes.split(","));
		Map<String, Integer> self = new HashMap<>(), total = new HashMap<>();
		int java = 0, nativ = 0;
		for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
			String type = e.getEventType().getName();
			boolean isJava = type.equals("jdk.ExecutionSample");
			if (!isJava && !type.equals("jdk.NativeMethodSample")) continue;
			var thread = e.getThread("sampledThread");
			String name = thread == null ? "" : String.valueOf(thread.getJavaName());
			if (prefixes.stream().noneMatch(name::startsWith)) continue;
			RecordedStackTrace st = e.getStackTrace();
			if (st == null || st.getFrames().isEmpty()) continue;
			if (isJava) java++;
			else nativ++;
			List<RecordedFrame> frames = st.getFrames();
			self.merge((isJava ? "java   " : "native ") + method(frames.get(0)), 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame f : frames) {
				String m = method(f);
				if (seen.add(m)) total.merge(m, 1, Integer::sum);
			}
		}
		int n = Math.max(1, java + nativ);
		out.printf(Locale.ROOT, "%s: %d samples in threads %s: %d running Java code (%.0f%%), %d in native methods " +
			"(%.0f%%)%n", recording.getFileName(), java + nativ, threadPrefixes, java, 100.0 * java / n, nativ, 100.0 *
				nativ / n);
		out.println("  top self (where the sample was taken):");
		self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(Math.max(10, top / 2)).forEach(
			en -> out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * en.getValue() / n, en.getKey()));
		out.println("  on the stack (total):");
		total.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top).forEach(en -> out.printf(
			Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * en.getValue() / n, en.getKey()));
	}

	private static String method(RecordedFrame f) {
		var m = f.getMethod();
		String type = m.getType().getName();
		return type.substring(type.lastIndexOf('.', type.lastIndexOf('.') - 1) + 1) + "." + m.getName();
	}
}
