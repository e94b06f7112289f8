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
package org.biadeposit.rembi;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Paths relative to the dataset folder that mostly share their folder (a multi-file image's files), held as that
 * folder once and each path's rest in one array of UTF-8 bytes: about 30 bytes a file where a string of the whole
 * path takes about 100. A study of millions of files in sets keeps every set's files for validation; each path is
 * made again when asked for. Immutable.
 */
final class CompactNames extends AbstractList<String> implements RandomAccess {

	private final String folder;
	private final byte[] rests;
	/** Where each path's rest starts in {@link #rests}, and one more: the end. */
	private final int[] starts;

	private CompactNames(String folder, byte[] rests, int[] starts) {
		this.folder = folder;
		this.rests = rests;
		this.starts = starts;
	}

	/** The same paths held compactly (a copy: later changes to {@code paths} are not seen). */
	static List<String> of(List<String> paths) {
		if (paths instanceof CompactNames) return paths;
		if (paths.size() < 3) return List.copyOf(paths);
		String first = paths.get(0);
		int common = first.lastIndexOf('/') + 1; // the folder of the first, with its slash, or nothing
		for (String p : paths) {
			while (common > 0 && !(p.length() > common && p.startsWith(first.substring(0, common)))) {
				common = first.lastIndexOf('/', common - 2) + 1;
			}
		}
		String folder = first.substring(0, common);
		java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream(paths.size() * 32);
		int[] starts = new int[paths.size() + 1];
		for (int i = 0; i < paths.size(); i++) {
			starts[i] = joined.size();
			joined.writeBytes(paths.get(i).substring(common).getBytes(StandardCharsets.UTF_8));
		}
		starts[paths.size()] = joined.size();
		CompactNames names = new CompactNames(folder, joined.toByteArray(), starts);
		// a string that UTF-8 does not carry as it is (a lone surrogate) is kept in a plain list
		return names.equals(paths) ? names : List.copyOf(paths);
	}

	@Override
	public String get(int index) {
		if (index < 0 || index >= size()) throw new IndexOutOfBoundsException(index);
		return folder + new String(rests, starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
	}

	@Override
	public int size() {
		return starts.length - 1;
	}

	/** The bytes held, for tests. */
	int bytes() {
		return folder.length() + rests.length + starts.length * 4;
	}
}
