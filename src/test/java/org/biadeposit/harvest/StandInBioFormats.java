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
package org.biadeposit.harvest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import ome.xml.meta.MetadataStore;

/**
 * Bio-Formats stand-ins for the tests: Bio-Formats is not on Maven Central, so the bridge is tested against small
 * classes of the same names (in the test resources, folder {@code standin}) that behave as the real library was
 * measured to: format detection, used files, original metadata, modulo annotations, time stamps. They are compiled
 * once per test run into a temporary folder and loaded by a class loader of their own that shares the OME model
 * classes (ome-xml) with the tests, as in a Fiji; they are never on the tests' own class path.
 */
final class StandInBioFormats {

	private static Path compiled;
	private static URLClassLoader shared;
	private static URLClassLoader isolated;

	private StandInBioFormats() {}

	/** The stand-ins, sharing ome-xml (and everything else) with the tests, as in a Fiji. */
	static synchronized ClassLoader loader() {
		if (shared == null) {
			shared = new URLClassLoader(new URL[] { url(compiled()) }, StandInBioFormats.class.getClassLoader());
		}
		return shared;
	}

	/** The stand-ins with their own copy of ome-xml: the stores they make are another class's instances. */
	static synchronized ClassLoader isolatedLoader() {
		if (isolated == null) {
			List<URL> urls = new ArrayList<>();
			urls.add(url(compiled()));
			for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
				if (!entry.isEmpty()) urls.add(url(Path.of(entry)));
			}
			isolated = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
		}
		return isolated;
	}

	/** The folder of compiled stand-in classes (to put on a child JVM's class path). */
	static synchronized Path compiled() {
		if (compiled == null) {
			try {
				compiled = compile();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return compiled;
	}

	/**
	 * Makes the stand-in read the file of this name (in any folder) as Bio-Formats reads it: the function fills
	 * the OME store and returns the original metadata and the rest (see the stand-in's FormatReader.FIXTURES).
	 */
	@SuppressWarnings("unchecked")
	static void fixture(String fileName, Function<MetadataStore, Map<String, Object>> fill) {
		try {
			Map<String, Function<MetadataStore, Map<String, Object>>> fixtures = (Map<String,
				Function<MetadataStore, Map<String, Object>>>) formatReader().getField("FIXTURES").get(null);
			fixtures.put(fileName.toLowerCase(java.util.Locale.ROOT), fill);
		}
		catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	/** Times the stand-in opened a file, to detect its format or to read it. */
	static int opens() {
		return counter(formatReader(), "OPENS");
	}

	/** The stand-in readers that opened a file to look at its bytes, in order. */
	@SuppressWarnings("unchecked")
	static List<String> probed() {
		return List.copyOf((List<String>) field(formatReader(), "PROBED"));
	}

	/** The stand-in readers that read a file (setId), in order. */
	@SuppressWarnings("unchecked")
	static List<String> setUp() {
		return List.copyOf((List<String>) field(formatReader(), "SET_UP"));
	}

	static int setIdCalls(ClassLoader loader) {
		return counter(imageReader(loader), "SET_ID_CALLS");
	}

	static int closeCalls(ClassLoader loader) {
		return counter(imageReader(loader), "CLOSE_CALLS");
	}

	static Class<?> imageReader(ClassLoader loader) {
		try {
			return loader.loadClass("loci.formats.ImageReader");
		}
		catch (ClassNotFoundException e) {
			throw new AssertionError(e);
		}
	}

	private static Class<?> formatReader() {
		try {
			return loader().loadClass("loci.formats.FormatReader");
		}
		catch (ClassNotFoundException e) {
			throw new AssertionError(e);
		}
	}

	private static int counter(Class<?> c, String name) {
		return ((AtomicInteger) field(c, name)).get();
	}

	private static Object field(Class<?> c, String name) {
		try {
			return c.getField(name).get(null);
		}
		catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static Path compile() throws IOException {
		Path sources;
		try {
			sources = Path.of(StandInBioFormats.class.getResource("standin").toURI());
		}
		catch (URISyntaxException | NullPointerException e) {
			throw new AssertionError("the stand-in sources are missing from the test resources", e);
		}
		List<File> files;
		try (Stream<Path> walk = Files.walk(sources)) {
			files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
		}
		Path out = Files.createTempDirectory("bioformats-standin");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try (Stream<Path> walk = Files.walk(out)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException e) {
				// a temporary folder left behind
			}
		}));
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		assertNotNull(javac, "the tests need a JDK (javax.tools compiler)");
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
			List<String> options = List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
				"-proc:none", "-nowarn", "--release", "17");
			boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files))
				.call();
			StringBuilder problems = new StringBuilder();
			for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) problems.append('\n').append(d);
			assertTrue(ok, "the Bio-Formats stand-ins do not compile:" + problems);
		}
		return out;
	}

	private static URL url(Path p) {
		try {
			return p.toUri().toURL();
		}
		catch (java.net.MalformedURLException e) {
			throw new AssertionError(e);
		}
	}
}
