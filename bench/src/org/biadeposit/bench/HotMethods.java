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
 * Where the time of a phase goes, from a JFR recording made by {@code bench/run --profile}: the share of execution
 * samples in which a method is running (self) and in which it is on the stack (total), busiest first. Only
 * threads whose name starts with one of the given prefixes are counted (e.g. {@code main,bia-harvest}).
 */
final class HotMethods {

	private HotMethods() {}

	static void print(Path recording, String threadPrefixes, int top, PrintStream out) throws IOException {
		List<String> prefixes = List.of(threadPrefixes.split(","));
		Map<String, Integer> self = new HashMap<>(), total = new HashMap<>();
		int samples = 0;
		for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
			if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
			var thread = e.getThread("sampledThread");
			String name = thread == null ? "" : String.valueOf(thread.getJavaName());
			if (prefixes.stream().noneMatch(name::startsWith)) continue;
			RecordedStackTrace st = e.getStackTrace();
			if (st == null || st.getFrames().isEmpty()) continue;
			samples++;
			List<RecordedFrame> frames = st.getFrames();
			self.merge(method(frames.get(0)), 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame f : frames) {
				String m = method(f);
				if (seen.add(m)) total.merge(m, 1, Integer::sum);
			}
		}
		out.printf(Locale.ROOT, "%s: %d samples in threads %s%n", recording.getFileName(), samples, threadPrefixes);
		out.println("  total%   self%  method (total = on the stack, self = running)");
		final int n = Math.max(samples, 1);
		total.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top).forEach(en -> out.printf(
			Locale.ROOT, "  %5.1f  %5.1f   %s%n", 100.0 * en.getValue() / n, 100.0 * self.getOrDefault(en.getKey(),
				0) / n, en.getKey()));
		out.println("  top self:");
		self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(Math.max(10, top / 3)).forEach(
			en -> out.printf(Locale.ROOT, "  %5.1f  %s%n", 100.0 * en.getValue() / n, en.getKey()));
	}

	private static String method(RecordedFrame f) {
		var m = f.getMethod();
		String type = m.getType().getName();
		return type.substring(type.lastIndexOf('.', type.lastIndexOf('.') - 1) + 1) + "." + m.getName();
	}
}
