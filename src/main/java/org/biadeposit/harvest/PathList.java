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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The files of a multi-file dataset, held as their names below the folder that holds them all, in one array of
 * UTF-8 bytes: about 30 bytes a file where a path object with its text and name offsets takes about 300. A study of
 * millions of files in sets (a light-sheet stack saved a plane a file) keeps every set's files for its File-lists;
 * each path is made again when asked for. Immutable.
 */
final class PathList extends AbstractList<Path> implements RandomAccess {

	private final Path base;
	private final byte[] names;
	/** Where each name starts in {@link #names}, and one more: the end. */
	private final int[] starts;

	private PathList(Path base, byte[] names, int[] starts) {
		this.base = base;
		this.names = names;
		this.starts = starts;
	}

	/**
	 * The same files held compactly, or the list as it is when that would not give back the very same paths (a name
	 * the system's encoding cannot decode, files on no common folder) or would not save anything (two files or fewer).
	 */
	static List<Path> of(List<Path> files) {
		if (files instanceof PathList || files.size() < 3) return files;
		Path base = files.get(0).getParent();
		for (Path f : files) {
			while (base != null && !f.startsWith(base)) base = base.getParent();
			if (base == null) return files;
		}
		String prefix = base.toString();
		int cut = prefix.endsWith(base.getFileSystem().getSeparator()) ? prefix.length() : prefix.length() + 1;
		java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream(files.size() * 32);
		int[] starts = new int[files.size() + 1];
		for (int i = 0; i < files.size(); i++) {
			String text = files.get(i).toString();
			if (text.indexOf('\uFFFD') >= 0 || !text.startsWith(prefix) || text.length() <= cut) return files;
			starts[i] = joined.size();
			joined.writeBytes(text.substring(cut).getBytes(StandardCharsets.UTF_8));
		}
		starts[files.size()] = joined.size();
		PathList list = new PathList(base, joined.toByteArray(), starts);
		// every path made again must be the one given (a path of a file system with other rules is kept as it is)
		for (int i = 0; i < files.size(); i++) if (!list.get(i).equals(files.get(i))) return files;
		return list;
	}

	@Override
	public Path get(int index) {
		if (index < 0 || index >= size()) throw new IndexOutOfBoundsException(index);
		return base.resolve(new String(names, starts[index], starts[index + 1] - starts[index],
			StandardCharsets.UTF_8));
	}

	@Override
	public int size() {
		return starts.length - 1;
	}

	/** The bytes held, for tests. */
	int bytes() {
		return names.length + starts.length * 4;
	}
}
