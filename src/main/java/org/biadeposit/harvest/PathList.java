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

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

import org.biadeposit.PackedStrings;

/**
 * The files of a multi-file dataset, held as their paths' text, packed ({@link PackedStrings}): a study of millions
 * of files in sets keeps every set's files for its File-lists; each path is made again when asked for. Immutable.
 */
final class PathList extends AbstractList<Path> implements RandomAccess {

	private final FileSystem system;
	private final PackedStrings texts;

	private PathList(FileSystem system, PackedStrings texts) {
		this.system = system;
		this.texts = texts;
	}

	/**
	 * The same files held compactly, or the list as it is when that would not give back the very same paths (a name
	 * the system's encoding cannot decode) or would not save anything.
	 */
	static List<Path> of(List<Path> files) {
		if (files instanceof PathList || files.size() < 3) return files;
		FileSystem system = files.get(0).getFileSystem();
		String separator = system.getSeparator();
		List<String> texts = new ArrayList<>(files.size());
		for (Path f : files) {
			String text = f.toString();
			if (text.indexOf('\uFFFD') >= 0 || f.getFileSystem() != system) return files;
			texts.add(text);
		}
		if (separator.length() != 1 || !(PackedStrings.of(texts, separator.charAt(0)) instanceof PackedStrings p)) {
			return files;
		}
		PathList list = new PathList(system, p);
		// every path made again must be the one given (a path of a file system with other rules is kept as it is)
		for (int i = 0; i < files.size(); i++) if (!list.get(i).equals(files.get(i))) return files;
		return list;
	}

	@Override
	public Path get(int index) {
		return system.getPath(texts.get(index));
	}

	@Override
	public int size() {
		return texts.size();
	}

	/** The bytes held, for tests. */
	int bytes() {
		return texts.bytes();
	}
}
