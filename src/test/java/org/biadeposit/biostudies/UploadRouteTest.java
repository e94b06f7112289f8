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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.ProgressListener;
import org.biadeposit.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --via}: the routing table at each of BIA's thresholds ({@link UploadLimits}: HTTP under 50 GB in all with
 * every file at most 20 GB, FTP up to 1 TB, Aspera above when it can be taken, else FTP), and the routes that cannot
 * be taken explained.
 */
class UploadRouteTest {

	private static final long GB = 1000L * 1000 * 1000;

	@TempDir
	Path tmp;

	private static PlannedFile file(String remote, long size) {
		return new PlannedFile(new UploadPlan.Item(Path.of(remote), remote, size), remote, size, 0, false);
	}

	/** {@code count} files of {@code size} bytes each. */
	private static List<PlannedFile> files(int count, long size) {
		List<PlannedFile> files = new ArrayList<>();
		for (int i = 0; i < count; i++) files.add(file("f" + i, size));
		return files;
	}

	private static UploadRoute auto(List<PlannedFile> files) {
		UploadRoute withoutAspera = UploadRoute.AUTO.choose(files, false);
		UploadRoute withAspera = UploadRoute.AUTO.choose(files, true);
		if (withoutAspera != withAspera) assertEquals(UploadRoute.FTP, withoutAspera, "without ascp, FTP");
		return withAspera;
	}

	@Test
	void autoTakesHttpUpTo20GbAFileAndUnder50GbInAll() {
		assertEquals(UploadRoute.HTTP, auto(List.of(file("a", 10 * GB), file("b", 10 * GB))));
		assertEquals(UploadRoute.HTTP, auto(List.of(file("a", UploadLimits.HTTP_FILE))));
		assertEquals(UploadRoute.FTP, auto(List.of(file("a", UploadLimits.HTTP_FILE + 1))));
		assertEquals(UploadRoute.FTP, auto(List.of(file("a", 20 * GB), file("b", 20 * GB), file("c", 10 * GB))));
		assertEquals(UploadRoute.HTTP, auto(List.of(file("a", 20 * GB), file("b", 20 * GB), file("c", 10 * GB - 1))));
		assertEquals(UploadRoute.HTTP, auto(List.of()));
	}

	@Test
	void autoTakesFtpUpTo1TbAndAsperaAboveWhenItCan() {
		List<PlannedFile> oneTb = files(100, 10 * GB); // exactly 1 TB in all
		assertEquals(UploadLimits.FTP_TOTAL, oneTb.stream().mapToLong(PlannedFile::size).sum());
		assertEquals(UploadRoute.FTP, auto(oneTb));
		List<PlannedFile> more = new ArrayList<>(oneTb);
		more.add(file("one more byte", 1)); // small files all, but 1 TB + 1 byte in all
		assertEquals(UploadRoute.ASPERA, UploadRoute.AUTO.choose(more, true));
		assertEquals(UploadRoute.FTP, UploadRoute.AUTO.choose(more, false), "without ascp or the account: FTP");
		assertEquals(UploadRoute.ASPERA, auto(List.of(file("a", 2000 * GB))));
	}

	@Test
	void aRouteNamedIsTakenWhateverTheSizes() {
		assertEquals(UploadRoute.HTTP, UploadRoute.HTTP.choose(List.of(file("a", 100 * GB)), true));
		assertEquals(UploadRoute.FTP, UploadRoute.FTP.choose(List.of(file("a", 1)), true));
		assertEquals(UploadRoute.ASPERA, UploadRoute.ASPERA.choose(List.of(file("a", 1)), false));
		assertEquals(UploadRoute.FTP, UploadRoute.of(" Ftp "));
		assertEquals(UploadRoute.ASPERA, UploadRoute.of("aspera"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UploadRoute.of("scp"));
		assertEquals("--via takes http, ftp, aspera or auto, not 'scp'", e.getMessage());
	}

	/** Issue 10: --via http with a 30 GB file, and --via aspera without ascp or without the account, are explained. */
	@Test
	void aRouteThatCannotBeTakenIsExplained() throws IOException {
		List<PlannedFile> big = List.of(file("images/small.tif", 1000), file("images/stack.tif", 30 * GB));
		BioStudiesException http = assertThrows(BioStudiesException.class, () -> UploadRoute.HTTP.open(big, null,
			null, null, null, ProgressListener.NONE));
		assertTrue(http.getMessage().contains("these files are above the 20 GB per file that the API accepts over " +
			"HTTP:\n  - images/stack.tif (30.0 GB)"), http.getMessage());
		assertFalse(http.getMessage().contains("small.tif"), http.getMessage());
		assertTrue(http.getMessage().contains("send them by FTP (--via ftp"), http.getMessage());

		Files.createDirectories(tmp.resolve("bin"));
		AsperaLogin noAscp = new AsperaLogin("bs-upload", "pw".toCharArray()).searchPath(tmp.resolve("bin")
			.toString());
		assertNull(noAscp.ascp());
		BioStudiesException aspera = assertThrows(BioStudiesException.class, () -> UploadRoute.ASPERA.open(big,
			null, null, null, noAscp, ProgressListener.NONE));
		assertEquals(AsperaLogin.NO_ASCP, aspera.getMessage());
		assertTrue(aspera.getMessage().contains("IBM's ascp, which is not on the PATH"), aspera.getMessage());

		BioStudiesException account = assertThrows(BioStudiesException.class, () -> UploadRoute.ASPERA.open(big,
			null, null, null, null, ProgressListener.NONE));
		assertTrue(account.getMessage().contains("--via aspera needs the Aspera account the BioStudies submission " +
			"tool shows: --aspera-user NAME"), account.getMessage());

		BioStudiesException none = assertThrows(BioStudiesException.class, () -> UploadRoute.AUTO.open(files(101,
			10 * GB), null, null, null, null, ProgressListener.NONE));
		assertTrue(none.getMessage().contains("these files go by FTP (HTTP takes uploads under 50.0 GB in all and " +
			"20.0 GB per file; this one is 1.0 TB)"), none.getMessage());
		assertTrue(none.getMessage().contains("or, with IBM's ascp installed, the Aspera account"), none.getMessage());
	}

	/** ascp is found on the search path only as an executable file. */
	@Test
	void ascpIsFoundOnTheSearchPath() throws IOException {
		Path empty = Files.createDirectories(tmp.resolve("empty")), bin = Files.createDirectories(tmp.resolve("bin"));
		Path ascp = Files.writeString(bin.resolve("ascp"), "#!/bin/sh\n");
		AsperaLogin login = new AsperaLogin("bs-upload", "pw".toCharArray()).searchPath(empty + File.pathSeparator +
			bin);
		assumeTrue(ascp.toFile().setExecutable(false), "file permissions");
		assertNull(login.ascp(), "not executable");
		assertTrue(ascp.toFile().setExecutable(true));
		assertEquals(ascp, login.ascp());
		assertNull(login.searchPath(null).ascp());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> login.rate("fast"));
		assertEquals("--aspera-rate takes a rate such as 400M (Mbit/s), 2G or 50000 (kbit/s), not 'fast'", e
			.getMessage());
		assertEquals("2G", AsperaLogin.rateOf(" 2g "));
	}
}
