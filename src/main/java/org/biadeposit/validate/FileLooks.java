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
package org.biadeposit.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * One look at each file of a run of File-list rows (following links), shared between this thread and the common
 * pool's: a study's files are looked at in the time of a fraction of them, where the kernel's work for each look is
 * most of what validating a row costs. What each look found is a number: the file's size, or why there is none.
 */
final class FileLooks {

	/** Not there (or not reachable: a dangling or looping link, a folder on the way that cannot be read). */
	static final long MISSING = -1;
	/** A folder. */
	static final long FOLDER = -2;
	/** Neither a file nor a folder (a device, a pipe). */
	static final long OTHER = -3;
	/** Not looked at. */
	static final long NOT_LOOKED = -4;

	/** Fewer files than this are looked at by this thread alone. */
	private static final int SHARED_FROM = 512;

	private final int helpers = Math.max(0, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));

	/**
	 * Looks at {@code base/paths[i]} for each {@code i < n} whose path is not null (each a path with names only,
	 * nothing to normalise), putting what was found in {@code found[i]}.
	 */
	void look(Path base, String[] paths, int n, long[] found) {
		int parts = n < SHARED_FROM ? 1 : helpers + 1;
		List<Future<?>> others = new ArrayList<>();
		for (int p = 1; p < parts; p++) {
			int from = n * p / parts, to = n * (p + 1) / parts;
			others.add(ForkJoinPool.commonPool().submit(() -> look(base, paths, from, to, found)));
		}
		look(base, paths, 0, n / parts, found);
		for (Future<?> f : others) {
			try {
				f.get();
			}
			catch (ExecutionException e) {
				throw new IllegalStateException("a file could not be looked at", e.getCause());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while looking at the files", e);
			}
		}
	}

	private static void look(Path base, String[] paths, int from, int to, long[] found) {
		for (int i = from; i < to; i++) found[i] = paths[i] == null ? NOT_LOOKED : look(base.resolve(paths[i]));
	}

	/** What one look at a file finds. */
	static long look(Path file) {
		BasicFileAttributes a;
		try {
			a = Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException | SecurityException e) {
			return MISSING;
		}
		return a.isRegularFile() ? a.size() : a.isDirectory() ? FOLDER : OTHER;
	}
}
