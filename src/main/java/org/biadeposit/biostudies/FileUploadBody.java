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
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;

import org.biadeposit.ProgressMeter;

/**
 * A file streamed from disk as a request body, 64 KiB at a time, so memory stays flat whatever the file's size.
 * SHA-256 (and MD5 when asked for) is computed from the same bytes as they go out (no second read). Every write
 * starts over: a retried request recomputes the digests and first takes back the bytes the failed attempt had
 * counted.
 */
final class FileUploadBody extends RequestBody {

	private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
	private static final int CHUNK = 64 * 1024;

	private final Path file;
	private final long size;
	private final String remotePath;
	private final ProgressMeter meter;
	private final boolean md5;
	private long counted; // bytes the current attempt reported to the meter (only the calling thread writes)
	private volatile Checksums checksums;

	/** @param md5 whether to compute MD5 as well as SHA-256 */
	FileUploadBody(Path file, long size, String remotePath, ProgressMeter meter, boolean md5) {
		this.file = file;
		this.md5 = md5;
		this.size = size;
		this.remotePath = remotePath;
		this.meter = meter;
	}

	/**
	 * The multipart body of an upload of files of one folder: one part {@code files} each, named by the last part of
	 * its remote path.
	 *
	 * @param parts gets each file's body, in order (for its digests once sent)
	 */
	static RequestBody multipart(String folder, List<UploadArea.Outgoing> files, ProgressMeter meter, boolean md5,
		List<FileUploadBody> parts) throws BioStudiesException
	{
		MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
		for (UploadArea.Outgoing f : files) {
			String remote = UserPath.of(f.remote());
			if (!UserPath.parent(remote).equals(folder)) throw new IllegalArgumentException(remote + " is not in " +
				"the folder '" + folder + "'");
			long size;
			try {
				size = Files.size(f.local());
			}
			catch (IOException e) {
				throw new BioStudiesException("cannot read " + f.local() + ": " + e, e);
			}
			FileUploadBody part = new FileUploadBody(f.local(), size, remote, meter, md5);
			parts.add(part);
			body.addFormDataPart("files", remote.substring(remote.lastIndexOf('/') + 1), part);
		}
		return body.build();
	}

	@Override
	public MediaType contentType() {
		return OCTET_STREAM;
	}

	@Override
	public long contentLength() {
		return size;
	}

	@Override
	public void writeTo(BufferedSink sink) throws IOException {
		rewind();
		checksums = null;
		Checksums.Digests digests = new Checksums.Digests(md5);
		byte[] buffer = new byte[CHUNK];
		long sent = 0;
		try (InputStream in = open()) {
			while (sent < size) {
				int n = read(in, buffer, (int) Math.min(buffer.length, size - sent));
				if (n < 0) throw changed("became shorter");
				digests.update(buffer, 0, n);
				sink.write(buffer, 0, n);
				sent += n;
				counted += n;
				meter.addBytes(n, remotePath);
			}
			if (read(in, buffer, 1) > 0) throw changed("grew");
		}
		checksums = digests.result();
	}

	/** The digests of the last complete write, or null if none completed. */
	Checksums checksums() {
		return checksums;
	}

	/** Takes back from the meter what an unfinished attempt counted. */
	void rewind() {
		if (counted != 0) meter.addBytes(-counted, remotePath);
		counted = 0;
	}

	private InputStream open() throws IOException {
		try {
			return Files.newInputStream(file);
		}
		catch (IOException e) {
			throw new RetryInterceptor.LocalFileException("cannot read " + file + ": " + e, e);
		}
	}

	private int read(InputStream in, byte[] buffer, int length) throws IOException {
		try {
			return in.read(buffer, 0, length);
		}
		catch (ClosedByInterruptException e) {
			InterruptedIOException stop = new InterruptedIOException("interrupted");
			stop.initCause(e);
			throw stop;
		}
		catch (IOException e) {
			throw new RetryInterceptor.LocalFileException("cannot read " + file + ": " + e, e);
		}
	}

	private IOException changed(String how) {
		return new RetryInterceptor.LocalFileException(file + " " + how + " while it was being sent (it had " + size +
			" bytes); send it again once nothing writes to it", null);
	}
}
