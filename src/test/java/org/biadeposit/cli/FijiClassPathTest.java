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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 2: {@code scripts/bia --fiji DIR} put all of Fiji's jars ahead of ours, so an old OkHttp from the
 * Fiji folder won and {@code submit} died with NoSuchMethodError, and Fiji's logging binding printed SLF4J warnings.
 * Runs the real script on a project and a Fiji folder laid out here (empty jar files: only the order is looked at).
 */
class FijiClassPathTest {

	@TempDir
	Path tmp;

	@Test
	void onlyBioFormatsAndTheOmeModelComeBeforeOurLibrariesAndFijisLoggingStaysOut() throws Exception {
		Path project = project();
		touch(project.resolve("target/lib/okhttp-5.1.0.jar"));
		Path fiji = tmp.resolve("Fiji.app");
		for (String jar : List.of("jars/bio-formats/formats-gpl-8.5.0.jar", "jars/bio-formats/formats-bsd-8.5.0.jar",
			"jars/ome-xml-6.5.3.jar", "jars/ome-common-6.2.1.jar", "jars/specification-6.5.3.jar",
			"jars/okhttp-3.14.9.jar", "jars/logback-classic-1.5.18.jar", "jars/slf4j-api-2.0.17.jar",
			"jars/kryo-5.6.2.jar")) {
			touch(fiji.resolve(jar));
		}

		List<String> cp = classPath(project, "--fiji", fiji.toString(), "--version");

		int ours = cp.indexOf("bia-deposit-1.0.jar");
		int ourLibs = cp.indexOf("*");
		assertTrue(ours > 0 && ourLibs == ours + 1, "our jar, then our libraries: " + cp);
		for (String ahead : List.of("formats-gpl-8.5.0.jar", "formats-bsd-8.5.0.jar", "ome-xml-6.5.3.jar",
			"ome-common-6.2.1.jar", "specification-6.5.3.jar")) {
			assertTrue(cp.indexOf(ahead) >= 0 && cp.indexOf(ahead) < ours, ahead + " before ours: " + cp);
		}
		for (String behind : List.of("okhttp-3.14.9.jar", "kryo-5.6.2.jar")) {
			assertTrue(cp.indexOf(behind) > ourLibs, behind + " after ours: " + cp);
		}
		assertFalse(cp.contains("logback-classic-1.5.18.jar"), "Fiji's logging binding stays out: " + cp);
		assertFalse(cp.contains("slf4j-api-2.0.17.jar"), "one SLF4J, ours: " + cp);
	}

	@Test
	void withoutFijiOnlyOurJars() throws Exception {
		Path project = project();
		Files.createDirectories(project.resolve("target/lib"));
		assertEquals(List.of("bia-deposit-1.0.jar", "*"), classPath(project, "--version"));
	}

	/** A built project as scripts/bia expects it: the real script, a jar, target/lib. */
	private Path project() throws IOException {
		Path project = tmp.resolve("project");
		Path script = project.resolve("scripts/bia");
		Files.createDirectories(script.getParent());
		Files.copy(Path.of("scripts/bia"), script);
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		touch(project.resolve("target/bia-deposit-1.0.jar"));
		return project;
	}

	/** The class path the script would run with, by file name, in order. */
	private static List<String> classPath(Path project, String... args) throws Exception {
		return fullClassPath(project, args).stream().map(l -> Path.of(l).getFileName().toString()).toList();
	}

	private static void touch(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, new byte[0]);
	}

	/**
	 * A Fiji jar's manifest Class-Path names its neighbours (Fiji's own OkHttp, Jackson...), and Java puts them right
	 * after it: a Bio-Formats jar ahead of our libraries brought Fiji's old OkHttp back ahead of ours, and submit died
	 * with NoSuchMethodError. Real jars with real manifests here, loaded in the order the script gives.
	 */
	@Test
	void whatABioFormatsJarsManifestNamesStaysBehindOurLibraries() throws Exception {
		Path project = project();
		jar(project.resolve("target/lib/okhttp-5.1.0.jar"), null, "ours");
		Path fiji = tmp.resolve("Fiji.app");
		jar(fiji.resolve("jars/bio-formats/formats-api-8.0.0.jar"), "../okhttp-3.7.0.jar ome-common-6.0.24.jar",
			null);
		jar(fiji.resolve("jars/ome-xml-6.4.0.jar"), "okhttp-3.7.0.jar", null);
		jar(fiji.resolve("jars/okhttp-3.7.0.jar"), null, "fiji");

		List<String> cp = fullClassPath(project, "--fiji", fiji.toString(), "--version");
		List<java.net.URL> urls = new java.util.ArrayList<>();
		for (String entry : cp) {
			if (entry.endsWith("*")) {
				try (var libs = Files.list(Path.of(entry.substring(0, entry.length() - 1)))) {
					for (Path j : libs.sorted().toList()) urls.add(j.toUri().toURL());
				}
			}
			else {
				urls.add(Path.of(entry).toUri().toURL());
			}
		}
		try (java.net.URLClassLoader loader = new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new), null)) {
			try (var in = loader.getResourceAsStream("probe/which.txt")) {
				assertEquals("ours", new String(in.readAllBytes(), StandardCharsets.UTF_8), "the OkHttp found first: " +
					cp);
			}
		}
	}

	/** A jar with a manifest (its Class-Path, if any) and, if given, probe/which.txt saying whose it is. */
	private static void jar(Path file, String classPath, String which) throws IOException {
		Files.createDirectories(file.getParent());
		java.util.jar.Manifest m = new java.util.jar.Manifest();
		m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
		if (classPath != null) m.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, classPath);
		try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(file), m)) {
			if (which != null) {
				out.putNextEntry(new java.util.jar.JarEntry("probe/which.txt"));
				out.write(which.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
	}

	/** The class path the script would run with, whole entries, in order. */
	private static List<String> fullClassPath(Path project, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(project.resolve("scripts/bia").toString()));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command);
		pb.environment().put("BIA_SHOW_CLASSPATH", "1");
		pb.environment().remove("FIJI_HOME");
		pb.redirectErrorStream(true);
		Process p = pb.start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), out);
		return out.lines().toList();
	}
}
