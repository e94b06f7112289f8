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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.biadeposit.biostudies.FileState;
import org.biadeposit.biostudies.Receipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: {@code bia demo --via ftp} shows the FTP route end to end, through the sandbox's FTP endpoint. */
class DemoViaFtpTest {

	@TempDir
	Path tmp;

	@Test
	void theDemoSendsEveryFileByFtpAndGetsAnAccession() throws IOException {
		Bia bia = new Bia();
		assertEquals(0, bia.run("demo", "--via", "ftp", "--out", tmp.toString()), bia.stdout() + bia.stderr());
		String all = bia.stdout() + bia.stderr();
		assertTrue(bia.stdout().contains("sandbox FTP endpoint: ftp://127.0.0.1:"), all);
		assertTrue(all.contains(" by FTP 127.0.0.1:"), "the upload went by FTP: " + all);
		assertTrue(bia.stdout().contains("accession: "), all);
		Receipt r = Receipt.read(tmp.resolve("package").resolve(Receipt.NAME));
		assertTrue(r.processed(), r.toString());
		assertTrue(r.files().stream().allMatch(f -> f.state() == FileState.SENT && f.uploaded() != null), r.files()
			.toString());
		try (var received = Files.walk(tmp.resolve("sandbox"))) {
			assertTrue(received.anyMatch(p -> p.getFileName().toString().endsWith(".ome.tif")), "the files arrived");
		}
	}

	@Test
	void aRouteTheDemoDoesNotTakeIsAUsageError() {
		Bia bia = new Bia();
		assertEquals(2, bia.run("demo", "--via", "auto", "--out", tmp.toString()));
		assertTrue(bia.stderr().contains("--via takes http or ftp here"), bia.stderr());
	}
}
