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
package org.biadeposit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Paths that mostly share their folder (a multi-file image's files), held as that folder once and each path's rest
 * in one array of UTF-8 bytes with one of where each starts: about 30 bytes a file where a string of the whole path
 * takes about 100, and a path object about 300. A study of millions of files in sets keeps every set's files to the
 * end of a harvest and of its validation; each path is made again when asked for. Immutable.
 */
public final class PackedStrings extends AbstractList<String> implements RandomAccess {

	private final String folder;
	private final byte[] bytes;
	/** Where each path's rest starts in {@link #bytes}, and one more: the end. */
	private final int[] starts;

	private PackedStrings(String folder, byte[] bytes, int[] starts) {
		this.folder = folder;
		this.bytes = bytes;
		this.starts = starts;
	}

	/**
	 * The same paths held compactly, or an unmodifiable copy when that would not save anything (two paths or fewer) or
	 * not give back the same strings (one that UTF-8 does not carry as it is, a lone surrogate): later changes to
	 * {@code paths} are not seen.
	 *
	 * @param separator what separates the names of a path
	 */
	public static List<String> of(List<String> paths, char separator) {
		if (paths instanceof PackedStrings) return paths;
		if (paths.size() < 3) return List.copyOf(paths);
		String first = paths.get(0);
		int common = first.lastIndexOf(separator) + 1; // the folder of the first, with its separator, or nothing
		for (String p : paths) {
			while (common > 0 && !(p.length() > common && p.regionMatches(0, first, 0, common))) {
				common = first.lastIndexOf(separator, common - 2) + 1;
			}
		}
		ByteArrayOutputStream joined = new ByteArrayOutputStream(paths.size() * 32);
		int[] starts = new int[paths.size() + 1];
		for (int i = 0; i < paths.size(); i++) {
			starts[i] = joined.size();
			joined.writeBytes(paths.get(i).substring(common).getBytes(StandardCharsets.UTF_8));
		}
		starts[paths.size()] = joined.size();
		PackedStrings packed = new PackedStrings(first.substring(0, common), joined.toByteArray(), starts);
		return packed.equals(paths) ? packed : List.copyOf(paths);
	}

	@Override
	public String get(int index) {
		if (index < 0 || index >= size()) throw new IndexOutOfBoundsException(index);
		return folder + new String(bytes, starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
	}

	@Override
	public int size() {
		return starts.length - 1;
	}

	/** The bytes held. */
	public int bytes() {
		return folder.length() + bytes.length + starts.length * 4;
	}
}
