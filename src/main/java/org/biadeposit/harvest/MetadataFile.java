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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the metadata of a dataset (OME-XML and companion files, Zarr {@code .zattrs}, {@code .zarray},
 * {@code zarr.json}, {@code METADATA.ome.xml}; also bounds a TIFF ImageDescription) with a size limit: a file over
 * {@link #MAX_BYTES} is refused from its size, without being read. Real metadata is far smaller (a large plate's
 * OME-XML is a few MiB); the limit keeps a crafted or misnamed multi-gigabyte file from exhausting the memory.
 */
public final class MetadataFile {

	/** 64 MiB: the most metadata bia-deposit reads from one file. */
	public static final int MAX_BYTES = 64 << 20;

	private MetadataFile() {}

	/**
	 * The whole content of a metadata file.
	 *
	 * @param shownAs how messages name the file
	 * @throws UnreadableImageException when the file is larger than {@link #MAX_BYTES}
	 */
	public static byte[] read(Path file, String shownAs) throws IOException, UnreadableImageException {
		long size = Files.size(file);
		if (size > MAX_BYTES) throw tooLarge(shownAs, size);
		try (InputStream in = Files.newInputStream(file)) {
			// Bounded even if the file grows between the size check and the read.
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) throw tooLarge(shownAs, Files.size(file));
			return bytes;
		}
	}

	/** Whether a file is too large to be read as metadata. */
	public static boolean tooLarge(Path file) throws IOException {
		return Files.size(file) > MAX_BYTES;
	}

	/** The error for metadata of {@code bytes} bytes, larger than the limit. */
	static UnreadableImageException tooLarge(String what, long bytes) {
		return new UnreadableImageException(what + " holds " + size(bytes) + " of metadata; bia-deposit reads at " +
			"most 64 MiB of metadata from one file, and no image needs more. Check that the file is what its name " +
			"says (not image data saved under a metadata name)");
	}

	private static String size(long bytes) {
		if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
		return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
	}
}
