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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.biadeposit.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;

/**
 * The Aspera route, driving a stand-in for IBM's {@code ascp} ({@link AscpStandIn}: it cannot be installed here) that
 * copies into the sandbox's user folder, passes the upload-area conformance tests; {@code ascp} gets the arguments
 * the submission tool's help gives, and the password only in its environment.
 */
class AsperaUploadAreaTest extends UploadAreaOnSandbox {

	static final String USER = "bs-upload";
	static final String PASSWORD = "aspera-password-for-the-test";

	AscpStandIn ascp;
	AsperaLogin login;

	@Override
	UploadArea open() throws IOException {
		assumeTrue(AscpStandIn.canRun(), "the ascp stand-in is a POSIX shell script");
		ascp = AscpStandIn.write(tmp.resolve("ascp"), sandbox.userFolder(SandboxConfig.DEMO_EMAIL), profile.secret(),
			USER, PASSWORD);
		login = new AsperaLogin(USER, PASSWORD.toCharArray()).searchPath(ascp.searchPath());
		return new AsperaUploadArea(login, login.ascp(), profile.secret(), client);
	}

	@Override
	void cutNextUpload(long bytes) {
		try {
			ascp.cutNextAfter(bytes);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Override
	int uploadsCut() {
		try {
			return ascp.cutsMade();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Override
	boolean appends() {
		return true;
	}

	@Test
	void ascpGetsTheSubmissionToolsArgumentsAndThePasswordOnlyInItsEnvironment() throws IOException {
		Path file = local("a.tif", 5_000);
		area.createFolder("", "images");
		area.send(file, "images/a.tif", meter(5_000, new ArrayList<>()), false);
		List<AscpStandIn.Call> calls = ascp.calls();
		assertEquals(1, calls.size());
		AscpStandIn.Call call = calls.get(0);
		String secret = profile.secret().replaceAll("^/+|/+$", "");
		assertEquals(List.of("-k", "1", "-QT", "-l", "400M", "-P33001", file.toAbsolutePath().toString(),
			"bs-upload@fasp.ebi.ac.uk:" + secret + "/images/a.tif"), call.args());
		assertEquals(PASSWORD, call.password(), "ASPERA_SCP_PASS");
		assertEquals(ascp.searchPath(), call.path(), "ascp runs with the search path it was found on");
		assertFalse(call.args().stream().anyMatch(a -> a.contains(PASSWORD)));
		assertTrue(area.route().equals("Aspera fasp.ebi.ac.uk:33001"), area.route());

		login.rate("100m");
		area.send(file, "images/a.tif", meter(5_000, new ArrayList<>()), false);
		assertTrue(ascp.calls().stream().anyMatch(c -> c.args().subList(3, 5).equals(List.of("-l", "100M"))));
	}

	@Test
	void aRefusedAccountOrAFailureNamesNoCredentialNorTheSecretFolder() throws IOException {
		Path file = local("a.tif", 5_000);
		String wrong = "not the aspera password";
		AsperaLogin other = new AsperaLogin(USER, wrong.toCharArray()).searchPath(ascp.searchPath());
		try (UploadArea refused = new AsperaUploadArea(other, other.ascp(), profile.secret(), client)) {
			List<Long> seen = new ArrayList<>();
			org.biadeposit.ProgressMeter m = meter(5_000, seen);
			BioStudiesException e = assertThrows(BioStudiesException.class, () -> refused.send(file, "a.tif", m,
				false));
			assertTrue(e.getMessage().contains("did not accept the Aspera user name or password: give the Aspera " +
				"account the BioStudies submission tool shows (--aspera-user"), e.getMessage());
			assertFalse(e.getMessage().contains(wrong), e.getMessage());
			assertEquals(0, m.bytesDone());
		}
		String secret = profile.secret().replaceAll("^/+|/+$", "");
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> area.send(file, "no such folder/a.tif",
			meter(5_000, new ArrayList<>()), false));
		assertTrue(e.getMessage().startsWith("sending no such folder/a.tif by Aspera to fasp.ebi.ac.uk:33001 " +
			"failed: ascp ended with status 1 (Session Stop  (Error: Server aborted session: No such file or " +
			"directory: [upload folder]/no such folder/a.tif)); run again to resume it"), e.getMessage());
		assertFalse(e.getMessage().contains(secret), e.getMessage());
	}

	/** ascp counts in KiB; the bytes sent are the exact figure within a KiB of what it says. */
	@Test
	void theBytesSentAreReadFromAscpsSummary() {
		assertEquals(200_000, AsperaUploadArea.transferred(195 * 1024, 300_000, 100_000));
		assertEquals(300_000, AsperaUploadArea.transferred(292 * 1024, 300_000, 100_000));
		assertEquals(300_000, AsperaUploadArea.transferred(-1, 300_000, 100_000), "no summary: the whole file");
		assertEquals(50_000, AsperaUploadArea.transferred(50_000, 300_000, 100_000), "neither: what it says");
	}
}
