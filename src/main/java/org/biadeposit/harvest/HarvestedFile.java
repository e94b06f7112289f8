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
import java.util.List;

/**
 * What harvesting one file or dataset gave: its image records, or an error a user can act on, or nothing (a file
 * that is not an image, skipped when it was found by walking a folder).
 *
 * @param file the name to show: as given, or relative to the folder given ({@code /}-separated)
 * @param path the dataset's primary file, absolute
 * @param format the format that read it, or null
 * @param records one per image (series); empty on error or skip
 * @param usedFiles every file of the dataset, absolute; none when the walk could not reach it (see {@link #reached})
 * @param error what is wrong, or null
 */
public record HarvestedFile(String file, Path path, String format, List<ImageRecord> records, List<Path> usedFiles,
	String error)
{

	public HarvestedFile {
		// records from the cache are read only when asked for (see PrintedRecords); they cannot change
		records = records == null ? List.of() : records instanceof PrintedRecords ? records : List.copyOf(records);
		usedFiles = usedFiles == null ? List.of() : usedFiles instanceof PathList ? usedFiles : List.copyOf(usedFiles);
	}

	static HarvestedFile failed(Path path, String error) {
		return new HarvestedFile(null, path, null, List.of(), List.of(path), error);
	}

	/**
	 * A file or folder the walk could not reach (a link that leaves the folder, dangles or loops, a folder that
	 * cannot be listed, a named pipe): nothing of it was read, and it uses no file.
	 */
	static HarvestedFile unreachable(Path path, String reason) {
		return new HarvestedFile(null, path, null, List.of(), List.of(), reason);
	}

	/** An error line for what the walk of a folder given could not reach, named by its path in the folder. */
	static HarvestedFile unreachable(Path root, Path path, String reason) {
		return unreachable(path.toAbsolutePath().normalize(), reason).named(path.equals(root) ? root.toString()
			: DatasetFile.relative(root, path));
	}

	/** A file that no reader claims: not an image. */
	static HarvestedFile unclaimed(Path path) {
		return new HarvestedFile(null, path, null, List.of(), List.of(path), null);
	}

	public boolean hasError() {
		return error != null;
	}

	/**
	 * False for what the walk could not reach at all, as opposed to a file it reached and could not read: a
	 * deposition reports those as what the walk could not reach, not as images it could not read.
	 */
	public boolean reached() {
		return error == null || !usedFiles.isEmpty();
	}

	/** True for a file no reader claims (no records, no error); such files are skipped in folder walks. */
	public boolean notAnImage() {
		return error == null && records.isEmpty();
	}

	/** The same result shown under another name, its records renamed too. */
	public HarvestedFile named(String name) {
		List<ImageRecord> renamed = records instanceof PrintedRecords p ? p.named(name) : records.stream().map(r -> r
			.withFile(name)).toList();
		return new HarvestedFile(name, path, format, renamed, usedFiles, error);
	}
}
