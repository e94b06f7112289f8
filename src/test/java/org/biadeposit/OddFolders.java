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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;

/**
 * Builds the awkward things a dataset folder can hold, for real, in a temporary folder: small TIFFs our own code
 * writes, named pipes, folders nested deeper than the system's path limit or locked, and the means to undo them.
 */
public final class OddFolders {

	/** Linux's PATH_MAX: a path this long or longer cannot be opened by its name. */
	public static final int PATH_MAX = 4096;

	private OddFolders() {}

	/** Writes a small 8-bit ImageJ TIFF (creating its folder) and returns it. */
	public static Path tiff(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		ImagePlus imp = IJ.createImage(file.getFileName().toString(), "8-bit ramp", 8, 6, 1);
		assertTrue(IJ.saveAsTiff(imp, file.toString()), "wrote " + file);
		return file;
	}

	/** Makes a named pipe (FIFO) with mkfifo; nothing ever writes to it, so opening it for reading would block. */
	public static Path fifo(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		run("mkfifo", file.toString());
		return file;
	}

	/**
	 * Something made in a folder for a test, undone by {@link #close}.
	 *
	 * @param folder the folder of interest in it
	 */
	public record Made(Path folder, Undo undo) implements AutoCloseable {

		/** How to undo it. */
		public interface Undo {

			void run() throws IOException;
		}

		@Override
		public void close() throws IOException {
			undo.run();
		}
	}

	/**
	 * Makes a chain of folders under {@code base} whose innermost folder's path is longer than {@link #PATH_MAX}
	 * bytes, with a TIFF-named file at the bottom. The shell builds it from the inside out, wrapping the chain in
	 * one more folder at each step, so that no command ever names a long path (as a user's tools could have).
	 * Closing it removes {@code base}, which Java's file API could not.
	 *
	 * @return with {@link Made#folder()} the first folder of the chain whose absolute path reaches {@link #PATH_MAX}
	 */
	public static Made deepFolders(Path base) throws IOException {
		Files.createDirectories(base);
		String name = "d".repeat(200);
		int levels = (PATH_MAX - base.toAbsolutePath().toString().length()) / (name.length() + 1) + 3;
		run("sh", "-c", "cd \"$1\" && mkdir chain && echo deep > chain/bottom.tif && i=0 && while [ $i -lt " +
			levels + " ]; do mkdir wrap && mv chain \"wrap/$2\" && mv wrap chain || exit 1; i=$((i+1)); done && " +
			"mv \"chain/$2\" . && rmdir chain", "sh", base.toAbsolutePath().toString(), name);
		Path p = base.toAbsolutePath();
		while (p.toString().getBytes(StandardCharsets.UTF_8).length < PATH_MAX) p = p.resolve(name);
		return new Made(p, () -> run("rm", "-rf", base.toString()));
	}

	/**
	 * Makes a folder holding a small TIFF and takes every permission on it away; closing gives them back. Run as
	 * root, with its capabilities, the process can still read it: tests then assume {@link #permissionsApply}.
	 */
	public static Made lockedFolder(Path folder) throws IOException {
		tiff(folder.resolve("inside.tif"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
		return new Made(folder, () -> Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(
			"rwx------")));
	}

	/** Whether this process is stopped by a folder's permissions (root, with its capabilities, is not). */
	public static boolean permissionsApply(Path lockedFolder) {
		return !Files.isReadable(lockedFolder);
	}

	private static void run(String... command) throws IOException {
		Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		try {
			String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + said);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted: " + String.join(" ", command), e);
		}
	}
}
