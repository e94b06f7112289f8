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
 * What one walk of a dataset folder gave ({@link HarvestRun#dataset}): the harvest of every image dataset in it, and
 * every file of it, which the File-lists list. The two come from the same walk, so they always agree.
 *
 * @param root the dataset folder
 * @param harvested what harvesting gave, in walk order: records, errors, and each file or folder the walk could not
 *          reach (a {@link HarvestedFile} that was not {@link HarvestedFile#reached reached})
 * @param files every file of the dataset, sorted by path: each image and each file that is not an image, and every
 *          file inside a folder that is one image dataset (a Zarr store's chunks). A walk's own list is in path order
 *          as made; any other is sorted here if it is not, so that readers may rely on the order.
 */
public record DatasetHarvest(Path root, List<HarvestedFile> harvested, List<DatasetFile> files) {

	public DatasetHarvest {
		// a walk's own lists are held packed and cannot be changed: kept as they are
		harvested = harvested instanceof HarvestedFiles ? harvested : List.copyOf(harvested);
		files = files instanceof DatasetFiles ? files : inPathOrder(files);
	}

	/**
	 * The results with an error (the walk's own problems among them), in walk order: without making every result of
	 * a walk's packed list, where a file read without error is never one of them.
	 */
	public List<HarvestedFile> failed() {
		if (harvested instanceof HarvestedFiles packed) return packed.failed();
		return harvested.stream().filter(HarvestedFile::hasError).toList();
	}

	/**
	 * Where the file of the result at this index stands in {@link #files()}, when the result is a file read alone,
	 * without error, and named by its own path, as nearly every file of a large study is; else -1. For such a result
	 * a reader needs neither to make it nor to look its path up: its name is that file's, its records are
	 * {@link #unnamedRecords}.
	 */
	public int fileOf(int result) {
		return harvested instanceof HarvestedFiles packed ? packed.fileOf(result) : -1;
	}

	/**
	 * The records of a result that {@link #fileOf} places, for a reader that shows no file name: those from the
	 * harvest cache without one (shared by every file with the same records; made for the file when it has a name or
	 * date of its own), others as the result has them.
	 */
	public List<ImageRecord> unnamedRecords(int result) {
		if (fileOf(result) < 0) throw new IllegalArgumentException("result " + result + " is not a file read alone");
		return ((HarvestedFiles) harvested).unnamed(result);
	}

	private static List<DatasetFile> inPathOrder(List<DatasetFile> files) {
		for (int i = 1; i < files.size(); i++) {
			if (files.get(i - 1).path().compareTo(files.get(i).path()) > 0) {
				return files.stream().sorted(java.util.Comparator.comparing(DatasetFile::path)).toList();
			}
		}
		return List.copyOf(files);
	}
}
