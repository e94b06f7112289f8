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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.biadeposit.biostudies.ReleasedStudyPackage;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;
import org.biadeposit.sandbox.ReceivedRequest;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 §5 end to end on the command line against the sandbox: bia import S-BIAD1 --server, an edit, bia package
 * --metadata-only and bia submit --accession S-BIAD1 --metadata-only, after the data files are gone both from this
 * computer and from the user folder on the server. The new version is a metadata update (preferredSources=
 * SUBMISSION): nothing is uploaded, every file is the previous version's, the release date and DOI are kept.
 */
class MetadataOnlySubmitTest {

	private static final String DOI = "10.6019/S-BIAD1";

	@TempDir
	Path tmp;

	private SandboxServer sandbox;

	@AfterEach
	void stop() {
		if (sandbox != null) sandbox.close();
	}

	@Test
	void submitMetadataOnlyKeepsThePreviousVersionsFilesReleaseDateAndDoi() throws Exception {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).processingDelay(
			Duration.ofMillis(20)).log(null));
		Path passwordFile = Files.writeString(tmp.resolve("password"), SandboxConfig.DEMO_PASSWORD + "\n");
		List<String> login = List.of("--server", sandbox.baseUrl(), "--user", SandboxConfig.DEMO_EMAIL,
			"--password-file", passwordFile.toString(), "--poll", "1");
		Path dataset = tmp.resolve("dataset");
		Path first = ReleasedStudyPackage.write(dataset, tmp.resolve("first"), DOI);
		Bia bia = new Bia();
		assertEquals(0, bia.run(args(login, "submit", first.toString())), bia.stderr());
		assertTrue(bia.stdout().startsWith("accession: S-BIAD1"), bia.stdout());

		Path edit = tmp.resolve("edit");
		assertEquals(0, bia.run(args(login.subList(0, 6), "import", "S-BIAD1", "--out", edit.toString())), bia
			.stderr());
		Path yaml = edit.resolve("deposit.yaml");
		Files.writeString(yaml, Files.readString(yaml).replace("  publications: []\n", "  publications:\n  - title: " +
			"The article published later\n    doi: 10.1234/later\n"));
		// the data files are gone from this computer and from the user folder on the server
		deleteTree(dataset);
		try (Stream<Path> user = Files.list(sandbox.userFolder(SandboxConfig.DEMO_EMAIL))) {
			for (Path p : user.toList()) deleteTree(p);
		}

		Path second = tmp.resolve("second");
		assertEquals(0, bia.run("package", edit.toString(), "--out", second.toString(), "--metadata-only"), bia
			.stderr());
		sandbox.clearReceived();
		assertEquals(0, bia.run(args(login, "submit", second.toString(), "--accession", "S-BIAD1",
			"--metadata-only")), bia.stderr());
		assertTrue(bia.stdout().contains("S-BIAD1"), bia.stdout());
		List<ReceivedRequest> received = sandbox.received();
		assertFalse(received.stream().anyMatch(q -> q.method().equals("POST") && q.path().contains("/files/user")),
			"nothing uploaded: " + received);
		assertTrue(received.stream().anyMatch(q -> q.path().endsWith("/submissions/async") && q.query() != null && q
			.query().contains("preferredSources=SUBMISSION")), "a metadata update: " + received);

		Path v1 = sandbox.submissionFolder("S-BIAD1", 1), v2 = sandbox.submissionFolder("S-BIAD1", 2);
		Submission before = PageTabJson.read(v1.resolve("submission.json"));
		Submission after = PageTabJson.read(v2.resolve("submission.json"));
		assertEquals(before.attribute("ReleaseDate"), after.attribute("ReleaseDate"));
		assertEquals(DOI, after.attribute("DOI"));
		assertTrue(after.sections("Publication").stream().anyMatch(s -> "10.1234/later".equals(s.attribute("DOI"))));
		assertEquals(List.of("cells/hela-1.tif", "cells/hela-2.tif"), stored(v2.resolve("files")), "the data files " +
			"of version 1 are version 2's");
		assertEquals(stored(v1.resolve("files")), stored(v2.resolve("files")));
		assertEquals(stored(v1.resolve("filelists")), stored(v2.resolve("filelists")), "and its File Lists");
		assertEquals(Files.readAllBytes(v1.resolve("files/cells/hela-1.tif")).length, Files.readAllBytes(v2.resolve(
			"files/cells/hela-1.tif")).length);
	}

	private static String[] args(List<String> login, String... verb) {
		List<String> all = new ArrayList<>(List.of(verb));
		all.addAll(login);
		return all.toArray(new String[0]);
	}

	/** The files under a folder, by their paths relative to it, sorted. */
	private static List<String> stored(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
				.sorted().toList();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
		}
	}
}
