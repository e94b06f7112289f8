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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 12 item 3: progress on stderr when a person watches a terminal, nothing with {@code --quiet}; {@code --json}
 * documents on stdout with the fields the README names, for harvest, validate, package, submit and status (the last
 * two against the sandbox server on loopback).
 */
class ScriptOutputTest {

	@TempDir
	static Path shared;

	/** The generated example dataset with its deposit.yaml, written once. */
	private static Path dataset;

	@TempDir
	Path tmp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
	private SandboxServer sandbox;

	@BeforeAll
	static void writeTheExample() throws IOException {
		dataset = shared.resolve("dataset");
		new ExampleDataset().write(dataset);
	}

	@AfterEach
	void stop() {
		if (sandbox != null) sandbox.close();
		System.clearProperty("bia.cache.dir");
	}

	private int bia(boolean interactive, String... args) {
		out.reset();
		err.reset();
		return Main.run(List.of(args), CommandLineTest.terminal(out, err, interactive));
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The harvest cache shared by the tests: the example is read once. */
	private static String cache() {
		return shared.resolve("cache.jsonl").toString();
	}

	private static void copy(Path from, Path to) throws IOException {
		try (var files = Files.walk(from)) {
			for (Path f : (Iterable<Path>) files::iterator) Files.copy(f, to.resolve(from.relativize(f).toString()));
		}
	}

	private static List<String> keys(JsonNode n) {
		List<String> k = new ArrayList<>();
		for (Iterator<String> it = n.fieldNames(); it.hasNext();) k.add(it.next());
		return k;
	}

	@Test
	void harvestProgressIsDrawnOnATerminalOnlyAndNeverWithQuiet() {
		assertEquals(0, bia(true, "harvest", "--no-cache", "--threads", "1", dataset.toString()), stderr());
		assertTrue(stderr().contains("\r[") && stderr().contains(" files read"), "drawn in place: " + stderr());
		assertTrue(stderr().contains("bia harvest: "), "the summary: " + stderr());
		String lines = stdout();

		assertEquals(0, bia(false, "harvest", "--no-cache", dataset.toString()));
		assertFalse(stderr().contains("files read") || stderr().contains("\r"), "no terminal, no bar: " + stderr());
		assertEquals(lines, stdout(), "the same results");

		assertEquals(0, bia(true, "harvest", "--no-cache", "--quiet", dataset.toString()));
		assertEquals("", stderr(), "--quiet: no progress and no summary");
		assertEquals(lines, stdout(), "the same results");
	}

	@Test
	void harvestJsonIsOneObjectPerLine() throws IOException {
		assertEquals(0, bia(false, "harvest", "--cache", cache(), "--json", "-q", dataset.toString()));
		String[] lines = stdout().split("\n");
		assertTrue(lines.length > 5, stdout());
		for (String line : lines) {
			JsonNode n = new ObjectMapper().readTree(line);
			assertEquals("file", keys(n).get(0), line);
		}
	}

	@Test
	void validateAndPackageJsonHaveTheDocumentedFields() throws IOException {
		assertEquals(0, bia(false, "validate", dataset.toString(), "--cache", cache(), "--json"), stdout());
		JsonNode report = new ObjectMapper().readTree(stdout());
		assertEquals(List.of("errors", "warnings", "problems"), keys(report));
		assertEquals(0, report.get("errors").asInt());

		Path pkg = tmp.resolve("package");
		assertEquals(0, bia(false, "package", dataset.toString(), "--out", pkg.toString(), "--cache", cache(),
			"--json"), stderr());
		assertEquals(1, stdout().strip().split("\n").length, "one document on one line: " + stdout());
		JsonNode doc = new ObjectMapper().readTree(stdout());
		assertEquals(List.of("written", "submission", "fileLists", "uploadPlan", "files", "bytes", "notes", "report"),
			keys(doc));
		assertTrue(doc.get("written").asBoolean());
		assertEquals(pkg.resolve("submission.json").toString(), doc.get("submission").asText());
		assertTrue(Files.isRegularFile(Path.of(doc.get("uploadPlan").asText())));
		assertTrue(doc.get("fileLists").size() >= 2, doc.toString());
		assertTrue(doc.get("files").asInt() > 5 && doc.get("bytes").asLong() > 1000, doc.toString());
		assertEquals(0, doc.get("report").get("errors").asInt());

		Path broken = Files.createDirectories(tmp.resolve("broken"));
		Files.writeString(broken.resolve("deposit.yaml"), "study:\n  title: too little\n");
		assertEquals(1, bia(false, "package", broken.toString(), "--out", tmp.resolve("no").toString(), "--no-cache",
			"--json"));
		doc = new ObjectMapper().readTree(stdout());
		assertFalse(doc.get("written").asBoolean());
		assertTrue(doc.get("report").get("errors").asInt() > 0, doc.toString());
		assertFalse(Files.exists(tmp.resolve("no")));
	}

	/** bia submit and bia status against the sandbox: lines and progress, then --json --quiet. */
	@Test
	void submitAndStatusJsonAgainstTheSandbox() throws IOException {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("sandbox")).port(0).processingDelay(
			Duration.ofMillis(50)).log(null));
		System.setProperty("bia.cache.dir", tmp.resolve("cache").toString());
		Path passwordFile = tmp.resolve("password");
		Files.writeString(passwordFile, SandboxConfig.DEMO_PASSWORD + "\n");
		List<String> login = List.of("--server", sandbox.baseUrl(), "--user", SandboxConfig.DEMO_EMAIL,
			"--password-file", passwordFile.toString());

		Path first = tmp.resolve("first"), second = tmp.resolve("second");
		assertEquals(0, bia(false, "package", dataset.toString(), "--out", first.toString(), "--cache", cache(), "-q"));
		copy(first, second);
		List<String> args = new ArrayList<>(List.of("submit", first.toString(), "--poll", "1"));
		args.addAll(login);
		assertEquals(0, bia(false, args.toArray(new String[0])), stderr());
		assertTrue(stdout().startsWith("accession: S-BIAD"), stdout());
		assertTrue(stderr().contains("\n[########################] 100%  "), "the upload's progress: " + stderr());
		assertTrue(stderr().contains("logged in to "), "the messages: " + stderr());

		args = new ArrayList<>(List.of("submit", second.toString(), "--poll", "1", "--json", "--quiet"));
		args.addAll(login);
		assertEquals(0, bia(false, args.toArray(new String[0])), stderr());
		assertEquals("", stderr(), "--quiet");
		JsonNode doc = new ObjectMapper().readTree(stdout());
		assertEquals(List.of("accession", "version", "status", "studyUrl", "receipt", "alreadySubmitted", "errors"),
			keys(doc));
		assertTrue(doc.get("accession").asText().startsWith("S-BIAD"), doc.toString());
		assertEquals(1, doc.get("version").asInt());
		assertEquals("PROCESSED", doc.get("status").asText());
		assertEquals(second.resolve("receipt.json").toString(), doc.get("receipt").asText());
		assertFalse(doc.get("alreadySubmitted").asBoolean());
		assertEquals(0, doc.get("errors").size());

		args = new ArrayList<>(List.of("status", second.toString(), "--json"));
		args.addAll(login.subList(2, login.size()));
		assertEquals(0, bia(false, args.toArray(new String[0])), stderr());
		JsonNode status = new ObjectMapper().readTree(stdout());
		assertEquals(List.of("accession", "version", "status", "errors"), keys(status));
		assertEquals(doc.get("accession").asText(), status.get("accession").asText());
		assertEquals("PROCESSED", status.get("status").asText());
	}
}
