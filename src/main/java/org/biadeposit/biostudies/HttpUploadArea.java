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
import java.nio.file.Path;
import java.util.List;

import org.biadeposit.ProgressMeter;

/**
 * The user folder through the submission API over HTTP ({@code /files/user}, {@code /folder/user}), one file per
 * request; it cannot append, so a cut-off file is sent again whole.
 */
final class HttpUploadArea implements UploadArea {

	private final BioStudiesClient client;

	/** @param client logged in; it stays open when this area is closed */
	HttpUploadArea(BioStudiesClient client) {
		this.client = client;
	}

	@Override
	public String route() {
		return "HTTP";
	}

	@Override
	public List<UserFile> list(String folder) throws IOException {
		return client.list(folder);
	}

	@Override
	public void createFolder(String parent, String name) throws IOException {
		client.createFolder(parent, name);
	}

	@Override
	public Sent send(Path local, String remote, ProgressMeter meter, boolean md5) throws IOException {
		Checksums c = client.send(local, remote, meter, md5);
		return new Sent(c, c.size());
	}

	@Override
	public void close() {}
}
