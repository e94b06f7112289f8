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
package org.biadeposit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/bia keeps the classes a verb loads in a class-data sharing archive that later runs map (about a second of
 * start-up on a small machine). Runs the real script, on a project laid out here whose jar holds a small
 * {@code org.biadeposit.cli.Main} compiled by this test, with the Java running the test.
 */
class ClassDataSharingTest {

	@TempDir
	Path tmp;

	private Path project;

	@BeforeEach
	void project() throws IOException {
		project = tmp.resolve("project");
		Path script = project.resolve("scripts/bia");
		Files.createDirectories(script.getParent());
		Files.copy(Path.of("scripts/bia"), script);
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.createDirectories(project.resolve("target/lib"));
		Path src = tmp.resolve("src/org/biadeposit/cli/Main.java");
		Files.createDirectories(src.getParent());
		Files.writeString(src, "package org.biadeposit.cli;\n" +
			"public class Main { public static void main(String[] a) {\n" +
			"  if (a.length > 0 && a[0].equals(\"collectors\")) {\n" +
			"    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) System.out.println(gc.getName());\n" +
			"    System.out.println(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());\n" +
			"    return;\n" +
			"  }\n" +
			"  System.out.println(\"ran \" + String.join(\" \", a) + \" \" + new java.util.TreeMap<>(java.util.Map.of(1, 2)));\n" +
			"} }\n");
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		Path classes = tmp.resolve("classes");
		assertEquals(0, javac.run(null, null, null, "-proc:none", "-d", classes.toString(), src.toString()));
		try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(project.resolve(
			"target/bia-deposit-1.0.jar"))))
		{
			jar.putNextEntry(new JarEntry("org/biadeposit/cli/Main.class"));
			jar.write(Files.readAllBytes(classes.resolve("org/biadeposit/cli/Main.class")));
			jar.closeEntry();
		}
	}

	@Test
	void eachVerbThatRunsTheStationsWritesItsArchiveOnceAndLaterRunsMapIt() throws Exception {
		Run first = bia(Map.of(), "validate", "DIR");
		assertEquals("ran validate DIR {1=2}\n", first.out(), "stdout holds only what the verb printed");
		assertEquals("", first.err(), "no JVM message about the archive, on either stream");
		assertEquals(1, archives().size(), "one archive: " + archives());
		assertTrue(archives().get(0).getFileName().toString().matches("bia-\\d+-validate\\.jsa"), "no part left: " +
			archives());

		Path loaded = tmp.resolve("loaded.txt");
		Run second = bia(Map.of("BIA_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded), "validate", "DIR");
		assertEquals("ran validate DIR {1=2}\n", second.out());
		assertEquals("", second.err());
		assertTrue(Files.readString(loaded).lines().anyMatch(l -> l.contains("org.biadeposit.cli.Main ") && l
			.contains("shared objects file (top)")), "our class came from the archive");
		assertEquals(1, archives().size(), "the second run writes none: " + archives());

		// another verb loads other classes: it writes an archive of its own, once
		assertEquals("ran package DIR {1=2}\n", bia(Map.of(), "package", "DIR").out());
		assertEquals(2, archives().size(), "package's own: " + archives());
		assertTrue(archives().stream().anyMatch(a -> a.getFileName().toString().matches("bia-\\d+-package\\.jsa")),
			archives().toString());
		bia(Map.of(), "package", "DIR");
		assertEquals(2, archives().size(), "once: " + archives());

		// a verb that runs no station writes none, and maps one of theirs
		Files.delete(loaded);
		Run other = bia(Map.of("BIA_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded), "status", "DIR");
		assertEquals("ran status DIR {1=2}\n", other.out());
		assertEquals("", other.err());
		assertTrue(Files.readString(loaded).lines().anyMatch(l -> l.contains("org.biadeposit.cli.Main ") && l
			.contains("shared objects file (top)")), "our class came from an archive");
		assertEquals(2, archives().size(), archives().toString());
	}

	@Test
	void aRebuiltJarGetsANewArchiveAndOtherVerbsOrTheSwitchWriteNone() throws Exception {
		bia(Map.of(), "--help");
		assertEquals(List.of(), archives(), "--help does not make the archive");
		bia(Map.of("BIA_NO_CDS", "1"), "validate", "DIR");
		assertEquals(List.of(), archives(), "BIA_NO_CDS=1 turns it off");

		bia(Map.of(), "init", "DIR");
		List<Path> before = archives();
		Path jar = project.resolve("target/bia-deposit-1.0.jar");
		Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
		Run rebuilt = bia(Map.of(), "validate", "DIR");
		assertEquals("ran validate DIR {1=2}\n", rebuilt.out());
		assertEquals(2, archives().size(), "a new archive for the changed jar: " + archives());
		assertNotEquals(before, archives());
	}

	@Test
	void aRunGetsTheClientCompilerAndTheSerialCollectorUnlessTheUserChoosesAnother() throws Exception {
		Run shown = bia(Map.of("BIA_SHOW_JAVA_OPTIONS", "1"), "validate", "DIR");
		List<String> options = shown.out().lines().toList();
		assertTrue(options.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3",
			"-XX:+UseSerialGC")), shown.out());
		for (String long_ : List.of("init", "package", "submit")) {
			List<String> full = bia(Map.of("BIA_SHOW_JAVA_OPTIONS", "1"), long_, "DIR").out().lines().toList();
			assertTrue(full.contains("-XX:+UseSerialGC") && full.stream().noneMatch(o -> o.startsWith(
				"-XX:TieredStopAtLevel") || o.startsWith("-XX:CompileThreshold")), long_ + ": the full JIT, " + full);
		}
		Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
		boolean offered = Files.isReadable(thp) && Files.readString(thp).matches("(?s).*\\[(always|madvise)\\].*");
		assertEquals(offered, options.contains("-XX:+UseTransparentHugePages"), "huge pages asked for exactly when " +
			"the kernel offers them: " + shown.out());

		Run serial = bia(Map.of(), "collectors");
		assertEquals("", serial.err());
		assertEquals(List.of("Copy", "MarkSweepCompact"), serial.out().lines().limit(2).toList(), serial.out());
		assertTrue(serial.out().contains("-XX:TieredStopAtLevel=1"), serial.out());

		// a collector of the user's own replaces ours: two would stop the JVM before it starts
		Run parallel = bia(Map.of("BIA_JAVA_OPTS", "-Xmx300m -XX:+UseParallelGC"), "collectors");
		assertEquals("", parallel.err());
		assertEquals(List.of("PS MarkSweep", "PS Scavenge"), parallel.out().lines().limit(2).sorted().toList(),
			parallel.out());
		assertTrue(parallel.out().contains("-Xmx300m"), parallel.out());
		Run tool = bia(Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseG1GC"), "collectors");
		assertTrue(tool.out().lines().anyMatch(l -> l.startsWith("G1 ")), tool.out() + tool.err());
	}

	private record Run(String out, String err) {}

	private Run bia(Map<String, String> env, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(project.resolve("scripts/bia").toString()));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command);
		pb.environment().remove("FIJI_HOME");
		pb.environment().remove("BIA_NO_CDS");
		pb.environment().remove("BIA_JAVA_OPTS");
		pb.environment().remove("JAVA_TOOL_OPTIONS");
		pb.environment().remove("JDK_JAVA_OPTIONS");
		pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
		pb.environment().putAll(env);
		Path out = tmp.resolve("out.txt"), err = tmp.resolve("err.txt");
		pb.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process p = pb.start();
		try (OutputStream in = p.getOutputStream()) {
			// nothing to read
		}
		p.waitFor();
		return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	private List<Path> archives() throws IOException {
		Path dir = project.resolve("target/cds");
		if (!Files.isDirectory(dir)) return List.of();
		try (Stream<Path> s = Files.list(dir)) {
			return s.sorted().toList();
		}
	}
}
