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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The check made after the upload and before the submission, whatever the route: the user-folder listing of the
 * API (where BioStudies takes the submission's files from) has every file of the deposit with the size of the local
 * file. A file missing or of another size there (an upload cut short unnoticed, a file replaced meanwhile by another
 * tool) would make a study with the wrong bytes or a refused submission, so none is sent.
 */
final class ListingCheck {

	/** How many of the files that do not match are named; the rest are counted. */
	static final int NAMED = 10;

	private ListingCheck() {}

	/**
	 * @param files the files the submission takes from the user folder (data files and File-lists)
	 * @throws BioStudiesException naming the files that are missing or of another size in the listing
	 */
	static void sizes(BioStudiesClient client, List<PlannedFile> files) throws IOException {
		Map<String, Long> listed = FileTransfer.onServer(new HttpUploadArea(client), files);
		List<String> wrong = new ArrayList<>();
		int count = 0;
		for (PlannedFile f : files) {
			Long there = listed.get(f.remote());
			if (there != null && there == f.size()) continue;
			if (count++ < NAMED) {
				wrong.add(f.remote() + " (" + f.item().local() + "): " + (there == null || there < 0 ? "not there" :
					there + " bytes there, " + f.size() + " bytes here"));
			}
		}
		if (count == 0) return;
		if (count > NAMED) wrong.add("and " + (count - NAMED) + " more");
		throw new BioStudiesException("the user folder does not have " + (count == 1 ? "one file" : count +
			" files") + " of the deposit as they are here, so the submission was not sent; run the same command " +
			"again to send them again:\n  - " + String.join("\n  - ", wrong));
	}
}
