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
 * The user's upload area on the server (the user folder the submission takes its files from), reached by one route:
 * the submission API over HTTP ({@link HttpUploadArea}) or FTP into {@code /<secret>} ({@link FtpUploadArea}). Paths
 * are {@code /}-separated from the area's root ({@code ""} is the root). {@link SubmissionRun} and
 * {@link FileTransfer} use only this interface; the routes pass the same conformance tests.
 */
interface UploadArea extends AutoCloseable {

	/** What one send did: the size and digests of the whole file, and how many of its bytes crossed the network. */
	record Sent(Checksums checksums, long transferred) {}

	/** The route, for messages: {@code HTTP} or {@code FTP host:port} (never a credential). */
	String route();

	/** What is in a folder, not descending into sub-folders. */
	List<UserFile> list(String folder) throws IOException;

	/** Makes folder {@code name} inside {@code parent} (which exists); a folder already there is no failure. */
	void createFolder(String parent, String name) throws IOException;

	/**
	 * Sends a whole file, replacing one of the same path; its bytes are counted into {@code meter} as they go (the
	 * meter is not told the file is done).
	 *
	 * @param md5 whether to compute MD5 as well as SHA-256
	 */
	Sent send(Path local, String remote, ProgressMeter meter, boolean md5) throws IOException;

	/** One file of a batch: where it is here and where it goes, from the area's root. */
	record Outgoing(Path local, String remote) {}

	/** Told about each file of a batch once the server has confirmed it. */
	@FunctionalInterface
	interface Arrivals {
		void arrived(Outgoing file, Sent sent) throws IOException;
	}

	/**
	 * Sends several files (small ones: a route may carry many in one request), each replacing one of the same path.
	 * Every file the server has confirmed is handed to {@code arrived} before the next confirmation and before a
	 * failure is thrown, and no other: when the batch fails part way, the files that did not arrive were never
	 * handed over. Bytes are counted into {@code meter} as they go; those of a failed request are taken back. By
	 * default the files go one by one ({@link #send}).
	 *
	 * @param md5 whether to compute MD5 as well as SHA-256
	 */
	default void sendBatch(List<Outgoing> files, ProgressMeter meter, boolean md5, Arrivals arrived)
		throws IOException
	{
		for (Outgoing f : files) arrived.arrived(f, send(f.local(), f.remote(), meter, md5));
	}

	/**
	 * Completes a file of which {@code onServer} bytes are already there (a send that was cut off): a route that can
	 * append sends only the missing bytes, once it has checked that the bytes there are the local file's; otherwise,
	 * and by default, the whole file is sent again.
	 */
	default Sent resume(Path local, String remote, long onServer, ProgressMeter meter, boolean md5)
		throws IOException
	{
		return send(local, remote, meter, md5);
	}

	/** Ends the route's connections (the HTTP client is its owner's to close). */
	@Override
	void close();
}
