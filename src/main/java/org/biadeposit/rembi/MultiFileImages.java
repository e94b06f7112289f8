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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biadeposit.PackedStrings;
import org.biadeposit.harvest.DatasetFile;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.harvest.HarvestedFile;

/**
 * The images of a dataset that are made of several files, each with every file it needs: a companion OME-TIFF set
 * (its {@code .companion.ome} and each TIFF), an ICS/IDS pair, a Zarr store (every file under its folder, hidden
 * ones such as {@code .zattrs} too). Each is named as the {@code Multi-file image} column names it: by its metadata
 * file, or by its folder for a Zarr store. All of an image's files are deposited, or it cannot be opened.
 *
 * @param members each image's files by its name, paths relative to the dataset folder, in path order
 */
public record MultiFileImages(Map<String, List<String>> members) {

	/** A deposition with no multi-file image. */
	public static final MultiFileImages NONE = new MultiFileImages(Map.of());

	public MultiFileImages {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		// each image's files held compactly: a study can be millions of files in sets
		members.forEach((name, files) -> copy.put(name, PackedStrings.of(files, '/')));
		members = Collections.unmodifiableMap(copy);
	}

	/**
	 * The multi-file images of a harvested dataset folder.
	 *
	 * @param root the dataset folder
	 * @param harvested what the harvest gave
	 * @param files every file the walk of the folder listed (a Zarr store's files are among them)
	 */
	public static MultiFileImages of(Path root, List<HarvestedFile> harvested, List<DatasetFile> files) {
		return HarvestedImages.read(new DatasetHarvest(root, harvested, files), null, new ArrayList<>()).multiFile();
	}
}
