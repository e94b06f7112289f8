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
package org.biadeposit.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The update site ships exactly what a current Fiji lacks. Every jar on the resolved runtime class path (written by
 * mvn to target/runtime-classpath.txt) has a line in update-site/dependencies.txt saying whether Fiji ships it, the
 * site ships it, or only the command line uses it; the pom copies exactly the "site" jars to the update site. A new
 * runtime dependency that nobody placed fails the build here, before it can be missing (or doubled) in Fiji.
 */
class UpdateSiteTest {

	private static final Path TABLE = Path.of("update-site", "dependencies.txt");
	private static final Path CLASS_PATH = Path.of("target", "runtime-classpath.txt");
	private static final Set<String> PLACES = Set.of("fiji", "site", "cli");

	/** artifactId → fiji, site or cli, in the order of the table. */
	private static Map<String, String> table() throws IOException {
		Map<String, String> where = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(TABLE);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) continue;
			String[] parts = line.split("\\s+");
			String at = TABLE + " line " + (i + 1) + ": ";
			assertTrue(parts.length == 2 && PLACES.contains(parts[1]), at + "write 'artifactId fiji|site|cli'");
			assertTrue(where.put(parts[0], parts[1]) == null, at + parts[0] + " has a line already");
		}
		return where;
	}

	private static Set<String> placed(String place) throws IOException {
		return table().entrySet().stream().filter(e -> e.getValue().equals(place)).map(Map.Entry::getKey).collect(
			Collectors.toCollection(TreeSet::new));
	}

	/** The resolved runtime class path: artifactId → the jar's path in the local Maven repository. */
	private static Map<String, Path> runtimeClassPath() throws IOException {
		assertTrue(Files.isRegularFile(CLASS_PATH), CLASS_PATH + " is missing: run the tests with mvn (it is " +
			"written in the generate-test-resources phase), e.g. mvn -o test -Dtest=UpdateSiteTest");
		Map<String, Path> jars = new TreeMap<>();
		for (String entry : Files.readString(CLASS_PATH).strip().split(Pattern.quote(File.pathSeparator))) {
			if (entry.isBlank()) continue;
			Path jar = Path.of(entry);
			// …/groupId/as/path/artifactId/version/artifactId-version[-classifier].jar
			jars.put(jar.getParent().getParent().getFileName().toString(), jar);
		}
		return jars;
	}

	@Test
	void everyRuntimeDependencyIsShippedByFijiOrByTheSite() throws IOException {
		Set<String> unplaced = new TreeSet<>(runtimeClassPath().keySet());
		unplaced.removeAll(table().keySet());
		assertTrue(unplaced.isEmpty(), unplaced + " is on the runtime class path, but " + TABLE + " does not say " +
			"where a Fiji gets it: find out whether a current Fiji ships it (update-site/README.md, \"What the site " +
			"ships\"), then add a line '<artifactId> fiji' (with its source in that README), '<artifactId> site' " +
			"(and add it to the pom's update-site-dependencies), or '<artifactId> cli' (command line only)");
	}

	@Test
	void theTableNamesOnlyRealDependencies() throws IOException {
		Set<String> stale = new TreeSet<>(table().keySet());
		stale.removeAll(runtimeClassPath().keySet());
		assertTrue(stale.isEmpty(), stale + " in " + TABLE + " is not on the runtime class path any more: remove " +
			"its line (a stale name misleads whoever checks the site against Fiji)");
	}

	@Test
	void thePomCopiesExactlyTheSiteJars() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher m = Pattern.compile("<id>update-site-dependencies</id>.*?<includeArtifactIds>(.*?)</includeArtifactIds>",
			Pattern.DOTALL).matcher(pom);
		assertTrue(m.find(), "the pom copies the update site's jars with includeArtifactIds");
		Set<String> copied = new TreeSet<>(Arrays.asList(m.group(1).strip().split("\\s*,\\s*")));
		assertEquals(placed("site"), copied, "the pom's update-site-dependencies must copy the \"site\" lines of " +
			TABLE);
	}

	@Test
	void theLoggingBindingOfTheCommandLineIsNeverShipped() throws IOException {
		assertEquals("cli", table().get("slf4j-nop"), "slf4j-nop would replace Fiji's own SLF4J binding");
	}

	@Test
	void theSitesJacksonModuleMatchesTheJacksonFijiShips() throws IOException {
		// A Jackson module only works with the jackson-core and jackson-databind of its own version; the site's YAML
		// module runs on Fiji's copies, which pom-scijava aligns with the versions resolved here.
		Map<String, Path> jars = runtimeClassPath();
		Set<String> versions = jars.entrySet().stream().filter(e -> e.getValue().toString().contains(
			File.separator + "jackson" + File.separator)).map(e -> e.getValue().getParent().getFileName().toString())
			.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(1, versions.size(), "Jackson jars of more than one version on the runtime class path: " +
			versions);
	}
}
