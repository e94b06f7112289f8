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

import java.nio.file.Path;

/**
 * One file or dataset folder for a {@link HarvestRun} to harvest, with the name to show for it, and its size and
 * modification time when the walk gave them ({@link #UNKNOWN} otherwise): the cache lookup then does not look at
 * the file a second time; and its place in the list of the dataset's files, or -1.
 */
record Candidate(Path path, String display, Path root, boolean explicit, Path abs, long size, long modified,
	int listed)
{

	/** A modification time the walk did not give: the cache looks at the file itself. */
	static final long UNKNOWN = Long.MIN_VALUE;

	Candidate(Path path, String display, Path root, boolean explicit, long size, long modified) {
		this(path, display, root, explicit, path.toAbsolutePath().normalize(), size, modified, -1);
	}

	/** The same, at a place in the dataset's list of files ({@link DatasetFiles}). */
	Candidate listedAt(int place) {
		return new Candidate(path, display, root, explicit, abs, size, modified, place);
	}

	/** One whose state the walk did not give: a dataset folder, or an input given by name. */
	static Candidate unwalked(Path path, String display, Path root, boolean explicit) {
		return new Candidate(path, display, root, explicit, UNKNOWN, UNKNOWN);
	}

	/** The cached result, if every file it depends on is unchanged. */
	HarvestedFile cached(HarvestCache cache) {
		return modified == UNKNOWN ? cache.lookup(abs) : cache.lookup(abs, size, modified);
	}
}
