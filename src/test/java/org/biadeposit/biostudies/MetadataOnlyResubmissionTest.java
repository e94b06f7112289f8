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
package org.biadeposit.biostudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.biadeposit.DepositionService;
import org.biadeposit.DepositionWorkflow;
import org.biadeposit.pagetab.PageTabJson;
import org.biadeposit.pagetab.Section;
import org.biadeposit.pagetab.Submission;
import org.biadeposit.pagetab.SubmissionPackage;
import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Editing a published study against the sandbox over loopback: a study released today (so public, with a DOI) is
 * imported from the server by its accession, edited, packaged with --metadata-only after its data files are gone,
 * and sent as version 2 with nothing uploaded. The new version keeps the release date, the DOI and the File Lists,
 * as BioStudies requires of a public study (spec 2026-12 §C, resubmission); changing the date is refused.
 */
class MetadataOnlyResubmissionTest {

	private static final String USER = SandboxConfig.DEMO_EMAIL;
	private static final String PASSWORD = SandboxConfig.DEMO_PASSWORD;
	private static final String DOI = "10.6019/S-BIAD1";

	@TempDir
	Path tmp;

	private SandboxServer sandbox;

	@AfterEach
	void stop() {
		if (sandbox != null) sandbox.close();
	}

	@Test
	void aMetadataOnlyVersionKeepsTheReleaseDateDoiAndFileListsAndSendsNoDataFile() throws Exception {
		sandbox = SandboxServer.start(new SandboxConfig().dataDir(tmp.resolve("server")).port(0).processingDelay(
			Duration.ofMillis(50)).log(null));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Path dataset = tmp.resolve("dataset");
		Path first = ReleasedStudyPackage.write(dataset, tmp.resolve("first"), DOI);
		assertEquals("S-BIAD1", submit(first, null).accession());
		Submission v1 = PageTabJson.read(sandbox.submissionFolder("S-BIAD1", 1).resolve("submission.json"));
		assertEquals(DOI, v1.attribute("DOI"));

		Path edit = tmp.resolve("edit");
		try (Context context = new Context(DepositionService.class)) {
			DepositionWorkflow.Imported imported = context.service(DepositionService.class).importStudy("S-BIAD1",
				sandbox.baseUrl(), USER, PASSWORD.toCharArray(), edit);
			assertEquals("S-BIAD1", imported.deposition().published().accession());
		}
		Path yaml = edit.resolve("deposit.yaml");
		Files.writeString(yaml, Files.readString(yaml).replace("  publications: []\n", "  publications:\n  - title: " +
			"The article published later\n    doi: 10.1234/later\n"));
		deleteTree(dataset); // the data files are gone from this computer
		Path second = tmp.resolve("second");
		DepositionWorkflow.Packaged p = DepositionWorkflow.packMetadataOnly(edit, yaml, second);
		assertNotNull(p.written(), p.report().toText());
		sandbox.clearReceived();
		Receipt r = submit(second, "S-BIAD1");
		assertEquals(List.of("S-BIAD1", 2, SubmissionStatus.PROCESSED), List.of(r.accession(), r.version(), r
			.status()));
		assertFalse(sandbox.received().stream().anyMatch(q -> q.method().equals("POST") && q.path().contains(
			"/files/user")), "nothing uploaded");
		Submission v2 = PageTabJson.read(sandbox.submissionFolder("S-BIAD1", 2).resolve("submission.json"));
		assertEquals(v1.attribute("ReleaseDate"), v2.attribute("ReleaseDate"));
		assertEquals(DOI, v2.attribute("DOI"));
		assertEquals(fileLists(v1), fileLists(v2));
		assertTrue(v2.sections("Publication").stream().anyMatch(s -> "10.1234/later".equals(s.attribute("DOI"))));

		// the check is real: the release date of a public study cannot change
		Files.writeString(yaml, Files.readString(yaml).replace("release_date: \"" + today + "\"", "release_date: \"" +
			today.plusDays(1) + "\""));
		Path third = tmp.resolve("third");
		assertNotNull(DepositionWorkflow.packMetadataOnly(edit, yaml, third).written());
		BioStudiesException refused = assertThrows(BioStudiesException.class, () -> submit(third, "S-BIAD1"));
		String said = refused.getMessage() + " " + refused.serverMessage();
		assertTrue(said.contains("The release date of a public study cannot be changed"), said);
	}

	private Receipt submit(Path pkg, String accession) throws IOException {
		try (BioStudiesClient client = new BioStudiesClient(Server.of(sandbox.baseUrl()))) {
			return new SubmissionRun(client, pkg).accession(accession).metadataOnly(accession != null).pollInterval(
				Duration.ofMillis(50)).uploadRecords(tmp.resolve("records")).run(USER, PASSWORD.toCharArray());
		}
	}

	private static List<String> fileLists(Submission s) {
		return s.sections().stream().map(Section::attributes).flatMap(List::stream).filter(a -> a.named("File List"))
			.map(a -> a.value()).sorted().toList();
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
		}
	}
}
