package org.biadeposit.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The update site ships only what Fiji lacks: the pom's exclusions for target/update-site/jars and
 * update-site/fiji-provided.txt (which publish.sh checks against a real Fiji) must name the same artifacts, and the
 * command-line logging binding must never be shipped.
 */
class UpdateSiteTest {

	private static Set<String> fijiProvided() throws IOException {
		Set<String> names = new TreeSet<>();
		for (String line : Files.readAllLines(Path.of("update-site", "fiji-provided.txt"))) {
			if (!line.isBlank() && !line.startsWith("#")) names.add(line.trim());
		}
		return names;
	}

	private static Set<String> pomExclusions() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher m = Pattern.compile("<id>update-site-dependencies</id>.*?<excludeArtifactIds>(.*?)</excludeArtifactIds>",
			Pattern.DOTALL).matcher(pom);
		assertTrue(m.find(), "the pom copies the update-site dependencies");
		return new TreeSet<>(Arrays.asList(m.group(1).trim().split("\\s*,\\s*")));
	}

	@Test
	void thePomAndTheListAgree() throws IOException {
		assertEquals(fijiProvided(), pomExclusions());
	}

	@Test
	void theLoggingBindingOfTheCommandLineIsNeverShipped() throws IOException {
		assertTrue(fijiProvided().contains("slf4j-nop"), "slf4j-nop would replace Fiji's own SLF4J binding");
	}

	@Test
	void theListNamesOnlyRealDependencies() throws IOException {
		// Every name must be a jar bia-deposit really runs with: a stale name would mislead the maintainer.
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Set<String> jars = new TreeSet<>();
		for (String entry : classpath.split(java.io.File.pathSeparator)) jars.add(Path.of(entry).getFileName()
			.toString());
		for (String artifact : fijiProvided()) {
			assertTrue(jars.stream().anyMatch(j -> j.matches(Pattern.quote(artifact) + "-[0-9].*\\.jar")), artifact +
				" is not a dependency on the class path");
		}
	}
}
