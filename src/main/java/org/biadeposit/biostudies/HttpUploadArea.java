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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.ProgressMeter;

/**
 * The user folder through the submission API over HTTP ({@code /files/user}, {@code /folder/user}). A batch goes as
 * few requests as the server takes: one per folder, each with many {@code files} parts, at most {@link #MOST_PARTS}
 * parts and {@link UploadPlan#HTTP_LIMIT} bytes (the server's limits are 2,000 parts and 20 GB per request). It cannot
 * append, so a cut-off file is sent again whole.
 */
final class HttpUploadArea implements UploadArea {

	/** The most files in one request: well under the 2,000 parts the server's Tomcat takes. */
	static final int MOST_PARTS = 1000;

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

	/**
	 * One request per folder and per {@link #MOST_PARTS} files or {@link UploadPlan#HTTP_LIMIT} bytes, one after the
	 * other; the files of a request are handed over once the server has answered it. The server stores the files of
	 * a request only when all of it has arrived, so a request cut off leaves none of them behind.
	 */
	@Override
	public void sendBatch(List<Outgoing> files, ProgressMeter meter, boolean md5, Arrivals arrived)
		throws IOException
	{
		Map<String, List<Outgoing>> byFolder = new LinkedHashMap<>();
		for (Outgoing f : files) {
			byFolder.computeIfAbsent(UserPath.parent(UserPath.of(f.remote())), k -> new ArrayList<>()).add(f);
		}
		for (Map.Entry<String, List<Outgoing>> folder : byFolder.entrySet()) {
			List<Outgoing> request = new ArrayList<>();
			long bytes = 0;
			for (Outgoing f : folder.getValue()) {
				long size = size(f.local());
				if (!request.isEmpty() && (request.size() == MOST_PARTS || bytes + size > UploadPlan.HTTP_LIMIT)) {
					send(folder.getKey(), request, meter, md5, arrived);
					request.clear();
					bytes = 0;
				}
				request.add(f);
				bytes += size;
			}
			send(folder.getKey(), request, meter, md5, arrived);
		}
	}

	private void send(String folder, List<Outgoing> request, ProgressMeter meter, boolean md5, Arrivals arrived)
		throws IOException
	{
		List<Checksums> received = client.sendAll(folder, request, meter, md5);
		for (int i = 0; i < request.size(); i++) {
			arrived.arrived(request.get(i), new Sent(received.get(i), received.get(i).size()));
		}
	}

	private static long size(Path local) throws BioStudiesException {
		try {
			return Files.size(local);
		}
		catch (IOException e) {
			throw new BioStudiesException("cannot read " + local + ": " + e, e);
		}
	}

	@Override
	public void close() {}
}
