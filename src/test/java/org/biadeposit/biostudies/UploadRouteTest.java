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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --via auto}: HTTP under 50 GB in all with every file at most the HTTP limit, FTP otherwise. */
class UploadRouteTest {

	private static PlannedFile file(String remote, long size) {
		return new PlannedFile(new UploadPlan.Item(Path.of(remote), remote, size), remote, size, 0, false);
	}

	@Test
	void autoTakesHttpForSmallUploadsAndFtpForLargeOnes() {
		long gb = 1000L * 1000 * 1000;
		assertEquals(UploadRoute.HTTP, UploadRoute.AUTO.choose(List.of(file("a", 10 * gb), file("b", 10 * gb))));
		assertEquals(UploadRoute.HTTP, UploadRoute.AUTO.choose(List.of(file("a", UploadPlan.HTTP_LIMIT))));
		assertEquals(UploadRoute.FTP, UploadRoute.AUTO.choose(List.of(file("a", UploadPlan.HTTP_LIMIT + 1))));
		assertEquals(UploadRoute.FTP, UploadRoute.AUTO.choose(List.of(file("a", 20 * gb), file("b", 20 * gb),
			file("c", 10 * gb))));
		assertEquals(UploadRoute.HTTP, UploadRoute.AUTO.choose(List.of(file("a", 20 * gb), file("b", 20 * gb),
			file("c", 10 * gb - 1))));
		assertEquals(UploadRoute.HTTP, UploadRoute.HTTP.choose(List.of(file("a", 100 * gb))));
		assertEquals(UploadRoute.FTP, UploadRoute.FTP.choose(List.of(file("a", 1))));
		assertEquals(UploadRoute.FTP, UploadRoute.of(" Ftp "));
		assertThrows(IllegalArgumentException.class, () -> UploadRoute.of("aspera"));
	}
}
