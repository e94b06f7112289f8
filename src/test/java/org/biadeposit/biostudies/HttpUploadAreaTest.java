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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.ProgressMeter;
import org.biadeposit.sandbox.ReceivedRequest;
import org.junit.jupiter.api.Test;

/** The HTTP route (the submission API's user-folder calls) passes the upload-area conformance tests. */
class HttpUploadAreaTest extends UploadAreaOnSandbox {

	@Override
	UploadArea open() {
		return new HttpUploadArea(client);
	}

	@Override
	void cutNextUpload(long bytes) {
		sandbox.faults().resetUploadAfter(bytes);
	}

	@Override
	boolean appends() {
		return false;
	}

	private List<ReceivedRequest> uploads() {
		return sandbox.received().stream().filter(ReceivedRequest::isUpload).toList();
	}

	/**
	 * A batch goes as one request per folder, each of at most {@link HttpUploadArea#MOST_PARTS} files (the server
	 * takes 2,000 parts), each with many {@code files} parts; the files of a request the server refused are not
	 * handed over, those of the requests before are.
	 */
	@Test
	void aBatchGoesAsOneRequestPerFolderOfAtMostAThousandFiles() throws IOException {
		area.createFolder("", "many");
		area.createFolder("", "few");
		List<UploadArea.Outgoing> batch = new ArrayList<>();
		for (int i = 0; i < HttpUploadArea.MOST_PARTS + 1; i++) {
			batch.add(new UploadArea.Outgoing(local("m" + i, 10 + i % 7), "many/m" + i));
		}
		batch.add(new UploadArea.Outgoing(local("f1", 100), "few/f1"));
		batch.add(new UploadArea.Outgoing(local("f2", 200), "few/f2"));
		batch.add(new UploadArea.Outgoing(local("r", 300), "r"));
		sandbox.clearReceived();
		sandbox.faults().failRequest(3, 500); // the request for "few"
		Map<String, UploadArea.Sent> arrived = Collections.synchronizedMap(new LinkedHashMap<>());
		ProgressMeter meter = meter(bytes(batch), new ArrayList<>());
		BioStudiesException e = assertThrows(BioStudiesException.class, () -> area.sendBatch(batch, meter, false,
			into(arrived)));
		assertEquals(500, e.status());
		assertEquals(HttpUploadArea.MOST_PARTS + 1, arrived.size(), "the files of the two requests for 'many'");
		assertArrived(batch.subList(0, HttpUploadArea.MOST_PARTS + 1), arrived, false);
		assertEquals(bytes(batch.subList(0, HttpUploadArea.MOST_PARTS + 1)), meter.bytesDone());
		assertEquals(List.of(1000, 1, 0), uploads().stream().map(r -> r.storedFiles().size()).toList());

		List<UploadArea.Outgoing> rest = batch.subList(HttpUploadArea.MOST_PARTS + 1, batch.size());
		area.sendBatch(rest, meter, false, into(arrived));
		assertArrived(batch, arrived, false);
		assertEquals(List.of(List.of("few/f1", "few/f2"), List.of("r")), uploads().subList(3, 5).stream().map(
			ReceivedRequest::storedFiles).toList());
	}
}
