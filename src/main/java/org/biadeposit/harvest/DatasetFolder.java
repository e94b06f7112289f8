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
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The folder a harvest was started on, or a single file's own folder. Metadata may name other files of its dataset
 * (an OME-TIFF's companion, a companion's TIFFs); those are opened, and later deposited, only when they lie inside
 * this folder once links are followed, so that a crafted file cannot pull {@code /etc/hostname} or
 * {@code ../../private} into a deposition.
 */
final class DatasetFolder {

	private DatasetFolder() {}

	/**
	 * The file a metadata file names, relative to the metadata file's folder.
	 *
	 * @param folder the dataset folder
	 * @param namingFile the file whose metadata names the other
	 * @param named the name as written in the metadata
	 * @throws UnreadableImageException when the named file lies outside the dataset folder
	 */
	static Path resolve(Path folder, Path namingFile, String named) throws IOException, UnreadableImageException {
		Path path;
		try {
			path = namingFile.resolveSibling(named.replace('\\', '/'));
		}
		catch (InvalidPathException e) {
			throw new UnreadableImageException(namingFile.getFileName() + " names the file \"" + named.replaceAll(
				"\\p{Cntrl}", "?") + "\", which is not a name a file can have here");
		}
		if (!realPath(path).startsWith(folder.toRealPath())) {
			throw new UnreadableImageException(namingFile.getFileName() + " names the file \"" + named +
				"\", which is outside the dataset folder " + folder + " (links followed). bia-deposit reads and " +
				"deposits only files inside the folder you harvest: move the file into it, or harvest the folder " +
				"that holds both");
		}
		return path.normalize();
	}

	/** Where a path really leads: through every link of its longest existing part. */
	private static Path realPath(Path path) throws IOException {
		Path absolute = path.toAbsolutePath();
		if (Files.exists(absolute)) return absolute.toRealPath();
		Path normal = absolute.normalize();
		Path existing = normal.getParent();
		while (existing != null && !Files.exists(existing)) existing = existing.getParent();
		return existing == null ? normal : existing.toRealPath().resolve(existing.relativize(normal)).normalize();
	}
}
