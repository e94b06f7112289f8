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
package org.biadeposit.harvest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of a TIFF file: its first bytes, read already (by {@link FileProbe}, which reads them once for
 * every reader), and the rest from the file, opened only when a read goes beyond them. A small OME-TIFF (its
 * directory and description near the start, as most writers put them) is then opened and read once.
 */
final class TiffBytes implements Closeable {

	private final Path path;
	private final byte[] start;
	private final boolean own;
	private long size;
	private FileChannel channel;

	/** An open file, read from the start; not closed by {@link #close()}. */
	TiffBytes(FileChannel channel) throws IOException {
		this.path = null;
		this.start = new byte[0];
		this.own = false;
		this.channel = channel;
		this.size = channel.size();
	}

	/**
	 * @param start the file's first bytes
	 * @param size the file's size, or -1 when not known (then the file is opened to ask)
	 */
	TiffBytes(Path path, byte[] start, long size) {
		this.path = path;
		this.start = start;
		this.own = true;
		this.size = size;
	}

	long size() throws IOException {
		if (size < 0) size = channel().size();
		return size;
	}

	/** n bytes from offset (fewer at the end of the file), as a buffer of their own from position 0. */
	ByteBuffer read(long offset, int n) throws IOException {
		if (offset >= 0 && offset + n <= start.length) return ByteBuffer.wrap(start, (int) offset, n).slice();
		ByteBuffer buf = ByteBuffer.allocate(n);
		while (buf.hasRemaining()) {
			if (channel().read(buf, offset + buf.position()) < 0) break;
		}
		buf.flip();
		return buf;
	}

	private FileChannel channel() throws IOException {
		if (channel == null) channel = FileChannel.open(path, StandardOpenOption.READ);
		return channel;
	}

	@Override
	public void close() throws IOException {
		if (own && channel != null) channel.close();
	}
}
