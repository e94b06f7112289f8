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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * One candidate file or dataset folder as the readers see it: its name and, read once and shared by every reader
 * that asks, its first bytes and its first TIFF directory.
 */
public final class FileProbe {

	private static final int HEAD_BYTES = 512;

	/**
	 * The first bytes read with the head, for the TIFF directory: most OME-TIFFs have their first directory and
	 * description near the start, so a small one is opened and read once, not once for the head and again for it.
	 */
	private static final int START_BYTES = 8192;

	private final Path path;
	private final Path datasetFolder;
	private final String lowerName;
	private byte[] head;
	private byte[] start;
	private long size = -1;
	private TiffDirectory tiff;
	private Exception tiffFailure;

	/** A file or folder harvested on its own: its dataset folder is the folder it is in. */
	public FileProbe(Path path) {
		this(path, null);
	}

	/**
	 * @param datasetFolder the folder the harvest was started on, which the files a dataset's metadata names must
	 *     not leave; null for the folder {@code path} is in
	 */
	public FileProbe(Path path, Path datasetFolder) {
		this.path = path;
		Path parent = path.toAbsolutePath().getParent();
		this.datasetFolder = datasetFolder != null ? datasetFolder : parent != null ? parent : path.toAbsolutePath();
		Path name = path.getFileName();
		this.lowerName = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
	}

	public Path path() {
		return path;
	}

	/** The folder the files this file's metadata names must stay in. */
	public Path datasetFolder() {
		return datasetFolder;
	}

	/** The file name in lower case, for suffix checks. */
	public String lowerName() {
		return lowerName;
	}

	public boolean nameEndsWith(String... suffixes) {
		for (String s : suffixes) {
			if (lowerName.endsWith(s)) return true;
		}
		return false;
	}

	public boolean isDirectory() {
		return Files.isDirectory(path);
	}

	/** Up to the first 512 bytes of the file; empty for a directory or an unreadable file. */
	public byte[] head() {
		if (head == null) {
			start = new byte[0];
			if (Files.isRegularFile(path)) {
				try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
					long length = ch.size();
					ByteBuffer buf = ByteBuffer.allocate((int) Math.min(length, START_BYTES));
					while (buf.hasRemaining() && ch.read(buf) > 0) { /* fill */ }
					start = buf.position() == buf.capacity() ? buf.array() : Arrays.copyOf(buf.array(), buf
						.position());
					size = length;
				}
				catch (IOException e) {
					// left empty: the reader that tries the file reports the failure
				}
			}
			head = start.length <= HEAD_BYTES ? start : Arrays.copyOf(start, HEAD_BYTES);
		}
		return head;
	}

	/** The file's bytes for the TIFF directory: the first ones as read with the head, the rest from the file. */
	private TiffBytes tiffBytes() {
		head();
		return new TiffBytes(path, start, size);
	}

	/** Whether the file starts with a TIFF or BigTIFF signature. */
	public boolean isTiff() {
		return TiffDirectory.isTiffSignature(head());
	}

	/** The first bytes as text (for sniffing XML), decoded leniently. */
	public String headText() {
		return new String(head(), java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	/** The first TIFF directory, read once; its {@code ifdCount} is -1 (see {@link #tiffWithIfdCount()}). */
	TiffDirectory tiff() throws IOException, UnreadableImageException {
		if (tiff == null && tiffFailure == null && !Files.isRegularFile(path)) {
			// a named pipe or device is never opened: reading one that nothing writes to would block for ever
			tiffFailure = new IOException("not a regular file");
		}
		if (tiff == null && tiffFailure == null) {
			try (TiffBytes bytes = tiffBytes()) {
				tiff = TiffDirectory.read(bytes, false);
			}
			catch (IOException | UnreadableImageException e) {
				tiffFailure = e;
			}
		}
		if (tiffFailure instanceof IOException) throw (IOException) tiffFailure;
		if (tiffFailure instanceof UnreadableImageException) throw (UnreadableImageException) tiffFailure;
		return tiff;
	}

	/**
	 * The first TIFF directory with the number of IFDs counted, which costs a small read per IFD: only readers that
	 * use the count ask for it.
	 */
	TiffDirectory tiffWithIfdCount() throws IOException, UnreadableImageException {
		TiffDirectory first = tiff();
		if (first.ifdCount < 0) {
			try (TiffBytes bytes = tiffBytes()) {
				tiff = TiffDirectory.read(bytes, true);
			}
		}
		return tiff;
	}

	/** The first TIFF directory, or null when the file is not a readable TIFF. */
	TiffDirectory tiffOrNull() {
		try {
			return tiff();
		}
		catch (IOException | UnreadableImageException e) {
			return null;
		}
	}
}
